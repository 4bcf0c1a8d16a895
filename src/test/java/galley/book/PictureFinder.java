package galley.book;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Finds where the pictures of a PDF page are drawn, from the transformation in force when each is painted. */
final class PictureFinder extends PDFGraphicsStreamEngine {

    private final List<PrintedBook.Picture> found = new ArrayList<>();

    private PictureFinder(PDPage page) {
        super(page);
    }

    static List<PrintedBook.Picture> pictures(PDPage page) throws IOException {
        boolean any = false;
        for (COSName ignored : page.getResources().getXObjectNames()) {
            any = true;
        }
        if (!any) {
            return List.of();
        }
        var finder = new PictureFinder(page);
        finder.processPage(page);
        return List.copyOf(finder.found);
    }

    @Override
    public void drawImage(PDImage image) {
        Matrix m = getGraphicsState().getCurrentTransformationMatrix();
        found.add(new PrintedBook.Picture(new Rectangle2D.Float(m.getTranslateX(), m.getTranslateY(),
                m.getScalingFactorX(), m.getScalingFactorY()), image.getWidth(), image.getHeight()));
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void moveTo(float x, float y) {
    }

    @Override
    public void lineTo(float x, float y) {
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float();
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
    }

    @Override
    public void strokePath() {
    }

    @Override
    public void fillPath(int windingRule) {
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}
