package galley.book;

import java.util.Locale;

/**
 * What other chapters need to know of a chapter before any is written: its file, title, and the
 * headings and anchors links lead to.
 *
 * @param titleInFrontMatter the chapter has no level-1 heading; its title comes from the file's front matter
 */
record ChapterIdentity(int index, String file, Script script, String title, String id, boolean titleInFrontMatter,
                       GeneratedBook.HeadingPlan overview, GeneratedBook.HeadingPlan details,
                       GeneratedBook.HeadingPlan notes) {

    /** The anchor Galley makes from heading text: lower case, runs of spaces made hyphens, punctuation dropped. */
    static String slug(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace(":", "").replace("*", "");
        return String.join("-", lower.strip().split("[\\s\\u3000]+"));
    }
}
