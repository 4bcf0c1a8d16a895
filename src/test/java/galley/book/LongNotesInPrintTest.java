package galley.book;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A footnote many pages long, cited at the very end of a book, prints whole: every paragraph of it, in order. */
class LongNotesInPrintTest {

    private static final int PARAGRAPHS = 300;

    @TempDir
    Path dir;

    @Test
    void everyParagraphOfANoteLongerThanManyPagesPrints() throws IOException {
        var note = new StringBuilder("[^long]: Note k000 starts with a few words of its own.\n");
        for (int i = 1; i < PARAGRAPHS; i++) {
            note.append("\n    Note k").append(String.format("%03d", i)).append(" goes on with a few more words.\n");
        }
        BookBuild build = BookBuild.written(dir, "notes", "title: Notes\nlang: en\n",
                "# One\n\nThe last paragraph of the book cites a long note.[^long]\n\n" + note);
        assertEquals(0, build.status(), build.err());
        String text = PrintedBook.read(build.pdf()).pages().stream().map(PrintedBook.PrintedPage::text)
                .collect(Collectors.joining("\n"));
        var printed = new ArrayList<Integer>();
        for (var m = java.util.regex.Pattern.compile("Note k(\\d{3})").matcher(text); m.find(); ) {
            printed.add(Integer.parseInt(m.group(1)));
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < PARAGRAPHS; i++) {
            all.add(i);
        }
        assertEquals(all, printed, printed.size() + " of " + PARAGRAPHS + " paragraphs printed; every one must, in order");
    }
}
