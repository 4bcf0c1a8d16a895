package galley.read.yaml;

import galley.read.PageSizes;
import galley.read.Slug;

import galley.model.Book;
import galley.model.PageSize;
import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class BookYamlTest {

    @TempDir
    Path dir;

    private TestBook book(String yaml) {
        return TestBook.with(dir, yaml).file("manuscript/01.md", "# One\n\nText.\n");
    }

    @Test
    void defaultsApplyWhenOnlyTheTitleIsGiven() {
        var book = book("title: Only a Title\n");
        Book loaded = book.book();
        assertEquals(List.of(), book.rendered());
        assertEquals("Only a Title", loaded.metadata().title());
        assertEquals("en", loaded.metadata().lang());
        assertEquals(List.of(), loaded.metadata().authors());
        assertEquals(2, loaded.tocDepth());
        assertEquals(PageSize.TRADE_6X9, loaded.pageSize());
        assertEquals("only-a-title", loaded.name());
        assertTrue(loaded.metadata().identifier().startsWith("urn:uuid:"));
        assertEquals(Optional.empty(), loaded.cover());
        assertEquals(Instant.ofEpochSecond(1700000000), loaded.modified());
    }

    @Test
    void everyKeyIsRead() {
        var book = book("""
                title: Full Book
                subtitle: A Subtitle
                author:
                  - Ann Author
                  - Bob Writer
                lang: ru
                date: 2020-05-17
                identifier: urn:isbn:9780000000002
                publisher: Pub House
                rights: CC BY 4.0
                description: About things.
                subject: [History, Politics]
                toc-depth: 3
                name: my-book
                page-size: 140x216mm
                """);
        Book loaded = book.book();
        assertEquals(List.of(), book.rendered());
        var m = loaded.metadata();
        assertEquals(Optional.of("A Subtitle"), m.subtitle());
        assertEquals(List.of("Ann Author", "Bob Writer"), m.authors());
        assertEquals("ru", m.lang());
        assertEquals(Optional.of("2020-05-17"), m.date());
        assertEquals("urn:isbn:9780000000002", m.identifier());
        assertEquals(Optional.of("Pub House"), m.publisher());
        assertEquals(Optional.of("CC BY 4.0"), m.rights());
        assertEquals(Optional.of("About things."), m.description());
        assertEquals(List.of("History", "Politics"), m.subjects());
        assertEquals(3, loaded.tocDepth());
        assertEquals("my-book", loaded.name());
        assertEquals(396.85, loaded.pageSize().width(), 0.01);
        assertEquals(612.28, loaded.pageSize().height(), 0.01);
    }

    @Test
    void theDateFixesTheTimestampWithoutSourceDateEpoch() {
        var book = book("title: T\ndate: 2020-05-17\n");
        assertEquals(Instant.parse("2020-05-17T00:00:00Z"), book.load(Map.of()).orElseThrow().modified());
    }

    @Test
    void sourceDateEpochWinsOverTheDate() {
        var book = book("title: T\ndate: 2020-05-17\n");
        assertEquals(Instant.ofEpochSecond(86400), book.load(Map.of("SOURCE_DATE_EPOCH", "86400")).orElseThrow().modified());
    }

    @Test
    void derivedIdentifierIsStableAndDependsOnTitleAndAuthor() {
        String first = book("title: T\nauthor: A\n").book().metadata().identifier();
        String again = TestBook.in(dir).load().orElseThrow().metadata().identifier();
        assertEquals(first, again);
        TestBook.with(dir, "title: T\nauthor: B\n");
        String other = TestBook.in(dir).load().orElseThrow().metadata().identifier();
        assertFalse(first.equals(other));
    }

    @Test
    void namedPageSizes() {
        assertEquals(new PageSize(612f, 792f), PageSizes.parse("letter").orElseThrow());
        assertEquals(595.28, PageSizes.parse("A4").orElseThrow().width(), 0.01);
        assertEquals(419.53, PageSizes.parse("a5").orElseThrow().width(), 0.01);
        assertEquals(new PageSize(396f, 612f), PageSizes.parse("5.5x8.5in").orElseThrow());
        assertEquals(Optional.empty(), PageSizes.parse("huge"));
        assertEquals(Optional.empty(), PageSizes.parse("1x1mm"));
    }

    @Test
    void titleSlugIsShortAsciiAndFallsBackToBook() {
        assertEquals("belarus-protests-putin-ready-to-send", Slug.ascii(
                "Belarus Protests: Putin Ready To Send Russian Police If Necessary", 40, "book"));
        assertEquals("kliuchevye-slova", Slug.ascii("Ключевые слова", 40, "book"));
        assertEquals("cafe-creme", Slug.ascii("Café Crème", 40, "book"));
        assertEquals("book", Slug.ascii("東京の朝", 40, "book"));
    }

    @Test
    void aCyrillicTitleNamesTheFilesInItsTransliteration() {
        assertEquals("zimniaia-doroga", book("title: Зимняя дорога\n").book().name());
    }

    @Test
    void badTocDepthIsReportedAtItsLine() {
        var book = book("title: T\nauthor: A\ntoc-depth: 9\n");
        book.load();
        assertEquals(List.of("manuscript/book.yaml:3: toc-depth must be a number from 1 to 6"), book.rendered());
    }

    @Test
    void unknownKeyWarnsWithTheNearestKnownKey() {
        var book = book("title: T\ntitel: Typo\nfoo-bar-baz: 1\n");
        book.book();
        assertEquals(List.of(
                "manuscript/book.yaml:2: warning: unknown key 'titel' (did you mean 'title'?)",
                "manuscript/book.yaml:3: warning: unknown key 'foo-bar-baz' is ignored"), book.rendered());
        assertEquals(List.of("yaml-unknown-key", "yaml-unknown-key"), book.codes());
    }

    @Test
    void malformedYamlIsReportedWithItsLine() {
        var book = book("title: T\nauthor: A\nlang: [en\ndate: 2020\n");
        assertTrue(book.load().isEmpty());
        assertEquals(1, book.rendered().size());
        assertTrue(book.rendered().get(0).startsWith("manuscript/book.yaml:4: malformed YAML: "), book.rendered().toString());
        assertEquals(List.of("yaml-syntax"), book.codes());
    }

    @Test
    void missingBookYamlIsAnError() {
        var book = TestBook.in(dir).file("manuscript/01.md", "# One\n");
        assertTrue(book.load().isEmpty());
        assertEquals(List.of("manuscript/book.yaml:1: book.yaml is missing: a book needs manuscript/book.yaml "
                + "with at least a title"), book.rendered());
    }

    @Test
    void missingTitleIsAnError() {
        var book = book("author: A\n");
        book.load();
        assertEquals(List.of("manuscript/book.yaml:1: title is missing: book.yaml must give the book a title"),
                book.rendered());
    }

    @Test
    void wrongTypesAndValuesAreReportedEachAtItsLine() {
        var book = book("title: T\nlang: en_US\npage-size: 3x3\nauthor: {name: A}\ndate: yesterday\nname: ../x\n");
        book.load();
        assertEquals(List.of(
                "manuscript/book.yaml:2: lang must be a BCP 47 language tag such as en, en-GB or ru (did you mean 'en-US'?)",
                "manuscript/book.yaml:3: page-size must be a4, a5, letter, 6x9in or a size such as 140x216mm or "
                        + "5.5x8.5in (each side from 2 to 50 in)",
                "manuscript/book.yaml:4: author must be text or a list of texts",
                "manuscript/book.yaml:5: date must be written YYYY-MM-DD (or YYYY, YYYY-MM, or an ISO 8601 date and time)",
                "manuscript/book.yaml:6: name must be a file name of letters, digits, '.', '-' and '_' (at most 100)"),
                book.rendered());
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        var yaml = new StringBuilder("title: T\n");
        yaml.append("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'z'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = c;
        }
        var book = book(yaml.toString());
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> assertTrue(book.load().isEmpty()));
        assertEquals(List.of("manuscript/book.yaml:1: YAML refused: it uses more than 50 aliases of collections"),
                book.rendered());
        assertEquals(List.of("yaml-too-complex"), book.codes());
    }

    @Test
    void duplicateKeyIsAnError() {
        var book = book("title: T\ntitle: U\n");
        book.load();
        assertEquals(List.of("manuscript/book.yaml:2: key 'title' is given twice (first on line 1)"), book.rendered());
    }
}
