package galley.read;

import galley.diagnostic.Diagnostics;
import galley.diagnostic.Problem;
import galley.model.ImageSize;

import java.util.Optional;
import java.util.function.Function;

/**
 * Reads an image's {@code width} and {@code height}, written as HTML attributes or pandoc's
 * {@code {width=50%}}, into an {@link ImageSize}; a value that is no length is reported at its
 * line and the image keeps its own size that way.
 */
public final class SizeAttributes {

    private SizeAttributes() {
    }

    /** The size that {@code attribute} (a name to its value, if given) asks for. */
    public static ImageSize read(Function<String, Optional<String>> attribute, Diagnostics diagnostics, String path,
                                 int line) {
        return new ImageSize(length(attribute, "width", diagnostics, path, line),
                length(attribute, "height", diagnostics, path, line));
    }

    private static Optional<ImageSize.Length> length(Function<String, Optional<String>> attribute, String name,
                                                     Diagnostics diagnostics, String path, int line) {
        Optional<String> written = attribute.apply(name).map(String::strip).filter(v -> !v.isEmpty());
        if (written.isEmpty()) {
            return Optional.empty();
        }
        Optional<ImageSize.Length> length = ImageSize.Length.parse(written.get());
        if (length.isEmpty()) {
            Problem.IMAGE_SIZE_INVALID.report(diagnostics, path, line, "image " + name + " '" + written.get()
                    + "' is not a length (a number of px, pt, in, cm, mm or %); the image keeps its own " + name);
        }
        return length;
    }
}
