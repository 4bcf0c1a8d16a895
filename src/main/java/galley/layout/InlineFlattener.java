package galley.layout;

import galley.text.BreakRule;
import galley.text.Fragment;
import galley.text.LinkDestination;
import galley.text.TextStyle;

import galley.model.Book;
import galley.model.Chapter;
import galley.model.Inline;
import galley.model.LinkTarget;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the model's nested inlines into a flat list of fragments, each in one resolved style, the
 * form the line breaker measures.
 */
final class InlineFlattener {

    private final Book book;
    private final TextStyle codeStyle;

    InlineFlattener(Book book, TextStyle codeStyle) {
        this.book = book;
        this.codeStyle = codeStyle;
    }

    List<Fragment> flatten(List<Inline> inlines, TextStyle base) {
        var out = new ArrayList<Fragment>();
        append(inlines, base, 0f, null, out);
        placeAnchors(out);
        return out;
    }

    // The line breaker sets characters, so a place marked by an empty piece would vanish with it: the
    // mark moves to the next piece with text to set, or the last one before it at a paragraph's end.
    private static void placeAnchors(List<Fragment> out) {
        for (int i = 0; i < out.size(); i++) {
            Fragment f = out.get(i);
            if (f.text().isEmpty() && !f.breakAfterForced() && f.anchor() != null) {
                int holder = freeHolder(out, i + 1, out.size(), 1);
                if (holder < 0) {
                    holder = freeHolder(out, i - 1, -1, -1);
                }
                if (holder >= 0) {
                    out.set(holder, out.get(holder).withAnchor(f.anchor()));
                }
                out.remove(i--);
            }
        }
    }

    private static int freeHolder(List<Fragment> out, int from, int to, int step) {
        for (int i = from; i != to; i += step) {
            Fragment f = out.get(i);
            if (f.anchor() == null && !f.text().isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private void append(List<Inline> inlines, TextStyle style, float rise, LinkDestination link, List<Fragment> out) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                out.add(new Fragment(t.text(), style, rise, link, null, null, false));
            } else if (inline instanceof Inline.Code c) {
                // monospace looks larger than a serif of the same size
                TextStyle mono = codeStyle.withSize(style.size() * 0.88f).withBold(style.bold());
                out.add(new Fragment(c.text(), mono, rise, link, null, null, false).withRule(BreakRule.CODE));
            } else if (inline instanceof Inline.Styled s) {
                appendStyled(s, style, rise, link, out);
            } else if (inline instanceof Inline.Link l) {
                int from = out.size();
                append(l.content(), style, rise, destination(l.target()), out);
                if (l.target() instanceof LinkTarget.External e) {
                    markAddresses(out.subList(from, out.size()), e.uri());
                }
            } else if (inline instanceof Inline.Image i) {
                out.add(Fragment.picture(i.image(), style, rise, link));
            } else if (inline instanceof Inline.LineBreak) {
                out.add(new Fragment("", style, rise, link, null, null, true));
            } else if (inline instanceof Inline.Span s) {
                if (!s.id().isEmpty()) {
                    // an empty piece marks the place even where the span has no text
                    out.add(new Fragment("", style, rise, link, s.id(), null, false));
                }
                append(s.content(), style, rise, link, out);
            } else if (inline instanceof Inline.NoteRef n) {
                TextStyle small = style.withSize(style.size() * 0.62f).withBold(false).withItalic(false);
                out.add(new Fragment(Integer.toString(n.number()), small, style.size() * 0.36f,
                        new LinkDestination.Anchor(n.id()), n.id() + "-ref", n, false));
            }
        }
    }

    /** Link text that spells out its address breaks as an address, not as words. */
    private static void markAddresses(List<Fragment> linkText, String uri) {
        linkText.replaceAll(f -> f.rule() == BreakRule.PROSE && f.image() == null && BreakRule.isAddress(f.text(), uri)
                ? f.withRule(BreakRule.ADDRESS) : f);
    }

    private void appendStyled(Inline.Styled s, TextStyle style, float rise, LinkDestination link, List<Fragment> out) {
        switch (s.style()) {
            case EMPHASIS -> append(s.content(), style.withItalic(!style.italic()), rise, link, out);
            case STRONG -> append(s.content(), style.withBold(true), rise, link, out);
            case STRIKETHROUGH -> {
                int from = out.size();
                append(s.content(), style, rise, link, out);
                for (int i = from; i < out.size(); i++) {
                    out.set(i, out.get(i).withStrike());
                }
            }
            case SUPERSCRIPT -> append(s.content(), style.withSize(style.size() * 0.7f), rise + style.size() * 0.33f, link, out);
            case SUBSCRIPT -> append(s.content(), style.withSize(style.size() * 0.7f), rise - style.size() * 0.15f, link, out);
        }
    }

    LinkDestination destination(LinkTarget target) {
        if (target instanceof LinkTarget.External e) {
            return new LinkDestination.Uri(e.uri());
        }
        var internal = (LinkTarget.Internal) target;
        Chapter chapter = book.chapters().get(internal.chapter());
        return new LinkDestination.Anchor(internal.anchor().orElse(chapter.id()));
    }
}
