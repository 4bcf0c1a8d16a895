package galley.pdf;

import galley.font.FontSet;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * A permit for each set of fonts, held while a PDF is drawn with it: the fonts carry per-document
 * state (their subset tags), so one document at a time is drawn with a set. A permit, unlike a
 * lock, may be let go by another thread than took it, as a document's pages are drawn on whichever
 * thread is free.
 */
final class FontsInUse {

    private static final Map<FontSet, Semaphore> PERMITS = Collections.synchronizedMap(new IdentityHashMap<>());

    private FontsInUse() {
    }

    /** The permit to draw with {@code fonts}. */
    static Semaphore of(FontSet fonts) {
        return PERMITS.computeIfAbsent(fonts, set -> new Semaphore(1));
    }
}
