package galley.layout;

import galley.model.Inline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Fills pages with strips of the text flow. It keeps what must stay together (a heading and the
 * first lines after it, the first and last two lines of a paragraph), sets each footnote at the
 * foot of the page that cites it (a long one may run on at the foot of the next page), lets a figure that does not fit float to the next page while the
 * text after it fills this one (later figures wait behind it, so figures keep their order), repeats
 * a table's header, and starts chapters on right-hand pages.
 * Pages are counted from 1 within one sequence (the front matter or the body); odd pages are
 * right-hand pages.
 */
final class Paginator {

    /** A finished page of one sequence, with where its anchors lie and the first block on it. */
    record Draft(int number, boolean blank, List<PageItem> items, Map<String, Float> anchors,
                 int chapter, int firstBlock) {
    }

    /**
     * A footnote is broken across pages only when setting it whole on the next page would leave more
     * than this many lines of its reference's page empty; a smaller gap costs the reader less than a
     * note to follow over the page.
     */
    private static final int NOTE_SPLIT_GAP_LINES = 3;
    /** The fewest lines of a footnote at the foot of its reference's page, when the rest runs on. */
    private static final int NOTE_SPLIT_MIN_LINES = 2;

    private final PageGeometry geometry;
    private final PageFurniture furniture;
    private final Function<Inline.NoteRef, List<Slab>> noteSlabs;
    private final float noteSeparator;
    private final float bodyLine;
    private final Function<Integer, String> folio;
    /** Whether the rule above the footnotes starts at the right margin (a right-to-left book). */
    private boolean notesFromRight;
    private final List<Draft> pages = new ArrayList<>();
    private Consumer<Draft> finished = draft -> { };
    /** Sets a paragraph offered indented; null where no flow offers one (the front matter). */
    private Function<Slab.Reindent, List<Slab>> indented;
    private final Deque<Slab> floats = new ArrayDeque<>();

    private PageState page;
    private List<Slab> carriedNotes = new ArrayList<>();
    private int chapter = -1;
    private String versoHead;
    private String rectoHead;

    /** The page being filled. */
    private final class PageState {
        final int number = pages.size() + 1;
        final boolean recto = number % 2 == 1;
        final boolean opening;
        /** A display page (half-title, title, copyright): no running head, no folio. */
        boolean bare;
        final List<PageItem> items = new ArrayList<>();
        final Map<String, Float> anchors = new HashMap<>();
        final List<Slab> notes = new ArrayList<>();
        float used;
        float notesHeight;
        int firstBlock = -1;

        PageState(boolean opening) {
            this.opening = opening;
        }

        boolean empty() {
            return items.isEmpty() && used == 0f;
        }

        float room() {
            return geometry.textHeight() - used - notesHeight;
        }
    }

    Paginator(PageGeometry geometry, PageFurniture furniture, Function<Inline.NoteRef, List<Slab>> noteSlabs,
              float noteSeparator, float bodyLine, Function<Integer, String> folio) {
        this.geometry = geometry;
        this.furniture = furniture;
        this.noteSlabs = noteSlabs;
        this.noteSeparator = noteSeparator;
        this.bodyLine = bodyLine;
        this.folio = folio;
    }

    /** Hands each page to {@code listener} as soon as nothing more can change on it. */
    void onFinishedPage(Consumer<Draft> listener) {
        this.finished = listener;
    }

    /** Starts the rule above a page's footnotes at the right margin, as a right-to-left book reads. */
    void ruleNotesFromRight() {
        this.notesFromRight = true;
    }

    /** Sets a paragraph offered indented ({@link Slab#reindent()}), for when its figure floated away. */
    void indentWith(Function<Slab.Reindent, List<Slab>> setter) {
        this.indented = setter;
    }

    /** Running heads from now on: the book's title on left pages, the chapter's on right ones. */
    void runningHeads(String verso, String recto) {
        this.versoHead = verso;
        this.rectoHead = recto;
    }

