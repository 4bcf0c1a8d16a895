package galley.read;

import galley.assets.ImageChecker;
import galley.diagnostic.Diagnostics;
import galley.model.ImageAsset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The units of work of a load, as its caller has them done: each chapter file parsed and each
 * image file checked, plain functions of the file's bytes (and the book's language) that a caller
 * may run on threads of its own and take from an earlier load while the bytes are the same; and
 * each image told as soon as it is named. The defaults do each on the calling thread, in turn,
 * keeping nothing.
 */
public interface ReadUnits {

    /**
     * Each of {@code files} parsed with {@link ChapterParser#parse}, the results in the order given,
     * each parse's problems reported to {@code diagnostics}; after each file is parsed, or its parse
     * taken, {@link ChapterParser#parsed} is called on the same thread, so that its images are
     * checked ahead. The threads need stacks deep enough for a deeply nested file.
     */
    default List<Optional<ParsedFile>> parseAll(List<ChapterFile> files, ChapterParser parser,
                                                Diagnostics diagnostics) {
        var parsed = new ArrayList<Optional<ParsedFile>>();
        for (ChapterFile file : files) {
            Optional<ParsedFile> one = parser.parse(file, diagnostics);
            one.ifPresent(parser::parsed);
            parsed.add(one);
        }
        return parsed;
    }

    /** The check of the image {@code file}, as {@link ImageChecker#check} makes it. */
    default ImageChecker.Result checkImage(Path file) {
        return ImageChecker.check(file);
    }

    /**
     * Told of each of the book's images, on the loading thread, as soon as it is checked and named,
     * so that work needing only the image (scaling it for an edition) can start while the chapters
     * are still being read. It should return at once; it may be told of images of a book that in
     * the end has errors.
     */
    default void imageNamed(ImageAsset asset) {
    }

    /** Every unit done on the calling thread, nothing kept. */
    static ReadUnits direct() {
        return new ReadUnits() {
        };
    }
}
