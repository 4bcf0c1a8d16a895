package galley.layout;

import galley.text.Alignment;
import galley.text.Fragment;
import galley.text.TextMeasure;
import galley.text.TextStyle;

import galley.i18n.AuthorLine;
import galley.i18n.Word;
import galley.i18n.Words;
import galley.model.Book;
import galley.model.Metadata;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The pages before the text: half-title, its blank back, title page, copyright page on its back,
 * and the contents on a right-hand page, numbered in lower-case roman, an even number of pages so
 * that the body opens on a right-hand page. The half-title, title and copyright pages, being
 * display pages, and the blank ones print no folio, as books do; they are counted all the same, so
 * the contents page shows the folio its place gives it (v), and the PDF's page labels name every page.
 */
final class FrontMatterPages {

    private final Book book;
    private final BookStyle style;
    private final PageGeometry geometry;
    private final TextMeasure measure;
    private final BlockFormatter formatter;

    FrontMatterPages(Book book, BookStyle style, PageGeometry geometry, TextMeasure measure, BlockFormatter formatter) {
        this.book = book;
        this.style = style;
        this.geometry = geometry;
        this.measure = measure;
        this.formatter = formatter;
    }

    /** The front matter's pages; {@code folioOf} gives the printed page number of a body anchor. */
    List<Paginator.Draft> pages(List<TocEntry> entries, Function<String, String> folioOf) {
        var paginator = new Paginator(geometry, new PageFurniture(geometry, style, measure), ref -> List.of(), 0f,
                style.leading(), RomanNumerals::lower);
        Metadata meta = book.metadata();

        paginator.display(halfTitle(meta));

        paginator.startOnRecto(-1);
        paginator.display(titlePage(meta));

        paginator.newPage();
        paginator.display(copyrightPage(meta));

        paginator.startOnRecto(-1);
        paginator.flow(contents(entries, folioOf));
        List<Paginator.Draft> pages = new ArrayList<>(paginator.finish());
        if (pages.size() % 2 == 1) {
            pages.add(new Paginator.Draft(pages.size() + 1, true, List.of(), Map.of(), -1, -1));
        }
        return pages;
    }

    private BlockFormatter.Frame frame(TextStyle text, float leading) {
        return new BlockFormatter.Frame(0f, geometry.textWidth(), text, leading, -1);
    }

    private List<Slab> halfTitle(Metadata meta) {
        var out = new SlabList();
        out.add(sink(0.28f));
        TextStyle ts = style.section().withBold(false).withSize(style.body().size() * 1.6f);
        centred(meta.title(), ts, ts.size() * 1.3f, out);
        return out.toList();
    }

    private List<Slab> titlePage(Metadata meta) {
        var out = new SlabList();
        out.add(sink(0.18f));
        TextStyle title = style.chapterTitle().withSize(style.chapterTitle().size() * 1.15f);
        centred(meta.title(), title, title.size() * 1.2f, out);
        meta.subtitle().ifPresent(sub -> {
            out.add(gap(0.8f));
            TextStyle ss = style.section().withBold(false).withItalic(true);
            centred(sub, ss, ss.size() * 1.3f, out);
        });
        meta.collection().ifPresent(series -> {
            out.add(gap(0.8f));
            centred(series.line(), style.body(), style.leading(), out);
        });
        if (!meta.authors().isEmpty()) {
            out.add(gap(3f));
            TextStyle as = style.section().withBold(false);
            centred(AuthorLine.of(meta), as, as.size() * 1.3f, out);
        }
        meta.publisher().ifPresent(p -> {
            out.add(gap(6f));
            centred(p, style.body().withItalic(true), style.leading(), out);
        });
        return out.toList();
    }

    // An ISBN is printed as readers and booksellers know it; a UUID, which Galley makes up when
    // the book names no identifier, means nothing on paper and is left to the files' metadata.
    static Optional<String> printedIdentifier(String identifier) {
        String lower = identifier.toLowerCase(Locale.ROOT);
        if (lower.startsWith("urn:uuid:")) {
            return Optional.empty();
        }
        if (lower.startsWith("urn:isbn:")) {
            return Optional.of("ISBN " + identifier.substring("urn:isbn:".length()));
        }
        return Optional.of(identifier);
    }