    /** Ends the current page and opens the next on a right-hand page, with a blank left page if needed. */
    void startOnRecto(int chapterIndex) {
        closePage();
        if (pages.size() % 2 == 1) {
            add(new Draft(pages.size() + 1, true, List.of(), Map.of(), chapterIndex, -1));
        }
        chapter = chapterIndex;
        page = new PageState(true);
    }

    /** Ends the current page; the next strip starts a new one. */
    void newPage() {
        closePage();
    }

    /** Flows {@code slabs} onto the page being filled, or a new one, set as a display page: no head, no folio. */
    void display(List<Slab> slabs) {
        ensurePage();
        page.bare = true;
        flow(slabs);
    }

    void flow(List<Slab> slabs) {
        int i = 0;
        while (i < slabs.size()) {
            if (slabs.get(i).breaksPage()) {
                if (page != null && !page.empty()) {
                    closePage();
                }
                i++;
                continue;
            }
            Slab.Reindent reindent = slabs.get(i).reindent();
            if (reindent != null && indented != null && page != null && !floats.isEmpty()) {
                // the figure before this paragraph waits for a later page, so the paragraph follows the text
                // above it here: indented, if its first lines still fit (on the next page the figure would
                // come first, and the paragraph stays flush after it)
                List<Slab> swapped = new ArrayList<>(slabs.subList(0, i));
                swapped.addAll(indented.apply(reindent));
                swapped.addAll(slabs.subList(i + reindent.strips(), slabs.size()));
                if (fits(swapped.subList(i, groupEnd(swapped, i)))) {
                    slabs = swapped;
                }
            }
            int end = groupEnd(slabs, i);
            placeGroup(slabs.subList(i, end));
            i = end;
        }
    }

    /** The end of the group of strips that starts at {@code i} and must stay on one page. */
    private static int groupEnd(List<Slab> slabs, int i) {
        int end = i + 1;
        // nothing is held to a figure before it: a figure is one piece that no break can strand,
        // and a heading's keep running on through it would carry two figures to the next page
        while (end < slabs.size() && slabs.get(end).keepWithPrevious() && !slabs.get(end - 1).floatable()) {
            end++;
        }
        return end;
    }

    private void placeGroup(List<Slab> group) {
        ensurePage();
        Slab figure = loneFigure(group);
        if (figure != null && !floats.isEmpty()) {
            // a figure never passes one still waiting for room (nor does a LaTeX float)
            spaceBefore(group);
            floats.add(figure);
            return;
        }
        if (fits(group)) {
            group.forEach(this::place);
            return;
        }
        if (figure != null && !page.empty()) {
            float spacing = height(group) - figure.height();
            Slab smaller = figure.figure().fittedTo(page.room() - spacing - notesHeight(figure));
            spaceBefore(group);
            if (smaller != null) {
                place(smaller);
            } else {
                floats.add(figure);
            }
            return;
        }
        if (!page.empty() && splitsLastNote(group)) {
            return;
        }
        if (!page.empty()) {
            closePage();
            ensurePage();
            if (fits(group)) {
                group.forEach(this::place);
                return;
            }
        }
        // taller than a whole page: the keep cannot hold, so break wherever the page is full
        for (Slab slab : group) {
            if (!fits(List.of(slab)) && !page.empty()) {
                closePage();
                ensurePage();
            }
            place(slab);
        }
    }

