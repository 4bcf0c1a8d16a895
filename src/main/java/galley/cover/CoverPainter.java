package galley.cover;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws a typographic book cover from a book's title, subtitle and author line: a deep colour
 * field inside a fine frame, a quiet motif of concentric rings, and the title in large serif
 * type. The same words and size always give the same pixels: no randomness, no clock, and only
 * the Liberation fonts carried on the classpath.
 */
public final class CoverPainter {

    /** The width of a cover for the e-book stores, in pixels. */
    public static final int DEFAULT_WIDTH = 1600;
    /** The height of a cover for the e-book stores (1:1.6), in pixels. */
    public static final int DEFAULT_HEIGHT = 2560;

    private final int width;
    private final int height;
    private final CoverPalette palette;

    /** A painter for covers of the given size in pixels, in the {@link CoverPalette#INK} colours. */
    public CoverPainter(int width, int height) {
        this(width, height, CoverPalette.INK);
    }

    public CoverPainter(int width, int height, CoverPalette palette) {
        if (width < 100 || height < 100) {
            throw new IllegalArgumentException("a cover must be at least 100×100 px: " + width + "×" + height);
        }
        this.width = width;
        this.height = height;
        this.palette = palette;
    }

    /**
     * Whether the cover's fonts have a glyph for every character of the text. Liberation covers
     * Latin, Greek and Cyrillic; a title in another script would show empty boxes, so a caller
     * can warn before painting.
     */
    public static boolean canSet(CoverText text) {
        return LiberationFace.SERIF.at(12).canDisplayUpTo(text.title()) < 0
                && LiberationFace.SERIF_ITALIC.at(12).canDisplayUpTo(text.subtitle()) < 0
                && LiberationFace.SANS.at(12).canDisplayUpTo(text.authorLine()) < 0;
    }

    /** Where the cover's text goes, without drawing it. */
    public CoverLayout layout(CoverText text) {
        return new CoverComposer(width, height).compose(text);
    }

    /** The cover as an RGB image. */
    public BufferedImage paint(CoverText text) {
        CoverLayout layout = layout(text);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            paintField(g);
            paintMotif(g);
            paintRules(g, layout);
            paintType(g, layout);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Paints the cover and writes it as a PNG file, creating the folder if needed. */
    public void write(CoverText text, Path png) throws IOException {
        Path folder = png.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        if (!ImageIO.write(paint(text), "png", png.toFile())) {
            throw new IOException("no PNG writer in this Java runtime");
        }
    }

    private void paintField(Graphics2D g) {
        g.setPaint(new GradientPaint(0, 0, palette.fieldTop(), 0, height, palette.fieldBottom()));
        g.fill(new Rectangle2D.Float(0, 0, width, height));
        float inset = 0.045f * width;
        g.setColor(withAlpha(palette.accent(), 0.55f));
        g.setStroke(new BasicStroke(0.002f * width));
        g.draw(new Rectangle2D.Float(inset, inset, width - 2 * inset, height - 2 * inset));
    }

    // rings spreading from low on the right, faint enough to sit behind the type
    private void paintMotif(Graphics2D g) {
        float inset = 0.045f * width + 0.004f * width;
        Graphics2D clipped = (Graphics2D) g.create();
        try {
            clipped.clip(new Rectangle2D.Float(inset, inset, width - 2 * inset, height - 2 * inset));
            clipped.setStroke(new BasicStroke(0.0018f * width));
            float cx = 0.96f * width;
            float cy = 0.9f * height;
            int rings = 24;
            for (int i = 1; i <= rings; i++) {
                float r = 0.04f * width * i;
                float fade = 0.16f * (1f - (i - 1f) / rings);
                clipped.setColor(withAlpha(palette.accent(), fade));
                clipped.draw(new Ellipse2D.Float(cx - r, cy - r, 2 * r, 2 * r));
            }
        } finally {
            clipped.dispose();
        }
    }

    private void paintRules(Graphics2D g, CoverLayout layout) {
        g.setColor(palette.accent());
        g.fill(new Rectangle2D.Float(layout.textLeft(), layout.accentTop(), 0.1f * width, 0.007f * width));
        if (layout.authorRule() >= 0) {
            g.setColor(withAlpha(palette.accent(), 0.8f));
            g.fill(new Rectangle2D.Float(layout.textLeft(), layout.authorRule(),
                    layout.textRight() - layout.textLeft(), Math.max(1f, 0.0015f * width)));
        }
    }

    private void paintType(Graphics2D g, CoverLayout layout) {
        for (SetLine line : layout.lines()) {
            g.setColor(line.part() == SetLine.Part.TITLE ? palette.titleInk() : palette.quietInk());
            g.setFont(line.font());
            g.drawString(line.text(), line.x(), line.baseline());
        }
    }

    private static Color withAlpha(Color colour, float alpha) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), Math.round(alpha * 255));
    }
}
