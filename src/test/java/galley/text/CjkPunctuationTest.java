package galley.text;

import galley.model.Language;
import galley.font.FontSet;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Full-width punctuation in Chinese and Japanese lines, set with the bundled CJK font: its blank
 * half is squeezed before characters are spread apart, and marks that meet keep one blank at most.
 */
class CjkPunctuationTest {

    private static final float EM = 10f;
    private static final TextStyle STYLE = new TextStyle(TextStyle.Face.SERIF, false, false, EM);

    private static List<Line> set(String lang, String text, float width, Alignment alignment) {
        return new LineBreaker(FontSet.forLanguage(Language.of(lang)), Language.of(lang))
                .breakLines(List.of(Fragment.text(text, STYLE)), width, 0f, alignment);
    }

    /** Each character of a line with the x of its em, pieces read character by character. */
    private record Placed(int codePoint, float x) {
    }

    private static List<Placed> placed(Line line) {
        var out = new ArrayList<Placed>();
        for (Line.Piece piece : line.pieces()) {
            float x = piece.x();
            for (int at = 0; at < piece.text().length(); ) {
                int codePoint = piece.text().codePointAt(at);
                String one = Character.toString(codePoint);
                out.add(new Placed(codePoint, x));
                x += FontSet.forLanguage(Language.of("ja")).width(one, STYLE);
                at += one.length();
            }
        }
        return out;
    }

    private static String text(Line line) {
        var out = new StringBuilder();
        placed(line).forEach(p -> out.appendCodePoint(p.codePoint()));
        return out.toString();
    }

    private static float x(Line line, char c) {
        return placed(line).stream().filter(p -> p.codePoint() == c).findFirst().orElseThrow().x();
    }

    /** The widest step between two ideographs next to each other, beyond their em. */
    private static float letterSpacing(Line line) {
        List<Placed> all = placed(line);
        float widest = 0f;
        for (int i = 1; i < all.size(); i++) {
            if (Character.isIdeographic(all.get(i - 1).codePoint()) && Character.isIdeographic(all.get(i).codePoint())) {
                widest = Math.max(widest, all.get(i).x() - all.get(i - 1).x() - EM);
            }
        }
        return widest;
    }

    @Test
    void aLineThatMayNotEndBeforeItsFullStopTakesItByGivingUpPunctuationBlanks() {
        // ten ems wide: the full stop, which may not start a line, is the eleventh character; the
        // blanks of the comma and the full stop make room for it, where the line used to lose
        // 九 and spread the rest an eighth of an em apart
        List<Line> lines = set("ja", "一二三四五六七、八九。十一二三", 10 * EM, Alignment.JUSTIFY);
        assertEquals("一二三四五六七、八九。", text(lines.get(0)));
        assertEquals(10 * EM, lines.get(0).width(), 0.01f);
        assertEquals(0f, letterSpacing(lines.get(0)), 0.01f);
        assertEquals(x(lines.get(0), '七') + 1.5f * EM, x(lines.get(0), '八'), 0.01f, "the comma squeezed to half an em");
    }

    @Test
    void japaneseLinesAreSqueezedBeforeTheyAreLetterSpaced() {
        String text = "「魚はな、嘘をつかない」と祖父は言った。「目を見れば、いつ獲れたかすぐわかる。人間のほうが、"
                + "よっぽど難しい」。私はその言葉の意味を、長いあいだ理解できなかった。いや、今でも本当に理解しているとは言えない。"
                + "市場の中は、氷と潮の匂いでいっぱいだった。競りが始まると、仲買人たちは指を動かし、声を上げ、帳面に何かを書き込む。";
        for (int ems = 17; ems <= 29; ems++) {
            List<Line> lines = set("ja", text, ems * EM, Alignment.JUSTIFY);
            for (Line line : lines.subList(0, lines.size() - 1)) {
                assertTrue(letterSpacing(line) < 0.1f * EM, ems + " ems: " + letterSpacing(line) / EM + " em in " + text(line));
            }
        }
    }