    /**
     * Sets the group on this page with its last footnote begun at the foot and run on at the foot of
     * the next page, before that page's own notes, as TeX and the Chicago Manual do; then ends the
     * page. Done only when the page would otherwise keep a tall gap, when the notes before the last
     * fit whole, and when the note breaks after at least two of its lines and where its paragraphs
     * allow (never leaving a paragraph's first or last line alone). Returns false, having set
     * nothing, when it cannot be done.
     */
    private boolean splitsLastNote(List<Slab> group) {
        if (page.room() <= NOTE_SPLIT_GAP_LINES * bodyLine + 0.01f) {
            return false;
        }
        var refs = new ArrayList<Inline.NoteRef>();
        float need = 0f;
        for (Slab slab : group) {
            need += slab.height();
            refs.addAll(slab.notes());
        }
        if (refs.isEmpty()) {
            return false;
        }
        for (Inline.NoteRef ref : refs.subList(0, refs.size() - 1)) {
            need += height(noteSlabs.apply(ref));
        }
        if (page.notes.isEmpty()) {
            need += noteSeparator;
        }
        List<Slab> note = noteSlabs.apply(refs.get(refs.size() - 1));
        int cut = noteBreak(note, page.room() - need);
        if (cut < 0) {
            return false;
        }
        group.forEach(this::place);
        // the note was set last, so its run-on part is the end of the page's notes
        List<Slab> runOn = page.notes.subList(page.notes.size() - (note.size() - cut), page.notes.size());
        page.notesHeight -= height(runOn);
        carriedNotes.addAll(runOn);
        runOn.clear();
        // a later note set here would stand below the start of one that continues over the page
        closePage();
        return true;
    }

    /**
     * The number of a note's strips that go on this page, the most that fit in {@code room} and end
     * where the note may break; -1 if no such break leaves at least two lines here.
     */
    private static int noteBreak(List<Slab> note, float room) {
        int best = -1;
        int lines = 0;
        float used = 0f;
        for (int cut = 1; cut < note.size(); cut++) {
            Slab before = note.get(cut - 1);
            used += before.height();
            if (used > room + 0.01f) {
                break;
            }
            if (!before.discardable()) {
                lines++;
            }
            Slab next = note.get(cut);
            if (lines >= NOTE_SPLIT_MIN_LINES && !next.keepWithPrevious() && !next.discardable()) {
                best = cut;
            }
        }
        return best;
    }

    /** The group's figure if the rest of it is space that may vanish, else null. */
    private static Slab loneFigure(List<Slab> group) {
        Slab last = group.get(group.size() - 1);
        if (!last.floatable()) {
            return null;
        }
        for (Slab slab : group.subList(0, group.size() - 1)) {
            if (!slab.discardable()) {
                return null;
            }
        }
        return last;
    }

    /** Sets the space before a group's figure, as far as the page has room, so that what follows keeps it. */
    private void spaceBefore(List<Slab> group) {
        for (Slab slab : group.subList(0, group.size() - 1)) {
            if (fits(List.of(slab))) {
                place(slab);
            }
        }
    }

    private boolean fits(List<Slab> group) {
        float need = 0f;
        float notes = 0f;
        boolean hasNotes = !page.notes.isEmpty();
        boolean top = page.empty();
        for (Slab slab : group) {
            if (top && slab.discardable()) {
                continue;
            }
            top = false;
            need += slab.height();
            for (Inline.NoteRef ref : slab.notes()) {
                notes += height(noteSlabs.apply(ref)) + (hasNotes ? 0f : noteSeparator);
                hasNotes = true;
            }
        }
        Slab first = group.get(0);
        if (page.empty() && first.repeatHeader() != null) {
            need += first.repeatHeader().height();
        }
        return need + notes <= page.room() + 0.01f;
    }

    /** The room the footnotes cited in {@code slab} would take on this page. */
    private float notesHeight(Slab slab) {
        float h = 0f;
        for (Inline.NoteRef ref : slab.notes()) {
            h += height(noteSlabs.apply(ref));
        }
        return h + (h > 0 && page.notes.isEmpty() ? noteSeparator : 0f);
    }

    private void place(Slab slab) {
        ensurePage();
        if (page.empty() && slab.discardable()) {
            return;
        }
        if (page.empty() && slab.repeatHeader() != null) {
            put(slab.repeatHeader());
        }
        put(slab);
        for (Inline.NoteRef ref : slab.notes()) {
            addNote(noteSlabs.apply(ref));
        }
    }

