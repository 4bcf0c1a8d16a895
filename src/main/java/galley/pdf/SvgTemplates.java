package galley.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import galley.assets.SvgDrawing;
import galley.assets.SvgImage;
import galley.model.ImageAsset;

import java.awt.Graphics2D;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The SVG drawings of one document as vector graphics: each drawn once, as its paths, into a form
 * XObject that every page showing it places, at its size, as a raster image is placed. Text in a
 * drawing is drawn as the outlines of its glyphs, so that no font needs embedding for it.
 */
final class SvgTemplates {

    private final PdfWriter writer;
    private final Map<ImageAsset, PdfTemplate> drawn = new HashMap<>();

    SvgTemplates(PdfWriter writer) {
        this.writer = writer;
    }

    /** Places {@code asset} on {@code to}, {@code width} x {@code height} points with its lower left corner at (x, y). */
    void place(PdfContentByte to, ImageAsset asset, float width, float height, float x, float y) throws IOException {
        PdfTemplate template = template(asset);
        to.addTemplate(template, width / template.getWidth(), 0, 0, height / template.getHeight(), x, y);
    }

    private PdfTemplate template(ImageAsset asset) throws IOException {
        PdfTemplate known = drawn.get(asset);
        if (known != null) {
            return known;
        }
        SvgImage image;
        try {
            image = SvgImage.read(asset.file());
        } catch (IOException e) {
            throw new IOException("cannot draw image " + asset.href() + ": " + e.getMessage(), e);
        }
        // the form's unit is the point, so that its paths keep the precision they were written with
        float width = (float) (image.width() * 0.75);
        float height = (float) (image.height() * 0.75);
        PdfTemplate template = PdfTemplate.createTemplate(writer, width, height);
        Graphics2D g = template.createGraphicsShapes(width, height);
        try {
            SvgDrawing.of(image).draw(g, width, height);
        } catch (IOException e) {
            throw new IOException("cannot draw image " + asset.href() + ": " + e.getMessage(), e);
        } finally {
            g.dispose();
        }
        drawn.put(asset, template);
        return template;
    }
}
