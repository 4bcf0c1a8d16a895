package galley.assets;

import galley.diagnostic.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checker's account of a GIF's logical screen and of images that move. */
class ImageCheckerTest {

    @TempDir
    Path dir;

    private ImageChecker.Result check(String name, byte[] data) throws IOException {
        return ImageChecker.check(Files.write(dir.resolve(name), data));
    }

    @Test
    void aGifWhoseLogicalScreenIsTooLargeIsRefusedThoughItsFrameIsSmall() throws IOException {
        ImageChecker.Result result = check("screen.gif", MovingImages.gifOnScreen(65535, 65535));
        assertTrue(result.refusal().isPresent(), "a 65535 x 65535 screen is refused");
        assertEquals(Problem.IMAGE_TOO_LARGE, result.refusal().get().problem());
        assertTrue(result.refusal().get().reason().contains("65535 x 65535 pixels on its logical screen"),
                result.refusal().get().reason());
        assertTrue(check("fits.gif", MovingImages.gifOnScreen(9000, 9000)).checked().isPresent(),
                "81 megapixels of screen are within the limit");
    }

    @Test
    void animatedImagesAreDescribedAsAnimated() throws IOException {
        assertTrue(check("moving.png", MovingImages.apng()).checked().orElseThrow().animated());
        assertTrue(check("moving.gif", MovingImages.gif(3)).checked().orElseThrow().animated());
        assertFalse(check("still.png", MovingImages.png()).checked().orElseThrow().animated());
        assertFalse(check("still.gif", MovingImages.gif(1)).checked().orElseThrow().animated());
    }

    @Test
    void motionIsFoundInTheBytesAsInTheFile() throws IOException {
        assertTrue(ImageMotion.animated(MovingImages.apng()));
        assertTrue(ImageMotion.animated(MovingImages.gif(2)));
        assertFalse(ImageMotion.animated(MovingImages.png()));
        assertFalse(ImageMotion.animated(MovingImages.gif(1)));
        assertFalse(ImageMotion.animated(new byte[] {1, 2, 3}));
        assertTrue(ImageMotion.animated(Files.write(dir.resolve("a.png"), MovingImages.apng())));
    }
}
