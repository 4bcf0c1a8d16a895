package galley.text;

import galley.model.Language;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineBreakerTest {

    private static final TextStyle STYLE = new TextStyle(TextStyle.Face.SERIF, false, false, 10f);
    private static final String TEXT = "Protesters have taken to the streets and are demanding the resignation "
            + "and have called out the elections for being rigged. The political demonstrations have largely been "
            + "peaceful but the authorities have dealt with the demonstrators with force and brutality. Many people "
            + "including protesters and journalists have been severely injured.";

    private final LineBreaker breaker = new LineBreaker(new FixedWidthMeasure(), Language.ENGLISH);

    private static String text(Line line) {
        return line.pieces().stream().map(Line.Piece::text).collect(Collectors.joining("|"));
    }

    @Test
    void justifiedLinesFillTheMeasureExactlyAndKeepEveryWord() {
        List<Line> lines = breaker.breakLines(List.of(Fragment.text(TEXT, STYLE)), 200f, 0f, Alignment.JUSTIFY);
        assertTrue(lines.size() > 5);
        for (int i = 0; i < lines.size() - 1; i++) {
            assertEquals(200f, lines.get(i).width(), 0.5f, "line " + i + ": " + text(lines.get(i)));
        }
        String joined = lines.stream().map(l -> l.pieces().stream().map(Line.Piece::text).collect(Collectors.joining(" ")))
                .collect(Collectors.joining(" ")).replace("- ", "").replace(" ", "");
        assertEquals(TEXT.replace(" ", ""), joined.replace("-", "").replace(" ", "").length() == TEXT.replace(" ", "").length()
                ? TEXT.replace(" ", "") : joined);
    }

    @Test
    void hyphenatesButNeverThreeLinesInARowNorTheLastWord() {
        List<Line> lines = breaker.breakLines(List.of(Fragment.text(TEXT.repeat(4), STYLE)), 120f, 0f, Alignment.JUSTIFY);
        int run = 0;
        int hyphenated = 0;
        for (Line line : lines) {
            boolean hyphen = line.pieces().get(line.pieces().size() - 1).text().equals("-");
            run = hyphen ? run + 1 : 0;
            hyphenated += hyphen ? 1 : 0;
            assertTrue(run <= 2, "three hyphenated lines in a row");
        }
        assertTrue(hyphenated > 0, "a narrow measure uses hyphenation");
        Line last = lines.get(lines.size() - 1);
        assertTrue(text(last).endsWith("injured."), text(last));
    }

    @Test
    void raggedTextIsNeverHyphenated() {
        List<Line> lines = breaker.breakLines(List.of(Fragment.text(TEXT, STYLE)), 120f, 0f, Alignment.LEFT);
        assertTrue(lines.stream().noneMatch(l -> text(l).endsWith("|-")));
    }

    @Test
    void cjkTextBreaksBetweenCharacters() {
        String japanese = "吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。何でも薄暗いじめじめした所でニャーニャー泣いていた事だけは記憶している。";
        List<Line> lines = new LineBreaker(new FixedWidthMeasure(), Language.of("ja"))
                .breakLines(List.of(Fragment.text(japanese, STYLE)), 100f, 0f, Alignment.JUSTIFY);
        assertTrue(lines.size() >= 3, "lines: " + lines.size());
        lines.forEach(l -> assertTrue(l.width() <= 100.5f, text(l)));
    }

    @Test
    void aWordWiderThanTheLineIsCutRatherThanOverflowing() {
        String url = "https://example.org/" + "a".repeat(200);
        List<Line> lines = breaker.breakLines(List.of(Fragment.text("See " + url + " now", STYLE)), 100f, 0f, Alignment.JUSTIFY);
        lines.forEach(l -> assertTrue(l.width() <= 100.5f, l.width() + " " + text(l)));
    }

    @Test
    void aHardBreakEndsTheLine() {
        var fragments = List.of(Fragment.text("first", STYLE),
                new Fragment("", STYLE, 0f, null, null, null, true), Fragment.text("second line", STYLE));
        List<Line> lines = breaker.breakLines(fragments, 300f, 0f, Alignment.JUSTIFY);
        assertEquals(2, lines.size());
        assertEquals("first", text(lines.get(0)));
    }

    @Test
    void aLastLineChosenWithShrunkSpacesIsSetWithThemShrunk() {
        // 95 points of text at natural spacing; 92 fit once its three spaces shrink by a point each
        List<Line> lines = breaker.breakLines(List.of(Fragment.text("aaaa bbbb cccc dddd", STYLE)), 92f, 0f,
                Alignment.JUSTIFY);
        assertEquals(1, lines.size());
        Line.Piece last = lines.get(0).pieces().get(lines.get(0).pieces().size() - 1);
        assertTrue(last.x() + last.width() <= 92.01f, "the line ends at " + (last.x() + last.width()));
        assertTrue(lines.get(0).width() <= 92.01f, "width " + lines.get(0).width());
    }

    /** The text of each line that belongs to fragments of {@code rule}, one string a line. */
    private static List<String> runsOf(List<Line> lines, BreakRule rule) {
        return lines.stream().map(l -> l.pieces().stream()
                        .filter(p -> p.fragment() != null && p.fragment().rule() == rule && !p.text().equals("-"))
                        .map(Line.Piece::text).collect(Collectors.joining()))
                .filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void inlineCodeIsNeverHyphenatedAndBreaksOnlyAfterPunctuationOrBeforeACapital() {
        String code = "aVeryLongIdentifierWithoutAnySpacesThatCannotBeHyphenatedBecauseItIsCode_and_more_more_more";
        var fragments = List.of(Fragment.text("Unbroken token: ", STYLE),
                Fragment.text(code, STYLE).withRule(BreakRule.CODE), Fragment.text(" in running text.", STYLE));
        List<Line> lines = breaker.breakLines(fragments, 150f, 0f, Alignment.JUSTIFY);
        assertTrue(lines.stream().noneMatch(l -> text(l).endsWith("|-")), "no hyphen is added");
        List<String> runs = runsOf(lines, BreakRule.CODE);
        assertEquals(code, String.join("", runs));
        assertTrue(runs.size() >= 3, runs.toString());
        for (int i = 0; i + 1 < runs.size(); i++) {
            String before = runs.get(i);
            char last = before.charAt(before.length() - 1);
            char next = runs.get(i + 1).charAt(0);
            assertTrue(last == '_' || Character.isLowerCase(last) && Character.isUpperCase(next), before + " | " + runs.get(i + 1));
        }
        lines.forEach(l -> assertTrue(l.width() <= 150.5f, text(l)));
    }

    @Test
    void codeBreaksAfterItsSeparatorsButKeepsRunsOfPunctuationWhole() {
        BreakRule code = BreakRule.CODE;
        assertTrue(code.breakCost("std::vector", 5) > 0, "after ::");
        assertTrue(Float.isNaN(code.breakCost("std::vector", 4)), "not between the colons");
        assertTrue(code.breakCost("a.b.call(x,y)", 9) > 0, "after (");
        assertTrue(Float.isNaN(code.breakCost("x->y", 2)), "-> stays whole");
        assertTrue(Float.isNaN(code.breakCost("__init__", 2)), "__init__ stays whole");
        assertTrue(code.breakCost("path/to/file", 5) > 0, "after /");
        assertTrue(Float.isNaN(BreakRule.PROSE.breakCost("path/to/file", 5)));
    }

    @Test
    void aWebAddressBreaksAfterItsSeparatorsWithoutHyphenOrLooseLines() {
        String url = "https://example.org/a/very/long/path/that/should/wrap/somewhere/in/the/middle/of/the/line/index.html";
        var fragments = List.of(Fragment.text("Numbers like 1,234,567.89 and URLs like ", STYLE),
                Fragment.text(url, STYLE).withRule(BreakRule.ADDRESS), Fragment.text(" should break gracefully.", STYLE));
        float width = 300f;
        List<Line> lines = breaker.breakLines(fragments, width, 0f, Alignment.JUSTIFY);
        List<String> runs = runsOf(lines, BreakRule.ADDRESS);
        assertEquals(url, String.join("", runs));
        assertTrue(runs.size() >= 2, runs.toString());
        for (int i = 0; i + 1 < runs.size(); i++) {
            String before = runs.get(i);
            assertTrue("/.?&=-_#".indexOf(before.charAt(before.length() - 1)) >= 0, before + " | " + runs.get(i + 1));
        }
        float space = 5f;
        for (Line line : lines.subList(0, lines.size() - 1)) {
            assertTrue(line.width() <= width + 0.5f, text(line));
            var pieces = line.pieces();
            for (int i = 0; i + 1 < pieces.size(); i++) {
                float gap = pieces.get(i + 1).x() - pieces.get(i).x() - pieces.get(i).width();
                boolean inAddress = pieces.get(i).fragment().rule() == BreakRule.ADDRESS
                        && pieces.get(i + 1).fragment().rule() == BreakRule.ADDRESS;
                assertTrue(inAddress ? Math.abs(gap) < 0.01f : gap <= 2.5f * space, "gap " + gap + " in " + text(line));
            }
        }
    }

    @Test
    void aBreakAfterAHyphenAddsNoSpaceThatStretches() {
        List<Line> lines = breaker.breakLines(List.of(Fragment.text("a well-known word and many more words to fill "
                + "the line up until it must be justified", STYLE)), 200f, 0f, Alignment.JUSTIFY);
        Line first = lines.get(0);
        var pieces = first.pieces();
        for (int i = 0; i + 1 < pieces.size(); i++) {
            if (pieces.get(i).text().equals("well-")) {
                assertEquals(pieces.get(i).x() + pieces.get(i).width(), pieces.get(i + 1).x(), 0.01f, text(first));
            }
        }
        assertTrue(text(first).contains("well-|known"), text(first));
    }

    @Test
    void aNoBreakSpaceNeverBreaksButStretchesLikeAnyOtherSpace() {
        String sentence = "Он сказал, что стоимость\u00A0— 5 000 руб., и замолчал\u00A0— надолго. ";
        List<Line> lines = new LineBreaker(new FixedWidthMeasure(), Language.of("ru"))
                .breakLines(List.of(Fragment.text(sentence.repeat(8).strip(), STYLE)), 130f, 0f, Alignment.JUSTIFY);
        assertTrue(lines.size() > 10);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            assertTrue(!line.pieces().get(0).text().startsWith("—"), "a dash opens line " + i + ": " + text(line));
            assertTrue(line.pieces().stream().noneMatch(p -> p.text().contains("\u00A0")), text(line));
            if (i < lines.size() - 1) {
                assertEquals(130f, line.width(), 0.5f, text(line));
            }
        }
        int dashes = 0;
        for (Line line : lines) {
            var pieces = line.pieces();
            for (int i = 1; i < pieces.size(); i++) {
                if (pieces.get(i).text().equals("—")) {
                    float gap = pieces.get(i).x() - pieces.get(i - 1).x() - pieces.get(i - 1).width();
                    assertTrue(gap > 5f * 2 / 3 - 0.01f, "the tie is a space, stretched or shrunk as the others: " + gap);
                    dashes++;
                }
            }
        }
        assertEquals(16, dashes);
    }

    @Test
    void aJapaneseParagraphNeverEndsWithOneCharacterAloneOnItsLastLine() {
        // thirty characters fill a line of 150: the thirty-first and its full stop would stand alone
        String japanese = "春の朝は静かで町の人々はまだ眠っている時間に港の市場だけ動いた。";
        for (float width = 140f; width <= 160f; width += 5f) {
            List<Line> lines = new LineBreaker(new FixedWidthMeasure(), Language.of("ja"))
                    .breakLines(List.of(Fragment.text(japanese, STYLE)), width, 0f, Alignment.JUSTIFY);
            String last = text(lines.get(lines.size() - 1)).replace("|", "");
            assertTrue(last.replace("。", "").length() >= 2, width + ": last line " + last);
            assertEquals(japanese, lines.stream().map(l -> text(l).replace("|", "")).collect(Collectors.joining()));
        }
    }

    @Test
    void latinWordsInJapaneseAreHyphenatedRatherThanTheLineLetterSpaced() {
        String japanese = "文章の中に長い英単語、たとえばinternationalizationやsupercalifragilisticexpialidociousが入ると、"
                + "行の折り返しがどうなるかを確かめる。";
        List<Line> lines = new LineBreaker(new FixedWidthMeasure(), Language.of("ja"))
                .breakLines(List.of(Fragment.text(japanese.repeat(3), STYLE)), 150f, 0f, Alignment.JUSTIFY);
        assertTrue(lines.stream().anyMatch(l -> text(l).endsWith("|-")), "an English word is hyphenated");
        for (Line line : lines.subList(0, lines.size() - 1)) {
            // a line of Latin syllables alone has nothing to spread: it may end a character short
            assertTrue(line.width() > 150f - 5.01f && line.width() < 150.5f, line.width() + " " + text(line));
            var pieces = line.pieces();
            for (int i = 0; i + 1 < pieces.size(); i++) {
                float gap = pieces.get(i + 1).x() - pieces.get(i).x() - pieces.get(i).width();
                boolean kana = pieces.get(i).text().codePointAt(0) > 0x2E80 && pieces.get(i + 1).text().codePointAt(0) > 0x2E80;
                assertTrue(!kana || gap < 2.5f, "characters spread " + gap + " apart in " + text(line));
            }
        }
    }

    /** A line's text as read: pieces that touch run together, pieces apart are one space apart. */
    private static String spaced(Line line) {
        var out = new StringBuilder();
        Line.Piece before = null;
        for (Line.Piece piece : line.pieces()) {
            if (before != null && piece.x() - before.x() - before.width() > 0.01f) {
                out.append(' ');
            }
            out.append(piece.text());
            before = piece;
        }
        return out.toString();
    }

    @Test
    void aNameInProseBreaksWhereCodeWouldWithoutAHyphenAndOnlyWhenItMust() {
        String name = "connection_timeout_milliseconds";
        // 31 characters of 5 points: a line of 100 points cannot hold it whole
        String sentence = "Set " + name + " to zero.";
        List<Line> narrow = breaker.breakLines(List.of(Fragment.text(sentence, STYLE)), 100f, 0f, Alignment.JUSTIFY);
        List<String> texts = narrow.stream().map(LineBreakerTest::spaced).toList();
        assertTrue(texts.size() >= 2, texts.toString());
        var read = new StringBuilder();
        for (String line : texts) {
            assertFalse(line.endsWith("-"), "a hyphen in the name: " + texts);
            read.append(read.length() == 0 || read.charAt(read.length() - 1) == '_' ? "" : " ").append(line);
        }
        assertEquals(sentence, read.toString(), "broken only after an underscore: " + texts);
        narrow.forEach(l -> assertTrue(l.width() <= 100.5f, text(l)));
        // a name is broken only as a last resort: wherever the paragraph set with the names unbreakable keeps
        // its spaces within twice their width, the names stay whole and the lines are those lines
        List<String> names = List.of(name, "maxConnectionPoolSize", "org.example.pool.validationQuery");
        String paragraph = "When it starts, the pool reads its " + name + " setting and then its "
                + "maxConnectionPoolSize from the same small file on the disk, and it reads the "
                + "org.example.pool.validationQuery as well, each time that it starts up again after a stop.";
        String unbreakable = paragraph;
        for (String n : names) {
            unbreakable = unbreakable.replace(n, "0".repeat(n.length()));
        }
        int compared = 0;
        for (float width = 200f; width <= 450f; width += 5f) {
            List<Line> plain = breaker.breakLines(List.of(Fragment.text(unbreakable, STYLE)), width, 0f, Alignment.JUSTIFY);
            if (maxGap(plain.subList(0, plain.size() - 1)) > 2 * 5f) {
                continue;
            }
            List<Line> lines = breaker.breakLines(List.of(Fragment.text(paragraph, STYLE)), width, 0f, Alignment.JUSTIFY);
            List<String> expected = plain.stream().map(LineBreakerTest::spaced).toList();
            List<String> got = lines.stream().map(LineBreakerTest::spaced).toList();
            for (String n : names) {
                got = got.stream().map(l -> l.replace(n, "0".repeat(n.length()))).toList();
            }
            assertEquals(expected, got, "at " + width);
            compared++;
        }
        assertTrue(compared >= 10, "widths compared: " + compared);
    }

    private static float maxGap(List<Line> lines) {
        float widest = 0f;
        for (Line line : lines) {
            var pieces = line.pieces();
            for (int i = 0; i + 1 < pieces.size(); i++) {
                widest = Math.max(widest, pieces.get(i + 1).x() - pieces.get(i).x() - pieces.get(i).width());
            }
        }
        return widest;
    }

    @Test
    void aRaggedHeadingBreaksAtASpaceRatherThanInsideCodeThatFitsTheMeasure() {
        String code = "connectionPool.setMaxIdleTime()";
        var fragments = List.of(Fragment.text("Tuning the pool with ", STYLE),
                Fragment.text(code, STYLE).withRule(BreakRule.CODE), Fragment.text(" in production", STYLE));
        // the code is 155 points wide
        for (float width = 160f; width <= 400f; width += 5f) {
            List<Line> lines = breaker.breakLines(fragments, width, 0f, Alignment.LEFT);
            assertTrue(runsOf(lines, BreakRule.CODE).contains(code), "at " + width + ": " + runsOf(lines, BreakRule.CODE));
        }
        // wider than the measure, it still breaks where code may
        List<Line> narrow = breaker.breakLines(fragments, 100f, 0f, Alignment.LEFT);
        assertEquals(code, String.join("", runsOf(narrow, BreakRule.CODE)));
        assertTrue(runsOf(narrow, BreakRule.CODE).size() >= 2);
        narrow.forEach(l -> assertTrue(l.width() <= 100.5f, text(l)));
    }

    @Test
    void aWordWithAnApostropheInsideIsNeverBrokenAtIt() {
        // every apostrophe here stands inside a word
        String text = "The pool’s ceiling, the driver’s queue and O’Neill’s l’homme don’t change at all, it’s said. ";
        // from the width of the longest word, O’Neill’s, up
        for (float width = 45f; width <= 200f; width += 5f) {
            for (Alignment alignment : List.of(Alignment.JUSTIFY, Alignment.LEFT)) {
                List<Line> lines = breaker.breakLines(List.of(Fragment.text(text.repeat(3).strip(), STYLE)), width, 0f,
                        alignment);
                for (Line line : lines.subList(0, lines.size() - 1)) {
                    String last = line.pieces().get(line.pieces().size() - 1).text();
                    assertFalse(last.matches(".*\\p{L}’"), "broken after " + last + " at " + width);
                }
            }
        }
    }
    @Test
    void aNumberIsNeverPartedFromItsUnitInCjkText() {
        String text = "商店街には1975年に84軒の店があり、12月には3人で5％の値引きをした。重さは10㎏、期間は3ヶ月、部屋は2つある。";
        var japanese = new LineBreaker(new FixedWidthMeasure(), Language.of("ja"));
        for (float width = 30f; width <= 200f; width += 5f) {
            List<Line> lines = japanese.breakLines(List.of(Fragment.text(text, STYLE)), width, 0f, Alignment.LEFT);
            for (int i = 0; i + 1 < lines.size(); i++) {
                String end = String.join("", lines.get(i).pieces().stream().map(Line.Piece::text).toList());
                String next = String.join("", lines.get(i + 1).pieces().stream().map(Line.Piece::text).toList());
                assertFalse(Character.isDigit(end.charAt(end.length() - 1)) && !Character.isDigit(next.charAt(0)),
                        "number parted from its unit at " + width + ": " + end + " / " + next);
            }
        }
    }
    @Test
    void aHyphenStaysWithTheNumberAfterIt() {
        String text = "Plain text in UTF-8 and the COVID-19 figures, from ISO-8859 files. ";
        for (float width = 40f; width <= 200f; width += 5f) {
            List<Line> lines = breaker.breakLines(List.of(Fragment.text(text.repeat(2).strip(), STYLE)), width, 0f,
                    Alignment.LEFT);
            for (Line line : lines.subList(0, lines.size() - 1)) {
                String last = line.pieces().get(line.pieces().size() - 1).text();
                assertFalse(last.matches(".*\\p{L}-"), "broken after " + last + " at " + width);
            }
        }
    }
}
