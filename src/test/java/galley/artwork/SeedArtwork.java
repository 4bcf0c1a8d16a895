package galley.artwork;

import galley.cover.CoverPainter;
import galley.cover.CoverText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the art of this repository's own book, the figure and the cover, into a book folder.
 * Rerun it with {@code mvn -q -B test -Dtest=SeedArtworkTest -Dgalley.artwork.write=true}.
 */
public final class SeedArtwork {

    /** The book's title, as in manuscript/book.yaml. */
    public static final String TITLE = "Belarus Protests: Putin Ready To Send Russian Police If Necessary";
    /** Where the figure goes, relative to the book folder. */
    public static final String FIGURE = "manuscript/images/lukashenko-putin.png";
    /** Where the cover goes, relative to the book folder. */
    public static final String COVER = "covers/cover.png";

    private SeedArtwork() {
    }

    /** Writes the figure and the cover into the book folder given as the only argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: SeedArtwork BOOK_DIR");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true");
        writeAll(Path.of(args[0]));
    }

    /** Writes both images under {@code bookDir}, at {@link #FIGURE} and {@link #COVER}. */
    public static void writeAll(Path bookDir) throws IOException {
        writeFigure(bookDir.resolve(FIGURE));
        writeCover(bookDir.resolve(COVER));
    }

    static void writeFigure(Path png) throws IOException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        if (!ImageIO.write(MeetingIllustration.paint(), "png", png.toFile())) {
            throw new IOException("no PNG writer in this Java runtime");
        }
    }

    static void writeCover(Path png) throws IOException {
        new CoverPainter(CoverPainter.DEFAULT_WIDTH, CoverPainter.DEFAULT_HEIGHT)
                .write(CoverText.titled(TITLE), png);
    }
}