    private List<Slab> copyrightPage(Metadata meta) {
        var lines = new SlabList();
        TextStyle small = style.note();
        float leading = style.noteLeading();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(meta.title() + meta.subtitle().map(s -> ": " + s).orElse(""));
        if (!meta.authors().isEmpty()) {
            paragraphs.add(AuthorLine.of(meta));
        }
        meta.rights().ifPresent(paragraphs::add);
        printedIdentifier(meta.identifier()).ifPresent(paragraphs::add);
        meta.publisher().ifPresent(paragraphs::add);
        String edition = editionDate(meta);
        // the book's date on a line of its own only when the edition's line does not already give it
        meta.date().filter(date -> !date.equals(edition)).ifPresent(paragraphs::add);
        paragraphs.add(Words.of(meta.language()).format(Word.EDITION, edition));
        for (String p : paragraphs) {
            formatter.lines(List.of(Fragment.text(p, small)), frame(small, leading), 0f, startAlignment(), lines, Map.of());
            lines.add(Slab.space(leading * 0.5f, -1));
        }
        List<Slab> content = lines.toList();
        float height = 0f;
        for (Slab s : content) {
            height += s.height();
        }
        // the notice stands at the foot of the page
        var out = new ArrayList<Slab>();
        out.add(Slab.fixedSpace(Math.max(0f, geometry.textHeight() - height), Map.of(), -1));
        out.addAll(content);
        return out;
    }

    /**
     * The day of the edition, or the book's date as given (a year, a month) when the edition falls
     * in it: a date of "2024" dates the edition 1 January 2024, which the author never said.
     */
    private String editionDate(Metadata meta) {
        String day = DateTimeFormatter.ISO_LOCAL_DATE.format(book.modified().atOffset(ZoneOffset.UTC));
        return meta.date().filter(date -> date.length() < day.length() && day.startsWith(date + "-")).orElse(day);
    }

    private List<Slab> contents(List<TocEntry> entries, Function<String, String> folioOf) {
        var out = new SlabList();
        out.add(sink(0.08f));
        TextStyle heading = style.chapterTitle().withSize(style.chapterTitle().size() * 0.8f);
        formatter.lines(List.of(Fragment.text(book.metadata().tocTitle()
                        .orElseGet(() -> Words.of(book.metadata().language()).get(Word.CONTENTS)), heading)),
                frame(heading, heading.size() * 1.2f), 0f, startAlignment(), out, Map.of("contents", 0f));
        out.add(Slab.space(style.leading() * 1.5f, -1));
        var toc = new ContentsLines(style, measure, formatter, geometry.textWidth(), rightToLeft());
        for (TocEntry entry : entries) {
            if (entry.level() == 1 && entries.size() > book.chapters().size()) {
                out.add(Slab.space(style.leading() * 0.4f, -1));
            }
            toc.entry(entry, folioOf.apply(entry.anchor()), out);
        }
        return out.toList();
    }

    private boolean rightToLeft() {
        return book.metadata().language().rightToLeft();
    }

    // the imprint's lines and the contents' heading start at the margin the book reads from, whatever their own letters
    private Alignment startAlignment() {
        return rightToLeft() ? Alignment.RIGHT : Alignment.LEFT;
    }

    private void centred(String text, TextStyle ts, float leading, SlabList out) {
        formatter.lines(List.of(Fragment.text(text, ts)), frame(ts, leading), 0f, Alignment.CENTER, out, Map.of());
    }

    private Slab sink(float fraction) {
        return Slab.fixedSpace(geometry.textHeight() * fraction, Map.of(), -1);
    }

    private Slab gap(float lines) {
        return Slab.fixedSpace(style.leading() * lines, Map.of(), -1);
    }
}
