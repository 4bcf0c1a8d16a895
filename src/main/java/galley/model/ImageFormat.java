package galley.model;

import java.util.Optional;

/** The image formats both editions embed, recognized by their content (first bytes, or an SVG root element), never by the file name. */
public enum ImageFormat {
    PNG("png", "image/png", "png"),
    JPEG("jpeg", "image/jpeg", "jpg"),
    GIF("gif", "image/gif", "gif"),
    /** A drawing, recognised by its root element rather than a signature; it has no ImageIO reader. */
    SVG("svg", "image/svg+xml", "svg");

    private final String imageIoName;
    private final String mediaType;
    private final String extension;

    ImageFormat(String imageIoName, String mediaType, String extension) {
        this.imageIoName = imageIoName;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String imageIoName() {
        return imageIoName;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format of media type {@code mediaType} ({@code image/png}…). */
    public static ImageFormat forMediaType(String mediaType) {
        for (ImageFormat format : values()) {
            if (format.mediaType.equals(mediaType)) {
                return format;
            }
        }
        throw new IllegalArgumentException("not an image format both editions embed: " + mediaType);
    }

    /** The raster format whose signature {@code head} (the file's first bytes) starts with; SVG has none. */
    public static Optional<ImageFormat> sniff(byte[] head) {
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 'G', 'I', 'F', '8', '7', 'a') || startsWith(head, 'G', 'I', 'F', '8', '9', 'a')) {
            return Optional.of(GIF);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, int... signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
