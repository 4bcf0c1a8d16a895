package galley.build;

import galley.assets.ImageChecker;
import galley.diagnostic.Diagnostics;
import galley.model.ImageAsset;
import galley.read.ChapterFile;
import galley.read.ChapterParser;
import galley.read.ParsedFile;
import galley.read.ReadUnits;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The reader's units as a build runs them: each chapter file parsed as a task of the build's
 * cores (whose threads have stacks deep enough for Flexmark), parses and image checks taken from
 * {@link WarmCaches} while unchanged, and each image passed on as soon as it is named.
 */
public final class ParsingUnits implements ReadUnits {

    private final WarmCaches caches;
    private final Executor cores;
    private final Consumer<ImageAsset> imageNamed;

    ParsingUnits(WarmCaches caches, Executor cores, Consumer<ImageAsset> imageNamed) {
        this.caches = caches;
        this.cores = cores;
        this.imageNamed = imageNamed;
    }

    /** The units as a one-off build runs them on {@code threads}, keeping nothing, for tools and tests. */
    public static ReadUnits onCores(BuildThreads threads) {
        return new ParsingUnits(WarmCaches.none(), threads.cores(), asset -> { });
    }

    @Override
    public List<Optional<ParsedFile>> parseAll(List<ChapterFile> files, ChapterParser parser, Diagnostics diagnostics) {
        caches.retain(files);
        var futures = new ArrayList<CompletableFuture<Optional<ParsedFile>>>();
        for (ChapterFile file : files) {
            futures.add(CompletableFuture.supplyAsync(() -> {
                Optional<ParsedFile> done = caches.parse(file, parser, diagnostics);
                done.ifPresent(parser::parsed);
                return done;
            }, cores));
        }
        var parsed = new ArrayList<Optional<ParsedFile>>();
        try {
            for (CompletableFuture<Optional<ParsedFile>> future : futures) {
                parsed.add(future.join());
            }
        } catch (CompletionException e) {
            throw new IllegalStateException("reading the manuscript failed", e.getCause());
        }
        return parsed;
    }

    @Override
    public ImageChecker.Result checkImage(Path file) {
        return caches.checkImage(file);
    }

    @Override
    public void imageNamed(ImageAsset asset) {
        imageNamed.accept(asset);
    }
}
