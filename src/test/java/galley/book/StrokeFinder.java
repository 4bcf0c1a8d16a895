package galley.book;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Finds the straight lines stroked on a PDF page (rules, strike and underline lines), in page coordinates. */
final class StrokeFinder extends PDFGraphicsStreamEngine {

    /** One stroked segment from (x1, y1) to (x2, y2), y counted up from the page's foot as glyph baselines are. */
    record Stroke(float x1, float y1, float x2, float y2) {
    }

    private final List<Stroke> found = new ArrayList<>();
    private final List<Stroke> path = new ArrayList<>();
    private Point2D.Float current = new Point2D.Float();

    private StrokeFinder(PDPage page) {
        super(page);
    }

    static List<Stroke> strokes(PDPage page) throws IOException {
        var finder = new StrokeFinder(page);
        finder.processPage(page);
        return List.copyOf(finder.found);
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        path.add(new Stroke(current.x, current.y, x, y));
        current = new Point2D.Float(x, y);
    }

    @Override
    public void strokePath() {
        found.addAll(path);
        path.clear();
    }

    @Override
    public void endPath() {
        path.clear();
    }

    @Override
    public void fillPath(int windingRule) {
        path.clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void drawImage(PDImage image) {
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
    }

    @Override
    public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
    }
}
