package galley.site;

import galley.testing.Slow;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The browser check sees what it is meant to catch: a remote request and a missing file. */
@Slow
class HeadlessChromiumTest {

    @Test
    void aRemoteImageShowsInTheConsoleAndAMissingOneAtTheServer(@TempDir Path site, @TempDir Path work) throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.available(),
                "skipped: no browser at " + HeadlessChromium.BINARY + " (Debian: apt-get install chromium)");
        Files.writeString(site.resolve("index.html"), """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"/>
                <meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self' data:"/>
                <link rel="icon" href="data:,"/><title>t</title></head>
                <body><h1>Rendered</h1><img src="https://cdn.example/x.png" alt="remote"/><img src="missing.png" alt="missing"/></body></html>
                """);
        try (StaticServer server = StaticServer.serve(site)) {
            HeadlessChromium.Run run = new HeadlessChromium(work).dumpDom(server.url("index.html"));
            assertTrue(run.dom().contains("<h1>Rendered</h1>"), run.dom());
            assertEquals(1, run.console().size(), run.console().toString());
            assertTrue(run.console().get(0).contains("https://cdn.example/x.png"), run.console().get(0));
            assertEquals(List.of(new StaticServer.Request("/index.html", 200), new StaticServer.Request("/missing.png", 404)),
                    server.requests());
        }
    }
}
