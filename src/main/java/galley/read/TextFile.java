package galley.read;

import galley.diagnostic.Problem;

import galley.diagnostic.Diagnostics;

import org.apache.commons.io.input.BOMInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * A manuscript text file decoded as strict UTF-8, its line endings made {@code \n}, with an index
 * from character offsets to 1-based lines.
 */
public final class TextFile {

    private final String path;
    private final String text;
    private final int[] lineStarts;
    /** How many lines of the file come before this text: non-zero for a part of it, such as a table cell's text. */
    private final int linesBefore;

    public TextFile(String path, String text) {
        this(path, text, indexLines(text), 0);
    }

    private TextFile(String path, String text, int[] lineStarts, int linesBefore) {
        this.path = path;
        this.text = text;
        this.lineStarts = lineStarts;
        this.linesBefore = linesBefore;
    }

    /** {@code text}, a part of the file at {@code path} that begins on its line {@code firstLine}. */
    public static TextFile part(String path, String text, int firstLine) {
        return new TextFile(path, text, indexLines(text), firstLine - 1);
    }

    /** The path relative to the book folder, as diagnostics show it. */
    public String path() {
        return path;
    }

    public String text() {
        return text;
    }

    /** The 1-based line holding the character at {@code offset}. */
    public int lineAt(int offset) {
        int found = Arrays.binarySearch(lineStarts, Math.max(0, offset));
        return linesBefore + (found >= 0 ? found + 1 : -found - 1);
    }

    /**
     * Reads {@code file}; a missing, oversized or badly encoded file is reported against
     * {@code path} and gives nothing.
     */
    public static Optional<TextFile> read(Path file, String path, long maxBytes, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                Problem.FILE_TOO_LARGE.report(diagnostics, path, 1, String.format(
                        "file is too large: %,d bytes (the limit is %,d)", size, maxBytes));
                return Optional.empty();
            }
            bytes = withoutBom(file);
        } catch (IOException | SecurityException e) {
            Problem.FILE_UNREADABLE.report(diagnostics, path, 1, "cannot read the file: " + e.getClass().getSimpleName());
            return Optional.empty();
        }
        return decode(bytes, path, diagnostics).map(chars -> cleaned(chars, path, diagnostics));
    }

    // a UTF-8 byte order mark, which some editors write, is no part of the text
    private static byte[] withoutBom(Path file) throws IOException {
        try (InputStream in = BOMInputStream.builder().setPath(file).get()) {
            return in.readAllBytes();
        }
    }

    private static Optional<CharBuffer> decode(byte[] bytes, String path, Diagnostics diagnostics) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            Problem.ENCODING_INVALID.report(diagnostics, path, line, String.format(
                    "the text is not valid UTF-8 (byte 0x%02X); save the file as UTF-8", bytes[at] & 0xFF));
            return Optional.empty();
        }
        out.flip();
        return Optional.of(out);
    }

    /**
     * The decoded text with its line endings made {@code \n} and the characters XML 1.0 cannot
     * carry removed (they would break every XHTML document; the first is reported at its line),
     * and its line index, all in one pass over the characters: a 5 MB manuscript is read in the
     * time of one copy instead of four scans.
     */
    private static TextFile cleaned(CharBuffer decoded, String path, Diagnostics diagnostics) {
        char[] chars = decoded.array();
        int length = decoded.limit();
        int[] lineStarts = new int[Math.max(16, length / 32)];
        int lines = 1;
        int kept = 0;
        boolean reported = false;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c == '\r') {
                c = '\n';
                if (i + 1 < length && chars[i + 1] == '\n') {
                    i++;
                }
            }
            if (c == '\n') {
                if (lines == lineStarts.length) {
                    lineStarts = Arrays.copyOf(lineStarts, lines * 2);
                }
                lineStarts[lines++] = kept + 1;
            } else if (isForbidden(c)) {
                if (!reported) {
                    reported = true;
                    Problem.CONTROL_CHARACTER.report(diagnostics, path, lines, String.format(
                            "control character U+%04X removed (and any others in this file)", (int) c));
                }
                continue;
            }
            chars[kept++] = c;
        }
        return new TextFile(path, new String(chars, 0, kept), Arrays.copyOf(lineStarts, lines), 0);
    }

    /** {@code text} without the characters XML 1.0 cannot carry, such as those an entity like {@code &#1;} gives. */
    public static String xmlSafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isForbidden(text.charAt(i))) {
                var out = new StringBuilder(text.length());
                text.chars().filter(c -> !isForbidden((char) c)).forEach(c -> out.append((char) c));
                return out.toString();
            }
        }
        return text;
    }

    private static boolean isForbidden(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF;
    }

    private static int[] indexLines(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }
}
