package galley.assets;

import galley.diagnostic.Problem;

import java.io.IOException;

/**
 * Why an image file cannot be embedded, as reading it finds: the problem to report, the reason as
 * the diagnostic gives it, and in the message what exactly was wrong.
 */
public final class ImageException extends IOException {

    private static final String BROKEN = "image is truncated or corrupt";
    static final String UNSUPPORTED = "image is not a PNG, JPEG, GIF or SVG file";

    private final Problem problem;
    private final String reason;

    private ImageException(Problem problem, String reason, String detail) {
        super(detail);
        this.problem = problem;
        this.reason = reason;
    }

    /** Data a decoder would trip on: cut short, failing a checksum, not zlib, a chunk out of place. */
    static ImageException corrupt(String detail) {
        return new ImageException(Problem.IMAGE_UNREADABLE, BROKEN, detail);
    }

    /** A file whose data is whole but which breaks a rule of its format that the writers rely on. */
    static ImageException invalid(String reason) {
        return new ImageException(Problem.IMAGE_UNREADABLE, reason, reason);
    }

    /** A file past one of Galley's limits. */
    static ImageException tooLarge(String reason) {
        return new ImageException(Problem.IMAGE_TOO_LARGE, reason, reason);
    }

    /** A file that would reach outside itself or expand without bound when read (an SVG's outside reference, entity). */
    static ImageException unsafe(String reason) {
        return new ImageException(Problem.IMAGE_UNSAFE, reason, reason);
    }

    /** A file in none of the formats both editions embed. */
    static ImageException unsupported() {
        return new ImageException(Problem.IMAGE_UNSUPPORTED, UNSUPPORTED, UNSUPPORTED);
    }

    /** {@code image-unreadable} for a broken file, {@code image-too-large} for one past a limit, {@code image-unsafe}… */
    public Problem problem() {
        return problem;
    }

    /** The reason as a diagnostic gives it, starting "image …". */
    public String reason() {
        return reason;
    }
}
