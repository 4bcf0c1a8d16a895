package galley.read;

import galley.model.Block;
import galley.model.Blocks;
import galley.model.Inline;
import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OneLetterWordsTest {

    private static final String NBSP = "\u00A0";

    @TempDir
    Path dir;

    private List<Inline> paragraph(String lang, String markdown) {
        var book = TestBook.with(dir.resolve(lang), "title: T\nlang: " + lang + "\n")
                .file("manuscript/ch.md", "# C\n\n" + markdown + "\n");
        return ((Block.Paragraph) book.body(0).get(0)).content();
    }

    private String text(String lang, String markdown) {
        return Blocks.plainText(paragraph(lang, markdown));
    }

    @Test
    void aRussianOneLetterWordIsTiedToTheWordAfterIt() {
        assertEquals("Он думал о" + NBSP + "том, всё чаще и" + NBSP + "чаще, а" + NBSP + "потом В" + NBSP + "лесу",
                text("ru", "Он думал о том, всё чаще и чаще, а потом В лесу"));
        // across a soft line break, after an opening quote, and not inside or at the end of a word
        assertEquals("шёл к" + NBSP + "дому «с" + NBSP + "ней» сам и", text("ru", "шёл к\nдому \"с ней\" сам и"));
    }

    @Test
    void aWordInEmphasisAfterItIsTiedTooButTheParagraphsEndIsNot() {
        List<Inline> content = paragraph("ru", "Жил в *Москве* и");
        assertEquals(new Inline.Text("Жил в" + NBSP), content.get(0));
        assertEquals(new Inline.Text(" и"), content.get(content.size() - 1));
    }

    @Test
    void polishCzechAndSlovakTieTheirOwnLetters() {
        assertEquals("kot i" + NBSP + "pies w" + NBSP + "domu a" + NBSP + "k ogrodowi",
                text("pl", "kot i pies w domu a k ogrodowi"));
        assertEquals("v" + NBSP + "Praze k" + NBSP + "řece s" + NBSP + "námi", text("cs", "v Praze k řece s námi"));
        assertEquals("v" + NBSP + "Bratislave a" + NBSP + "k" + NBSP + "Dunaju", text("sk", "v Bratislave a k Dunaju"));
        assertEquals("у" + NBSP + "лісі і" + NBSP + "в" + NBSP + "полі", text("uk", "у лісі і в полі"));
    }

    @Test
    void otherLanguagesKeepTheirSpaces() {
        assertEquals("I saw a cat", text("en", "I saw a cat"));
        assertEquals("à la maison y a", text("fr", "à la maison y a"));
    }
}
