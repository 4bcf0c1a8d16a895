package galley.cli;

import galley.build.OutputFolder;
import galley.build.WarmCaches;

import galley.diagnostic.Diagnostic;
import galley.diagnostic.Diagnostics;
import galley.epub.EpubOptions;
import galley.epub.EpubWriter;
import galley.model.Book;
import galley.pdf.PdfOptions;
import galley.pdf.PdfBookWriter;
import galley.pdf.PrintEdition;
import galley.site.ChecksumOutputStream;
import galley.site.Download;
import galley.site.SiteFile;
import galley.site.SiteOptions;
import galley.site.SiteWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code galley build}: reads the manuscript, reports every problem, and writes both editions side
 * by side, replacing the previous ones only when both are complete and no problem was found.
 */
final class BuildCommand {

    private final Command.Build args;
    private final Reporter reporter;
    private final Map<String, String> env;
    private final WarmCaches caches;

    BuildCommand(Command.Build args, Reporter reporter, Map<String, String> env) {
        this(args, reporter, env, WarmCaches.none());
    }

    /** A build that parses and sets again only the chapters {@code caches} do not hold as they are now. */
    BuildCommand(Command.Build args, Reporter reporter, Map<String, String> env, WarmCaches caches) {
        this.args = args;
        this.reporter = reporter;
        this.env = env;
        this.caches = caches;
    }

    int run() {
        Optional<Path> folder = BookSource.of(args.bookDir(), reporter);
        if (folder.isEmpty()) {
            return Galley.MANUSCRIPT_PROBLEMS;
        }
        Path bookDir = folder.get();
        var diagnostics = new Diagnostics();
        // The EPUB's scaled-down images need nothing but the image: each is made as soon as the
        // manuscript names it, on the core that converting the chapters, one after another, leaves free.
        ExecutorService images = Executors.newSingleThreadExecutor(task -> {
            var thread = new Thread(task, "galley-epub-images");
            thread.setDaemon(true);
            return thread;
        });
        var epubImages = new EpubWriter(EpubOptions.defaults());
        try {
            Optional<Book> loaded = BookSource.read(bookDir, diagnostics, env, caches.parses(), reporter,
                    asset -> images.submit(() -> epubImages.prepareImage(asset)));
            if (loaded.isEmpty()) {
                return fail(diagnostics);
            }
            if (failed(diagnostics)) {
                // what the layout would report (missing glyphs, coarse figures) comes in the same round
                BookSource.checkPrintEdition(loaded.get(), bookDir, diagnostics, reporter);
                return fail(diagnostics);
            }
            Book book = loaded.get();
            Path outDir = args.output() == null ? bookDir.resolve("dist") : args.output().toAbsolutePath().normalize();
            try {
                return write(book, bookDir, outDir, diagnostics);
            } catch (IOException e) {
                reporter.problems(problems(diagnostics));
                reporter.error("galley: cannot write to " + outDir + ": " + e.getMessage());
                return Galley.MANUSCRIPT_PROBLEMS;
            }
        } finally {
            // an image still being scaled is waited for by the EPUB writer, which wants it
            images.shutdown();
        }
    }

