package galley.book;

import galley.epub.EpubCheckReport;
import galley.testing.Slow;
import galley.testing.TestBook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A book still being written, as a README-derived manuscript is: links to files that are not in the
 * book, to missing anchors and out of the book folder, links with schemes an EPUB may not carry and
 * remote images. Each is a warning that keeps its text in both editions, and the EPUB stays valid;
 * {@code --strict} and book.yaml's {@code links: error} make them errors.
 */
@Slow
class UnfinishedLinksTest {

    private static final String YAML = "title: Notes\nlang: en\n";
    private static final String CHAPTER = """
            # Setting up

            ## Reader options

            Read [the licence](../../LICENSE) and [the guide](docs/guide.md), then [options](#Reader-Options)
            and [more options](#reader-options-3) and [nothing](#nowhere-at-all).

            Clone git://example.org/repo.git or [log in](ssh://host.example.org) or <irc://chat.example.org/room>.

            Badge: ![build status](https://ci.example.org/badge.svg) stays words.

            ![A remote diagram of the pipeline](https://example.org/diagram.png)
            """;

    @TempDir
    static Path dir;
    @TempDir
    static Path strictDir;

    private static TestBook.Run run;

    @BeforeAll
    static void build() {
        run = TestBook.with(dir, YAML).file("manuscript/01-setup.md", CHAPTER).build();
    }

    @Test
    void everyUnfinishedLinkIsAWarningAtItsLine() {
        assertEquals(0, run.status(), run.err());
        assertEquals(List.of(
                "manuscript/01-setup.md:5: warning: link leads outside the book folder, link removed, its text kept: ../../LICENSE",
                "manuscript/01-setup.md:5: warning: link target not found, link removed, its text kept: docs/guide.md",
                "manuscript/01-setup.md:5: warning: link target not found, link removed, its text kept: #Reader-Options"
                        + " (did you mean '#reader-options'?)",
                "manuscript/01-setup.md:6: warning: link target not found, link removed, its text kept: #reader-options-3"
                        + " (did you mean '#reader-options'?)",
                "manuscript/01-setup.md:6: warning: link target not found, link removed, its text kept: #nowhere-at-all",
                "manuscript/01-setup.md:8: warning: ssh: link removed, its text kept",
                "manuscript/01-setup.md:8: warning: irc: link removed, its text kept",
                "manuscript/01-setup.md:10: warning: remote image not fetched, its alt text kept: https://ci.example.org/badge.svg",
                "manuscript/01-setup.md:12: warning: remote image not fetched, its alt text kept: https://example.org/diagram.png"),
                run.problems().stream().filter(p -> p.startsWith("manuscript/")).toList());
    }

    @Test
    void theEpubKeepsEveryWordWithoutTheLinksAndPassesEpubCheck() throws IOException {
        Document chapter = EpubBook.read(run.epub()).chapter(0);
        String text = chapter.select("p").stream().map(p -> p.text()).collect(Collectors.joining("\n"));
        assertEquals("""
                Read the licence and the guide, then options and more options and nothing.
                Clone git://example.org/repo.git or log in or irc://chat.example.org/room.
                Badge: build status stays words.
                A remote diagram of the pipeline""", text);
        assertEquals(List.of(), chapter.select("a[href]").eachAttr("href"));
        assertEquals(List.of(), chapter.select("img").eachAttr("src"));
        assertEquals(List.of(), EpubCheckReport.check(run.epub()).problems());
    }

    @Test
    void thePrintEditionKeepsEveryWordWithoutTheLinks() throws IOException {
        PrintedBook book = PrintedBook.read(run.pdf());
        String text = book.pages().stream().map(PrintedBook.PrintedPage::text).collect(Collectors.joining())
                .replaceAll("\\s+", "");
        for (String words : List.of("Read the licence and the guide, then options and more options and nothing.",
                "Clone git://example.org/repo.git or log in or irc://chat.example.org/room.",
                "Badge: build status stays words.", "A remote diagram of the pipeline")) {
            assertTrue(text.contains(words.replace(" ", "")), words + " in " + text);
        }
        assertEquals(List.of(), book.pages().stream().flatMap(p -> p.links().stream())
                .filter(l -> l.uri() != null).map(PrintedBook.LinkBox::uri).toList());
        assertEquals(List.of(), book.pages().stream().flatMap(p -> p.pictures().stream()).toList());
    }

    @Test
    void strictAndAPublishersLinksErrorRefuseTheBook() {
        TestBook.Run strict = TestBook.with(strictDir, YAML).file("manuscript/01-setup.md", CHAPTER).check("--strict");
        assertNotEquals(0, strict.status());
        String strictSaid = strict.out() + strict.err();
        assertTrue(strictSaid.contains("manuscript/01-setup.md:6: link target not found"), strictSaid);

        TestBook.Run publisher = TestBook.with(strictDir, YAML + "links: error\n").file("manuscript/01-setup.md", CHAPTER)
                .check();
        assertNotEquals(0, publisher.status());
        String said = publisher.out() + publisher.err();
        assertTrue(said.contains("manuscript/01-setup.md:5: link leads outside the book folder"), said);
        assertTrue(said.contains("manuscript/01-setup.md:6: link target not found"), said);
        // the other warnings stay warnings: only the links the book does not hold count as errors
        assertTrue(said.contains("manuscript/01-setup.md:8: warning: ssh: link removed"), said);
    }
}
