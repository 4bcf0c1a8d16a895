package galley.epub;

import galley.diagnostic.Diagnostics;
import galley.model.Book;
import galley.model.PageMap;
import galley.testing.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * DAISY Ace finds no accessibility violation in the hand-built books that hold every kind of
 * block, footnotes, tables, links and scripts Galley writes. Skipped, saying so, where Ace is not
 * installed (see {@link AceCheck}).
 */
@Slow
class AceTest {

    @TempDir
    Path folder;

    @Test
    void aceFindsNoViolationInTheFullSample() throws Exception {
        assertNoViolations(HandBuiltBooks.sample(folder, "A red square on a white ground"), HandBuiltBooks.pages(), "sample");
    }

    @Test
    void aceFindsNoViolationInABookWithoutCoverOrPageList() throws Exception {
        Book sample = HandBuiltBooks.sample(folder, "A red square on a white ground");
        Book bare = new Book(sample.metadata(), sample.chapters(), java.util.Optional.empty(), "bare",
                sample.modified(), 1, sample.pageSize());
        assertNoViolations(bare, PageMap.none(), "bare");
    }

    private void assertNoViolations(Book book, PageMap pages, String name) throws IOException, InterruptedException {
        AceCheck ace = AceCheck.installed();
        Path epub = folder.resolve(name + ".epub");
        try (OutputStream out = Files.newOutputStream(epub)) {
            new EpubWriter(EpubOptions.defaults()).write(book, pages, new Diagnostics(), out);
        }
        List<String> violations = ace.violations(epub, Path.of("target", "ace-reports", name));
        assertEquals(List.of(), violations, "Ace:\n" + String.join("\n", violations));
    }
}