    private int write(Book book, Path bookDir, Path outDir, Diagnostics diagnostics) throws IOException {
        var output = new OutputFolder(outDir);
        String epubName = book.name() + ".epub";
        String pdfName = book.name() + ".pdf";
        Path epubTemp = output.stage(epubName);
        Path pdfTemp = output.stage(pdfName);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            // the site's cover copy needs no layout: make it beside the layout
            var site = new SiteWriter(SiteOptions.defaults());
            if (!args.noSite()) {
                pool.submit(() -> site.prepare(book));
            }
            // the PDF's body pages are drawn while the layout sets the next ones; the EPUB takes
            // the print edition's page map as soon as the layout is done
            long layoutStart = reporter.start("layout");
            var laidOut = new CompletableFuture<PrintEdition>();
            var layoutEnd = new AtomicLong();
            Future<Download> pdf = pool.submit(() -> {
                try {
                    Download written = writeEdition(pdfTemp, pdfName, Download.Format.PDF, out ->
                            BookSource.writePrintEdition(book, bookDir, diagnostics, out, caches, edition -> {
                                reporter.phase("layout " + edition.pageCount() + " pages", layoutStart);
                                layoutEnd.set(reporter.start("pdf"));
                                laidOut.complete(edition);
                            }));
                    int pages = laidOut.join().pageCount();
                    reporter.phase("pdf " + pages + " pages " + written.humanSize(), layoutEnd.get());
                    return written.withPageCount(pages);
                } catch (Throwable e) {
                    laidOut.completeExceptionally(e);
                    throw e;
                }
            });
            Future<Download> epub = pool.submit(() -> {
                PrintEdition print = laidOut.join();
                long t = reporter.start("epub");
                Download written = writeEdition(epubTemp, epubName, Download.Format.EPUB,
                        out -> new EpubWriter(EpubOptions.defaults(), caches.documents())
                                .write(book, print.pageMap(), diagnostics, out));
                reporter.phase("epub " + written.humanSize(), t);
                return written;
            });
            // the PDF first: when it fails, the EPUB, which waits for its layout, fails with it
            Download pdfDownload = await(pdf);
            Download epubDownload = await(epub);
            if (failed(diagnostics)) {
                output.discard();
                return fail(diagnostics);
            }
            Map<String, Path> siteFiles = args.noSite() ? Map.of()
                    : stageSite(site, book, output, List.of(epubDownload, pdfDownload), diagnostics);
            reporter.problems(problems(diagnostics));
            Path epubFile = output.commit(epubTemp, epubName);
            Path pdfFile = output.commit(pdfTemp, pdfName);
            reporter.info("wrote " + epubFile + " and " + pdfFile);
            for (Map.Entry<String, Path> file : siteFiles.entrySet()) {
                output.commit(file.getValue(), file.getKey());
            }
            if (!siteFiles.isEmpty()) {
                reporter.info("wrote the download page " + outDir.resolve(SiteWriter.PAGE)
                        + " and the catalogue " + outDir.resolve(SiteWriter.CATALOGUE));
            }
            return Galley.OK;
        } finally {
            pool.shutdownNow();
            output.discard();
        }
    }

    // The staged editions are later renamed, not rewritten, so the sizes and checksums the page and
    // the catalogue give are those of the published files. The page comes last in the returned order.
    private Map<String, Path> stageSite(SiteWriter site, Book book, OutputFolder output, List<Download> downloads,
                                        Diagnostics diagnostics) throws IOException {
        long start = reporter.start("site");
        var staged = new LinkedHashMap<String, Path>();
        for (SiteFile file : site.render(book, downloads, diagnostics)) {
            Path temp = output.stage(file.name());
            OutputFolder.write(temp, out -> out.write(file.content()));
            staged.put(file.name(), temp);
        }
        reporter.phase("site " + String.join(" ", staged.keySet()), start);
        return staged;
    }

    // The size and checksum the download page gives are worked out as the bytes go to the file.
    private static Download writeEdition(Path temp, String name, Download.Format format,
                                         OutputFolder.Content content) throws IOException {
        var download = new AtomicReference<Download>();
        OutputFolder.write(temp, out -> {
            try (var summed = new ChecksumOutputStream(out)) {
                content.writeTo(summed);
                download.set(summed.download(name, format, OptionalInt.empty()));
            }
        });
        return download.get();
    }

    private static <T> T await(Future<T> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    private int fail(Diagnostics diagnostics) {
        reporter.problems(problems(diagnostics));
        return Galley.MANUSCRIPT_PROBLEMS;
    }

    private boolean failed(Diagnostics diagnostics) {
        return Strictness.of(args).failed(diagnostics);
    }

    private List<Diagnostic> problems(Diagnostics diagnostics) {
        return Strictness.of(args).problems(diagnostics);
    }
}
