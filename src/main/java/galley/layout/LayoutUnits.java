package galley.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The units of work of a layout, as its caller has them done: each chapter set into lines, a
 * plain function of its {@link ChapterSetting} that the caller may run on threads of its own, at
 * once, and take from an earlier layout while the setting is equal. The pages are filled in order
 * on the layout's own thread as the chapters' lines arrive. The default sets each chapter in turn
 * on the calling thread, keeping nothing.
 */
public interface LayoutUnits {

    /**
     * Starts setting each of {@code chapters} with {@code unit}; the futures, in the order given,
     * complete with the lines. A future the layout cancels is not wanted any more.
     */
    default List<CompletableFuture<ChapterLines>> setAll(List<ChapterSetting> chapters,
                                                         Function<ChapterSetting, ChapterLines> unit) {
        var lines = new ArrayList<CompletableFuture<ChapterLines>>();
        for (ChapterSetting chapter : chapters) {
            CompletableFuture<ChapterLines> one = new CompletableFuture<>();
            try {
                one.complete(unit.apply(chapter));
            } catch (RuntimeException | Error e) {
                one.completeExceptionally(e);
            }
            lines.add(one);
        }
        return lines;
    }

    /** Every chapter set on the calling thread, nothing kept. */
    static LayoutUnits direct() {
        return new LayoutUnits() {
        };
    }
}
