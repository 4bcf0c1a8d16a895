package galley.layout;

import galley.diagnostic.Diagnostic;
import galley.diagnostic.Diagnostics;
import galley.model.Blocks;
import galley.model.Book;
import galley.model.Chapter;
import galley.model.ImageAsset;
import galley.model.Metadata;
import galley.model.PageSize;
import galley.text.TextMeasure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The strips of each chapter from the last layout in this process, so that a rebuild (as in
 * {@code galley watch}) sets again only the chapters that changed. A chapter's strips depend on
 * the chapter itself, on what the book around it gives the formatter ({@link Context}: whole
 * records, not fields picked from them, so that a setting added to one is part of the key
 * without anyone remembering it), and on the resolution its images declare; the entry is used
 * only while all of these are the same. The warnings the setting gave are given again whenever
 * the strips are reused. Safe to share between threads; one instance serves one book.
 */
public final class FormattedChapters {

    /**
     * What every chapter's strips depend on in the book around it: the book's metadata (its
     * language among them) and page size, the ids of the chapters its links may lead to, the
     * style and page geometry the layout derived from them, and the fonts that measure the text
     * (one instance per language in a process, compared as such).
     */
    record Context(Metadata metadata, PageSize pageSize, List<String> chapterIds, BookStyle style,
                   PageGeometry geometry, TextMeasure measure) {

        static Context of(Book book, BookStyle style, PageGeometry geometry, TextMeasure measure) {
            return new Context(book.metadata(), book.pageSize(), book.chapters().stream().map(Chapter::id).toList(),
                    style, geometry, measure);
        }
    }

    /** Everything a chapter's strips are made from. */
    private record Key(Chapter chapter, Context context, List<Float> dpis) {
    }

    private record Entry(Key key, List<Slab> slabs, List<Diagnostic> warnings) {
    }

    private final Map<Integer, Entry> entries = new ConcurrentHashMap<>();
    private final boolean keeps;

    /** Strips kept from one layout to the next. */
    public FormattedChapters() {
        this(true);
    }

    private FormattedChapters(boolean keeps) {
        this.keeps = keeps;
    }

    /** Nothing kept: each chapter set afresh, its strips let go once placed, as a one-off build wants. */
    public static FormattedChapters none() {
        return new FormattedChapters(false);
    }

    /** Forgets chapters past the book's end, once a rebuild has fewer. */
    void retain(int chapterCount) {
        entries.keySet().removeIf(index -> index >= chapterCount);
    }

    /**
     * The strips of {@code chapter}: those kept if nothing they depend on changed, else
     * {@code format}'s, which are then kept. The setting's warnings go to {@code diagnostics}
     * either way.
     */
    List<Slab> get(Context context, Chapter chapter, ImageDensity density, Diagnostics diagnostics,
                   Function<Diagnostics, List<Slab>> format) {
        if (!keeps) {
            return format.apply(diagnostics);
        }
        var key = new Key(chapter, context, dpis(chapter, density));
        Entry entry = entries.get(chapter.index());
        if (entry == null || !entry.key().equals(key)) {
            var own = new Diagnostics();
            entry = new Entry(key, format.apply(own), own.all());
            entries.put(chapter.index(), entry);
        }
        entry.warnings().forEach(diagnostics::add);
        return entry.slabs();
    }

    private static List<Float> dpis(Chapter chapter, ImageDensity density) {
        var dpis = new ArrayList<Float>();
        Blocks.forEachImage(chapter.blocks(), (ImageAsset image) -> dpis.add(density.dpi(image)));
        return dpis;
    }
}
