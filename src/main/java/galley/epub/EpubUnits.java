package galley.epub;

import java.io.IOException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The units of work of an EPUB, as its writer's caller has them done: each chapter's document
 * rendered, each XHTML document audited for accessibility, each file deflated for the zip and each
 * large image scaled down, each a plain function of what it is given, which a caller may take from
 * an earlier EPUB (or, for an image, from an earlier call) while that is the same. The defaults make
 * each afresh, keeping nothing.
 */
public interface EpubUnits {

    /** Scales an image down, which may fail on a broken file. */
    interface Scaling {
        byte[] scale() throws IOException;
    }

    /** The book has {@code count} chapters: documents of chapters past them are not wanted. */
    default void chapters(int count) {
    }

    /** The UTF-8 XHTML of a chapter, as {@code render} makes it from {@code source}. */
    default byte[] chapter(ChapterSource source, Function<ChapterSource, byte[]> render) {
        return render.apply(source);
    }

    /** The audit of the document at {@code href}, in language {@code lang}, whose bytes are {@code xhtml}. */
    default <A> A audit(String href, String lang, byte[] xhtml, Supplier<A> audit) {
        return audit.get();
    }

    /** The zip entry {@code name} holding {@code raw}, as {@code deflate} deflates it. */
    default <D> D deflated(String name, byte[] raw, Function<byte[], D> deflate) {
        return deflate.apply(raw);
    }

    /** An image scaled down, known by {@code key} (its limit and its bytes' digest), as {@code scaling} makes it. */
    default byte[] scaled(String key, Scaling scaling) throws IOException {
        return scaling.scale();
    }

    /** Every unit done afresh, nothing kept. */
    static EpubUnits direct() {
        return new EpubUnits() {
        };
    }
}
