package galley.pdf;

import galley.font.EmbeddedFont;
import galley.font.FontRun;
import galley.font.FontSet;

import com.lowagie.text.pdf.ByteBuffer;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfWriter;
import galley.model.ImageAsset;
import galley.model.ImageFormat;
import galley.layout.Destination;
import galley.text.LinkDestination;
import galley.layout.Page;
import galley.layout.PageItem;
import galley.text.TextStyle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Draws the items of laid-out pages, and registers their anchors, on the current page of a PDF writer. */
final class PageDrawer {

    private static final float GREY = 0.45f;

    private final PdfWriter writer;
    private final FontSet fonts;
    private final PdfImages images;
    private final SvgTemplates drawings;
    private final GlyphWriter glyphs;
    private final Set<String> linkedAnchors = new TreeSet<>();
    private PdfContentByte content;
    private float fill;
    // The open text object: consecutive pieces on one baseline in one font become a single TJ
    // array, spaces as position adjustments, instead of one text object a word.
    private boolean inText;
    private EmbeddedFont textFont;
    private float textSize;
    private float textY;
    private float penX;
    private Synthesis textSynthesis = Synthesis.NONE;

    /**
     * How a font without the weight or slant a style asks for is made to show it: the fallback
     * fonts for symbols and for Chinese, Japanese and Korean come in one style only, so their text
     * in a bold run is stroked as well as filled, and in an italic run slanted, as word processors
     * do, rather than set in the regular style.
     */
    private record Synthesis(boolean bold, boolean italic) {
        static final Synthesis NONE = new Synthesis(false, false);

        static Synthesis of(TextStyle style, EmbeddedFont font) {
            return new Synthesis(style.bold() && !font.bold(), style.italic() && !font.italic());
        }
    }

    /** The slant of synthesized italics: about 12 degrees, as common obliques have. */
    private static final float SLANT = 0.21f;
    /** The stroke that thickens synthesized bold, as a share of the type size. */
    private static final float EMBOLDEN = 0.035f;
    // what registers fonts and images on the page being drawn, when it is recorded; else null
    private List<DrawnPage.Registration> registrations;
    // the TJ operator being written: whether its array, and a string in it, are open
    private boolean inArray;
    private boolean inString;

    PageDrawer(PdfWriter writer, FontSet fonts, PdfImages images, GlyphWriter glyphs) {
        this.writer = writer;
        this.fonts = fonts;
        this.images = images;
        this.drawings = new SvgTemplates(writer);
        this.glyphs = glyphs;
    }

    /**
     * Checks that every anchor a drawn link leads to is among {@code placed}. Pages may be drawn
     * before the layout knows where every anchor lies, so this comes once the layout is done.
     */
    void checkLinks(Set<String> placed) {
        for (String anchor : linkedAnchors) {
            if (!placed.contains(anchor)) {
                throw new IllegalArgumentException("link to an anchor the layout does not place: " + anchor);
            }
        }
    }

    /**
     * Draws {@code page} and makes each of {@code destinations} (anchor to place) a named
     * destination on it. The page is drawn from {@code previous} (may be null) when that is the
     * same page and its fonts and images keep their names here. When {@code record}, returns how
     * the page was drawn, to draw it from next time; else null.
     */
    DrawnPage draw(Page page, List<Map.Entry<String, Destination>> destinations, DrawnPage previous,
                          boolean record) throws IOException {
        content = writer.getDirectContent();
        DrawnPage drawn;
        if (previous != null && previous.shows(page) && redrawn(previous)) {
            for (PageItem item : page.items()) {
                if (item instanceof PageItem.LinkArea link) {
                    link(link);
                }
            }
            drawn = previous;
        } else {
            drawn = drawAfresh(page, record);
        }
        glyphs.registerPage(writer);
        for (Map.Entry<String, Destination> anchor : destinations) {
            // a null left keeps the viewer's horizontal scroll
            content.localDestination(DestinationName.of(anchor.getKey()),
                    new PdfDestination(PdfDestination.XYZ, -1, anchor.getValue().y(), 0));
        }
        return drawn;
    }

    private DrawnPage drawAfresh(Page page, boolean record) throws IOException {
        ByteBuffer buffer = content.getInternalBuffer();
        int start = buffer.size();
        registrations = record ? new ArrayList<>() : null;
        glyphs.startPage(record);
        fill = 0f;
        textFont = null;
        textSynthesis = Synthesis.NONE;
        for (PageItem item : page.items()) {
            if (item instanceof PageItem.TextRun run) {
                text(run);
            } else if (item instanceof PageItem.ImageBox box) {
                endText();
                image(box);
            } else if (item instanceof PageItem.Rule rule) {
                endText();
                rule(rule);
            } else if (item instanceof PageItem.LinkArea link) {
                link(link);
            }
        }
        endText();
        if (!record) {
            return null;
        }
        return new DrawnPage(page.items(), page.width(), page.height(), written(buffer, start),
                List.copyOf(registrations), glyphs.pageGlyphs());
    }

    /**
     * Puts the content of {@code previous} on the page, once every font and image it names has
     * been registered again and written as before; false, with nothing written, when one differs.
     */
    private boolean redrawn(DrawnPage previous) throws IOException {
        // registering with a content stream of no page adds to the page's resources all the same
        var probe = new PdfContentByte(writer);
        ByteBuffer probed = probe.getInternalBuffer();
        for (DrawnPage.Registration registration : previous.registrations()) {
            int at = probed.size();
            if (registration instanceof DrawnPage.FontUse font) {
                probe.setFontAndSize(font.font().baseFont(), font.size());
            } else {
                var image = (DrawnPage.ImageUse) registration;
                addImage(probe, image.image(), image.width(), image.height(), image.x(), image.y());
            }
            if (!Arrays.equals(written(probed, at), registration.written())) {
                return false;
            }
        }
        content.getInternalBuffer().append(previous.content());
        glyphs.replay(previous.glyphs());
        return true;
    }

