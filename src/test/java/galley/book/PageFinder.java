package galley.book;

import galley.book.GeneratedBook.ChapterPlan;
import galley.book.GeneratedBook.HeadingPlan;
import galley.book.GeneratedBook.NotePlan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static galley.book.Reading.normalized;

/**
 * Where each chapter and heading of a generated book stands in its print edition, found from the
 * printed text alone (never from Galley's own outline or contents, which are what is judged): a
 * chapter opens on the first page whose text begins with its title, a heading stands on the first
 * page after the previous heading with a line of its text.
 */
final class PageFinder {

    private final GeneratedBook book;
    private final PrintedBook pdf;
    private final int bodyStart;
    private final int[] chapterStarts;
    private final Map<String, Integer> headingPages = new HashMap<>();
    private final Map<Integer, String> bodyTexts = new HashMap<>();

    PageFinder(GeneratedBook book, PrintedBook pdf) {
        this.book = book;
        this.pdf = pdf;
        this.bodyStart = firstBodyPage(pdf);
        this.chapterStarts = new int[book.chapters().size()];
        int from = bodyStart;
        for (ChapterPlan chapter : book.chapters()) {
            int start = from;
            String title = normalized(chapter.title());
            while (start < pdf.pages().size() && !normalized(pdf.page(start).text()).startsWith(title)) {
                start++;
            }
            if (start == pdf.pages().size()) {
                throw new AssertionError("no page opens chapter " + chapter.index() + " with its title " + chapter.title());
            }
            chapterStarts[chapter.index()] = start;
            from = start + 1;
        }
        for (ChapterPlan chapter : book.chapters()) {
            findHeadings(chapter);
        }
    }

    private static int firstBodyPage(PrintedBook pdf) {
        for (PrintedBook.PrintedPage page : pdf.pages()) {
            if ("1".equals(page.label())) {
                return page.index();
            }
        }
        throw new AssertionError("no page labelled 1");
    }

    private void findHeadings(ChapterPlan chapter) {
        int page = start(chapter.index());
        headingPages.put(chapter.id(), page);
        for (HeadingPlan heading : chapter.headings().subList(1, chapter.headings().size())) {
            String text = normalized(heading.text());
            while (page < end(chapter.index()) && !Reading.lines(pdf.page(page).text()).contains(text)) {
                page++;
            }
            if (page == end(chapter.index())) {
                throw new AssertionError("heading " + heading.text() + " is on no page of chapter " + chapter.index());
            }
            headingPages.put(heading.id(), page);
        }
    }

    int bodyStart() {
        return bodyStart;
    }

    /** The page chapter {@code chapter} opens on. */
    int start(int chapter) {
        return chapterStarts[chapter];
    }

    /** The page after the chapter's last, the next chapter's opening (or its blank verso before it). */
    int end(int chapter) {
        return chapter + 1 < chapterStarts.length ? chapterStarts[chapter + 1] : pdf.pages().size();
    }

    /** The page on which the heading with anchor {@code id} stands. */
    int headingPage(String id) {
        Integer page = headingPages.get(id);
        if (page == null) {
            throw new AssertionError("no heading " + id);
        }
        return page;
    }

    /**
     * The normalized text of a body page of chapter {@code chapter}, without its running head, its
     * folio and its footnotes: the running text a reader follows from page to page.
     */
    String runningText(int chapter, int page) {
        return bodyTexts.computeIfAbsent(page, p -> {
            PrintedBook.PrintedPage printed = pdf.page(p);
            List<String> lines = new ArrayList<>(Reading.lines(printed.text()));
            // the folio and the running head are drawn last, after the text and its notes
            if (!lines.isEmpty() && lines.get(lines.size() - 1).equals(printed.label())) {
                lines.remove(lines.size() - 1);
            }
            ChapterPlan plan = book.chapters().get(chapter);
            if (!lines.isEmpty() && p != start(chapter)) {
                String last = lines.get(lines.size() - 1);
                if (last.equals(normalized(book.title())) || last.equals(normalized(plan.title()))) {
                    lines.remove(lines.size() - 1);
                }
            }
            String text = String.join("", lines);
            for (NotePlan note : plan.notes()) {
                text = text.replace(noteText(note), "");
            }
            return text;
        });
    }

    /** A footnote as the foot of the page sets it: its number, a full stop, its text. */
    static String noteText(NotePlan note) {
        return normalized(note.number() + ". " + note.text());
    }
}
