package galley.epub;

import galley.model.Block;
import galley.model.Inline;
import galley.model.TextDirection;

import java.util.List;
import java.util.Locale;

/**
 * Writes a chapter's blocks as XHTML: headings at their published level, paragraphs, figures with
 * their captions, quotations, lists, code, breaks, tables and definition lists.
 */
final class BlockRenderer {

    private final XmlWriter xml;
    private final InlineRenderer inlines;
    private final HeadingLevels levels;

    BlockRenderer(XmlWriter xml, InlineRenderer inlines, HeadingLevels levels) {
        this.xml = xml;
        this.inlines = inlines;
        this.levels = levels;
    }

    void render(List<Block> blocks) {
        for (Block block : blocks) {
            render(block);
        }
    }

    void render(Block block) {
        if (block instanceof Block.Heading h) {
            String classes = h.classes().isEmpty() ? null : String.join(" ", h.classes());
            xml.start("h" + levels.levelOf(h), "id", idOrNull(h.id()), "class", classes, "dir", direction(h.content()));
            inlines.render(h.content());
            xml.end();
        } else if (block instanceof Block.Paragraph p) {
            xml.start("p", "dir", direction(p.content()));
            inlines.render(p.content());
            xml.end();
        } else if (block instanceof Block.Figure f) {
            figure(f);
        } else if (block instanceof Block.BlockQuote q) {
            xml.start("blockquote").newline();
            render(q.blocks());
            xml.end();
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

    // a paragraph that opens in Hebrew or Arabic reads from right to left, as the print edition sets it
    private static String direction(List<Inline> content) {
        return TextDirection.rightToLeft(content) ? "rtl" : null;
    }

    private void figure(Block.Figure f) {
        xml.start("figure", "id", idOrNull(f.id())).newline();
        inlines.image(f.image(), f.alt(), null);
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
        xml.start("pre").start("code", "class", language);
        String[] lines = withoutFinalNewline(c.text()).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            xml.element("span", i + 1 < lines.length ? lines[i] + "\n" : lines[i], "class", "line");
        }
        xml.end().end();
    }

    private void list(Block.ListBlock l) {
        String start = l.ordered() && l.start() != 1 ? Integer.toString(l.start()) : null;
        xml.start(l.ordered() ? "ol" : "ul", "start", start).newline();
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
                    xml.start("p").text(mark);
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
        xml.end();
    }

    private void table(Block.Table t) {
        xml.start("div", "class", "table-wrap").newline();
        xml.start("table").newline();
        rows("thead", "th", t.header(), t.alignments());
        rows("tbody", "td", t.body(), t.alignments());
        xml.end().newline();
        xml.end();
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
                inlines.render(row.cells().get(column));
                xml.end();
            }
            xml.end().newline();
        }
        xml.end().newline();
    }

    private void definitions(Block.DefinitionList d) {
        xml.start("dl").newline();
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
        xml.end();
    }

    private static String withoutFinalNewline(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    static String idOrNull(String id) {
        return id == null || id.isBlank() ? null : id;
    }
}
