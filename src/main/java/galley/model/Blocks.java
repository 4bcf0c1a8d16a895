package galley.model;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Walks of the block tree that both writers need. */
public final class Blocks {

    private Blocks() {
    }

    /** Calls {@code action} for every image in {@code blocks}, figures and inline images, in order. */
    public static void forEachImage(List<Block> blocks, Consumer<ImageAsset> action) {
        for (Block block : blocks) {
            if (block instanceof Block.Figure f) {
                action.accept(f.image());
            } else if (block instanceof Block.Paragraph p) {
                forEachImageIn(p.content(), action);
            } else if (block instanceof Block.Heading h) {
                forEachImageIn(h.content(), action);
            } else if (block instanceof Block.BlockQuote q) {
                forEachImage(q.blocks(), action);
            } else if (block instanceof Block.Division d) {
                forEachImage(d.blocks(), action);
            } else if (block instanceof Block.LineBlock v) {
                v.lines().forEach(line -> forEachImageIn(line, action));
            } else if (block instanceof Block.ListBlock l) {
                l.items().forEach(i -> forEachImage(i.blocks(), action));
            } else if (block instanceof Block.Table t) {
                forEachImageIn(t.caption(), action);
                t.header().forEach(r -> r.cells().forEach(c -> forEachImage(c.blocks(), action)));
                t.body().forEach(r -> r.cells().forEach(c -> forEachImage(c.blocks(), action)));
            } else if (block instanceof Block.DefinitionList d) {
                d.items().forEach(item -> {
                    forEachImageIn(item.term(), action);
                    item.definitions().forEach(def -> forEachImage(def, action));
                });
            }
        }
    }

    /** Whether {@code test} holds for one of {@code blocks} or a block inside one, a footnote's too. */
    public static boolean any(List<Block> blocks, Predicate<Block> test) {
        for (Block block : blocks) {
            if (test.test(block) || any(children(block), test)) {
                return true;
            }
            if (block instanceof Block.Paragraph p && p.content().stream()
                    .anyMatch(i -> i instanceof Inline.NoteRef n && any(n.note(), test))) {
                return true;
            }
        }
        return false;
    }

    // the blocks a block holds, in order
    private static List<Block> children(Block block) {
        if (block instanceof Block.BlockQuote q) {
            return q.blocks();
        } else if (block instanceof Block.Division d) {
            return d.blocks();
        } else if (block instanceof Block.ListBlock l) {
            return l.items().stream().flatMap(i -> i.blocks().stream()).toList();
        } else if (block instanceof Block.DefinitionList d) {
            return d.items().stream().flatMap(i -> i.definitions().stream()).flatMap(List::stream).toList();
        }
        return List.of();
    }

    private static void forEachImageIn(List<Inline> inlines, Consumer<ImageAsset> action) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Image i) {
                action.accept(i.image());
            } else if (inline instanceof Inline.Styled s) {
                forEachImageIn(s.content(), action);
            } else if (inline instanceof Inline.Link l) {
                forEachImageIn(l.content(), action);
            } else if (inline instanceof Inline.Span s) {
                forEachImageIn(s.content(), action);
            } else if (inline instanceof Inline.NoteRef n) {
                forEachImage(n.note(), action);
            }
        }
    }

    /**
     * Whether {@code paragraph} is a caption written above the table or figure {@code next}: all of
     * it in emphasis or bold ("*Table 2.1. …*"), spaces and note references aside. Both editions set
     * it flush, as a caption, rather than indented as the text's next paragraph.
     */
    public static boolean isCaptionAbove(Block.Paragraph paragraph, Block next) {
        return (next instanceof Block.Table || next instanceof Block.Figure) && isEmphasised(paragraph.content());
    }

    /** Whether the text is all in emphasis or bold, spaces and note references aside. */
    public static boolean isEmphasised(List<Inline> content) {
        boolean styled = false;
        for (Inline inline : content) {
            if (inline instanceof Inline.Styled s
                    && (s.style() == Inline.Style.EMPHASIS || s.style() == Inline.Style.STRONG)) {
                styled = true;
            } else if (!(inline instanceof Inline.NoteRef || inline instanceof Inline.Text t && t.text().isBlank())) {
                return false;
            }
        }
        return styled;
    }

    /** The text of {@code inlines} without styling, as a running head or an outline entry shows it. */
    public static String plainText(List<Inline> inlines) {
        var out = new StringBuilder();
        appendPlain(inlines, out);
        return out.toString();
    }

    private static void appendPlain(List<Inline> inlines, StringBuilder out) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                out.append(t.text());
            } else if (inline instanceof Inline.Code c) {
                out.append(c.text());
            } else if (inline instanceof Inline.Styled s) {
                appendPlain(s.content(), out);
            } else if (inline instanceof Inline.Link l) {
                appendPlain(l.content(), out);
            } else if (inline instanceof Inline.Span s) {
                appendPlain(s.content(), out);
            } else if (inline instanceof Inline.Image i) {
                out.append(i.alt());
            } else if (inline instanceof Inline.LineBreak) {
                out.append(' ');
            }
        }
    }
}
