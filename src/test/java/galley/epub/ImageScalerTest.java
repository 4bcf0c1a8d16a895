package galley.epub;

import galley.diagnostic.Diagnostics;
import galley.model.Block;
import galley.model.Book;
import galley.model.Chapter;
import galley.model.ImageAsset;
import galley.model.PageMap;
import galley.model.Source;
import galley.testing.Slow;
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

@Slow
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

    private static Block figure(String id, ImageAsset image) {
        return new Block.Figure(id, image, "a block of colour", List.of(HandBuiltBooks.text("Colour")), new Source("m.md", 1));
    }
}
