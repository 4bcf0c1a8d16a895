package galley.book;

import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The copyright page as printed, read back with PDFBox: its words in the book's language, its dates
 * as given. The edition is dated by the book's date only when SOURCE_DATE_EPOCH is not set.
 */
class ImprintPageTest {

    private static void assumeDatedByTheBook() {
        assumeTrue(System.getenv("SOURCE_DATE_EPOCH") == null, "SOURCE_DATE_EPOCH dates the edition");
    }

    @TempDir
    Path dir;

    @Test
    void aRussianBookDatedByYearSaysSoInRussian() throws IOException {
        assumeDatedByTheBook();
        List<String> imprint = imprint("Зимняя дорога", "ru", "\"2024\"", "# Глава первая\n\nТекст главы.\n");
        assertTrue(imprint.contains("Издание: 2024. Вёрстка: Galley."), imprint.toString());
        assertFalse(imprint.toString().contains("2024-01-01"), "no day the author never gave: " + imprint);
        assertFalse(imprint.toString().contains("Edition"), imprint.toString());
        assertEquals(1, imprint.stream().filter(line -> line.contains("2024")).count(), "the date once: " + imprint);
    }

    @Test
    void aMonthStaysAMonthAndADayADay() throws IOException {
        assumeDatedByTheBook();
        List<String> month = imprint("Dated", "en", "2024-03", "# One\n\nText.\n");
        assertTrue(month.contains("Edition of 2024-03, typeset with Galley."), month.toString());
        List<String> day = imprint("Dated", "en", "2024-03-05", "# One\n\nText.\n");
        assertTrue(day.contains("Edition of 2024-03-05, typeset with Galley."), day.toString());
    }

    @Test
    void anIsbnIsPrintedAsOneAndAMadeUpUuidNotAtAll() throws IOException {
        List<String> made = imprint("Unnumbered", "en", "2024", "# One\n\nText.\n");
        assertFalse(made.toString().contains("urn:uuid"), "the identifier Galley made up: " + made);
        List<String> isbn = imprint("Numbered\nidentifier: urn:isbn:9780306406157", "en", "2024", "# One\n\nText.\n");
        assertTrue(isbn.contains("ISBN 9780306406157"), isbn.toString());
    }

    /** The lines of the copyright page (page iv: half-title, its back, title page, then it). */
    private List<String> imprint(String title, String lang, String date, String chapter) throws IOException {
        TestBook.Run run = TestBook.written(Files.createTempDirectory(dir, "book"), "title: " + title
                + "\nauthor: A. Tester\nlang: " + lang + "\nname: imprint\ndate: " + date + "\n", chapter).build();
        assertEquals(0, run.status(), run.err());
        PrintedBook pdf = PrintedBook.read(run.pdf());
        PrintedBook.PrintedPage page = pdf.pages().stream().filter(p -> p.label().equals("iv")).findFirst().orElseThrow();
        return page.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
