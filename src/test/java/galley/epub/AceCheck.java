package galley.epub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * DAISY Ace, the EPUB accessibility checker, run on a built EPUB in headless Chromium. Ace is a
 * Node.js program: {@code .ci/run} installs it into {@code target/ace} from
 * {@code src/test/ace/package-lock.json}, runs it against Debian's Chromium, and names it in
 * {@code GALLEY_ACE}. Where neither is there, the tests that need it are skipped, and say so.
 */
public final class AceCheck {

    /** Environment variable naming the Ace command; when set, Ace must run, or the test fails. */
    public static final String ENV = "GALLEY_ACE";

    private static final Path INSTALLED = Path.of("target", "ace", "node_modules", ".bin", "ace-puppeteer");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final Path command;
    private final Path browser;

    private AceCheck(Path command, Path browser) {
        this.command = command;
        this.browser = browser;
    }

    /** Ace as installed here; the calling test is skipped, with the reason printed, when it is not. */
    public static AceCheck installed() {
        Map<String, String> env = System.getenv();
        String named = env.get(ENV);
        Path command = named != null && !named.isBlank() ? Path.of(named) : INSTALLED.toAbsolutePath();
        Path browser = Path.of(env.getOrDefault("PUPPETEER_EXECUTABLE_PATH", CHROMIUM.toString()));
        Optional<String> missing = !Files.isExecutable(command)
                ? Optional.of("no Ace at " + command + " (run .ci/run, or set " + ENV + ")")
                : !Files.isExecutable(browser) ? Optional.of("no Chromium at " + browser) : Optional.empty();
        if (missing.isPresent()) {
            if (named != null && !named.isBlank()) {
                throw new AssertionError(ENV + " is set, but Ace cannot run: " + missing.get());
            }
            String message = "DAISY Ace check skipped: " + missing.get();
            System.err.println(message);
            Assumptions.abort(message);
        }
        return new AceCheck(command, browser);
    }

    /**
     * Runs Ace on {@code epub}, keeping its report in {@code reportDir}, and returns every
     * violation it found as {@code impact rule document: description}, one per line.
     */
    public List<String> violations(Path epub, Path reportDir) throws IOException, InterruptedException {
        Files.createDirectories(reportDir);
        Path log = reportDir.resolve("ace.log");
        var builder = new ProcessBuilder(command.toString(), "--force", "--outdir", reportDir.toString(), epub.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PUPPETEER_EXECUTABLE_PATH", browser.toString());
        builder.environment().put("PUPPETEER_SKIP_DOWNLOAD", "1");
        Process ace = builder.start();
        if (!ace.waitFor(5, TimeUnit.MINUTES)) {
            ace.destroyForcibly();
            throw new AssertionError("Ace did not finish within 5 minutes on " + epub);
        }
        Path report = reportDir.resolve("report.json");
        if (ace.exitValue() != 0 || !Files.isRegularFile(report)) {
            throw new AssertionError("Ace failed (exit " + ace.exitValue() + ") on " + epub + ":\n" + Files.readString(log));
        }
        return violations(new ObjectMapper().readTree(report.toFile()));
    }

    private static List<String> violations(JsonNode report) {
        var found = new ArrayList<String>();
        for (JsonNode subject : report.path("assertions")) {
            String document = subject.path("earl:testSubject").path("url").asText();
            for (JsonNode assertion : subject.path("assertions")) {
                JsonNode test = assertion.path("earl:test");
                found.add(test.path("earl:impact").asText() + " " + test.path("dct:title").asText() + " " + document
                        + ": " + assertion.path("earl:result").path("dct:description").asText());
            }
        }
        if (found.isEmpty() && !"pass".equals(report.path("earl:result").path("earl:outcome").asText())) {
            found.add("Ace's verdict is " + report.path("earl:result") + " without a listed violation");
        }
        return found;
    }
}
