package galley.layout;

import galley.text.TextMeasure;

import galley.diagnostic.Diagnostics;
import galley.i18n.Word;
import galley.i18n.Words;
import galley.model.Book;
import galley.model.Chapter;
import galley.model.ImageAsset;
import galley.model.Inline;
import galley.model.PageMap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Lays out the print edition: the cover and its blank back, the front matter in roman numbers,
 * then each chapter from a right-hand page in arabic numbers. Right-hand pages are the odd pages
 * of the file. The body is set first, so that the contents can give
 * every entry its real page number.
 */
public final class BookLayout {

    private BookLayout() {
    }

    /** Lays out a book with every image at the default resolution, its warnings dropped (for tests and tools). */
    public static LaidOutBook layout(Book book, TextMeasure measure) {
        return layout(book, measure, ImageDensity.assumed(), new Diagnostics());
    }

    /** Lays out a book; images at their declared resolution, printing problems reported to {@code diagnostics}. */
    public static LaidOutBook layout(Book book, TextMeasure measure, ImageDensity density, Diagnostics diagnostics) {
        return layout(book, measure, density, diagnostics, (page, anchors) -> { }, LayoutUnits.direct());
    }

    /** Receives the body's pages in order while the rest of the book is still being laid out. */
    public interface BodyPages {
        /**
         * The next page of the body, its index counted from the body's first page; {@code anchors}
         * gives the height on the page of each anchor placed on it.
         */
        void page(Page page, Map<String, Float> anchors);
    }

    /**
     * Lays out a book as {@link #layout(Book, TextMeasure, ImageDensity, Diagnostics)} does, handing
     * each page of the body to {@code bodyPages} as soon as it is set. The body's pages are the
     * last of the returned layout; the cover and the front matter, set once every page number is
     * known, come before them. Each chapter is set into lines through {@code units}, while the
     * pages are filled in order on the calling thread.
     */
    public static LaidOutBook layout(Book book, TextMeasure measure, ImageDensity density, Diagnostics diagnostics,
                                     BodyPages bodyPages, LayoutUnits units) {
        BookStyle style = BookStyle.forPage(book.pageSize(), book.metadata().language());
        PageGeometry geometry = PageGeometry.of(book.pageSize(), style);
        Function<Diagnostics, BlockFormatter> reportingTo = sink -> new BlockFormatter(book, style, measure, density,
                sink, geometry.textWidth(), geometry.textHeight());
        var formatter = reportingTo.apply(diagnostics);
        var furniture = new PageFurniture(geometry, style, measure);

        Map<String, List<Slab>> noteCache = new ConcurrentHashMap<>();
        var body = new Paginator(geometry, furniture,
                (Inline.NoteRef ref) -> noteCache.computeIfAbsent(ref.id(), id -> formatter.note(ref)),
                style.leading(), style.leading(), n -> Integer.toString(n));
        body.indentWith(formatter::indented);
        if (book.metadata().language().rightToLeft()) {
            body.ruleNotesFromRight();
        }
        body.onFinishedPage(draft -> bodyPages.page(new Page(draft.number() - 1, Integer.toString(draft.number()),
                geometry.pageWidth(), geometry.pageHeight(), draft.items()), draft.anchors()));
        List<Chapter> chapters = book.chapters();
        List<String> chapterIds = chapters.stream().map(Chapter::id).toList();
        var settings = new ArrayList<ChapterSetting>();
        chapters.forEach(c -> settings.add(ChapterSetting.of(c, book, style, geometry, measure, density, chapterIds)));
        // each chapter is set by a formatter of its own, whose warnings can be kept with its lines
        try (var formatted = new ChapterFormatting(units.setAll(settings, setting -> {
            var own = new Diagnostics();
            return new ChapterLines(reportingTo.apply(own).chapter(setting.chapter()), own.all());
        }))) {
            for (int i = 0; i < chapters.size(); i++) {
                Chapter chapter = chapters.get(i);
                ChapterLines lines = formatted.lines(i);
                lines.warnings().forEach(diagnostics::add);
                List<Slab> slabs = lines.slabs();
                body.flushFloats();
                body.startOnRecto(chapter.index());
                body.runningHeads(book.metadata().title(), chapter.title());
                body.flow(slabs);
            }
        }
        List<Paginator.Draft> bodyDrafts = body.finish();

        Map<String, Integer> bodyPageOf = new HashMap<>();
        for (Paginator.Draft draft : bodyDrafts) {
            draft.anchors().keySet().forEach(name -> bodyPageOf.putIfAbsent(name, draft.number()));
        }
        List<TocEntry> entries = TocEntry.of(book);
        List<Paginator.Draft> frontPages = new FrontMatterPages(book, style, geometry, measure, formatter)
                .pages(entries, anchor -> {
                    Integer page = bodyPageOf.get(anchor);
                    return page == null ? null : Integer.toString(page);
                });
        return assemble(book, geometry, frontPages, bodyDrafts, entries);
    }