    private static byte[] written(ByteBuffer buffer, int from) {
        return Arrays.copyOfRange(buffer.getBuffer(), from, buffer.size());
    }

    private void text(PageItem.TextRun run) {
        List<FontRun> pieces = fonts.runs(run.text(), run.style());
        if (pieces.isEmpty()) {
            return;
        }
        float grey = run.tone() == PageItem.Tone.GREY ? GREY : 0f;
        if (grey != fill) {
            flushText();
            fill(grey);
        }
        if (!inText) {
            content.beginText();
            inText = true;
        }
        float size = run.style().size();
        float x = run.x();
        for (FontRun piece : pieces) {
            if (piece.font() != null) {
                show(piece, Synthesis.of(run.style(), piece.font()), size, x, run.baseline());
            }
            x += piece.advance(size);
        }
    }

    private void show(FontRun piece, Synthesis synthesis, float size, float x, float y) {
        // a squeezed CJK punctuation mark stands back over its neighbour's em: up to an em back is
        // still the same line
        boolean sameLine = inArray && piece.font() == textFont && size == textSize && y == textY
                && x >= penX - size && synthesis.equals(textSynthesis);
        ByteBuffer out = content.getInternalBuffer();
        if (sameLine) {
            float gap = x - penX;
            if (gap != 0f) {
                closeString(out);
                out.append(-gap * 1000f / size);
            }
        } else {
            flushText();
            if (piece.font() != textFont || size != textSize) {
                int at = out.size();
                content.setFontAndSize(piece.font().baseFont(), size);
                if (registrations != null) {
                    registrations.add(new DrawnPage.FontUse(piece.font(), size, written(out, at)));
                }
                textFont = piece.font();
                textSize = size;
            }
            synthesize(synthesis, size);
            if (synthesis.italic()) {
                content.setTextMatrix(1f, 0f, SLANT, 1f, x, y);
            } else {
                content.setTextMatrix(x, y);
            }
            textY = y;
            out.append_i('[');
            inArray = true;
        }
        if (!inString) {
            out.append_i('(');
            inString = true;
        }
        glyphs.append(piece.font(), piece.text(), out);
        penX = x + piece.advance(size);
    }

    private void closeString(ByteBuffer out) {
        if (inString) {
            out.append_i(')');
            inString = false;
        }
    }

    private void synthesize(Synthesis synthesis, float size) {
        if (synthesis.bold()) {
            // the stroke takes the text's colour: within a text object, as graphics state may be
            content.setGrayStroke(fill);
            content.setLineWidth(size * EMBOLDEN);
            content.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
        } else if (textSynthesis.bold()) {
            content.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL);
        }
        textSynthesis = synthesis;
    }

    // ends the TJ operator being written, as OpenPDF writes one
    private void flushText() {
        if (inArray) {
            ByteBuffer out = content.getInternalBuffer();
            closeString(out);
            out.append("]TJ").append_i('\n');
            inArray = false;
        }
    }

    private void endText() {
        flushText();
        if (inText) {
            content.endText();
            inText = false;
        }
    }

    private void fill(float grey) {
        if (grey != fill) {
            content.setGrayFill(grey);
            fill = grey;
        }
    }

    private void image(PageItem.ImageBox box) throws IOException {
        ByteBuffer out = content.getInternalBuffer();
        int at = out.size();
        addImage(content, box.image(), box.width(), box.height(), box.x(), box.y());
        if (registrations != null) {
            registrations.add(new DrawnPage.ImageUse(box.image(), box.width(), box.height(), box.x(), box.y(),
                    written(out, at)));
        }
    }

    private void addImage(PdfContentByte to, ImageAsset image, float width, float height, float x, float y)
            throws IOException {
        if (image.format() == ImageFormat.SVG) {
            drawings.place(to, image, width, height, x, y);
        } else {
            to.addImage(images.get(image), width, 0, 0, height, x, y);
        }
    }

    private void rule(PageItem.Rule rule) {
        content.saveState();
        content.setGrayStroke(rule.tone() == PageItem.Tone.GREY ? GREY : 0f);
        content.setLineWidth(rule.thickness());
        content.moveTo(rule.x1(), rule.y1());
        content.lineTo(rule.x2(), rule.y2());
        content.stroke();
        content.restoreState();
    }

    private void link(PageItem.LinkArea link) {
        PdfAction action;
        if (link.target() instanceof LinkDestination.Uri uri) {
            action = new PdfAction(asciiUri(uri.uri()));
        } else {
            String anchor = ((LinkDestination.Anchor) link.target()).name();
            linkedAnchors.add(anchor);
            action = PdfAction.gotoLocalPage(DestinationName.of(anchor), false);
        }
        PdfAnnotation annotation = new PdfAnnotation(writer, link.x(), link.y(),
                link.x() + link.width(), link.y() + link.height(), action);
        annotation.setFlags(PdfAnnotation.FLAGS_PRINT);
        writer.addAnnotation(annotation);
    }

    /** A PDF URI must be 7-bit ASCII: other characters go in as percent-encoded UTF-8. */
    static String asciiUri(String uri) {
        StringBuilder out = new StringBuilder(uri.length());
        for (byte b : uri.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c > 0x20 && c < 0x7F) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
