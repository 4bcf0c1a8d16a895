package galley.build;

import galley.assets.ImageChecker;
import galley.assets.ImageInput;
import galley.diagnostic.Diagnostic;
import galley.diagnostic.Diagnostics;
import galley.layout.ChapterLines;
import galley.layout.ChapterSetting;
import galley.pdf.DrawingUnits;
import galley.read.ChapterFile;
import galley.read.ChapterParser;
import galley.read.ParsedFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What one build leaves for the next in a long-lived process ({@code galley watch}), and the one
 * place where what each kept result is made from is defined: a chapter file's parse, an image
 * file's check, a chapter set into lines, a page drawn, a chapter rendered for the EPUB, each
 * reused while its key is equal. The problems a unit reported are reported again whenever its
 * result is reused. Safe to share between threads; one instance serves one book.
 */
public final class WarmCaches {

    /** A chapter file's parse is made from the file's bytes and the book's language (its quotation marks). */
    private record ParseKey(String language, String sha256) {
    }

    private record Parse(ParseKey key, Optional<ParsedFile> parsed, List<Diagnostic> problems) {
    }

    /** An image file's check is made from the file's bytes. */
    private record ImageCheck(String sha256, ImageChecker.Result result) {
    }

    /**
     * A chapter's lines are made from its {@link ChapterSetting}, compared whole: the chapter, the
     * book's metadata and page size, the chapters' ids, the style, the page geometry, the fonts
     * and the resolution of each of its images.
     */
    private record Lines(ChapterSetting setting, ChapterLines lines) {
    }

    private final boolean keeps;
    private final Map<String, Parse> parses = new ConcurrentHashMap<>();
    private final Map<Path, ImageCheck> images = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger parsed = new AtomicInteger();
    private final AtomicInteger imagesChecked = new AtomicInteger();
    private final Map<Integer, Lines> lines = new ConcurrentHashMap<>();
    // a page is kept at its place in the document, with the fonts it was drawn in; the drawer
    // compares its items; a content stream and an image are kept with the bytes they came from
    private final KeptDrawing pages = new KeptDrawing();
    private final KeptDocuments documents;

    private WarmCaches(boolean keeps) {
        this.keeps = keeps;
        this.documents = new KeptDocuments(keeps);
    }

    /** Empty caches, to be filled by the first build and used by the next. */
    public static WarmCaches empty() {
        return new WarmCaches(true);
    }

    /** Nothing kept, as a one-off build wants: it would only hold memory. */
    public static WarmCaches none() {
        return new WarmCaches(false);
    }

    /** Whether results are kept for the next build. */
    boolean keeps() {
        return keeps;
    }

    /** How many chapter files the last load took from the cache. */
    public int reused() {
        return reused.get();
    }

    /** How many chapter files the last load had to parse. */
    public int parsed() {
        return parsed.get();
    }

    /** How many image files the last load had to check, their pixels decoded. */
    public int imagesChecked() {
        return imagesChecked.get();
    }

    /** How many pages of the last PDF were drawn from their record. */
    public int pagesReused() {
        return keeps ? pages.reused() : 0;
    }

    /** Starts counting a new load's parses and checks. */
    void startLoad() {
        reused.set(0);
        parsed.set(0);
        imagesChecked.set(0);
    }

    /** Forgets the files a load no longer reads. */
    void retain(Collection<ChapterFile> files) {
        Set<String> kept = files.stream().map(ChapterFile::path).collect(Collectors.toSet());
        parses.keySet().retainAll(kept);
    }

    /**
     * The parse of {@code file}: the kept one if the file's bytes and the language are the same,
     * else {@code parser}'s, which is then kept. Problems go to {@code diagnostics} either way.
     */
    Optional<ParsedFile> parse(ChapterFile file, ChapterParser parser, Diagnostics diagnostics) {
        ParseKey key;
        try {
            key = keeps ? new ParseKey(parser.language(), sha256(Files.readAllBytes(file.file()))) : null;
        } catch (IOException | SecurityException | OutOfMemoryError e) {
            // the parse itself reports an unreadable or oversized file
            key = null;
        }
        if (key == null) {
            parsed.incrementAndGet();
            return parser.parse(file, diagnostics);
        }
        Parse entry = parses.get(file.path());
        if (entry != null && entry.key().equals(key)) {
            entry.problems().forEach(diagnostics::add);
            reused.incrementAndGet();
            return entry.parsed();
        }
        var own = new Diagnostics();
        Optional<ParsedFile> result = parser.parse(file, own);
        List<Diagnostic> problems = own.all();
        problems.forEach(diagnostics::add);
        parses.put(file.path(), new Parse(key, result, problems));
        parsed.incrementAndGet();
        return result;
    }

    /** The check of image {@code file}: the kept one if its bytes are the same, else a new one, then kept. */
    ImageChecker.Result checkImage(Path file) {
        String key;
        try {
            key = keeps ? sha256(ImageInput.readAll(file)) : null;
        } catch (IOException | SecurityException | OutOfMemoryError e) {
            // the check itself reports a file it cannot read
            key = null;
        }
        if (key == null) {
            imagesChecked.incrementAndGet();
            return ImageChecker.check(file);
        }
        ImageCheck entry = images.get(file);
        if (entry == null || !entry.sha256().equals(key)) {
            entry = new ImageCheck(key, ImageChecker.check(file));
            images.put(file, entry);
            imagesChecked.incrementAndGet();
        }
        return entry.result();
    }

    /** Forgets chapters past the book's end, once a rebuild has fewer. */
    void retainChapters(int count) {
        lines.keySet().removeIf(index -> index >= count);
    }

    /** The lines of a chapter: those kept if its setting is equal, else {@code unit}'s, which are then kept. */
    ChapterLines lines(ChapterSetting setting, Function<ChapterSetting, ChapterLines> unit) {
        if (!keeps) {
            return unit.apply(setting);
        }
        int index = setting.chapter().index();
        Lines entry = lines.get(index);
        if (entry == null || !entry.setting().equals(setting)) {
            entry = new Lines(setting, unit.apply(setting));
            lines.put(index, entry);
        }
        return entry.lines();
    }

    /** The PDF's drawing units: the pages, streams and images of the last PDF when kept. */
    DrawingUnits drawing() {
        return keeps ? pages : DrawingUnits.direct();
    }

    /** The EPUB's units: its scaled images, and its documents, audits and zip entries when kept. */
    KeptDocuments documents() {
        return documents;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
