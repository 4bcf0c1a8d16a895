package galley.read;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** File names from titles in Cyrillic, Greek and accented Latin are spelled in ASCII. */
class TransliterationTest {

    @Test
    void russianFollowsIcao9303() {
        assertEquals("zimniaia doroga", Transliteration.ascii("Зимняя дорога"));
        assertEquals("shchi i kasha, ezh, iuliia, obieemom, khorosho, tsar, ploshchad, iolka",
                Transliteration.ascii("Щи и каша, ёж, Юлия, объёмом, Хорошо, Царь, Площадь, Йолка"));
    }

    @Test
    void theOtherCyrillicAlphabetsToo() {
        assertEquals("kiiv, ievropa, ganok", Transliteration.ascii("Київ, Європа, ґанок"));
        assertEquals("belarus, use, ulada", Transliteration.ascii("Беларусь, усё, ўлада"));
        assertEquals("beograd, njegosh, dorde, cuprija, ljubav, dzak, jug",
                Transliteration.ascii("Београд, Његош, Ђорђе, Ћуприја, Љубав, Џак, Југ"));
        assertEquals("sofiia, shchastie", Transliteration.ascii("София, щастие"));
    }

    @Test
    void greekFollowsElot743() {
        assertEquals("athina", Transliteration.ascii("Αθήνα"));
        assertEquals("ellada, ouranos, avgo, efcharisto, angelos", Transliteration.ascii("Ελλάδα, ουρανός, αυγό, ευχαριστώ, άγγελος"));
        // a diaeresis parts the pair
        assertEquals("proypothesi", Transliteration.ascii("προϋπόθεση"));
    }

    @Test
    void latinLosesItsAccentsAndKeepsItsLetters() {
        assertEquals("strasse, aerodrom, oresund, lodz, cafe", Transliteration.ascii("Straße, Ærodrom, Øresund, Łódź, café"));
        assertEquals("東京の朝", Transliteration.ascii("東京の朝"));
    }
}
