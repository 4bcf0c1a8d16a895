package galley.read;

import galley.diagnostic.Diagnostics;
import galley.diagnostic.Problem;
import galley.read.yaml.BookYaml;

import java.util.List;
import java.util.Optional;

/**
 * The metadata a pandoc title block gives the book: its authors and date where book.yaml gives
 * none. book.yaml's values win, and a title block value not used is named in a note.
 */
final class TitleBlockMetadata {

    private TitleBlockMetadata() {
    }

    /** {@code settings} with what {@code block}, at the top of the file at {@code path}, adds to them. */
    static BookSettings merge(BookSettings settings, TitleBlock block, String path, Diagnostics diagnostics) {
        // book.yaml must give a title, so the title block's never replaces it
        block.title().filter(title -> !title.equals(settings.title())).ifPresent(title -> overridden(diagnostics,
                path, block.lineOf(0), "the title block's title '" + title + "' is not used: book.yaml gives the title '"
                        + settings.title() + "'"));
        List<String> authors = settings.authors();
        if (!block.authors().isEmpty()) {
            if (authors.isEmpty()) {
                authors = block.authors();
            } else if (!authors.equals(block.authors())) {
                overridden(diagnostics, path, block.lineOf(1), "the title block's authors (" + String.join("; ", block.authors())
                        + ") are not used: book.yaml gives the authors");
            }
        }
        Optional<String> date = settings.date();
        if (block.date().isPresent()) {
            String written = block.date().get();
            if (date.isPresent()) {
                if (!date.get().equals(written)) {
                    overridden(diagnostics, path, block.lineOf(2), "the title block's date '" + written
                            + "' is not used: book.yaml gives the date '" + date.get() + "'");
                }
            } else if (BookYaml.isDate(written)) {
                date = block.date();
            } else {
                Problem.TITLE_BLOCK_DATE_INVALID.report(diagnostics, path, block.lineOf(2), "the title block's date '" + written
                        + "' is left out: a book's date must be written YYYY-MM-DD (or YYYY, YYYY-MM)");
            }
        }
        return settings.withAuthorsAndDate(authors, date);
    }

    private static void overridden(Diagnostics diagnostics, String path, int line, String message) {
        Problem.TITLE_BLOCK_OVERRIDDEN.report(diagnostics, path, line, message);
    }
}
