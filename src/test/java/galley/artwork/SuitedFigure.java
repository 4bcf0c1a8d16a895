package galley.artwork;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;

/**
 * A faceless man in a dark suit, shirt and tie, standing in three-quarter view with one hand
 * held out to shake hands; drawn in flat shapes, with no attempt at a likeness.
 */
final class SuitedFigure {

    /** How far in front of the figure's centre the outstretched hand is, before scaling. */
    static final float HAND_REACH = 150;

    private static final Color SHIRT = new Color(0xF1F0EB);
    private static final Color SHOES = new Color(0x141619);
    private static final BasicStroke SLEEVE = new BasicStroke(40, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private final Color suit;
    private final Color tie;
    private final Color skin;
    private final Color hair;

    SuitedFigure(Color suit, Color tie, Color skin, Color hair) {
        this.suit = suit;
        this.tie = tie;
        this.skin = skin;
        this.hair = hair;
    }

    /**
     * Draws the figure standing at {@code (x, floorY)}, facing right or left, at a scale where
     * 1 makes it about 600 px tall.
     */
    void paint(Graphics2D canvas, float x, float floorY, boolean facingRight, float scale) {
        Graphics2D g = (Graphics2D) canvas.create();
        try {
            g.translate(x, floorY);
            g.scale(facingRight ? scale : -scale, scale);
            paintShadow(g);
            paintBackArm(g);
            paintLegs(g);
            paintJacket(g);
            paintFrontArm(g);
            paintHead(g);
        } finally {
            g.dispose();
        }
    }

    private void paintShadow(Graphics2D g) {
        g.setColor(new Color(0, 0, 0, 55));
        g.fill(new Ellipse2D.Float(-125, -12, 240, 26));
    }

    private void paintBackArm(Graphics2D g) {
        g.setColor(shade(suit, 0.8f));
        g.setStroke(SLEEVE);
        g.draw(new Line2D.Float(-66, -440, -84, -292));
        g.setColor(skin);
        g.fill(new RoundRectangle2D.Float(-102, -284, 32, 40, 18, 18));
    }

    private void paintLegs(Graphics2D g) {
        g.setColor(shade(suit, 0.85f));
        g.fill(polygon(-46, -275, 2, -275, -4, -20, -40, -20));
        g.setColor(suit);
        g.fill(polygon(-8, -275, 46, -275, 54, -20, 16, -20));
        g.setColor(SHOES);
        g.fill(new RoundRectangle2D.Float(-48, -26, 64, 26, 16, 16));
        g.fill(new RoundRectangle2D.Float(12, -26, 72, 26, 16, 16));
    }

    private void paintJacket(Graphics2D g) {
        Path2D.Float jacket = new Path2D.Float();
        jacket.moveTo(-30, -480);
        jacket.quadTo(-72, -478, -82, -450);
        jacket.lineTo(-88, -262);
        jacket.quadTo(-6, -250, 78, -264);
        jacket.lineTo(72, -450);
        jacket.quadTo(66, -476, 30, -480);
        jacket.closePath();
        // lit from the front: the jacket darkens towards the figure's back
        g.setPaint(new GradientPaint(-88, 0, shade(suit, 0.82f), 78, 0, shade(suit, 1.12f)));
        g.fill(jacket);

        g.setColor(SHIRT);
        g.fill(polygon(-18, -480, 32, -480, 14, -376));
        g.setColor(tie);
        g.fill(polygon(0, -478, 16, -478, 13, -463, 3, -463));
        g.fill(polygon(3, -463, 13, -463, 18, -398, 9, -384, 0, -398));

        Color seam = shade(suit, 0.6f);
        g.setColor(seam);
        g.setStroke(new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(polyline(-18, -480, -8, -430, 14, -376));
        g.draw(polyline(32, -480, 30, -436, 14, -376));
        g.draw(new Line2D.Float(14, -376, 18, -262));
        g.fill(new Ellipse2D.Float(20, -346, 8, 8));
        g.fill(new Ellipse2D.Float(21, -306, 8, 8));
    }

    private void paintFrontArm(Graphics2D g) {
        g.setColor(shade(suit, 1.08f));
        g.setStroke(SLEEVE);
        Path2D.Float sleeve = new Path2D.Float();
        sleeve.moveTo(50, -446);
        sleeve.lineTo(74, -356);
        sleeve.lineTo(118, -326);
        g.draw(sleeve);
        g.setColor(SHIRT);
        g.setStroke(new BasicStroke(26, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Float(126, -322, 136, -318));
        g.setColor(skin);
        g.fill(new RoundRectangle2D.Float(132, -336, 42, 32, 22, 22));
    }

    private void paintHead(Graphics2D g) {
        g.setColor(shade(skin, 0.88f));
        g.fill(new RoundRectangle2D.Float(-14, -506, 32, 34, 8, 8));
        Shape head = new Ellipse2D.Float(-33, -594, 76, 96);
        g.setColor(skin);
        g.fill(head);
        Graphics2D inHead = (Graphics2D) g.create();
        try {
            inHead.clip(head);
            inHead.setColor(hair);
            inHead.fill(new Ellipse2D.Float(-52, -614, 90, 64));
            inHead.fill(new Ellipse2D.Float(-46, -592, 30, 66));
        } finally {
            inHead.dispose();
        }
    }

    private static Shape polygon(float... xy) {
        Path2D.Float path = polyline(xy);
        path.closePath();
        return path;
    }

    private static Path2D.Float polyline(float... xy) {
        Path2D.Float path = new Path2D.Float();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        return path;
    }

    private static Color shade(Color colour, float factor) {
        return new Color(
                Math.min(255, Math.round(colour.getRed() * factor)),
                Math.min(255, Math.round(colour.getGreen() * factor)),
                Math.min(255, Math.round(colour.getBlue() * factor)));
    }
}
