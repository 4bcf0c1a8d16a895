package galley.cli;

import galley.cover.CoverPainter;
import galley.cover.CoverText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code galley init DIR}: makes a new book folder that builds at once: {@code manuscript/book.yaml}
 * with every key, set or commented out with its default, a first chapter showing the Markdown
 * Galley reads, and a cover drawn from the title. The title comes from the folder's name. A folder
 * that already holds anything but version-control files (a fresh clone) is refused, so that nothing
 * of the author's is overwritten. It ends with the commands to run next, as they can be typed where
 * the author is.
 */
final class InitCommand {

    static final String BOOK_YAML = "manuscript/book.yaml";
    static final String FIRST_CHAPTER = "manuscript/01-first-chapter.md";
    static final String COVER = "covers/cover.png";

    /** What a fresh repository holds before its first book: the files of git, Mercurial, Subversion and others. */
    private static final Set<String> VERSION_CONTROL = Set.of(".git", ".gitignore", ".gitattributes", ".gitmodules",
            ".hg", ".hgignore", ".hgtags", ".svn", ".bzr", ".bzrignore", "_darcs", "CVS", ".cvsignore", ".fslckout",
            "_FOSSIL_", ".jj");

    private final Command.Init args;
    private final Reporter reporter;

    InitCommand(Command.Init args, Reporter reporter) {
        this.args = args;
        this.reporter = reporter;
    }

    int run() {
        Path dir = args.bookDir().toAbsolutePath().normalize();
        try {
            if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
                reporter.error("galley: " + args.bookDir() + " is not an empty folder; init makes a new book folder"
                        + " (one holding only version-control files will do) and never writes over files");
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
        String galley = invocation();
        String book = ShellWord.quote(args.bookDir().toString());
        reporter.info("next, from here:");
        reporter.info("  " + galley + " watch " + book + "    # builds, then rebuilds on every save; Ctrl-C stops");
        reporter.info("  " + galley + " build " + book);
        return Galley.OK;
    }

    /** Empty but for version-control files. */
    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.allMatch(entry -> VERSION_CONTROL.contains(entry.getFileName().toString()));
        }
    }

    /** How this Galley was started, as the author can type it here: {@code java -jar target/galley.jar}. */
    private static String invocation() {
        Path here = Path.of("").toAbsolutePath();
        return BatchJvm.jar().map(jar -> {
            Path absolute = jar.toAbsolutePath().normalize();
            Path shown = absolute.startsWith(here) ? here.relativize(absolute) : absolute;
            return "java -jar " + ShellWord.quote(shown.toString());
        }).orElse("galley");
    }
}
