package galley.cli;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The text of a new book's files: book.yaml with every key Galley reads, each set or commented
 * out with its default, and a first chapter that shows the Markdown Galley understands.
 */
final class BookTemplate {

    private BookTemplate() {
    }

    /** A title from a folder name: {@code my-first-book} gives {@code My First Book}. */
    static String titleFrom(Path dir) {
        Path name = dir.getFileName();
        String words = name == null ? "" : name.toString().replaceAll("[-_.\\s]+", " ").strip();
        if (words.isEmpty() || words.codePoints().noneMatch(Character::isLetter)) {
            return "My Book";
        }
        var title = new StringBuilder();
        for (String word : words.split(" ")) {
            title.append(title.length() == 0 ? "" : " ")
                    .append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return title.toString();
    }

    static String bookYaml(String title) {
        String quoted = "\"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return """
                # The book's metadata and settings, read by Galley. The key names are pandoc's.
                # Lines starting with # are comments: remove the # to use a key. Each key is shown
                # with its default, or with an example where it has none.

                # title: the book's title, on the cover, the title page and in the metadata. Required.
                title: %s

                # subtitle: printed under the title on the title page. Default: none.
                # subtitle: "A Subtitle"

                # author: one name, or a list of names. Default: none.
                # author: Jane Doe
                # author: [Jane Doe, John Roe]

                # lang: the language of the text as a BCP 47 tag (en, en-GB, fr, de, ru, ja ...):
                # it sets hyphenation and quotation marks, and tells reading apps the language.
                lang: en

                # date: the date of publication, YYYY-MM-DD (or YYYY, YYYY-MM). Default: none; the
                # editions are then dated by the last commit or the newest manuscript file.
                # date: 2026-01-31

                # identifier: an ISBN, DOI, URN or URL. Default: a stable urn:uuid: made from the
                # title and the authors.
                # identifier: urn:isbn:9780000000000

                # publisher: the publisher's name. Default: none.
                # publisher: "Small Press"

                # rights: the copyright or licence statement. Default: none.
                # rights: "Copyright 2026 Jane Doe. All rights reserved."

                # description: a short summary for catalogues and reading apps. Default: none.
                # description: >-
                #   One or two sentences on what the book is about.

                # subject: one keyword or a list, for catalogues. Default: none.
                # subject: [History, Essays]

                # cover-image: the cover's file under covers/. Default: the single image in covers/.
                # cover-image: cover.png

                # toc-depth: the deepest heading level listed in the contents, the EPUB navigation
                # and the PDF bookmarks, 1 to 6. Default: 2.
                toc-depth: 2

                # chapters: the chapter files, relative to manuscript/, in reading order.
                # Default: every .md file under manuscript/, in file-name order.
                # chapters:
                #   - 01-first-chapter.md

                # name: the base name of the editions, dist/NAME.epub and dist/NAME.pdf.
                # Default: a short slug of the title.
                # name: my-book

                # page-size: the trim size of the print edition: a4, a5, letter, 6x9in, or WxH in
                # mm or in (140x216mm). Default: 6x9in.
                # page-size: 6x9in

                # links: how a link to a file not in the book or to a missing anchor counts:
                # warning (its text is kept without the link) or error. Default: warning.
                # links: error
                """.formatted(quoted);
    }

    static String firstChapter() {
        return """
                # The First Chapter {#first-chapter}

                Each level-one heading starts a chapter. Write in plain Markdown: *emphasis*,
                **strong emphasis**, `code`, and "quotation marks", which Galley turns into the
                typographic ones of the book's language, as it turns -- into an en dash and
                --- into an em dash.

                ## A Section {#a-section}

                A blank line starts a new paragraph. Lists, tables and quotations work as
                everywhere else:

                - a point to make
                - another one, with a note at the foot of the page[^1]

                > A quotation stands apart from the text.

                Links lead to [a heading](#a-section), or to another chapter, as in
                `[the next chapter](02-next.md)`; Galley reports a link that leads nowhere. A
                paragraph that holds only an image is a figure, with its caption under it:

                ```markdown
                ![What the picture shows](images/photo.png "The caption")
                ```

                [^1]: Notes are set at the foot of the page in print and pop up in the e-book.
                """;
    }
}
