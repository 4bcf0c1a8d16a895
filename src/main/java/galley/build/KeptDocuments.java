package galley.build;

import galley.epub.ChapterSource;
import galley.epub.EpubUnits;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The EPUB's units as a build has them done: the images scaled down once each, shared between the
 * scaling started as soon as an image is named and the EPUB written; and, for {@code galley watch},
 * each chapter's XHTML kept with its {@link ChapterSource}, each document's audit with its bytes
 * and language, and each zip entry's deflated bytes with the bytes they came from. Safe to share
 * between threads; one instance serves one book.
 */
final class KeptDocuments implements EpubUnits {

    private record Document(ChapterSource source, byte[] xhtml) {
    }

    private record Audited(String lang, byte[] xhtml, Object audit) {
    }

    private final boolean keeps;
    private final Map<Integer, Document> documents = new ConcurrentHashMap<>();
    private final Map<String, Audited> audits = new ConcurrentHashMap<>();
    private final KeptByBytes<String, Object> zipped;
    private final ScaledImages scaledImages = new ScaledImages();

    /** Units that keep what they make for the next build when {@code keeps}; the scaled images are shared either way. */
    KeptDocuments(boolean keeps) {
        this.keeps = keeps;
        this.zipped = new KeptByBytes<>(keeps);
    }

    @Override
    public void chapters(int count) {
        documents.keySet().removeIf(index -> index >= count);
    }

    @Override
    public byte[] chapter(ChapterSource source, Function<ChapterSource, byte[]> render) {
        if (!keeps) {
            return render.apply(source);
        }
        int index = source.chapter().index();
        Document entry = documents.get(index);
        if (entry == null || !entry.source().equals(source)) {
            entry = new Document(source, render.apply(source));
            documents.put(index, entry);
        }
        return entry.xhtml();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <A> A audit(String href, String lang, byte[] xhtml, Supplier<A> audit) {
        if (!keeps) {
            return audit.get();
        }
        Audited known = audits.get(href);
        // a kept chapter's document is the very same array; Arrays.equals sees that first
        if (known == null || !known.lang().equals(lang) || !Arrays.equals(known.xhtml(), xhtml)) {
            known = new Audited(lang, xhtml, audit.get());
            audits.put(href, known);
        }
        return (A) known.audit();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <D> D deflated(String name, byte[] raw, Function<byte[], D> deflate) {
        return (D) zipped.get(name, raw, deflate::apply);
    }

    @Override
    public byte[] scaled(String key, Scaling scaling) throws IOException {
        return scaledImages.get(key, scaling);
    }
}
