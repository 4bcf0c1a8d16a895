package galley.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Debian's Chromium run headless on one page: its DOM after rendering, a screenshot, and whatever
 * the page wrote to the browser console. Every host but the loopback resolves to nothing, so a page
 * that tried to reach the network would fail visibly.
 */
public final class HeadlessChromium {

    /** Where Debian's {@code chromium} package installs the browser. */
    public static final Path BINARY = Path.of("/usr/bin/chromium");

    /** What one run printed: the dumped DOM (empty for a screenshot) and the console's messages. */
    public record Run(String dom, List<String> console) {
    }

    private static final Pattern CONSOLE = Pattern.compile(":CONSOLE[:(]");
    private static final long TIMEOUT_SECONDS = 180;

    private final Path work;

    /** @param work a temporary folder for the browser's profile and logs */
    public HeadlessChromium(Path work) {
        this.work = work;
    }

    public static boolean available() {
        return Files.isExecutable(BINARY);
    }

    /** Loads {@code url} and returns the DOM as rendered. */
    public Run dumpDom(String url) throws IOException, InterruptedException {
        return run("dom", List.of("--window-size=1280,1400", "--dump-dom", url));
    }

    /** Loads {@code url} in a window {@code width} × {@code height} pixels and saves what it shows to {@code png}. */
    public Run screenshot(String url, int width, int height, Path png) throws IOException, InterruptedException {
        return run("shot-" + width, List.of("--hide-scrollbars", "--window-size=" + width + "," + height,
                "--screenshot=" + png.toAbsolutePath(), url));
    }

    private Run run(String name, List<String> what) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createDirectories(work.resolve("profile-" + name)),
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", "--enable-logging=stderr", "--v=0"));
        command.addAll(what);
        Path out = work.resolve(name + ".out");
        Path err = work.resolve(name + ".err");
        Process browser = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!browser.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            // Chromium starts helper processes of its own: end them with the browser this test started
            browser.descendants().forEach(ProcessHandle::destroyForcibly);
            browser.destroyForcibly();
            throw new IOException("chromium did not finish within " + TIMEOUT_SECONDS + " s");
        }
        String log = new String(Files.readAllBytes(err), StandardCharsets.UTF_8);
        if (browser.exitValue() != 0) {
            throw new IOException("chromium exited with " + browser.exitValue() + ": " + log);
        }
        List<String> console = log.lines().filter(line -> CONSOLE.matcher(line).find()).toList();
        return new Run(Files.readString(out, StandardCharsets.UTF_8), console);
    }
}
