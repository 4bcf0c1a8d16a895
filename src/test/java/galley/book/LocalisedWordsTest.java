package galley.book;

import galley.epub.EpubCheckReport;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Polish and a Korean book get the words Galley sets itself in their language in both editions:
 * the PDF's contents heading, imprint and cover labels as the EPUB's navigation, landmarks, cover
 * text and note links. Until one table served both, the EPUB knew neither language and fell back
 * to English.
 */
class LocalisedWordsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "pl|Spis treści|Punkty orientacyjne|Okładka|Wewnętrzna strona okładki|Strona tytułowa|Wydanie: 2026. Skład: Galley."
                    + "|Okładka książki „Księga”|Powrót do odsyłacza przypisu 1|Księga, wydanie drukowane",
            "ko|차례|랜드마크|표지|표지 안쪽|속표지|판: 2026. 조판: Galley.|『Księga』 표지|주석 1 참조 위치로 돌아가기"
                    + "|Księga (인쇄판)"})
    void bothEditionsSetTheBooksOwnWords(String lang, String contents, String landmarks, String cover,
                                         String insideCover, String titlePage, String edition, String coverAlt,
                                         String backToNote, String printEdition) throws IOException {
        Path covers = Files.createDirectories(dir.resolve("covers"));
        ImageIO.write(new BufferedImage(400, 600, BufferedImage.TYPE_INT_RGB), "png", covers.resolve("cover.png").toFile());
        BookBuild build = BookBuild.written(dir, "words", """
                title: Księga
                author: A. Autor
                lang: %s
                date: 2026
                name: words
                """.formatted(lang), "# Jeden\n\nTekst z przypisem.[^1]\n\n[^1]: Przypis.\n", "# Dwa\n\nTekst.\n");
        assertEquals(0, build.status(), build.err());

        PrintedBook pdf = PrintedBook.read(build.pdf());
        assertEquals(cover, pdf.pages().get(0).label());
        assertEquals(insideCover, pdf.pages().get(1).label());
        assertTrue(pdf.pages().stream().anyMatch(p -> p.text().strip().startsWith(contents)), "the PDF's contents heading");
        assertTrue(pdf.pages().stream().anyMatch(p -> p.text().replaceAll("\\s+", "").contains(edition.replace(" ", ""))),
                "the PDF's imprint (PDFBox reads one of the Korean line's spaces as none)");

        EpubBook epub = EpubBook.read(build.epub());
        Document nav = epub.document("OEBPS/nav.xhtml");
        assertEquals(contents, nav.selectFirst("#toc-title").text());
        assertEquals(landmarks, nav.selectFirst("#landmarks-title").text());
        assertEquals(titlePage, nav.selectFirst("a[epub:type=titlepage]").text());
        assertEquals(coverAlt, epub.document("OEBPS/cover.xhtml").selectFirst("img").attr("alt"));
        assertEquals(backToNote, epub.chapter(0).selectFirst("a.note-number").attr("aria-label"));
        assertEquals(printEdition, epub.document("OEBPS/content.opf").selectFirst("dc|source, source").text());
        assertEquals(List.of(), EpubCheckReport.check(build.epub()).problems());
    }
}
