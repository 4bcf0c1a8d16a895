package galley.read;

import galley.diagnostic.Problem;
import galley.read.html.HtmlPolicy;
import galley.read.layout.Layouts;
import galley.read.links.AnchorIndex;
import galley.read.links.IdAllocator;
import galley.read.links.LinkResolver;
import galley.read.yaml.BookYaml;

import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Node;
import galley.diagnostic.Diagnostics;
import galley.model.Book;
import galley.model.Chapter;
import galley.model.ImageAsset;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a book folder ({@code manuscript/} and {@code covers/}) into the model. Every problem of
 * the manuscript goes to the diagnostics as {@code path:line: message}; nothing is thrown for one.
 */
public final class ManuscriptLoader {

    private ManuscriptLoader() {
    }

    /**
     * Reads BOOK_DIR/manuscript and BOOK_DIR/covers into the model; every problem goes to
     * diagnostics. Empty when nothing buildable could be read (no book.yaml, unparseable YAML, no
     * chapters). A book is returned even when some problems were found: check
     * {@link Diagnostics#hasErrors()} before writing it.
     */
    public static Optional<Book> load(Path bookDir, Diagnostics diagnostics) {
        return load(bookDir, diagnostics, System.getenv());
    }

    /** As {@link #load(Path, Diagnostics)}, with the environment (for SOURCE_DATE_EPOCH) given. */
    public static Optional<Book> load(Path bookDir, Diagnostics diagnostics, Map<String, String> env) {
        return load(bookDir, diagnostics, env, ReadUnits.direct());
    }

    /**
     * As {@link #load(Path, Diagnostics, Map)}, each chapter file parsed, each image file checked,
     * and each image told as soon as it is named, through {@code units}.
     */
    public static Optional<Book> load(Path bookDir, Diagnostics diagnostics, Map<String, String> env,
                                      ReadUnits units) {
        Path root;
        try {
            root = bookDir.toRealPath();
        } catch (IOException | SecurityException e) {
            Problem.BOOK_YAML_MISSING.report(diagnostics, BookYaml.PATH, 1, "the book folder does not exist");
            return Optional.empty();
        }
        var paths = new BookPaths(root);
        Optional<LayoutBook> layout = Layouts.detect(paths).map(l -> new LayoutBook(paths, l));
        String settingsPath = layout.map(LayoutBook::settingsPath).orElse(BookYaml.PATH);
        Optional<BookSettings> read = layout.isPresent() ? layout.get().settings(diagnostics)
                : BookYaml.read(paths, diagnostics);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        BookSettings settings = read.get();
        int problemsBefore = diagnostics.all().size();
        List<ChapterFile> files = layout.isPresent() ? layout.get().files(settings, diagnostics)
                : new ChapterOrder(paths, diagnostics).files(settings);
        // a book too large for the memory of one build is refused before any of it is read
        BookBudget budget = BookBudget.fromSystem(diagnostics);
        if (!budget.admitsFiles(files, diagnostics)) {
            return Optional.empty();
        }
        var images = new ImageRegistry(paths, diagnostics, units);
        var parsed = new ArrayList<ParsedFile>();
        String firstPath = files.isEmpty() ? "" : files.get(0).path();
        units.parseAll(files, new ChapterParser(settings.language(), images, firstPath), diagnostics)
                .forEach(file -> file.ifPresent(parsed::add));
        if (!parsed.isEmpty() && parsed.get(0).titleBlock().isPresent()) {
            settings = TitleBlockMetadata.merge(settings, parsed.get(0).titleBlock().get(), firstPath, diagnostics);
        }
        layout.ifPresent(l -> l.noteUnlisted(files, diagnostics));
        if (!budget.admitsNotes(notes(parsed), diagnostics)) {
            return Optional.empty();
        }
        List<ChapterDraft> drafts = ChapterSplitter.split(parsed, diagnostics);
        if (drafts.isEmpty()) {
            if (files.isEmpty() && diagnostics.all().size() == problemsBefore) {
                int line = settings.chapters().map(Located::line).orElse(1);
                Problem.MANUSCRIPT_EMPTY.report(diagnostics, settingsPath, line,
                        "the manuscript is empty: no chapters found (add .md files to manuscript/ or list them under chapters)");
            } else if (!diagnostics.hasErrors()) {
                Problem.MANUSCRIPT_EMPTY.report(diagnostics, settingsPath, 1,
                        "the manuscript is empty: its chapter files hold no text");
            }
            return Optional.empty();
        }
        var anchors = AnchorIndex.build(drafts, new IdAllocator(), settings.identifiers(), diagnostics);
        Optional<ImageAsset> cover = CoverFinder.find(paths, settings, images, diagnostics);
        var shared = new ChapterScope.Shared(anchors, new LinkResolver(paths, anchors, settings.unfinishedLinks(), diagnostics), images,
                new HtmlPolicy(diagnostics), diagnostics, OneLetterWords.forLanguage(settings.language()),
                ExampleNumbers.of(parsed));
        List<Chapter> chapters = chapters(drafts, shared, diagnostics);
        var modifiedFrom = new ArrayList<Path>();
        modifiedFrom.addAll(layout.map(LayoutBook::settingsFiles).orElse(List.of(paths.root().resolve(BookYaml.PATH))));
        files.forEach(f -> modifiedFrom.add(f.file()));
        Instant modified = ModifiedTime.of(env, settings.date(), paths.root(), modifiedFrom, diagnostics);
        var book = new Book(settings.metadata(), chapters, cover, settings.outputName(), modified,
                settings.tocDepth(), settings.pageSize());
        return budget.admitsImages(book.images(), diagnostics) ? Optional.of(book) : Optional.empty();
    }

