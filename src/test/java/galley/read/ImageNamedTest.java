package galley.read;

import galley.diagnostic.Diagnostics;
import galley.model.Book;
import galley.model.ImageAsset;
import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The loader tells its caller of each image once, as named in the book, while it reads. */
class ImageNamedTest {

    @TempDir
    Path dir;

    @Test
    void eachImageOfTheBookIsToldOnceInReadingOrderWithTheCover() {
        TestBook.with(dir, "title: T\ncover-image: front.png\nchapters:\n  - one.md\n  - two.md\n")
                .file("manuscript/one.md", "# One\n\n![b](b.png)\n\n![a](a.png)\n\n![b again](b.png)\n")
                .file("manuscript/two.md", "# Two\n\n![a](a.png)\n\n![missing](gone.png)\n\n![c](c.jpg)\n")
                .image("manuscript/a.png", 40, 30, "png")
                .image("manuscript/b.png", 40, 30, "png")
                .image("manuscript/c.jpg", 40, 30, "jpg")
                .image("covers/front.png", 400, 600, "png");
        var told = new ArrayList<ImageAsset>();
        Book book = ManuscriptLoader.load(dir, new Diagnostics(), Map.of(), new ReadUnits() {
            @Override
            public void imageNamed(ImageAsset asset) {
                told.add(asset);
            }
        }).orElseThrow();
        assertEquals(List.of("images/cover.png", "images/b.png", "images/a.png", "images/c.jpg"),
                told.stream().map(ImageAsset::href).toList());
        for (ImageAsset image : book.images()) {
            assertEquals(1, told.stream().filter(image::equals).count(), image.href());
        }
        assertEquals(book.cover().orElseThrow(), told.get(0));
    }
}
