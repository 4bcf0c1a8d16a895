package galley.epub;

import galley.i18n.Word;
import galley.i18n.Words;
import galley.model.Admonition;
import galley.model.Block;
import galley.model.Inline;
import galley.model.TextDirection;

import java.util.List;
import java.util.Locale;

/**
 * Writes a chapter's blocks as XHTML: headings at their published level, paragraphs, figures with
 * their captions, quotations, divisions, lists, code, breaks, tables and definition lists.
 */
final class BlockRenderer {

    private final XmlWriter xml;
    private final InlineRenderer inlines;
    private final HeadingLevels levels;
    private final Words words;
    /** Whether the element being written into reads from right to left (a Hebrew list or quotation). */
    private boolean insideRightToLeft;

    /**
     * A renderer writing into {@code xml}; {@code rightToLeftPage} when the document's root reads from
     * right to left, so that what reads from the left (code, an English paragraph) is marked so.
     */
    BlockRenderer(XmlWriter xml, InlineRenderer inlines, HeadingLevels levels, Words words, boolean rightToLeftPage) {
        this.xml = xml;
        this.insideRightToLeft = rightToLeftPage;
        this.words = words;
        this.inlines = inlines;
        this.levels = levels;
    }

    void render(List<Block> blocks) {
        for (Block block : blocks) {
            render(block);
        }
    }

    /** A paragraph that captions the table or figure after it: set flush, as print sets it. */
    void captionAbove(Block.Paragraph p) {
        paragraph(p, "caption-above");
    }

    private void paragraph(Block.Paragraph p, String cssClass) {
        xml.start("p", "class", cssClass, "dir", direction(TextDirection.rightToLeft(p.content())));
        inlines.render(p.content());
        xml.end();
    }

    void render(Block block) {
        if (block instanceof Block.PageBreak) {
            return; // a reading system's pages are its own
        }
        if (block instanceof Block.Heading h) {
            String classes = h.classes().isEmpty() ? null : String.join(" ", h.classes());
            xml.start("h" + levels.levelOf(h), "id", idOrNull(h.id()), "class", classes, "dir",
                    direction(TextDirection.rightToLeft(h.content())));
            inlines.render(h.content());
            xml.end();
        } else if (block instanceof Block.Paragraph p) {
            paragraph(p, null);
        } else if (block instanceof Block.Figure f) {
            figure(f);
        } else if (block instanceof Block.BlockQuote q) {
            boolean rightToLeft = TextDirection.rightToLeft(q);
            xml.start("blockquote", "dir", direction(rightToLeft)).newline();
            within(rightToLeft, () -> render(q.blocks()));
            xml.end();
        } else if (block instanceof Block.Division d) {
            division(d);
        } else if (block instanceof Block.LineBlock v) {
            lineBlock(v);
        } else if (block instanceof Block.ListBlock l) {
            list(l);
        } else if (block instanceof Block.CodeBlock c) {
            code(c);
        } else if (block instanceof Block.ThematicBreak) {
            xml.empty("hr");
        } else if (block instanceof Block.Table t) {
            table(t);
        } else if (block instanceof Block.DefinitionList d) {
            definitions(d);
        }
        xml.newline();
    }

    /**
     * The dir attribute of a block: "rtl" where it opens in Hebrew or Arabic, as the print edition
     * sets it, always, since the stylesheet aligns and indents by the attribute; "ltr" where a
     * left-to-right block stands inside a right-to-left one, which it would otherwise follow.
     */
    private String direction(boolean rightToLeft) {
        return rightToLeft ? "rtl" : insideRightToLeft ? "ltr" : null;
    }

    // writes what is inside an element whose direction is {@code rightToLeft}
    private void within(boolean rightToLeft, Runnable body) {
        boolean outside = insideRightToLeft;
        insideRightToLeft = rightToLeft;
        try {
            body.run();
        } finally {
            insideRightToLeft = outside;
        }
    }

    // the division's own direction, else the one its first letter gives, as for a quotation; an
    // admonition's label is text, so that a screen reader announces it as the page shows it
    private void division(Block.Division d) {
        boolean rightToLeft = TextDirection.rightToLeft(d);
        String dir = d.declaresLeftToRight() && !insideRightToLeft ? null : direction(rightToLeft);
        xml.start("div", DivisionTag.attributes(d, dir)).newline();
        Admonition.of(d).ifPresent(kind -> xml.element("p", words.get(Word.label(kind)), "class", "admonition-label")
                .newline());
        within(rightToLeft, () -> render(d.blocks()));
        xml.end();
    }

    // each line an element of its own, so that the stylesheet can hang a line that wraps; an empty line,
    // a break between stanzas, keeps its height with a line break in it
    private void lineBlock(Block.LineBlock v) {
        xml.start("div", "class", "line-block", "dir", direction(TextDirection.rightToLeft(v))).newline();
        for (List<Inline> line : v.lines()) {
            xml.start("div", "class", "line");
            if (line.isEmpty()) {
                xml.empty("br");
            } else {
                inlines.render(line);
            }
            xml.end().newline();
        }
        xml.end();
    }

    private void figure(Block.Figure f) {
        xml.start("figure", "id", idOrNull(f.id())).newline();
        inlines.image(f.image(), f.alt(), null, "style", ImageStyle.of(f.size(), f.image()));
        xml.newline();
        if (!f.caption().isEmpty()) {
            xml.start("figcaption");
            inlines.render(f.caption());
            xml.end().newline();
        }
        xml.end();
    }

