package galley.cli;

import galley.manuscript.ParseCache;
import galley.pdf.layout.FormattedChapters;

/**
 * What one build leaves for the next in a long-lived process ({@code galley watch}): the parsed
 * chapter files and the chapters set into lines, each reused while what it came from is unchanged.
 *
 * @param parses the parsed chapter files, or null to parse every file
 * @param strips the chapters set for print
 */
record WarmCaches(ParseCache parses, FormattedChapters strips) {

    /** Empty caches, to be filled by the first build and used by the next. */
    static WarmCaches empty() {
        return new WarmCaches(new ParseCache(), new FormattedChapters());
    }

    /** Nothing kept, as a one-off build wants: it would only hold memory. */
    static WarmCaches none() {
        return new WarmCaches(null, FormattedChapters.none());
    }
}
