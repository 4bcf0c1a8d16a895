package galley.cli;

import galley.cover.CoverPainter;
import galley.cover.CoverText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * {@code galley init DIR}: makes a new book folder that builds at once: {@code manuscript/book.yaml}
 * with every key, set or commented out with its default, a first chapter showing the Markdown
 * Galley reads, and a cover drawn from the title. The title comes from the folder's name. A folder
 * that already holds anything is refused, so that nothing of the author's is overwritten.
 */
final class InitCommand {

    static final String BOOK_YAML = "manuscript/book.yaml";
    static final String FIRST_CHAPTER = "manuscript/01-first-chapter.md";
    static final String COVER = "covers/cover.png";

    private final Arguments args;
    private final Reporter reporter;

    InitCommand(Arguments args, Reporter reporter) {
        this.args = args;
        this.reporter = reporter;
    }

    int run() {
        Path dir = args.bookDir().toAbsolutePath().normalize();
        try {
            if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
                reporter.error("galley: " + args.bookDir() + " is not an empty folder; init makes a new book folder"
                        + " and never writes over files");
                return Galley.USAGE;
            }
            String title = BookTemplate.titleFrom(dir);
            Files.createDirectories(dir.resolve("manuscript"));
            Files.writeString(dir.resolve(BOOK_YAML), BookTemplate.bookYaml(title), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(FIRST_CHAPTER), BookTemplate.firstChapter(), StandardCharsets.UTF_8);
            long start = reporter.start("cover");
            // a title in a script the cover's fonts lack would show empty boxes
            CoverText cover = CoverText.titled(title);
            new CoverPainter(CoverPainter.DEFAULT_WIDTH, CoverPainter.DEFAULT_HEIGHT)
                    .write(CoverPainter.canSet(cover) ? cover : CoverText.titled("My Book"), dir.resolve(COVER));
            reporter.phase("cover " + COVER, start);
        } catch (IOException e) {
            reporter.error("galley: cannot make the book folder " + dir + ": " + e.getMessage());
            return Galley.MANUSCRIPT_PROBLEMS;
        }
        reporter.info("made " + dir + ": " + BOOK_YAML + ", " + FIRST_CHAPTER + ", " + COVER);
        reporter.info("build it with: java -jar galley.jar build " + args.bookDir());
        return Galley.OK;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
