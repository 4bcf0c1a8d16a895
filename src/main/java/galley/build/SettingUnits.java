package galley.build;

import galley.layout.ChapterLines;
import galley.layout.ChapterSetting;
import galley.layout.LayoutUnits;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The layout's units as a build runs them: every chapter set into lines at once as a task of the
 * build's cores, each taken from {@link WarmCaches} while its setting is unchanged.
 */
final class SettingUnits implements LayoutUnits {

    private final WarmCaches caches;
    private final Executor cores;

    SettingUnits(WarmCaches caches, Executor cores) {
        this.caches = caches;
        this.cores = cores;
    }

    @Override
    public List<CompletableFuture<ChapterLines>> setAll(List<ChapterSetting> chapters,
                                                        Function<ChapterSetting, ChapterLines> unit) {
        caches.retainChapters(chapters.size());
        var lines = new ArrayList<CompletableFuture<ChapterLines>>();
        for (ChapterSetting chapter : chapters) {
            lines.add(CompletableFuture.supplyAsync(() -> caches.lines(chapter, unit), cores));
        }
        return lines;
    }
}
