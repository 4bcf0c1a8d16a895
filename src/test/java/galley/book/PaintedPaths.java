package galley.book;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The vector paths a PDF page fills or strokes, forms included, each as its bounding box on the page. */
final class PaintedPaths extends PDFGraphicsStreamEngine {

    private final List<Rectangle2D> painted = new ArrayList<>();
    private GeneralPath path = new GeneralPath();

    private PaintedPaths(PDPage page) {
        super(page);
    }

    /** The boxes of the paths painted on {@code page}, in the order drawn, in points from its lower left corner. */
    static List<Rectangle2D> of(PDPage page) throws IOException {
        var finder = new PaintedPaths(page);
        finder.processPage(page);
        return List.copyOf(finder.painted);
    }

    private void paint() {
        if (path.getCurrentPoint() != null) {
            painted.add(path.getBounds2D());
        }
        path = new GeneralPath();
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        path.moveTo(p0.getX(), p0.getY());
        path.lineTo(p1.getX(), p1.getY());
        path.lineTo(p2.getX(), p2.getY());
        path.lineTo(p3.getX(), p3.getY());
        path.closePath();
    }

    @Override
    public void moveTo(float x, float y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        path.lineTo(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        path.curveTo(x1, y1, x2, y2, x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        Point2D at = path.getCurrentPoint();
        return at == null ? new Point2D.Float() : at;
    }

    @Override
    public void closePath() {
        path.closePath();
    }

    @Override
    public void endPath() {
        path = new GeneralPath();
    }

    @Override
    public void strokePath() {
        paint();
    }

    @Override
    public void fillPath(int windingRule) {
        paint();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        paint();
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void drawImage(PDImage image) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}
