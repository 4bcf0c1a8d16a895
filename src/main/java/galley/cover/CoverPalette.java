package galley.cover;

import java.awt.Color;

/**
 * The colours of a typographic cover: a field shading from {@code fieldTop} to
 * {@code fieldBottom}, the title's ink, the quieter ink of the subtitle and author line, and an
 * accent for rules and the motif.
 */
public record CoverPalette(Color fieldTop, Color fieldBottom, Color titleInk, Color quietInk, Color accent) {

    /** A deep ink blue with warm off-white type and a muted brass accent. */
    public static final CoverPalette INK = new CoverPalette(
            new Color(0x1E2B3C), new Color(0x111A26),
            new Color(0xF4EEE2), new Color(0xC4BCAD), new Color(0xC2A062));
}
