package galley.epub;

import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.Resource;

import java.util.List;

/**
 * A book assembled in epub4j's model and ready to be packaged: every resource in manifest order,
 * with what the EPUB 3 package document needs beyond epub4j's EPUB 2 view of it.
 *
 * @param book          epub4j's book: resources, spine, table of contents, guide, cover image, NCX
 * @param manifest      every resource in the fixed order of the manifest and the archive
 * @param nav           the EPUB 3 navigation document
 * @param accessibility the accessibility claims derived from the written documents
 * @param pageList      whether the book carries the print edition's page breaks
 */
record Publication(Book book, List<Resource> manifest, Resource nav, AccessibilityMetadata accessibility,
                   boolean pageList) {

    Publication {
        manifest = List.copyOf(manifest);
    }
}
