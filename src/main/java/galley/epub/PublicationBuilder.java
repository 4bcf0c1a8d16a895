package galley.epub;

import galley.i18n.Word;
import galley.i18n.Words;
import galley.model.Admonition;
import galley.model.Block;
import galley.model.Blocks;
import galley.model.Chapter;
import galley.model.ImageAsset;
import galley.model.PageMap;
import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.GuideReference;
import io.documentnode.epub4j.domain.Identifier;
import io.documentnode.epub4j.domain.MediaTypes;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.SpineReference;
import io.documentnode.epub4j.domain.TableOfContents;
import io.documentnode.epub4j.epub.NCXDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Turns Galley's book into epub4j's: renders every XHTML document, adds the stylesheet and the
 * images as resources, and sets the spine, the table of contents, the guide and the NCX.
 */
final class PublicationBuilder {

    private static final String STYLESHEET_RESOURCE = "/galley/epub/galley.css";
    private static final String RIGHT_TO_LEFT_RESOURCE = "/galley/epub/right-to-left.css";
    private static final String PANDOC_BLOCKS_RESOURCE = "/galley/epub/pandoc-blocks.css";
    /** The blocks the rules of {@link #PANDOC_BLOCKS_RESOURCE} are for. */
    private static final Predicate<Block> PANDOC_STYLED = block -> block instanceof Block.LineBlock
            || block instanceof Block.Division d && Admonition.of(d).isPresent();

    private final EpubOptions options;
    private final EpubUnits units;

    /** A builder that renders, audits and scales through {@code units}. */
    PublicationBuilder(EpubOptions options, EpubUnits units) {
        this.options = options;
        this.units = units;
    }

    Publication build(galley.model.Book source, PageMap pageMap) throws IOException {
        var metadata = source.metadata();
        Words words = Words.of(metadata.language());
        PageBreaks pages = PageBreaks.of(pageMap, source);
        FrontMatter front = new FrontMatter(metadata, words);

        Book book = new Book();
        book.setResources(new IndexedResources());
        book.getMetadata().addTitle(metadata.title());
        book.getMetadata().setLanguage(metadata.lang());
        book.getMetadata().addIdentifier(new Identifier(null, metadata.identifier()));

        Resource coverPage = source.cover().map(c -> xhtml("cover", ContentPaths.COVER, front.cover(c))).orElse(null);
        Resource titlePage = xhtml("titlepage", ContentPaths.TITLE_PAGE, front.titlePage());
        ChapterDocument chapterDocument = new ChapterDocument(metadata.lang(), words, pages);
        List<Resource> chapters = new ArrayList<>();
        units.chapters(source.chapters().size());
        for (Chapter chapter : source.chapters()) {
            String href = ContentPaths.chapter(chapter.index());
            byte[] document = units.chapter(new ChapterSource(chapter, metadata.lang(), pages.inChapter(chapter.index())),
                    one -> chapterDocument.render(one.chapter()).getBytes(StandardCharsets.UTF_8));
            chapters.add(new Resource(href.substring(0, href.lastIndexOf('.')), document, href, MediaTypes.XHTML));
        }
        TableOfContents toc = new ContentsBuilder(source.tocDepth()).build(source.chapters(), chapters);
        book.setTableOfContents(toc);
        String bodyStart = chapters.isEmpty() ? null : chapters.get(0).getHref();
        Resource nav = xhtml("nav", ContentPaths.NAV,
                new NavDocument(metadata.language(), words, metadata.tocTitle()).render(toc, coverPage != null, bodyStart, pages));

        List<Resource> manifest = new ArrayList<>();
        manifest.add(nav);
        manifest.add(new Resource("css", stylesheet(source), ContentPaths.STYLESHEET, MediaTypes.CSS));
        if (coverPage != null) {
            manifest.add(coverPage);
        }
        manifest.add(titlePage);
        manifest.addAll(chapters);
        manifest.addAll(images(source));
        manifest.forEach(book::addResource);

        source.cover().ifPresent(c -> book.setCoverImage(book.getResources().getByHref(c.href())));
        spineAndGuide(book, words, metadata.title(), coverPage, titlePage, nav, chapters);
        Resource ncx = NCXDocument.createNCXResource(
                // epub4j writes an identifier's scheme as the NCX meta name; dtb:uid is the one readers match
                List.of(new Identifier("uid", metadata.identifier())), metadata.title(), List.of(), toc);
        book.setNcxResource(ncx);
        book.getSpine().setTocResource(ncx);
        manifest.add(1, ncx);
        AccessibilityAudit audit = AccessibilityAudit.of(manifest, metadata.lang(), units);
        return new Publication(book, manifest, nav,
                AccessibilityMetadata.derive(audit, !pageMap.pages().isEmpty(), !pages.isEmpty()), !pages.isEmpty());
    }

    private List<Resource> images(galley.model.Book source) {
        ImageScaler scaler = new ImageScaler(options.maxImageSide(), units);
        List<Resource> resources = new ArrayList<>();
        for (ImageAsset image : source.images()) {
            String id = source.cover().filter(image::equals).isPresent()
                    ? "cover-image" : String.format(Locale.ROOT, "image-%03d", resources.size() + 1);
            resources.add(new ImageResource(id, image, scaler));
        }
        return resources;
    }

    private static void spineAndGuide(Book book, Words words, String title, Resource cover, Resource titlePage,
                                      Resource nav, List<Resource> chapters) {
        if (cover != null) {
            book.getSpine().addSpineReference(new SpineReference(cover));
            book.getGuide().addReference(new GuideReference(cover, GuideReference.COVER, words.get(Word.COVER)));
        }
        book.getSpine().addSpineReference(new SpineReference(titlePage));
        book.getGuide().addReference(new GuideReference(titlePage, GuideReference.TITLE_PAGE, title));
        book.getSpine().addSpineReference(new SpineReference(nav));
        book.getGuide().addReference(new GuideReference(nav, GuideReference.TOC, words.get(Word.CONTENTS)));
        chapters.forEach(c -> book.getSpine().addSpineReference(new SpineReference(c)));
        if (!chapters.isEmpty()) {
            book.getGuide().addReference(new GuideReference(chapters.get(0), GuideReference.TEXT, words.get(Word.START)));
        }
    }

    private static Resource xhtml(String id, String href, String text) {
        return new Resource(id, text.getBytes(StandardCharsets.UTF_8), href, MediaTypes.XHTML);
    }

    // the rules for right-to-left books and for pandoc's admonitions and verse are added only to the
    // books that need them, so that other books' stylesheets stay as they were
    private static byte[] stylesheet(galley.model.Book book) throws IOException {
        var out = new ByteArrayOutputStream();
        out.write(resource(STYLESHEET_RESOURCE));
        if (book.metadata().language().rightToLeft()) {
            out.write(resource(RIGHT_TO_LEFT_RESOURCE));
        }
        if (book.chapters().stream().anyMatch(c -> Blocks.any(c.blocks(), PANDOC_STYLED))) {
            out.write(resource(PANDOC_BLOCKS_RESOURCE));
        }
        return out.toByteArray();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PublicationBuilder.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("Galley's stylesheet is missing from the classpath: " + name);
            }
            return in.readAllBytes();
        }
    }
}
