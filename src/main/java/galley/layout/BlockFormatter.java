package galley.layout;

import galley.text.Alignment;
import galley.text.Fragment;
import galley.text.Line;
import galley.text.LineBreaker;
import galley.text.TextMeasure;
import galley.text.TextStyle;

import galley.diagnostic.Diagnostics;
import galley.i18n.Words;
import galley.model.Block;
import galley.model.Blocks;
import galley.model.Book;
import galley.model.Chapter;
import galley.model.Inline;
import galley.model.TextDirection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Sets the blocks of a chapter, or of a footnote, into strips of the text flow: paragraphs broken
 * into lines with widows and orphans marked, headings kept with what follows, figures with their
 * captions, lists, quotations, code, tables.
 */
final class BlockFormatter {

    /** The measure a block is set in: its left offset and width, and the running text's style. */
    record Frame(float x, float width, TextStyle text, float leading, int block) {
        Frame indented(float left, float right) {
            return new Frame(x + left, width - left - right, text, leading, block);
        }

        Frame forBlock(int index) {
            return new Frame(x, width, text, leading, index);
        }
    }

    private final BookStyle style;
    private final TextMeasure measure;
    private final LineBreaker breaker;
    private final InlineFlattener flattener;
    private final float textWidth;
    private final float textHeight;
    private final TableFormatter tables;
    private final FigureFormatter figures;
    private final DivisionFormatter divisions;
    private final LineBlockFormatter verse;
    /** How many lists the block being set is inside of: only the outermost stands apart. */
    private int listDepth;

    BlockFormatter(Book book, BookStyle style, TextMeasure measure, ImageDensity density, Diagnostics diagnostics,
                   float textWidth, float textHeight) {
        this.style = style;
        this.measure = measure;
        this.breaker = new LineBreaker(measure, book.metadata().language());
        this.flattener = new InlineFlattener(book, style.code(), density, textWidth, textHeight);
        this.textWidth = textWidth;
        this.textHeight = textHeight;
        this.tables = new TableFormatter(this, style, measure);
        this.figures = new FigureFormatter(this, style, density, textHeight, diagnostics);
        this.divisions = new DivisionFormatter(this, style, Words.of(book.metadata().language()));
        this.verse = new LineBlockFormatter(this, style);
    }

