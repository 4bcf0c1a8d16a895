package galley.epub;

import galley.model.Chapter;
import galley.warm.KeptByBytes;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The XHTML of each chapter from the last EPUB written in this process, and the accessibility
 * audit of each document, so that a rebuild (as in {@code galley watch}) renders and audits again
 * only what changed. A chapter's document depends on the chapter itself, on the book's language
 * and on the print edition's page breaks that fall in it; the entry is used only while all three
 * are the same. An audit, and the deflated zip entry of any file, are reused while the bytes are
 * the same. It holds the images scaled down for the EPUB too, which even a one-off build shares
 * between the images scaled early and the EPUB written. Safe to share between threads; one
 * instance serves one book.
 */
public final class RenderedChapters {

    private record Key(Chapter chapter, String lang, List<PageBreaks.Marker> pageBreaks) {
    }

    private record Entry(Key key, byte[] xhtml) {
    }

    private record Audited(String lang, byte[] xhtml, AccessibilityAudit.DocumentAudit audit) {
    }

    private final Map<Integer, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Audited> audits = new ConcurrentHashMap<>();
    private final KeptByBytes<String, ZipContainer.Deflated> zipped;
    private final boolean keeps;
    private final ScaledImages scaledImages = new ScaledImages();

    /** Documents kept from one EPUB to the next. */
    public RenderedChapters() {
        this(true);
    }

    private RenderedChapters(boolean keeps) {
        this.keeps = keeps;
        this.zipped = new KeptByBytes<>(keeps);
    }

    /** Nothing kept: every chapter rendered afresh, as a one-off build wants. */
    public static RenderedChapters none() {
        return new RenderedChapters(false);
    }

    /** The UTF-8 XHTML of {@code chapter}: the kept document if nothing it depends on changed, else {@code render}'s. */
    byte[] get(Chapter chapter, String lang, List<PageBreaks.Marker> pageBreaks, Supplier<String> render) {
        if (!keeps) {
            return render.get().getBytes(StandardCharsets.UTF_8);
        }
        var key = new Key(chapter, lang, pageBreaks);
        Entry entry = entries.get(chapter.index());
        if (entry == null || !entry.key().equals(key)) {
            entry = new Entry(key, render.get().getBytes(StandardCharsets.UTF_8));
            entries.put(chapter.index(), entry);
        }
        return entry.xhtml();
    }

    /** The audit of the document at {@code href}: the kept one if the document is unchanged, else {@code audit}'s. */
    AccessibilityAudit.DocumentAudit audit(String href, String lang, byte[] xhtml,
                                           Supplier<AccessibilityAudit.DocumentAudit> audit) {
        if (!keeps) {
            return audit.get();
        }
        Audited known = audits.get(href);
        // a kept chapter's document is the very same array; Arrays.equals sees that first
        if (known == null || !known.lang().equals(lang) || !Arrays.equals(known.xhtml(), xhtml)) {
            known = new Audited(lang, xhtml, audit.get());
            audits.put(href, known);
        }
        return known.audit();
    }

    /** The zip entry {@code name} holding {@code raw}, deflated: the kept bytes if the entry is unchanged. */
    ZipContainer.Deflated deflated(String name, byte[] raw) {
        return zipped.get(name, raw, ZipContainer.Deflated::of);
    }

    /** The images scaled down so far. */
    ScaledImages scaledImages() {
        return scaledImages;
    }

    /** Forgets chapters past the book's end, once a rebuild has fewer. */
    void retain(int chapterCount) {
        entries.keySet().removeIf(index -> index >= chapterCount);
    }
}
