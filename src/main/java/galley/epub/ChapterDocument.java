package galley.epub;

import galley.i18n.Word;
import galley.i18n.Words;
import galley.model.Block;
import galley.model.Blocks;
import galley.model.Chapter;
import galley.model.Inline;
import galley.model.Language;

import java.util.List;

/**
 * Renders one chapter as an XHTML content document: a {@code doc-chapter} section with the
 * chapter's blocks, the print edition's page-break markers between them, and the chapter's
 * footnotes as asides at its end.
 */
final class ChapterDocument {

    private final String lang;
    private final Words words;
    private final PageBreaks pageBreaks;

    ChapterDocument(String lang, Words words, PageBreaks pageBreaks) {
        this.lang = lang;
        this.words = words;
        this.pageBreaks = pageBreaks;
    }

    /** The XHTML text of {@code chapter}. */
    String render(Chapter chapter) {
        HeadingLevels levels = HeadingLevels.of(chapter);
        XmlWriter xml = XhtmlPage.begin(lang, chapter.title(), "bodymatter", null);
        Footnotes notes = new Footnotes();
        InlineRenderer inlines = new InlineRenderer(xml, notes);
        BlockRenderer blocks = new BlockRenderer(xml, inlines, levels, words, Language.of(lang).rightToLeft());

        String titleId = titleHeadingId(chapter, levels);
        xml.start("section", "epub:type", "chapter", "role", "doc-chapter", "class", "chapter",
                "aria-labelledby", titleId).newline();
        if (levels.needsTitleHeading()) {
            xml.element("h1", chapter.title(), "id", titleId).newline();
        }
        List<Block> content = chapter.blocks();
        List<PageBreaks.Marker> pages = pageBreaks.inChapter(chapter.index());
        int next = 0;
        for (int i = 0; i < content.size(); i++) {
            for (; next < pages.size() && pages.get(next).block() <= i; next++) {
                marker(pages.get(next), xml);
            }
            if (content.get(i) instanceof Block.Paragraph p && i + 1 < content.size()
                    && Blocks.isCaptionAbove(p, content.get(i + 1))) {
                blocks.captionAbove(p);
            } else {
                blocks.render(content.get(i));
            }
        }
        // pages that begin past the last block (the layout's end of chapter) are marked at its end
        for (; next < pages.size(); next++) {
            marker(pages.get(next), xml);
        }
        footnotes(notes, blocks, inlines, xml);
        xml.end().newline();
        return XhtmlPage.end(xml);
    }

    // The section is named by its first heading; a generated title heading takes the chapter's id
    // unless one of the chapter's own headings already has it.
    private static String titleHeadingId(Chapter chapter, HeadingLevels levels) {
        if (!levels.needsTitleHeading()) {
            return BlockRenderer.idOrNull(((Block.Heading) chapter.blocks().get(0)).id());
        }
        boolean taken = levels.outline().stream().anyMatch(e -> chapter.id().equals(e.heading().id()));
        return taken ? null : BlockRenderer.idOrNull(chapter.id());
    }

    private static void marker(PageBreaks.Marker marker, XmlWriter xml) {
        xml.start("span", "epub:type", "pagebreak", "role", "doc-pagebreak", "id", marker.id(),
                "aria-label", marker.folio(), "class", "pagebreak").end().newline();
    }

    private void footnotes(Footnotes notes, BlockRenderer blocks, InlineRenderer inlines, XmlWriter xml) {
        if (notes.size() == 0) {
            return;
        }
        xml.start("div", "class", "footnotes").newline();
        // setting a note may reference further notes, which join the end of the queue
        for (int i = 0; i < notes.size(); i++) {
            Inline.NoteRef note = notes.get(i);
            xml.start("aside", "epub:type", "footnote", "role", "doc-footnote", "id", note.id()).newline();
            List<Block> body = note.note();
            int rest = 0;
            xml.start("p", "class", "note-first");
            backLink(note, xml);
            if (!body.isEmpty() && body.get(0) instanceof Block.Paragraph first) {
                xml.text(" ");
                inlines.render(first.content());
                rest = 1;
            }
            xml.end().newline();
            blocks.render(body.subList(rest, body.size()));
            xml.end().newline();
        }
        xml.end().newline();
    }

    private void backLink(Inline.NoteRef note, XmlWriter xml) {
        xml.element("a", Integer.toString(note.number()), "href",
                ContentPaths.reference("", Footnotes.backReference(note)), "role", "doc-backlink",
                "class", "note-number", "aria-label", words.format(Word.BACK_TO_NOTE, note.number()));
    }
}