    private static LaidOutBook assemble(Book book, PageGeometry geometry, List<Paginator.Draft> front,
                                        List<Paginator.Draft> body, List<TocEntry> entries) {
        var pages = new ArrayList<Page>();
        var anchors = new HashMap<String, Destination>();
        var labels = new ArrayList<PageLabelRange>();
        Words words = Words.of(book.metadata().language());
        book.cover().ifPresent(cover -> {
            String coverLabel = words.get(Word.COVER);
            String insideCover = words.get(Word.INSIDE_COVER);
            labels.add(new PageLabelRange(0, PageLabelRange.Style.NONE, coverLabel, 1));
            pages.add(new Page(0, coverLabel, geometry.pageWidth(), geometry.pageHeight(), coverItems(cover, geometry)));
            // the cover's blank back keeps the half-title, and so every right-hand page, on an odd
            // page of the file, where a viewer showing spreads and a printer put right-hand pages
            labels.add(new PageLabelRange(1, PageLabelRange.Style.NONE, insideCover, 1));
            pages.add(new Page(1, insideCover, geometry.pageWidth(), geometry.pageHeight(), List.of()));
        });
        labels.add(new PageLabelRange(pages.size(), PageLabelRange.Style.LOWER_ROMAN, "", 1));
        for (Paginator.Draft draft : front) {
            add(draft, RomanNumerals.lower(draft.number()), geometry, pages, anchors);
        }
        labels.add(new PageLabelRange(pages.size(), PageLabelRange.Style.ARABIC, "", 1));
        var starts = new ArrayList<PageMap.PageStart>();
        for (Paginator.Draft draft : body) {
            String folio = Integer.toString(draft.number());
            add(draft, folio, geometry, pages, anchors);
            if (!draft.blank() && draft.firstBlock() >= 0 && draft.chapter() >= 0) {
                starts.add(new PageMap.PageStart(folio, draft.chapter(), draft.firstBlock()));
            }
        }
        return new LaidOutBook(pages, TocEntry.outline(entries), anchors, labels, new PageMap(starts));
    }

    private static void add(Paginator.Draft draft, String label, PageGeometry geometry, List<Page> pages,
                            Map<String, Destination> anchors) {
        int index = pages.size();
        draft.anchors().forEach((name, y) -> anchors.putIfAbsent(name, new Destination(index, y)));
        pages.add(new Page(index, label, geometry.pageWidth(), geometry.pageHeight(), draft.items()));
    }

    /** The cover image as large as the page allows, centred, its proportions kept. */
    private static List<PageItem> coverItems(ImageAsset cover, PageGeometry geometry) {
        float w = geometry.pageWidth();
        float h = geometry.pageHeight();
        float scale = Math.min(w / cover.width(), h / cover.height());
        float iw = cover.width() * scale;
        float ih = cover.height() * scale;
        return List.of(new PageItem.ImageBox((w - iw) / 2f, (h - ih) / 2f, iw, ih, cover));
    }
}
