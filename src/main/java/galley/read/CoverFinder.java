package galley.read;

import galley.diagnostic.Problem;
import galley.read.yaml.BookYaml;

import galley.diagnostic.Diagnostics;
import galley.model.ImageAsset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the cover: the image book.yaml names under {@code cover-image}, else the single image in covers/. */
final class CoverFinder {

    private static final Optional<String> NAME = Optional.of("cover");

    private CoverFinder() {
    }

    static Optional<ImageAsset> find(BookPaths paths, BookSettings settings, ImageRegistry images, Diagnostics diagnostics) {
        if (settings.coverImage().isPresent()) {
            Located<String> ref = settings.coverImage().get();
            String written = ref.value().replace('\\', '/');
            Path dir = written.startsWith("covers/") ? paths.root() : paths.covers();
            return images.resolve(dir, written, BookYaml.PATH, ref.line(), NAME);
        }
        List<String> found = imagesIn(paths.covers());
        if (found.size() > 1) {
            List<String> named = found.stream().filter(n -> n.toLowerCase(Locale.ROOT).startsWith("cover.")).toList();
            if (named.size() != 1) {
                Problem.COVER_AMBIGUOUS.report(diagnostics, BookYaml.PATH, 1, "covers/ holds " + found.size()
                        + " images (" + String.join(", ", found) + "); name the cover with cover-image");
                return Optional.empty();
            }
            found = named;
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return images.resolve(paths.covers(), found.get(0), "covers/" + found.get(0), 1, NAME);
    }

    private static List<String> imagesIn(Path covers) {
        if (!Files.isDirectory(covers)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(covers)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("."))
                    .filter(n -> n.toLowerCase(Locale.ROOT).matches(".*\\.(png|jpe?g|gif|svg)"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
