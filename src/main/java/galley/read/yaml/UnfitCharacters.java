package galley.read.yaml;

/**
 * The characters a metadata value may not carry into the editions: controls other than tab and
 * line breaks, lone surrogates and Unicode's non-characters, which XML (the EPUB's package
 * document and NCX, the PDF's XMP packet) either forbids or PDF/A rejects.
 */
final class UnfitCharacters {

    private UnfitCharacters() {
    }

    static boolean isUnfit(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                || (c >= 0x7f && c < 0xa0)
                || Character.isSurrogate((char) c) && c <= 0xffff
                || (c >= 0xfdd0 && c <= 0xfdef)
                || (c & 0xfffe) == 0xfffe;
    }

    /** The first unfit character of {@code text}, or -1. */
    static int first(String text) {
        return text.codePoints().filter(UnfitCharacters::isUnfit).findFirst().orElse(-1);
    }

    /** {@code text} without its unfit characters. */
    static String removed(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isUnfit(c)).forEach(out::appendCodePoint);
        return out.toString();
    }
}