    /** The strips of a whole chapter; the chapter heading sinks a quarter of the way down its page. */
    List<Slab> chapter(Chapter chapter) {
        var out = new SlabList();
        List<Block> blocks = chapter.blocks();
        Frame frame = new Frame(0f, textWidth, style.body(), style.leading(), 0);
        boolean indentNext = false;
        if (blocks.isEmpty()) {
            out.add(Slab.fixedSpace(textHeight * 0.22f, Map.of(chapter.id(), 0f), -1));
        }
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            Frame here = frame.forBlock(i);
            if (i == 0 && block instanceof Block.Heading h && h.level() == 1) {
                chapterHeading(h, chapter.id(), here, out);
                indentNext = false;
                continue;
            }
            if (i == 0) {
                // a chapter without a heading of its own still opens lower on its page
                var anchors = Map.of(chapter.id(), 0f);
                out.add(Slab.fixedSpace(textHeight * 0.22f, anchors, i));
            }
            int first = out.size();
            boolean everyParagraph = style.paragraphs().everyParagraph();
            boolean caption = block instanceof Block.Paragraph p && i + 1 < blocks.size()
                    && Blocks.isCaptionAbove(p, blocks.get(i + 1));
            indentNext = block(block, here, (indentNext || everyParagraph) && !caption, out);
            if (block instanceof Block.Paragraph p && i + 1 < blocks.size() && out.size() - first <= LeadIn.MAX_LINES) {
                out.keepNext(LeadIn.keep(p, blocks.get(i + 1)));
            }
            if (!everyParagraph && i > 0 && blocks.get(i - 1) instanceof Block.Figure && block instanceof Block.Paragraph p
                    && out.size() > first) {
                // set flush after its figure; should the figure float away, it follows other text after all
                out.offerIndented(first, new Slab.Reindent(flattener.flatten(p.content(), here.text()), here,
                        style.paragraphs().firstIndent(), out.size() - first));
            }
        }
        return out.toList();
    }

    /** The strips of a paragraph offered by {@link SlabList#offerIndented}, set with its first line indented. */
    List<Slab> indented(Slab.Reindent paragraph) {
        var out = new SlabList();
        lines(paragraph.fragments(), paragraph.frame(), paragraph.indent(), Alignment.JUSTIFY, out, Map.of());
        return out.toList();
    }

    /** The strips of a footnote, its number set full size before its text. */
    List<Slab> note(Inline.NoteRef note) {
        var out = new SlabList();
        Frame frame = new Frame(0f, textWidth, style.note(), style.noteLeading(), -1);
        boolean first = true;
        // with no space between a note's paragraphs, only the indent shows where the next begins
        boolean indent = false;
        for (Block block : note.note()) {
            if (first && block instanceof Block.Paragraph p) {
                var fragments = new ArrayList<Fragment>();
                fragments.add(Fragment.text(note.number() + ". ", style.note()));
                fragments.addAll(flattener.flatten(p.content(), style.note()));
                lines(fragments, frame, 0f, Alignment.JUSTIFY, out, Map.of(note.id(), 0f));
                indent = true;
            } else {
                if (first) {
                    // a note opening with a quote, list or table still needs its number, and the anchor its reference links to
                    noteNumber(note, frame, out);
                }
                indent = block(block, frame, indent, out);
            }
            first = false;
        }
        if (first) {
            noteNumber(note, frame, out);
        }
        return out.toList();
    }

    private void noteNumber(Inline.NoteRef note, Frame frame, SlabList out) {
        lines(List.of(Fragment.text(note.number() + ".", style.note())), frame, 0f, Alignment.LEFT, out,
                Map.of(note.id(), 0f));
    }

    private void chapterHeading(Block.Heading h, String chapterId, Frame frame, SlabList out) {
        var anchors = new HashMap<String, Float>();
        anchors.put(chapterId, 0f);
        anchors.put(h.id(), 0f);
        out.add(Slab.fixedSpace(textHeight * 0.22f, anchors, frame.block()));
        TextStyle title = style.chapterTitle();
        Frame titleFrame = new Frame(frame.x(), frame.width(), title, title.size() * 1.2f, frame.block());
        lines(flattener.flatten(h.content(), title), titleFrame, 0f, Alignment.LEFT, out, Map.of());
        out.add(Slab.space(style.leading() * 2f, frame.block()));
        out.keepNext(2);
    }

    /** Sets one block; returns whether the paragraph after it is indented. */
    boolean block(Block block, Frame frame, boolean indent, SlabList out) {
        if (block instanceof Block.Paragraph p) {
            lines(flattener.flatten(p.content(), frame.text()), frame, indent ? style.paragraphs().firstIndent() : 0f,
                    Alignment.JUSTIFY, out, Map.of());
            return true;
        } else if (block instanceof Block.Heading h) {
            heading(h, frame, out);
        } else if (block instanceof Block.Figure f) {
            out.add(figures.figure(f, frame));
        } else if (block instanceof Block.BlockQuote q) {
            out.add(Slab.space(frame.leading() * 0.5f, frame.block()));
            int start = out.size();
            int last = blocks(q.blocks(), frame.indented(style.indent() * 1.5f, style.indent() * 1.5f), out);
            // a last paragraph of one line, as an attribution ("— name, 2023") is, goes with the quotation's
            // previous line: alone at the head of a page it would name nobody's words
            if (last > start && last == out.size() - 1 && q.blocks().get(q.blocks().size() - 1) instanceof Block.Paragraph) {
                out.keepWithPrevious(last);
            }
            out.add(Slab.space(frame.leading() * 0.5f, frame.block()));
        } else if (block instanceof Block.Division d) {
            divisions.division(d, frame, out);
        } else if (block instanceof Block.LineBlock v) {
            verse.lineBlock(v, frame, out);
        } else if (block instanceof Block.ListBlock l) {
            // a list stands apart from the text around it as a quotation does; one inside it does not
            boolean outermost = listDepth == 0;
            if (outermost) {
                out.add(Slab.space(frame.leading() * 0.5f, frame.block()));
            }
            listDepth++;
            try {
                ListFormatter.list(l, frame, this, out);
            } finally {
                listDepth--;
            }
            if (outermost) {
                out.add(Slab.space(frame.leading() * 0.5f, frame.block()));
            }
        } else if (block instanceof Block.CodeBlock c) {
            CodeFormatter.code(c, frame, style, measure, out);
        } else if (block instanceof Block.PageBreak) {
            out.add(Slab.pageBreak(frame.block()));
        } else if (block instanceof Block.ThematicBreak) {
            out.add(Slab.space(frame.leading() * 0.5f, frame.block()));
            lines(List.of(Fragment.text("*\u2003*\u2003*", frame.text())), frame, 0f, Alignment.CENTER, out, Map.of());
            out.add(Slab.space(frame.leading() * 0.5f, frame.block()));
        } else if (block instanceof Block.Table t) {
            tables.table(t, frame, out);
        } else if (block instanceof Block.DefinitionList d) {
            // the definitions of a list that reads from right to left are indented from the right
            float hang = style.indent() * 1.5f;
            Frame definitions = TextDirection.rightToLeft(d) ? frame.indented(0f, hang) : frame.indented(hang, 0f);
            for (Block.Definition item : d.items()) {
                lines(flattener.flatten(item.term(), frame.text().withBold(true)), frame, 0f, Alignment.LEFT, out, Map.of());
                out.keepNext(1);
                for (List<Block> definition : item.definitions()) {
                    blocks(definition, definitions, out);
                }
            }
        }
        return false;
    }

    /** Sets a sequence of blocks in one frame, with the paragraph indent rule; returns where the last one's strips begin. */
    int blocks(List<Block> blocks, Frame frame, SlabList out) {
        boolean indent = false;
        int last = out.size();
        for (Block b : blocks) {
            last = out.size();
            indent = block(b, frame, indent, out);
        }
        return last;
    }

    private void heading(Block.Heading h, Frame frame, SlabList out) {
        TextStyle hs = style.heading(h.level());
        float above = h.level() <= 2 ? frame.leading() * 1.5f : frame.leading();
        float below = h.level() <= 2 ? frame.leading() * 0.5f : frame.leading() * 0.25f;
        out.add(Slab.space(above, frame.block()));
        Frame hf = new Frame(frame.x(), frame.width(), hs, Math.max(frame.leading(), hs.size() * 1.25f), frame.block());
        int before = out.size();
        lines(flattener.flatten(h.content(), hs), hf, 0f, Alignment.LEFT, out, Map.of(h.id(), 0f));
        out.add(Slab.space(below, frame.block()).keptWithPrevious());
        if (out.size() > before) {
            out.keepNext(2);
        }
    }

    /** Breaks fragments into lines and adds one strip per line, with widows and orphans kept. */
    void lines(List<Fragment> fragments, Frame frame, float firstIndent, Alignment alignment, SlabList out,
               Map<String, Float> anchors) {
        List<Line> lines = breaker.breakLines(fragments, frame.width(), firstIndent, alignment);
        int n = lines.size();
        for (int k = 0; k < n; k++) {
            Slab slab = lineSlab(lines.get(k), frame, k == 0 ? anchors : Map.of());
            // a paragraph never leaves its first or its last line alone on a page
            if (n > 1 && (k == 1 || k == n - 1)) {
                slab = slab.keptWithPrevious();
            }
            out.add(slab);
        }
        if (n == 0 && !anchors.isEmpty()) {
            out.add(Slab.fixedSpace(0f, anchors, frame.block()));
        }
    }

    /**
     * One line as a strip of the frame's leading, its baseline placed as in every other line; a
     * line holding a picture taller than the type grows upwards by what the picture needs.
     */
    Slab lineSlab(Line line, Frame frame, Map<String, Float> anchors) {
        float raised = pictureRise(line, frame);
        float baseline = -frame.leading() * 0.74f - raised;
        var items = new ArrayList<PageItem>();
        var notes = new ArrayList<Inline.NoteRef>();
        var allAnchors = new HashMap<>(anchors);
        int openLink = -1;
        for (Line.Piece piece : line.pieces()) {
            Fragment f = piece.fragment();
            float x = frame.x() + piece.x();
            if (f.image() != null) {
                // the picture stands on the baseline, sunk as deep as the descenders
                float height = pictureHeight(piece);
                items.add(new PageItem.ImageBox(x, baseline + f.rise() - f.style().size() * 0.2f, piece.width(), height,
                        f.image()));
            } else if (!piece.text().isEmpty()) {
                items.add(new PageItem.TextRun(x, baseline + f.rise(), piece.text(), f.style(), PageItem.Tone.BLACK));
            }
            if (f.link() != null && piece.width() > 0) {
                float up = measure.ascent(f.style());
                float down = measure.descent(f.style());
                var area = new PageItem.LinkArea(x, baseline + f.rise() - down, piece.width(), up + down, f.link());
                // the words of a link next to each other on a line make one area, spaces included:
                // one annotation to click, not one a word
                if (openLink >= 0 && items.get(openLink) instanceof PageItem.LinkArea open
                        && open.target().equals(f.link()) && open.y() == area.y() && open.height() == area.height()) {
                    items.set(openLink, new PageItem.LinkArea(open.x(), open.y(), x + piece.width() - open.x(),
                            open.height(), open.target()));
                } else {
                    openLink = items.size();
                    items.add(area);
                }
            } else if (f.link() == null) {
                openLink = -1;
            }
            if (f.anchor() != null) {
                allAnchors.put(f.anchor(), 0f);
            }
            if (f.note() != null) {
                notes.add(f.note());
            }
        }
        lines(line, frame, baseline, Fragment::struck, 0.27f, items);
        lines(line, frame, baseline, Fragment::underlined, -0.12f, items);
        return new Slab(frame.leading() + raised, items, allAnchors, notes, false, false, null, frame.block(), null);
    }

    /** The height a picture is drawn at: its own, less where the line is narrower than the picture. */
    private static float pictureHeight(Line.Piece piece) {
        Fragment f = piece.fragment();
        float full = f.pictureWidth(Float.MAX_VALUE);
        return full > piece.width() && full > 0f ? f.pictureHeight() * piece.width() / full : f.pictureHeight();
    }

    /**
     * How far a line's pictures reach above the room its type leaves them (the ascenders' height,
     * less a gap to the line above): what the line must grow by.
     */
    private static float pictureRise(Line line, Frame frame) {
        float rise = 0f;
        for (Line.Piece piece : line.pieces()) {
            Fragment f = piece.fragment();
            if (f != null && f.image() != null && f.height() > 0f) {
                float top = pictureHeight(piece) - f.style().size() * 0.2f + f.rise();
                rise = Math.max(rise, top - frame.leading() * 0.64f);
            }
        }
        return rise;
    }

    /**
     * Draws a line through or under each run of {@code marked} pieces, across the spaces between them,
     * {@code height} ems above the baseline: through struck text at half the x-height, under underlined text.
     */
    private static void lines(Line line, Frame frame, float baseline, Predicate<Fragment> marked, float height,
                              List<PageItem> items) {
        float start = 0f;
        float end = -1f;
        Fragment run = null;
        for (Line.Piece piece : line.pieces()) {
            Fragment f = piece.fragment();
            if (f != null && marked.test(f) && piece.width() > 0) {
                if (run == null) {
                    start = piece.x();
                    run = f;
                }
                end = piece.x() + piece.width();
            } else if (run != null && !piece.text().isEmpty()) {
                items.add(rule(run, frame.x() + start, frame.x() + end, baseline, height));
                run = null;
            }
        }
        if (run != null) {
            items.add(rule(run, frame.x() + start, frame.x() + end, baseline, height));
        }
    }

    private static PageItem rule(Fragment f, float from, float to, float baseline, float height) {
        float y = baseline + f.rise() + f.style().size() * height;
        return new PageItem.Rule(from, y, to, y, f.style().size() * 0.06f, PageItem.Tone.BLACK);
    }

    InlineFlattener flattener() {
        return flattener;
    }

    LineBreaker breaker() {
        return breaker;
    }

    TextMeasure measure() {
        return measure;
    }
}