    /** The footnotes the parsed files define. */
    private static long notes(List<ParsedFile> parsed) {
        long count = 0;
        for (ParsedFile file : parsed) {
            for (Node node = file.document().getFirstChild(); node != null; node = node.getNext()) {
                count += node instanceof FootnoteBlock ? 1 : 0;
            }
        }
        return count;
    }

    // Chapters are converted one after another so that ids, figure numbers and image names are
    // handed out in reading order, the same on every build.
    private static List<Chapter> chapters(List<ChapterDraft> drafts, ChapterScope.Shared shared, Diagnostics diagnostics) {
        var chapters = new ArrayList<Chapter>();
        // a file's drafts follow one another: its unused notes are reported once the next file starts
        var used = new IdentityHashMap<ParsedFile, Set<FootnoteBlock>>();
        Function<ParsedFile, Set<FootnoteBlock>> notesOf = file -> {
            if (!used.containsKey(file)) {
                used.forEach((done, set) -> reportUnusedNotes(done, set, diagnostics));
                used.clear();
                used.put(file, Collections.newSetFromMap(new IdentityHashMap<>()));
            }
            return used.get(file);
        };
        for (int start = 0; start < drafts.size(); ) {
            int end = start + 1;
            while (end < drafts.size() && drafts.get(end).continues()) {
                end++;
            }
            chapters.add(ChapterReader.read(drafts.subList(start, end), chapters.size(), shared, notesOf));
            start = end;
        }
        used.forEach((done, set) -> reportUnusedNotes(done, set, diagnostics));
        return chapters;
    }

    private static void reportUnusedNotes(ParsedFile file, Set<FootnoteBlock> used, Diagnostics diagnostics) {
        if (file == null) {
            return;
        }
        for (Node node = file.document().getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof FootnoteBlock block && !used.contains(block)) {
                Problem.FOOTNOTE_UNUSED.report(diagnostics, file.file().path(), file.text().lineAt(block.getStartOffset()),
                        "footnote [^" + block.getText() + "] is never referenced");
            }
        }
    }
}
