package galley.assets;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.attributes.ViewBox;
import com.github.weisj.jsvg.parser.DocumentLimits;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.ResourcePolicy;
import com.github.weisj.jsvg.parser.SVGLoader;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A clean SVG ({@link SvgImage}) ready to draw with JSVG, onto any Java 2D surface: the print
 * edition's vector graphics, or pixels where a page needs them (the download page's cover). JSVG
 * fetches nothing, and its own limits stand behind the sanitiser's.
 */
public final class SvgDrawing {

    // JSVG reports what it does not support through java.util.logging, which would print on stderr
    // beside the diagnostics; the logger is held here so that the setting is not collected away
    private static final Logger QUIET = Logger.getLogger("com.github.weisj.jsvg");
    private static final LoaderContext CONTEXT;

    static {
        QUIET.setLevel(Level.OFF);
        CONTEXT = LoaderContext.builder()
                .externalResourcePolicy(ResourcePolicy.DENY_ALL)
                .documentLimits(new DocumentLimits(SvgSanitiser.MAX_DEPTH + 1, SvgSanitiser.MAX_DEPTH,
                        (int) SvgCopies.MAX_DRAWN))
                .build();
    }

    private final SVGDocument document;
    private final SvgImage image;

    private SvgDrawing(SVGDocument document, SvgImage image) {
        this.document = document;
        this.image = image;
    }

    /** The drawing of {@code image}. */
    public static SvgDrawing of(SvgImage image) throws IOException {
        SVGDocument document;
        try {
            document = new SVGLoader().load(new ByteArrayInputStream(image.document()), URI.create("about:blank"), CONTEXT);
        } catch (RuntimeException e) {
            throw ImageException.invalid("SVG image cannot be drawn (" + e.getMessage() + ")");
        }
        if (document == null) {
            throw ImageException.invalid("SVG image cannot be drawn");
        }
        return new SvgDrawing(document, image);
    }

    /** Draws the whole drawing into the box from (0, 0) to ({@code width}, {@code height}) of {@code g}, y downwards. */
    public void draw(Graphics2D g, double width, double height) throws IOException {
        Graphics2D local = (Graphics2D) g.create();
        try {
            // the document is laid out at its intrinsic size, then scaled to the box, as an <img> is
            local.scale(width / image.width(), height / image.height());
            document.render(null, local, new ViewBox((float) image.width(), (float) image.height()));
        } catch (RuntimeException e) {
            throw ImageException.invalid("SVG image cannot be drawn (" + e.getMessage() + ")");
        } finally {
            local.dispose();
        }
    }

    /** The drawing as {@code width} x {@code height} pixels with alpha, antialiased. */
    public BufferedImage pixels(int width, int height) throws IOException {
        var canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            draw(g, width, height);
        } finally {
            g.dispose();
        }
        return canvas;
    }
}
