package galley.read;

import galley.assets.ImageChecker;
import galley.assets.ImageInput;

import galley.diagnostic.Diagnostic;
import galley.diagnostic.Diagnostics;

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
 * The chapter files parsed, and the image files checked, by earlier loads in this process, by path
 * and content hash, so that a rebuild (as in {@code galley watch}) parses and checks again only the
 * files that changed. The problems a file's parse reported are reported again whenever the parse
 * is reused. Safe to share between threads; one cache serves one book.
 */
public final class ParseCache {

    /** One file's parse, valid while the file holds the same bytes and the book the same language. */
    private record Entry(String key, Optional<ParsedFile> parsed, List<Diagnostic> problems) {
    }

    /** One image file's check, valid while the file holds the same bytes. */
    private record ImageEntry(String key, ImageChecker.Result result) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Path, ImageEntry> images = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger parsed = new AtomicInteger();
    private final AtomicInteger imagesChecked = new AtomicInteger();

    /** How many files the last load took from the cache. */
    public int reused() {
        return reused.get();
    }

    /** How many files the last load had to parse. */
    public int parsed() {
        return parsed.get();
    }

    /** How many image files the last load had to check, their pixels decoded. */
    public int imagesChecked() {
        return imagesChecked.get();
    }

    void startLoad() {
        reused.set(0);
        parsed.set(0);
        imagesChecked.set(0);
    }

    /** Forgets the files a load no longer reads. */
    void retain(Collection<ChapterFile> files) {
        Set<String> kept = files.stream().map(ChapterFile::path).collect(Collectors.toSet());
        entries.keySet().retainAll(kept);
    }

    /**
     * The parse of {@code file}: the cached one if the file is unchanged, else {@code parse}'s,
     * which is then kept. Problems go to {@code diagnostics} either way.
     */
    Optional<ParsedFile> get(ChapterFile file, String lang, Diagnostics diagnostics,
                             Function<Diagnostics, Optional<ParsedFile>> parse) {
        String key;
        try {
            key = lang + ":" + sha256(Files.readAllBytes(file.file()));
        } catch (IOException | SecurityException | OutOfMemoryError e) {
            // the parse itself reports an unreadable or oversized file
            parsed.incrementAndGet();
            return parse.apply(diagnostics);
        }
        Entry entry = entries.get(file.path());
        if (entry != null && entry.key().equals(key)) {
            entry.problems().forEach(diagnostics::add);
            reused.incrementAndGet();
            return entry.parsed();
        }
        var own = new Diagnostics();
        Optional<ParsedFile> result = parse.apply(own);
        List<Diagnostic> problems = own.all();
        problems.forEach(diagnostics::add);
        entries.put(file.path(), new Entry(key, result, problems));
        parsed.incrementAndGet();
        return result;
    }

    /**
     * The check of image {@code file}: the cached one if the file is unchanged, else
     * {@code check}'s, which is then kept. Its pixels are decoded again only when its bytes change.
     */
    ImageChecker.Result image(Path file, Function<Path, ImageChecker.Result> check) {
        String key;
        try {
            key = sha256(ImageInput.readAll(file));
        } catch (IOException | SecurityException | OutOfMemoryError e) {
            // the check itself reports a file it cannot read
            imagesChecked.incrementAndGet();
            return check.apply(file);
        }
        ImageEntry entry = images.get(file);
        if (entry == null || !entry.key().equals(key)) {
            entry = new ImageEntry(key, check.apply(file));
            images.put(file, entry);
            imagesChecked.incrementAndGet();
        }
        return entry.result();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
