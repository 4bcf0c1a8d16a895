package galley.epub;

import galley.diagnostic.Diagnostics;
import galley.model.Block;
import galley.model.Book;
import galley.model.Chapter;
import galley.model.ImageAsset;
import galley.model.ImageFormat;
import galley.model.PageMap;
import galley.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageScalerTest {

    @TempDir
    Path folder;

    @Test
    void imagesPastTheLimitAreScaledDownInTheEpubOnly() throws Exception {
        ImageAsset wide = HandBuiltBooks.image(folder, "wide.png", "image/png", 3000, 1500, Color.BLUE);
        ImageAsset tall = HandBuiltBooks.image(folder, "tall.jpg", "image/jpeg", 600, 2600, Color.ORANGE);
        ImageAsset small = HandBuiltBooks.image(folder, "small.png", "image/png", 300, 200, Color.RED);
        Book book = new Book(HandBuiltBooks.sample(folder, "x").metadata(), List.of(new Chapter(0, "c", "Pictures", "m.md",
                List.of(figure("f1", wide), figure("f2", tall), figure("f3", small)))),
                Optional.empty(), "pictures", HandBuiltBooks.MODIFIED, 2, galley.model.PageSize.TRADE_6X9);
        var out = new ByteArrayOutputStream();
        new EpubWriter(EpubOptions.defaults()).write(book, PageMap.none(), new Diagnostics(), out);
        EpubFile epub = new EpubFile(out.toByteArray());

        BufferedImage scaledWide = ImageIO.read(new ByteArrayInputStream(epub.bytes("OEBPS/images/wide.png")));
        assertEquals(2048, scaledWide.getWidth());
        assertEquals(1024, scaledWide.getHeight());
        BufferedImage scaledTall = ImageIO.read(new ByteArrayInputStream(epub.bytes("OEBPS/images/tall.jpg")));
        assertEquals(2048, scaledTall.getHeight());
        assertEquals(473, scaledTall.getWidth());
        assertArrayEquals(Files.readAllBytes(small.file()), epub.bytes("OEBPS/images/small.png"));
        // the print edition's file is untouched
        assertEquals(3000, ImageIO.read(wide.file().toFile()).getWidth());
    }

    @Test
    void scalingAveragesTheAreaEachPixelCoversSoFineDetailDoesNotAlias() throws Exception {
        // columns black, black, white scaled to a third: every pixel covers one of each, a grey of 85;
        // halving with bilinear steps gave bands of 0 to 128
        var stripes = new BufferedImage(6144, 64, BufferedImage.TYPE_INT_RGB);
        for (int x = 2; x < 6144; x += 3) {
            for (int y = 0; y < 64; y++) {
                stripes.setRGB(x, y, 0xFFFFFF);
            }
        }
        Path file = folder.resolve("stripes.png");
        ImageIO.write(stripes, "png", file.toFile());
        var asset = new ImageAsset(file, "images/stripes.png", ImageFormat.PNG, 6144, 64);
        BufferedImage scaled = ImageIO.read(new ByteArrayInputStream(new ImageScaler(2048, EpubUnits.direct()).fit(asset, Files.readAllBytes(file))));
        assertEquals(2048, scaled.getWidth());
        assertEquals(21, scaled.getHeight());
        for (int x = 0; x < 2048; x++) {
            int grey = scaled.getRGB(x, 10) & 0xFF;
            assertTrue(Math.abs(grey - 85) <= 1, "pixel " + x + " is " + grey);
        }
    }

    private static Block figure(String id, ImageAsset image) {
        return new Block.Figure(id, image, "a block of colour", List.of(HandBuiltBooks.text("Colour")), new Source("m.md", 1));
    }
}