    private void put(Slab slab) {
        float top = geometry.textTop() - page.used;
        float left = geometry.left(page.recto);
        page.items.addAll(slab.placed(left, top));
        slab.anchors().forEach((name, y) -> page.anchors.put(name, top + y));
        if (page.firstBlock < 0 && slab.block() >= 0) {
            page.firstBlock = slab.block();
        }
        page.used += slab.height();
    }

    private void addNote(List<Slab> note) {
        if (page.notes.isEmpty()) {
            page.notesHeight += noteSeparator;
        }
        page.notes.addAll(note);
        page.notesHeight += height(note);
    }

    private void ensurePage() {
        if (page != null) {
            return;
        }
        page = new PageState(false);
        if (!carriedNotes.isEmpty()) {
            List<Slab> carried = carriedNotes;
            carriedNotes = new ArrayList<>();
            addNote(carried);
        }
        while (!floats.isEmpty()) {
            Slab figure = floats.peek();
            if (!fits(List.of(figure)) && !page.empty()) {
                break;
            }
            floats.poll();
            place(figure);
        }
    }

    /** Places figures still waiting, then finishes the page being filled. */
    void flushFloats() {
        while (!floats.isEmpty()) {
            // a new page takes the waiting figures that fit, in order, before anything else
            ensurePage();
            Slab figure = floats.peek();
            if (figure == null) {
                break;
            }
            if (!fits(List.of(figure)) && !page.empty()) {
                closePage();
                continue;
            }
            floats.poll();
            place(figure);
        }
    }

    private void closePage() {
        if (page == null) {
            return;
        }
        setNotes();
        String head = page.opening || page.bare ? null : page.recto ? rectoHead : versoHead;
        String printed = page.bare ? null : folio.apply(page.number);
        page.items.addAll(furniture.items(page.recto, head, printed));
        add(new Draft(page.number, false, page.items, page.anchors, chapter, page.firstBlock));
        page = null;
    }

    private void add(Draft draft) {
        pages.add(draft);
        finished.accept(draft);
    }

    /** Sets the page's footnotes upwards from the foot of the text block, below a short rule. */
    private void setNotes() {
        if (page.notes.isEmpty()) {
            return;
        }
        float left = geometry.left(page.recto);
        float room = geometry.textHeight() - page.used - noteSeparator;
        float y = geometry.textBottom() + Math.min(page.notesHeight - noteSeparator, Math.max(0f, room));
        float ruleY = y + noteSeparator * 0.5f;
        float ruleStart = notesFromRight ? left + geometry.textWidth() * 0.7f : left;
        page.items.add(new PageItem.Rule(ruleStart, ruleY, ruleStart + geometry.textWidth() * 0.3f, ruleY, 0.4f));
        boolean placed = false;
        boolean runsOn = false;
        for (Slab note : page.notes) {
            // a page with nothing else on it takes a strip taller than its room rather than pass it on for ever
            runsOn |= y - note.height() < geometry.textBottom() - 0.01f && (placed || page.used > 0f);
            if (runsOn) {
                // once a strip runs on, the rest follow it, so that the notes read in order
                carriedNotes.add(note);
                continue;
            }
            placed = true;
            page.items.addAll(note.placed(left, y));
            float top = y;
            note.anchors().forEach((name, at) -> page.anchors.put(name, top + at));
            y -= note.height();
        }
    }

    List<Draft> finish() {
        flushFloats();
        // a note longer than a page runs on over as many pages as it takes, each taking what it holds
        while (!carriedNotes.isEmpty()) {
            ensurePage();
            closePage();
        }
        closePage();
        return List.copyOf(pages);
    }

    boolean onRecto() {
        return page == null ? pages.size() % 2 == 0 : page.recto;
    }

    private static float height(List<Slab> slabs) {
        float h = 0f;
        for (Slab s : slabs) {
            h += s.height();
        }
        return h;
    }
}
