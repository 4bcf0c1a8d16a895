package galley.cover;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A Liberation typeface that artwork is set in, loaded from the classpath (the
 * openpdf-fonts-extra jar) so that every machine draws the same glyphs whatever fonts it has
 * installed. Liberation covers Latin, Greek and Cyrillic.
 */
public enum LiberationFace {
    SERIF("/liberation/LiberationSerif-Regular.ttf"),
    SERIF_ITALIC("/liberation/LiberationSerif-Italic.ttf"),
    SANS("/liberation/LiberationSans-Regular.ttf"),
    SANS_BOLD("/liberation/LiberationSans-Bold.ttf");

    private final String resource;
    private Font face;

    LiberationFace(String resource) {
        this.resource = resource;
    }

    /**
     * This face at the given size in pixels.
     *
     * @throws IllegalStateException when the font is not on the classpath, which means the
     *                               openpdf-fonts-extra dependency is missing from the build
     */
    public Font at(float size) {
        return face().deriveFont(size);
    }

    // parsing a TrueType file costs far more than deriving a size, so each face is read once
    private synchronized Font face() {
        if (face == null) {
            face = read();
        }
        return face;
    }

    private Font read() {
        try (InputStream in = LiberationFace.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font not on the classpath: " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("unreadable font " + resource, e);
        }
    }
}
