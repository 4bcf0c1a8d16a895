package galley.build;

import galley.epub.RenderedChapters;
import galley.read.ParseCache;
import galley.pdf.DrawnPages;
import galley.layout.FormattedChapters;

/**
 * What one build leaves for the next in a long-lived process ({@code galley watch}): the parsed
 * chapter files and image checks, the chapters set into lines and the pages drawn for print, and
 * the chapters' EPUB documents, each reused while what it came from is unchanged.
 *
 * @param parses    the parsed chapter files and checked images, or null to read everything afresh
 * @param strips    the chapters set for print
 * @param pages     the pages drawn for print
 * @param documents the chapters rendered for the EPUB
 */
public record WarmCaches(ParseCache parses, FormattedChapters strips, DrawnPages pages, RenderedChapters documents) {

    /** Empty caches, to be filled by the first build and used by the next. */
    public static WarmCaches empty() {
        return new WarmCaches(new ParseCache(), new FormattedChapters(), new DrawnPages(), new RenderedChapters());
    }

    /** Nothing kept, as a one-off build wants: it would only hold memory. */
    public static WarmCaches none() {
        return new WarmCaches(null, FormattedChapters.none(), DrawnPages.none(), RenderedChapters.none());
    }
}
