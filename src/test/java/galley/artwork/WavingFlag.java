package galley.artwork;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * A flag drawn as if it stirs on its pole: its design is bent by a gentle wave that grows from
 * the hoist to the fly, and shaded where the cloth turns away from the light.
 */
final class WavingFlag {

    private static final float STEP = 3f;
    private static final int SHADE_STOPS = 48;

    private final StateFlags.Design design;
    private final float hoistX;
    private final float topY;
    private final float direction;
    private final float amplitude;

    /**
     * @param hoistX    where the flag meets its pole, in pixels
     * @param topY      the top of the flag at the pole, in pixels
     * @param flyToLeft true for a flag that flies to the left of its pole (we see its reverse)
     */
    WavingFlag(StateFlags.Design design, float hoistX, float topY, boolean flyToLeft) {
        this.design = design;
        this.hoistX = hoistX;
        this.topY = topY;
        this.direction = flyToLeft ? -1 : 1;
        this.amplitude = 0.06f * design.height();
    }

    void paint(Graphics2D g) {
        for (StateFlags.Piece piece : design.pieces()) {
            g.setColor(piece.colour());
            g.fill(bend(piece.shape()));
        }
        Shape outline = bend(new Rectangle2D.Float(0, 0, design.length(), design.height()));
        g.setPaint(shading());
        g.fill(outline);
        g.setColor(new Color(0, 0, 0, 40));
        g.setStroke(new BasicStroke(1f));
        g.draw(outline);
    }

    private float phase(float u) {
        return (float) (2 * Math.PI * 1.35 * u / design.length() + 0.9);
    }

    // the wave's height at a distance u from the hoist: none at the pole, most at the fly
    private float lift(float u) {
        float t = u / design.length();
        return (float) (amplitude * t * Math.sin(phase(u)));
    }

    private Point2D.Float place(double u, double v) {
        return new Point2D.Float(hoistX + direction * (float) u, topY + (float) v + lift((float) u));
    }

    // every edge is cut into short pieces so that a straight edge follows the wave
    private Shape bend(Shape flat) {
        Path2D.Float bent = new Path2D.Float();
        double[] c = new double[6];
        double startU = 0;
        double startV = 0;
        double lastU = 0;
        double lastV = 0;
        for (PathIterator it = flat.getPathIterator(null, 0.5); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) {
                Point2D.Float p = place(c[0], c[1]);
                bent.moveTo(p.x, p.y);
                startU = lastU = c[0];
                startV = lastV = c[1];
            } else if (type == PathIterator.SEG_LINETO) {
                lineTo(bent, lastU, lastV, c[0], c[1]);
                lastU = c[0];
                lastV = c[1];
            } else if (type == PathIterator.SEG_CLOSE) {
                lineTo(bent, lastU, lastV, startU, startV);
                bent.closePath();
                lastU = startU;
                lastV = startV;
            }
        }
        return bent;
    }

    private void lineTo(Path2D.Float path, double u0, double v0, double u1, double v1) {
        int pieces = Math.max(1, (int) Math.ceil(Math.hypot(u1 - u0, v1 - v0) / STEP));
        for (int i = 1; i <= pieces; i++) {
            double t = (double) i / pieces;
            Point2D.Float p = place(u0 + t * (u1 - u0), v0 + t * (v1 - v0));
            path.lineTo(p.x, p.y);
        }
    }

    // light falls from the upper left: the cloth is lit where the wave rises towards it
    private LinearGradientPaint shading() {
        float[] fractions = new float[SHADE_STOPS];
        Color[] colours = new Color[SHADE_STOPS];
        for (int i = 0; i < SHADE_STOPS; i++) {
            float t = (float) i / (SHADE_STOPS - 1);
            float u = t * design.length();
            float slope = (float) Math.cos(phase(u)) * (0.25f + 0.75f * t);
            fractions[i] = t;
            colours[i] = slope * direction > 0
                    ? new Color(255, 255, 255, Math.round(60 * slope * direction))
                    : new Color(0, 0, 0, Math.round(-70 * slope * direction));
        }
        return new LinearGradientPaint(hoistX, topY, hoistX + direction * design.length(), topY,
                fractions, colours);
    }
}
