package galley.artwork;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The designs of the two state flags in the illustration, as coloured shapes in flag
 * coordinates (x along the flag from the hoist, y down from its top edge).
 */
final class StateFlags {

    /** One coloured area of a flag's design. */
    record Piece(Shape shape, Color colour) {
    }

    /** A flag's design and its size in flag coordinates. */
    record Design(float length, float height, List<Piece> pieces) {
    }

    private static final Color BELARUS_RED = new Color(0xC8313E);
    private static final Color BELARUS_GREEN = new Color(0x4AA657);
    private static final Color WHITE = new Color(0xF7F5F0);
    private static final Color RUSSIA_BLUE = new Color(0x0039A6);
    private static final Color RUSSIA_RED = new Color(0xD52B1E);

    private StateFlags() {
    }

    /**
     * The state flag of Belarus (1:2): red over green in the ratio 2:1, with a white band at the
     * hoist, a ninth of the length, carrying a red ornament, here simplified to a column of
     * nested lozenges.
     */
    static Design belarus(float height) {
        float length = 2 * height;
        float band = length / 9;
        List<Piece> pieces = new ArrayList<>();
        pieces.add(new Piece(new Rectangle2D.Float(0, 0, length, height * 2 / 3), BELARUS_RED));
        pieces.add(new Piece(new Rectangle2D.Float(0, height * 2 / 3, length, height / 3), BELARUS_GREEN));
        Rectangle2D.Float hoist = new Rectangle2D.Float(0, 0, band, height);
        pieces.add(new Piece(hoist, WHITE));
        int repeats = 4;
        float unit = height / repeats;
        float cx = band / 2;
        for (int i = 0; i < repeats; i++) {
            float cy = unit * i + unit / 2;
            pieces.add(new Piece(lozenge(cx, cy, 0.40f * band, 0.44f * unit), BELARUS_RED));
            pieces.add(new Piece(lozenge(cx, cy, 0.25f * band, 0.28f * unit), WHITE));
            pieces.add(new Piece(lozenge(cx, cy, 0.10f * band, 0.11f * unit), BELARUS_RED));
            // small lozenges between the large ones, and half ones at the band's sides
            pieces.add(new Piece(within(hoist, lozenge(cx, unit * i, 0.11f * band, 0.07f * unit)), BELARUS_RED));
            pieces.add(new Piece(within(hoist, lozenge(0, cy, 0.07f * band, 0.12f * unit)), BELARUS_RED));
            pieces.add(new Piece(within(hoist, lozenge(band, cy, 0.07f * band, 0.12f * unit)), BELARUS_RED));
        }
        pieces.add(new Piece(within(hoist, lozenge(cx, height, 0.11f * band, 0.07f * unit)), BELARUS_RED));
        return new Design(length, height, pieces);
    }

    /** The state flag of Russia (2:3): white, blue and red horizontal stripes of equal height. */
    static Design russia(float height) {
        float length = 1.5f * height;
        float stripe = height / 3;
        return new Design(length, height, List.of(
                new Piece(new Rectangle2D.Float(0, 0, length, stripe), WHITE),
                new Piece(new Rectangle2D.Float(0, stripe, length, stripe), RUSSIA_BLUE),
                new Piece(new Rectangle2D.Float(0, 2 * stripe, length, stripe), RUSSIA_RED)));
    }

    private static Shape within(Shape bounds, Shape shape) {
        Area area = new Area(shape);
        area.intersect(new Area(bounds));
        return area;
    }

    private static Shape lozenge(float cx, float cy, float halfWidth, float halfHeight) {
        Path2D.Float path = new Path2D.Float();
        path.moveTo(cx, cy - halfHeight);
        path.lineTo(cx + halfWidth, cy);
        path.lineTo(cx, cy + halfHeight);
        path.lineTo(cx - halfWidth, cy);
        path.closePath();
        return path;
    }
}
