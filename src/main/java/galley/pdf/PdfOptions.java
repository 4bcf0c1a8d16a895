package galley.pdf;

/**
 * The PDF writer's own settings.
 *
 * @param checkGlyphs report characters that no font in the chain can print
 */
public record PdfOptions(boolean checkGlyphs) {

    public static PdfOptions defaults() {
        return new PdfOptions(true);
    }
}