    @Test
    void marksThatMeetKeepTheBlankOfOneAtMost() {
        Line line = set("ja", "あ。」「『い』、う", 100 * EM, Alignment.LEFT).get(0);
        assertEquals(x(line, '。') + EM / 2, x(line, '」'), 0.01f, "a full stop and a closing bracket set solid");
        assertEquals(x(line, '」') + EM / 2, x(line, '「'), 0.01f, "half an em between a closing and an opening bracket's ink");
        assertEquals(x(line, '「') + EM / 2, x(line, '『'), 0.01f, "two opening brackets set solid");
        assertEquals(x(line, '』') + EM / 2, x(line, '、'), 0.01f, "a closing bracket and a comma set solid");
    }

    @Test
    void chineseQuotesThatMeetKeepOneBlankBetweenThem() {
        Line line = set("zh", "喝茶？”“王叔", 100 * EM, Alignment.LEFT).get(0);
        float closing = x(line, '”');
        float opening = x(line, '“');
        // Liberation Sans draws the quote, which a Chinese book sets in an em of its own
        float ink = FontSet.standard().width("”", new TextStyle(TextStyle.Face.SANS, false, false, EM));
        assertEquals(closing + ink, opening, 0.01f, "the closing quote's blank is left out");
    }

    @Test
    void anOpeningBracketThatStartsALineStandsAgainstTheMargin() {
        List<Line> lines = set("ja", "一二三四五六七八九十「一二三」と言った。", 10.2f * EM, Alignment.JUSTIFY);
        assertTrue(text(lines.get(1)).startsWith("「"), text(lines.get(1)));
        assertEquals(-EM / 2, x(lines.get(1), '「'), 0.01f);
        assertEquals(9.5f * EM, lines.get(1).width(), 0.01f);
    }

    @Test
    void ragggedLinesKeepTheirMarksFullWidth() {
        Line line = set("ja", "あ、い。う", 100 * EM, Alignment.LEFT).get(0);
        assertEquals(x(line, 'あ') + 2 * EM, x(line, 'い'), 0.01f);
        assertFalse(line.width() < 4.99f * EM, "a comma and a full stop inside a line keep their em");
    }

    @Test
    void noLineStartsWithAMarkJLReqKeepsOffTheLineStart() {
        // the JDK's break iterator lets these begin a line; the rest of JLReq's list it keeps off
        for (String mark : List.of("・", "‼", "⁇", "⁈", "⁉", "ゕ", "ゖ", "ㇰ", "ㇽ", "〻")) {
            for (int ems = 6; ems <= 11; ems++) {
                List<Line> lines = set("ja", "一二三四五六七八九" + mark + "十一二三四五", ems * EM + 2f, Alignment.JUSTIFY);
                for (Line line : lines) {
                    assertFalse(text(line).startsWith(mark), ems + " ems: a line starts with " + mark);
                }
            }
        }
    }

    @Test
    void noLineStartsWithClosingPunctuationOrSmallKanaNorEndsWithAnOpeningBracket() {
        String text = "「あっ、そうか！」と彼は言った。『ちょっと待って』（ほんの少しだけ）……ニャー、人々、あァいィうゥえェおォかッきャくュけョこヮさヵしヶ。";
        for (int ems = 5; ems <= 15; ems++) {
            for (Line line : set("ja", text.repeat(2), ems * EM + 3f, Alignment.JUSTIFY)) {
                String t = text(line);
                assertFalse("、。，．）」』】！？ーっゃゅょァィゥェォッャュョヮヵヶ々".indexOf(t.charAt(0)) >= 0, ems + ": " + t);
                assertFalse("「『（【".indexOf(t.charAt(t.length() - 1)) >= 0, ems + ": " + t);
            }
        }
    }
}
