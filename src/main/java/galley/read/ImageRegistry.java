package galley.read;

import galley.assets.ImageChecker;
import galley.diagnostic.Problem;

import galley.diagnostic.Diagnostics;
import galley.model.ImageAsset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The book's images: resolves each reference safely inside the book folder, checks each distinct
 * file once, and names it uniquely inside the EPUB ({@code images/<name>}) in the order first met.
 * Checks may be started ahead, from the threads that parse the chapters, since they depend on
 * nothing but the file; names and problems are still given out in reading order by {@link #resolve}.
 */
public final class ImageRegistry {

    private static final Set<String> REMOTE = Set.of("http", "https", "ftp", "ftps", "data");

    private final BookPaths paths;
    private final Diagnostics diagnostics;
    private final ReadUnits units;
    private final Map<Path, CompletableFuture<ImageChecker.Result>> checked = new ConcurrentHashMap<>();
    private final Map<Path, ImageAsset> assets = new HashMap<>();
    private final Set<String> names = new HashSet<>();

    /** A registry that has each file checked, and tells of each image once it has its name, through {@code units}. */
    ImageRegistry(BookPaths paths, Diagnostics diagnostics, ReadUnits units) {
        this.paths = paths;
        this.diagnostics = diagnostics;
        this.units = units;
    }

    /**
     * Checks the image {@code ref} written in file {@code from} now, in the calling thread, unless
     * it is not a file inside the book or is checked already; reports nothing, as resolve will.
     */
    void checkAhead(String ref, String from) {
        String written = ref.strip();
        if (written.isEmpty() || BookPaths.hasScheme(written)) {
            return;
        }
        paths.lexical(paths.root().resolve(from).getParent(), BookPaths.percentDecode(written))
                .filter(Files::isRegularFile)
                .flatMap(paths::realInside)
                .ifPresent(this::checked);
    }

    // The first thread to ask checks the file; any other waits for its result.
    private ImageChecker.Result checked(Path file) {
        var mine = new CompletableFuture<ImageChecker.Result>();
        CompletableFuture<ImageChecker.Result> theirs = checked.putIfAbsent(file, mine);
        if (theirs != null) {
            return theirs.join();
        }
        try {
            mine.complete(units.checkImage(file));
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        }
        return mine.join();
    }

    /** The image {@code ref} as written in file {@code from} (relative to the book folder) at {@code line}. */
    public Optional<ImageAsset> resolve(String ref, String from, int line) {
        return resolve(paths.root().resolve(from).getParent(), ref, from, line, Optional.empty());
    }

    /**
     * The image {@code ref} relative to {@code dir}; problems are reported at {@code from}:{@code line}.
     *
     * @param name the base name wanted inside the EPUB, else one made from the file name
     */
    Optional<ImageAsset> resolve(Path dir, String ref, String from, int line, Optional<String> name) {
        String written = ref.strip();
        if (BookPaths.hasScheme(written)) {
            String scheme = BookPaths.scheme(written);
            if (scheme.equals("javascript") || scheme.equals("vbscript")) {
                Problem.LINK_UNSAFE.report(diagnostics, from, line, scheme + ": image address removed");
            } else if (REMOTE.contains(scheme)) {
                Problem.IMAGE_REMOTE.report(diagnostics, from, line, "remote image not fetched, its alt text kept: " + shorten(written));
            } else {
                Problem.IMAGE_OUTSIDE_BOOK.report(diagnostics, from, line,
                        "image must be a file inside the book folder: " + shorten(written));
            }
            return Optional.empty();
        }
        if (written.isEmpty()) {
            Problem.IMAGE_MISSING.report(diagnostics, from, line, "image has no file name");
            return Optional.empty();
        }
        Optional<Path> lexical = paths.lexical(dir, BookPaths.percentDecode(written));
        if (lexical.isEmpty()) {
            Problem.IMAGE_OUTSIDE_BOOK.report(diagnostics, from, line, "image path leads outside the book folder: " + written);
            return Optional.empty();
        }
        if (!Files.isRegularFile(lexical.get())) {
            Problem.IMAGE_MISSING.report(diagnostics, from, line, "image not found: " + written);
            return Optional.empty();
        }
        Optional<Path> real = paths.realInside(lexical.get());
        if (real.isEmpty()) {
            Problem.IMAGE_OUTSIDE_BOOK.report(diagnostics, from, line, "image path leads outside the book folder: " + written);
            return Optional.empty();
        }
        ImageChecker.Result result = checked(real.get());
        if (result.refusal().isPresent()) {
            ImageChecker.Refusal refusal = result.refusal().get();
            refusal.problem().report(diagnostics, from, line, refusal.reason() + ": " + written);
            return Optional.empty();
        }
        ImageAsset known = assets.get(real.get());
        if (known == null) {
            known = asset(real.get(), result.checked().get(), name);
            assets.put(real.get(), known);
            List<String> removed = result.checked().get().removed();
            if (!removed.isEmpty()) {
                Problem.IMAGE_SVG_CLEANED.report(diagnostics, from, line, "SVG image shown without its "
                        + String.join(", ", removed) + ", which an image may not have: " + written);
            }
            units.imageNamed(known);
        }
        return Optional.of(known);
    }

    private ImageAsset asset(Path file, ImageChecker.Checked image, Optional<String> wanted) {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String base = wanted.orElseGet(() -> Slug.ascii(dot > 0 ? fileName.substring(0, dot) : fileName, 40, "image"));
        String name = base;
        for (int n = 2; !names.add(name); n++) {
            name = base + "-" + n;
        }
        String href = "images/" + name + "." + image.format().extension();
        return new ImageAsset(file, href, image.format(), image.width(), image.height());
    }

    private static String shorten(String url) {
        return url.length() > 80 ? url.substring(0, 77) + "..." : url;
    }
}
