package galley.book;

import galley.book.PrintedBook.Glyph;
import galley.book.PrintedBook.PrintedPage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The left and right edges of the text block of a printed book's body pages, found from the pages
 * themselves rather than from Galley's geometry: lines of running text are justified, so most of
 * them start and end exactly on the block's edges. Right-hand and left-hand pages have their own,
 * since the margins are mirrored.
 */
record TextBlock(float left, float right) {

    /** The text blocks of right-hand and left-hand body pages, the body starting at page {@code bodyStart}. */
    static Map<Boolean, TextBlock> of(PrintedBook pdf, int bodyStart) {
        Map<Boolean, Map<Float, Integer>> lefts = new HashMap<>();
        Map<Boolean, Map<Float, Integer>> rights = new HashMap<>();
        for (PrintedPage page : pdf.pages().subList(bodyStart, pdf.pages().size())) {
            boolean recto = isRecto(page, bodyStart);
            for (float[] line : lines(page.glyphs())) {
                lefts.computeIfAbsent(recto, r -> new HashMap<>()).merge(Math.round(line[0] * 2) / 2f, 1, Integer::sum);
                rights.computeIfAbsent(recto, r -> new HashMap<>()).merge(Math.round(line[1] * 2) / 2f, 1, Integer::sum);
            }
        }
        Map<Boolean, TextBlock> blocks = new HashMap<>();
        for (boolean recto : new boolean[]{true, false}) {
            blocks.put(recto, new TextBlock(mode(lefts.get(recto)), mode(rights.get(recto))));
        }
        return blocks;
    }

    /** Whether {@code page} is a right-hand page of a body that opens on one. */
    static boolean isRecto(PrintedPage page, int bodyStart) {
        return page.index() % 2 == bodyStart % 2;
    }

    float width() {
        return right - left;
    }

    // The extent of each long line of serif text. Code is left out: every row of a wrapped code line
    // ends at one place too, short of the edge.
    private static List<float[]> lines(List<Glyph> glyphs) {
        Map<Float, float[]> lines = new HashMap<>();
        for (Glyph glyph : glyphs) {
            if (glyph.text().isBlank()) {
                continue;
            }
            float[] line = lines.computeIfAbsent(Math.round(glyph.y() * 2) / 2f, y -> new float[]{Float.MAX_VALUE, 0, 0});
            line[0] = Math.min(line[0], glyph.x());
            line[1] = Math.max(line[1], glyph.x() + glyph.width());
            line[2] += glyph.font().contains("Mono") ? -1000 : 1;
        }
        return lines.values().stream().filter(line -> line[2] >= 30).toList();
    }

    private static float mode(Map<Float, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
