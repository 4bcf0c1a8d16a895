package galley.testing;

import galley.build.BuildThreads;
import galley.build.ParsingUnits;
import galley.cli.Galley;
import galley.diagnostic.Diagnostic;
import galley.diagnostic.Diagnostics;
import galley.model.Block;
import galley.model.Book;
import galley.model.Chapter;
import galley.read.ManuscriptLoader;
import org.apache.commons.io.file.PathUtils;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A book folder that a test writes (book.yaml, chapters, images, a cover) and then loads as the
 * reader does or builds as a user does: the one way the tests make a book folder.
 *
 * <p>Write the folder with a factory and {@link #file}, {@link #bytes} and {@link #image}; then either
 * load it in process ({@link #book()}, {@link #body}, and {@link #rendered()} for the problems as the
 * author sees them), or run Galley on it in process with {@link #build} or {@link #check}, which hand
 * back a {@link Run}: the exit status, what was printed, and the two editions; {@link #buildWithJar}
 * builds it with {@code java -jar galley.jar} instead, as a user does. {@code TestBookTest} runs this
 * example:
 *
 * <pre>{@code
 * @TempDir
 * Path dir;
 *
 * @Test
 * void aFigureIsReadAndBuilt() {
 *     TestBook book = TestBook.with(dir, "title: Figures\nlang: en\n")
 *             .file("manuscript/01-one.md", "# One\n\n![A red square](images/red.png \"Its caption\")\n")
 *             .image("manuscript/images/red.png", 900, 600, "png");
 *     Block.Figure figure = (Block.Figure) book.body(0).get(0);   // loaded in process
 *     assertEquals("A red square", figure.alt());
 *     assertEquals(List.of(), book.rendered());                  // no problem reported
 *
 *     TestBook.Run run = book.build();                           // galley build DIR --quiet, in process
 *     assertEquals(0, run.status(), run.err());
 *     assertEquals("figures.pdf", run.pdf().getFileName().toString());
 * }
 * }</pre>
 *
 * <p>In {@code galley.book}, {@code PrintedBook.read(run.pdf())} reads the PDF back with PDFBox and
 * {@code EpubBook.read(run.epub())} the EPUB as XML.
 *
 * <p>Ready-made books: {@link #chapter} (one chapter, title "T"), {@link #written} (a book.yaml and
 * numbered chapters), {@link #withFigure} (a small valid book with a figure, for tests that spoil
 * it), {@link #copyOfRepositoryBook} (this repository's own book), {@link HarbourAlmanac} (four
 * generated chapters with every kind of block) and {@code galley.book.BookGenerator} (the
 * 56-chapter book in six scripts that the whole-book tests share). {@link ForkedGalley} runs Galley
 * in a JVM of its own, to kill it or hold it to a time and memory budget. Tests below the reader
 * (EPUB writer, layout, PDF painter) build the model by hand instead of a folder:
 * {@code HandBuiltBooks}, {@code WordTaggedBooks}, {@code SampleBook}.
 */
public final class TestBook {

    /** The book.yaml of {@link #withFigure}. */
    public static final String FIGURE_BOOK_YAML = "title: Hostile Test\nname: hostile\nauthor: Ann Author\n";

    private static final BuildThreads THREADS = new BuildThreads();

    public final Path dir;
    public final Diagnostics diagnostics = new Diagnostics();
    private Optional<Book> loaded;

    private TestBook(Path dir) {
        this.dir = dir;
    }

    /** The book folder {@code dir} as it is, or empty, to be written by the test. */
    public static TestBook in(Path dir) {
        return new TestBook(dir);
    }

    /** A book folder with book.yaml holding {@code yaml}. */
    public static TestBook with(Path dir, String yaml) {
        return in(dir).file("manuscript/book.yaml", yaml);
    }

    /** A book titled "T" whose one chapter file, {@code manuscript/ch.md}, holds {@code markdown}. */
    public static TestBook chapter(Path dir, String markdown) {
        return with(dir, "title: T\n").file("manuscript/ch.md", markdown);
    }

    /** A book of {@code yaml} as its book.yaml and each of {@code chapters} as {@code 01.md}, {@code 02.md} … */
    public static TestBook written(Path dir, String yaml, String... chapters) {
        TestBook book = with(dir, yaml);
        for (int i = 0; i < chapters.length; i++) {
            book.file(String.format("manuscript/%02d.md", i + 1), chapters[i]);
        }
        return book;
    }

    /**
     * A small valid book named "hostile": {@link #FIGURE_BOOK_YAML}, one chapter with a link, a note and
     * a figure large enough to print above 150 dpi, so that a failed build prints only what a test spoiled.
     */
    public static TestBook withFigure(Path dir) {
        return with(dir, FIGURE_BOOK_YAML).file("manuscript/01-chapter.md", """
                # The Chapter

                A paragraph of text with a [link](#a-section) and a note.[^1]

                ![A blue square with an orange disc](images/figure.png "The figure")

                ## A Section

                More text.

                [^1]: The note.
                """).image("manuscript/images/figure.png", 960, 720, "png");
    }

    /** A copy of this repository's own book (its manuscript/ and covers/) in {@code dir}. */
    public static TestBook copyOfRepositoryBook(Path dir) {
        try {
            PathUtils.copyDirectory(repository().resolve("manuscript"), dir.resolve("manuscript"));
            PathUtils.copyDirectory(repository().resolve("covers"), dir.resolve("covers"));
            return in(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's root, where the tests run from, which holds its own book. */
    public static Path repository() {
        return Path.of("").toAbsolutePath();
    }

    public TestBook file(String path, String text) {
        return bytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestBook bytes(String path, byte[] content) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a red image of the given size in {@code format} ("png", "jpg", "gif"). */
    public TestBook image(String path, int width, int height, String format) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width, height);
        g.dispose();
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            if (!ImageIO.write(image, format, file.toFile())) {
                throw new IllegalStateException("no writer for " + format);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a red 40 × 30 PNG. */
    public TestBook image(String path) {
        return image(path, 40, 30, "png");
    }

    /** Loads the folder as a build reads it, with a fixed SOURCE_DATE_EPOCH; problems go to {@link #diagnostics}. */
    public Optional<Book> load() {
        return load(Map.of("SOURCE_DATE_EPOCH", "1700000000"));
    }

    public Optional<Book> load(Map<String, String> env) {
        // parsed on threads with a build's deep stacks, as deeply nested Markdown needs
        loaded = ManuscriptLoader.load(dir, diagnostics, env, ParsingUnits.onCores(THREADS));
        return loaded;
    }

    /** The loaded book (loading it first if need be); fails the test with the problems if there is none. */
    public Book book() {
        if (loaded == null) {
            load();
        }
        return loaded.orElseThrow(() -> new AssertionError("no book; problems: " + rendered()));
    }

    public Chapter chapter(int index) {
        return book().chapters().get(index);
    }

    /** The blocks of chapter {@code index} after its heading. */
    public List<Block> body(int index) {
        List<Block> blocks = chapter(index).blocks();
        return blocks.subList(1, blocks.size());
    }

    /** Every problem of the load as the author sees it. */
    public List<String> rendered() {
        return diagnostics.all().stream().map(Diagnostic::render).toList();
    }

    public List<String> codes() {
        return diagnostics.all().stream().map(Diagnostic::code).toList();
    }

    /** Runs {@code galley build DIR --quiet} with {@code options} in process. */
    public Run build(String... options) {
        return command("build", options);
    }

    /** Runs {@code galley check DIR} with {@code options} in process. */
    public Run check(String... options) {
        return command("check", options);
    }

    private Run command(String name, String... options) {
        var args = new ArrayList<>(List.of(name, dir.toString()));
        if (name.equals("build")) {
            args.add("--quiet");
        }
        args.addAll(List.of(options));
        return Run.inProcess(args.toArray(String[]::new));
    }

    /**
     * Starts {@code java -jar galley.jar build DIR options} in a process of its own, as a user runs it, batch
     * JVM and all: the jar is made by {@link GalleyJar} from the compiled classes, output goes to
     * {@code out.txt} and {@code err.txt} in {@code logs}, and the class-data archive to {@code logs/cache}.
     */
    public Process startJarBuild(Path logs, String... options) throws IOException {
        Path jar = GalleyJar.write(logs.resolve("jar"));
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Djava.awt.headless=true", "-jar", jar.toString(), "build", dir.toString()));
        command.addAll(List.of(options));
        var builder = new ProcessBuilder(command)
                .redirectOutput(logs.resolve("out.txt").toFile())
                .redirectError(logs.resolve("err.txt").toFile());
        builder.environment().put("XDG_CACHE_HOME", logs.resolve("cache").toString());
        builder.environment().remove("GALLEY_FORK");
        return builder.start();
    }

    /** Runs {@link #startJarBuild} to its end, within {@code timeoutSeconds}. */
    public Run buildWithJar(Path logs, int timeoutSeconds, String... options) throws IOException, InterruptedException {
        Process process = startJarBuild(logs, options);
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("java -jar galley.jar build still running after " + timeoutSeconds + " s");
        }
        var args = new ArrayList<>(List.of("build", dir.toString()));
        args.addAll(List.of(options));
        return new Run(process.exitValue(), Files.readString(logs.resolve("out.txt")),
                Files.readString(logs.resolve("err.txt")), Run.dist(args));
    }

    /** Runs Galley with {@code args} in process, as {@code java -jar galley.jar args} would. */
    public static Run galley(String... args) {
        return Run.inProcess(args);
    }

    /**
     * One run of Galley: its exit status, what it printed, and where its editions are.
     *
     * @param dist the folder a build writes to: {@code --output}'s, else the book folder's dist/
     */
    public record Run(int status, String out, String err, Path dist) {

        static Run inProcess(String... args) {
            var out = new ByteArrayOutputStream();
            var err = new ByteArrayOutputStream();
            int status;
            try (var o = new PrintStream(out, true, StandardCharsets.UTF_8);
                 var e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                status = Galley.run(args, o, e);
            }
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                    dist(List.of(args)));
        }

        private static Path dist(List<String> args) {
            for (int i = 0; i < args.size() - 1; i++) {
                if (args.get(i).equals("--output") || args.get(i).equals("-o")) {
                    return Path.of(args.get(i + 1));
                }
            }
            // the book folder is the first argument after the command that is not an option
            return args.stream().skip(1).filter(arg -> !arg.startsWith("-")).findFirst().map(Path::of)
                    .orElse(repository()).resolve("dist");
        }

        /** The EPUB the build wrote: the one .epub file in {@link #dist}. */
        public Path epub() {
            return edition(".epub");
        }

        /** The PDF the build wrote: the one .pdf file in {@link #dist}. */
        public Path pdf() {
            return edition(".pdf");
        }

        private Path edition(String extension) {
            List<Path> found = editions().stream().filter(f -> f.getFileName().toString().endsWith(extension))
                    .toList();
            if (found.size() != 1) {
                throw new AssertionError(dist + " holds " + found.size() + " " + extension + " files; problems:\n" + err);
            }
            return found.get(0);
        }

        /** The EPUBs and PDFs in {@link #dist}, by name; none when the run wrote nothing. */
        public List<Path> editions() {
            if (!Files.isDirectory(dist)) {
                return List.of();
            }
            try (Stream<Path> files = Files.list(dist)) {
                return files.filter(f -> f.getFileName().toString().matches(".*\\.(epub|pdf)")).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The problems printed, one per line. */
        public List<String> problems() {
            return err.lines().filter(line -> !line.isBlank()).toList();
        }
    }
}
