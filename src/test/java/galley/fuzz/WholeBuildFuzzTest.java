package galley.fuzz;

import galley.cli.Galley;
import galley.testing.Slow;
import galley.testing.WordsKept;
import org.apache.commons.io.file.PathUtils;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Random books from a seeded generator through the whole build, in process: the only outcomes
 * allowed are exit 0 with two editions (every XHTML document of the EPUB parses as strict XML,
 * the PDF opens in PDFBox, and every word of the manuscript is in both or a warning said why: {@link WordsKept}) or exit 1 with every problem reported as {@code path:line: message}.
 * Never exit 3, never an exception; and {@code check} on the same book exits as the build did and
 * reports every error the build reported. Builds {@code galley.fuzz.runs} books (300 by default, about a
 * minute on two shared cores), book {@code n} from seed {@code galley.fuzz.seed * 1,000,000 + n}
 * ({@code galley.fuzz.seed} is 6 by default), so a run covers the same books on any machine; a
 * failing book is kept under target/fuzz-failures/ to turn into a regression test.
 */
@Slow
class WholeBuildFuzzTest {

    @TempDir
    Path dir;

    @Test
    void randomBooksBuildOrAreRefusedNeverCrash() throws Exception {
        long seed = Long.getLong("galley.fuzz.seed", 6L);
        int books = Integer.getInteger("galley.fuzz.runs", 300);
        int runs = 0;
        int built = 0;
        var reasons = new java.util.TreeMap<String, Integer>();
        while (runs < books) {
            long bookSeed = seed * 1_000_000L + runs;
            Path book = dir.resolve("book-" + runs);
            new ManuscriptGenerator(bookSeed).write(book);
            Outcome outcome = build(book);
            String failure = judge(book, outcome);
            if (failure == null) {
                failure = disagreement(outcome, run(book, "check", "--quiet"));
            }
            if (failure != null) {
                Path kept = Path.of("target", "fuzz-failures", "seed-" + bookSeed);
                Files.createDirectories(kept.getParent());
                if (Files.exists(kept)) {
                    PathUtils.deleteDirectory(kept);    // a failure kept by an earlier run
                }
                PathUtils.copyDirectory(book, kept);
                fail("book of seed " + bookSeed + " (kept in " + kept + "): " + failure + "\n" + outcome.err());
            }
            built += outcome.status() == 0 ? 1 : 0;
            outcome.err().lines().filter(l -> !l.contains("warning:"))
                    .map(l -> l.replaceFirst("^[^:]*:\\d+: ", "").replaceFirst("[:(].*", ""))
                    .distinct().forEach(r -> reasons.merge(r, 1, Integer::sum));
            PathUtils.deleteDirectory(book);
            runs++;
        }
        System.out.printf("whole-build fuzz: %d books from seed %d, %d built, %d refused; errors by kind: %s%n",
                runs, seed, built, runs - built, reasons);
        // a generator that stopped making books that build, or that are refused, would fuzz only half the build
        assertTrue(built > 0 && built < runs, built + " of " + runs + " books built");
    }

    /** What one build printed and returned. */
    record Outcome(int status, String err, Throwable thrown) {
    }

    static Outcome build(Path book) {
        return run(book, "build", "--quiet", "--no-site");
    }

    private static Outcome run(Path book, String command, String... options) {
        var args = new java.util.ArrayList<>(java.util.List.of(command, book.toString()));
        args.addAll(java.util.List.of(options));
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        try (var o = new PrintStream(out, true, StandardCharsets.UTF_8); var e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int status = Galley.run(args.toArray(String[]::new), o, e);
            return new Outcome(status, err.toString(StandardCharsets.UTF_8), null);
        } catch (Throwable t) {
            return new Outcome(-1, err.toString(StandardCharsets.UTF_8), t);
        }
    }

    /**
     * Why {@code check} disagrees with {@code build} on the same book, or null when it agrees: the
     * same exit status, and every error the build reported reported by the check too (issue 23:
     * whatever can make a build fail, check finds first).
     */
    static String disagreement(Outcome build, Outcome check) {
        if (check.thrown() != null) {
            return "check threw " + check.thrown();
        }
        if (check.status() != build.status()) {
            return "build exited " + build.status() + " but check " + check.status() + "\n" + check.err();
        }
        var checked = java.util.Set.copyOf(errors(check.err()));
        for (String error : errors(build.err())) {
            if (!checked.contains(error)) {
                return "build reported an error that check did not: " + error;
            }
        }
        return null;
    }

    private static java.util.List<String> errors(String printed) {
        return printed.lines().filter(line -> line.matches("[^\\n]*:\\d+: .+") && !line.contains("warning:")).toList();
    }

    /** Why the outcome is not allowed, or null when it is. */
    static String judge(Path book, Outcome outcome) throws IOException {
        if (outcome.thrown() != null) {
            return "exception escaped: " + outcome.thrown();
        }
        if (outcome.status() == 1) {
            for (String line : outcome.err().strip().lines().toList()) {
                if (!line.matches("(manuscript|covers)/[^\\n]*:\\d+: .+")) {
                    return "exit 1 with a line that is not path:line: message: " + line;
                }
            }
            return outcome.err().isBlank() ? "exit 1 without a reported problem" : null;
        }
        if (outcome.status() != 0) {
            return "exit " + outcome.status();
        }
        Path dist = book.resolve("dist");
        try (var files = Files.list(dist)) {
            var names = files.map(f -> f.getFileName().toString()).sorted().toList();
            if (names.size() != 2 || !names.get(0).endsWith(".epub") || !names.get(1).endsWith(".pdf")) {
                return "dist/ holds " + names;
            }
            Path epub = dist.resolve(names.get(0));
            Path pdf = dist.resolve(names.get(1));
            String problem = checkEpub(epub);
            problem = problem != null ? problem : checkPdf(pdf);
            if (problem == null) {
                List<WordsKept.Lost> lost = WordsKept.lost(book, epub, pdf, outcome.err());
                problem = lost.isEmpty() ? null : "words lost without a warning: " + lost;
            }
            return problem;
        }
    }

    private static String checkEpub(Path epub) {
        try (var zip = new ZipFile(epub.toFile())) {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            int documents = 0;
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                if (name.endsWith(".xhtml") || name.endsWith(".opf") || name.endsWith(".ncx")) {
                    var builder = factory.newDocumentBuilder();
                    builder.setErrorHandler(null);
                    builder.parse(zip.getInputStream(entry));
                    documents++;
                }
            }
            return documents >= 4 ? null : "the EPUB holds only " + documents + " XML documents";
        } catch (Exception e) {
            return "the EPUB does not parse: " + e;
        }
    }

    private static String checkPdf(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages() >= 2 ? null : "the PDF has " + document.getNumberOfPages() + " pages";
        } catch (IOException | RuntimeException e) {
            return "the PDF does not open: " + e;
        }
    }
}