    // Each line of code is its own span, so that the stylesheet can indent the continuation of a
    // line that wraps on a narrow screen; the line breaks stay in the text for copying and for
    // reading systems without styles.
    private void code(Block.CodeBlock c) {
        String language = c.language().isBlank() ? null : "language-" + c.language().strip();
        // code reads from the left in every book; an Arabic string in it stays in its place in the line
        xml.start("pre", "dir", direction(false)).start("code", "class", language);
        String[] lines = withoutFinalNewline(c.text()).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            xml.element("span", i + 1 < lines.length ? lines[i] + "\n" : lines[i], "class", "line");
        }
        xml.end().end();
    }

    // a list reads the way its first item does, as with dir="auto": the reading system hangs the
    // markers of a right-to-left list on the right
    private void list(Block.ListBlock l) {
        String start = l.ordered() && l.start() != 1 ? Integer.toString(l.start()) : null;
        boolean rightToLeft = TextDirection.rightToLeft(l);
        xml.start(l.ordered() ? "ol" : "ul", "start", start, "dir", direction(rightToLeft)).newline();
        within(rightToLeft, () -> items(l));
        xml.end();
    }

    private void items(Block.ListBlock l) {
        for (Block.ListItem item : l.items()) {
            xml.start("li", "class", item.checked().isPresent() ? "task" : null);
            // a task's mark opens its first paragraph, so that mark and text stay on one line
            String mark = item.checked().map(done -> done ? "☑ " : "☐ ").orElse("");
            for (Block block : item.blocks()) {
                if (block instanceof Block.Paragraph p && l.tight()) {
                    // a tight list sets its paragraphs as bare text, as CommonMark renders it
                    xml.text(mark);
                    inlines.render(p.content());
                } else if (block instanceof Block.Paragraph p) {
                    xml.start("p", "dir", direction(TextDirection.rightToLeft(p.content()))).text(mark);
                    inlines.render(p.content());
                    xml.end().newline();
                } else {
                    xml.text(mark);
                    render(block);
                }
                mark = "";
            }
            xml.end().newline();
        }
    }

    // a table that reads from right to left has its first column on the right, as in print
    private void table(Block.Table t) {
        boolean rightToLeft = TextDirection.rightToLeft(t);
        // marked on the wrapper, so that a table narrower than the page also stands against the right margin
        xml.start("div", "class", "table-wrap", "dir", direction(rightToLeft)).newline();
        xml.start("table", "id", idOrNull(t.id()), "style", tableWidth(t.widths())).newline();
        within(rightToLeft, () -> {
            if (!t.caption().isEmpty()) {
                xml.start("caption", "dir", direction(TextDirection.rightToLeft(t.caption())));
                inlines.render(t.caption());
                xml.end().newline();
            }
            columns(t.widths());
            rows("thead", "th", t.header(), t.alignments());
            rows("tbody", "td", t.body(), t.alignments());
        });
        xml.end().newline();
        xml.end();
    }

    // the table as wide as its given columns add up to; the browser's automatic layout keeps each column
    // to its width unless its longest word needs more, as print does
    private static String tableWidth(List<Float> widths) {
        if (widths.isEmpty()) {
            return null;
        }
        return "width: " + percent(total(widths)) + "%";
    }

    private void columns(List<Float> widths) {
        if (widths.isEmpty()) {
            return;
        }
        float total = total(widths);
        xml.start("colgroup").newline();
        for (float width : widths) {
            xml.empty("col", "style", "width: " + percent(width / total) + "%").newline();
        }
        xml.end().newline();
    }

    private static float total(List<Float> widths) {
        float total = 0f;
        for (float width : widths) {
            total += width;
        }
        return Math.max(total, 1e-6f);
    }

    private static String percent(float share) {
        return String.format(Locale.ROOT, "%.1f", Math.min(100f, share * 100f));
    }

    private void rows(String group, String cell, List<Block.TableRow> rows, List<Block.Alignment> alignments) {
        if (rows.isEmpty()) {
            return;
        }
        xml.start(group).newline();
        for (Block.TableRow row : rows) {
            xml.start("tr");
            for (int column = 0; column < row.cells().size(); column++) {
                Block.Alignment alignment = column < alignments.size() ? alignments.get(column) : Block.Alignment.DEFAULT;
                String cssClass = alignment == Block.Alignment.DEFAULT
                        ? null : "align-" + alignment.name().toLowerCase(Locale.ROOT);
                xml.start(cell, "scope", cell.equals("th") ? "col" : null, "class", cssClass);
                Block.TableCell content = row.cells().get(column);
                content.inlines().ifPresentOrElse(inlines::render, () -> {
                    xml.newline();
                    render(content.blocks());
                });
                xml.end();
            }
            xml.end().newline();
        }
        xml.end().newline();
    }

    private void definitions(Block.DefinitionList d) {
        boolean rightToLeft = TextDirection.rightToLeft(d);
        xml.start("dl", "dir", direction(rightToLeft)).newline();
        within(rightToLeft, () -> definitionItems(d));
        xml.end();
    }

    private void definitionItems(Block.DefinitionList d) {
        for (Block.Definition item : d.items()) {
            xml.start("dt");
            inlines.render(item.term());
            xml.end().newline();
            for (List<Block> definition : item.definitions()) {
                xml.start("dd");
                if (definition.size() == 1 && definition.get(0) instanceof Block.Paragraph p) {
                    inlines.render(p.content());
                } else {
                    render(definition);
                }
                xml.end().newline();
            }
        }
    }

    private static String withoutFinalNewline(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    static String idOrNull(String id) {
        return id == null || id.isBlank() ? null : id;
    }
}
