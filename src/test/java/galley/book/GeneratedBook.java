package galley.book;

import java.nio.file.Path;
import java.util.List;

/**
 * A test book written to a folder, and what its editions must show: every chapter's headings,
 * paragraphs, links, notes, code and tables as a reader should find them.
 *
 * @param name     the base name of the output files
 * @param probes   characters no PDF font has, each at the line where it first occurs
 */
record GeneratedBook(Path dir, String name, String title, String lang, int tocDepth, List<ChapterPlan> chapters,
                     List<GlyphProbe> probes) {

    GeneratedBook {
        chapters = List.copyOf(chapters);
        probes = List.copyOf(probes);
    }

    /** One chapter as the generator wrote it. */
    record ChapterPlan(int index, String file, Script script, String title, String id, List<HeadingPlan> headings,
                       List<String> paragraphs, List<LinkPlan> links, List<NotePlan> notes, List<String> code,
                       List<TablePlan> tables, int figures, int orderedStart) {

        ChapterPlan {
            headings = List.copyOf(headings);
            paragraphs = List.copyOf(paragraphs);
            links = List.copyOf(links);
            notes = List.copyOf(notes);
            code = List.copyOf(code);
            tables = List.copyOf(tables);
        }
    }

    /** A heading: its level as written, its text, and the anchor links use. */
    record HeadingPlan(int level, String text, String id) {
    }

    /**
     * A link between chapters or inside one.
     *
     * @param anchor the anchor it must lead to; null when it leads to the start of the chapter
     */
    record LinkPlan(String label, int targetChapter, String anchor) {
    }

    /**
     * A footnote: its number in the chapter, the token set just before its reference, and its text.
     */
    record NotePlan(int number, String token, String text) {
    }

    /** A table: its header cells and a token that starts each body row. */
    record TablePlan(List<String> header, String rowToken, int rows, boolean wide) {

        TablePlan {
            header = List.copyOf(header);
        }
    }

    /** A character without a glyph, where it is first written. */
    record GlyphProbe(String path, int line, int codePoint) {
    }
}
