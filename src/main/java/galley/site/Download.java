package galley.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * One edition as readers download it: its file name in the published folder, its format, its exact
 * size and SHA-256, and for the print edition its page count.
 *
 * @param fileName  the name the file has in {@code dist/}, e.g. {@code book.epub}
 * @param sha256    the lower-case hexadecimal SHA-256 of the file's bytes
 * @param pageCount the number of pages, for the PDF; empty for the reflowing EPUB
 */
public record Download(String fileName, Format format, long size, String sha256, OptionalInt pageCount) {

    /** The formats Galley publishes. */
    public enum Format {
        EPUB("EPUB", "application/epub+zip", "E-book for reading apps and e-readers; the text reflows to fit any screen."),
        PDF("PDF", "application/pdf", "Print-ready book with fixed pages, for printing at home or by a print-on-demand service.");

        private final String label;
        private final String mediaType;
        private final String purpose;

        Format(String label, String mediaType, String purpose) {
            this.label = label;
            this.mediaType = mediaType;
            this.purpose = purpose;
        }

        public String label() {
            return label;
        }

        public String mediaType() {
            return mediaType;
        }

        /** One sentence telling a reader which edition to choose. */
        public String purpose() {
            return purpose;
        }
    }

    /**
     * Describes {@code file}, which holds exactly the bytes that will be published as {@code fileName}
     * (it may still carry a temporary name while the build finishes).
     */
    public static Download of(Path file, String fileName, Format format, OptionalInt pageCount) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                size += n;
            }
        }
        return new Download(fileName, format, size, HexFormat.of().formatHex(digest.digest()), pageCount);
    }

    /** The same download with its page count. */
    public Download withPageCount(int pages) {
        return new Download(fileName, format, size, sha256, OptionalInt.of(pages));
    }

    /**
     * The size as a reader reads it, in the units of Galley's progress lines: {@code 980 bytes},
     * {@code 412 KB} (whole kilobytes, rounded down), {@code 3.4 MB} (1 KB = 1024 bytes).
     */
    public String humanSize() {
        if (size < 1024) {
            return size + (size == 1 ? " byte" : " bytes");
        }
        if (size < 1024 * 1024) {
            return size / 1024 + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
    }
}
