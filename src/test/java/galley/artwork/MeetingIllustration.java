package galley.artwork;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * The figure of this repository's book, drawn in place of the article's photograph: two
 * faceless men in dark suits shaking hands in a panelled hall, before the state flags of
 * Belarus (left) and Russia (right) on brass poles.
 */
final class MeetingIllustration {

    static final int WIDTH = 1600;
    static final int HEIGHT = 1000;

    private static final float FLOOR_LINE = 770;
    private static final float FLAG_TOP = 120;
    private static final float FLAG_HEIGHT = 270;
    private static final float LEFT_POLE = 190;
    private static final float RIGHT_POLE = 1410;

    private MeetingIllustration() {
    }

    static BufferedImage paint() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            paintRoom(g);
            paintPole(g, LEFT_POLE);
            paintPole(g, RIGHT_POLE);
            new WavingFlag(StateFlags.belarus(FLAG_HEIGHT), LEFT_POLE + 7, FLAG_TOP, false).paint(g);
            new WavingFlag(StateFlags.russia(FLAG_HEIGHT), RIGHT_POLE - 7, FLAG_TOP, true).paint(g);
            paintFigures(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void paintRoom(Graphics2D g) {
        g.setPaint(new GradientPaint(0, 0, new Color(0xEFE8DA), 0, FLOOR_LINE, new Color(0xDDD2BE)));
        g.fill(new Rectangle2D.Float(0, 0, WIDTH, FLOOR_LINE));
        // tall wall panels, drawn as faint recessed rectangles
        g.setStroke(new BasicStroke(2f));
        float panel = WIDTH / 6f;
        for (int i = 0; i < 6; i++) {
            Rectangle2D.Float frame = new Rectangle2D.Float(i * panel + 34, 60, panel - 68, FLOOR_LINE - 150);
            g.setColor(new Color(0xC9BCA3));
            g.draw(frame);
            g.setColor(new Color(255, 255, 255, 90));
            g.draw(new Line2D.Float(frame.x + 2, frame.y + frame.height + 2, frame.x + frame.width + 2,
                    frame.y + frame.height + 2));
        }
        g.setColor(new Color(0xB9AA8E));
        g.fill(new Rectangle2D.Float(0, FLOOR_LINE - 14, WIDTH, 14));
        g.setPaint(new GradientPaint(0, FLOOR_LINE, new Color(0x6E3B3A), 0, HEIGHT, new Color(0x4C2829)));
        g.fill(new Rectangle2D.Float(0, FLOOR_LINE, WIDTH, HEIGHT - FLOOR_LINE));
    }

    private static void paintPole(Graphics2D g, float x) {
        float base = FLOOR_LINE + 40;
        g.setColor(new Color(0, 0, 0, 50));
        g.fill(new Ellipse2D.Float(x - 46, base - 8, 92, 18));
        g.setPaint(brass(x - 6, 12));
        g.fill(new Rectangle2D.Float(x - 6, FLAG_TOP - 30, 12, base - FLAG_TOP + 22));
        Path2D.Float foot = new Path2D.Float();
        foot.moveTo(x - 10, base - 46);
        foot.lineTo(x + 10, base - 46);
        foot.lineTo(x + 40, base);
        foot.lineTo(x - 40, base);
        foot.closePath();
        g.setPaint(brass(x - 40, 80));
        g.fill(foot);
        Path2D.Float finial = new Path2D.Float();
        finial.moveTo(x, FLAG_TOP - 78);
        finial.quadTo(x + 13, FLAG_TOP - 52, x + 9, FLAG_TOP - 36);
        finial.lineTo(x - 9, FLAG_TOP - 36);
        finial.quadTo(x - 13, FLAG_TOP - 52, x, FLAG_TOP - 78);
        finial.closePath();
        g.setPaint(brass(x - 13, 26));
        g.fill(finial);
        g.fill(new Ellipse2D.Float(x - 11, FLAG_TOP - 40, 22, 14));
    }

    private static LinearGradientPaint brass(float left, float width) {
        return new LinearGradientPaint(left, 0, left + width, 0, new float[] {0f, 0.4f, 1f},
                new Color[] {new Color(0x7A5C25), new Color(0xE3C57C), new Color(0x6E521F)});
    }

    private static void paintFigures(Graphics2D g) {
        float floor = 905;
        float handX = WIDTH / 2f;
        SuitedFigure left = new SuitedFigure(new Color(0x2B303A), new Color(0x7E2A2F),
                new Color(0xD8B49B), new Color(0x8A8178));
        SuitedFigure right = new SuitedFigure(new Color(0x222838), new Color(0x3C4F7A),
                new Color(0xD3AE93), new Color(0x6F665C));
        // two men are rarely of a height; their hands still meet in the middle
        left.paint(g, handX - SuitedFigure.HAND_REACH, floor, true, 1.0f);
        right.paint(g, handX + SuitedFigure.HAND_REACH * 0.97f, floor, false, 0.97f);
    }
}
