package galley.text;

import galley.model.Language;
import galley.layout.BookStyle;
import galley.layout.PageGeometry;

import galley.model.PageSize;
import galley.font.FontSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Paragraphs of long words, set in the book's real fonts on an A5 and a 6×9 in page: the words are
 * hyphenated as often as it takes, so that every line but the last is filled, none is left short
 * and none has gaping spaces.
 */
class LongWordsTest {

    private static final PageSize A5 = new PageSize(419.5f, 595.3f);

    private static String text(Line line) {
        return line.pieces().stream().map(Line.Piece::text).collect(Collectors.joining("|"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "ru; Слова электрокардиографического слово электрокардиографического слово электрокардиографического слово электрокардиографического слово электрокардиографического слово электрокардиографического.",
            "ru; Слово рентгеноэлектрокардиографического слово рентгеноэлектрокардиографического слово рентгеноэлектрокардиографического слово рентгеноэлектрокардиографического слово рентгеноэлектрокардиографического.",
            "ru; Длинное слово: рентгеноэлектрокардиографического, а также дезоксирибонуклеиновая кислота и превысокомногорассмотрительствующий.",
            "en; Words electroencephalographically word electroencephalographically word electroencephalographically word electroencephalographically word electroencephalographically word electroencephalographically.",
            "en; Word incomprehensibilities word incomprehensibilities word incomprehensibilities word incomprehensibilities word incomprehensibilities word incomprehensibilities word incomprehensibilities.",
            "en; Short line then Supercalifragilisticexpialidocious-antidisestablishmentarianism-floccinaucinihilipilification compound words, and the sentence goes on for a while after them."})
    void longWordsAreHyphenatedRatherThanLeftToGapeOrStandShort(String lang, String paragraph) {
        for (PageSize page : new PageSize[]{A5, PageSize.TRADE_6X9}) {
            BookStyle style = BookStyle.forPage(page);
            float width = PageGeometry.of(page, style).textWidth();
            float space = FontSet.standard().width(" ", style.body());
            List<Line> lines = new LineBreaker(FontSet.standard(), Language.of(lang))
                    .breakLines(List.of(Fragment.text(paragraph, style.body())), width, style.indent(), Alignment.JUSTIFY);
            assertTrue(lines.size() >= 2);
            for (Line line : lines.subList(0, lines.size() - 1)) {
                assertEquals(width, line.width(), 0.5f, "a short line: " + text(line));
                var pieces = line.pieces();
                for (int i = 0; i + 1 < pieces.size(); i++) {
                    float gap = pieces.get(i + 1).x() - pieces.get(i).x() - pieces.get(i).width();
                    assertTrue(gap < 3f * space, "a gap of " + gap / space + " spaces in " + text(line));
                }
            }
        }
    }
}
