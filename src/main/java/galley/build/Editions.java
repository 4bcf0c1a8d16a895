package galley.build;

import galley.diagnostic.Diagnostics;
import galley.epub.EpubOptions;
import galley.epub.EpubWriter;
import galley.model.Book;
import galley.pdf.PrintEdition;
import galley.site.Download;
import galley.site.SiteFile;
import galley.site.SiteOptions;
import galley.site.SiteWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The writing half of a build: the print edition laid out and drawn while the EPUB waits for its
 * page map, then the download page, each staged beside the output folder and committed together.
 */
final class Editions {

    private final BuildReport report;
    private final Strictness strictness;
    private final WarmCaches caches;
    private final BookSource source;
    private final ExecutorService pool;

    Editions(BuildReport report, Strictness strictness, WarmCaches caches, BookSource source, BuildThreads threads) {
        this.report = report;
        this.strictness = strictness;
        this.caches = caches;
        this.source = source;
        this.pool = threads.all();
    }

    /** Writes both editions (and the site when {@code withSite}) of a book without errors; false when the layout found some. */
    boolean write(Book book, Path outDir, boolean withSite, Diagnostics diagnostics) throws IOException {
        var output = new OutputFolder(outDir);
        String epubName = book.name() + ".epub";
        String pdfName = book.name() + ".pdf";
        Path epubTemp = output.stage(epubName);
        Path pdfTemp = output.stage(pdfName);
        var running = new ArrayList<Future<?>>();
        try {
            // the site's cover copy needs no layout: make it beside the layout
            var site = new SiteWriter(SiteOptions.defaults());
            if (withSite) {
                running.add(pool.submit(() -> site.prepare(book)));
            }
            // the PDF's body pages are drawn while the layout sets the next ones; the EPUB takes
            // the print edition's page map as soon as the layout is done
            long layoutStart = report.start("layout");
            var laidOut = new CompletableFuture<PrintEdition>();
            var layoutEnd = new AtomicLong();
            Future<Download> pdf = pool.submit(() -> {
                try {
                    Download written = writeEdition(pdfTemp, pdfName, Download.Format.PDF, out ->
                            source.writePrintEdition(book, diagnostics, out, caches, edition -> {
                                report.phase("layout " + edition.pageCount() + " pages", layoutStart);
                                layoutEnd.set(report.start("pdf"));
                                laidOut.complete(edition);
                            }));
                    int pages = laidOut.join().pageCount();
                    report.phase("pdf " + pages + " pages " + written.humanSize(), layoutEnd.get());
                    return written.withPageCount(pages);
                } catch (Throwable e) {
                    laidOut.completeExceptionally(e);
                    throw e;
                }
            });
            running.add(pdf);
            Future<Download> epub = pool.submit(() -> {
                PrintEdition print = laidOut.join();
                long t = report.start("epub");
                Download written = writeEdition(epubTemp, epubName, Download.Format.EPUB,
                        out -> new EpubWriter(EpubOptions.defaults(), caches.documents())
                                .write(book, print.pageMap(), diagnostics, out));
                report.phase("epub " + written.humanSize(), t);
                return written;
            });
            running.add(epub);
            // the PDF first: when it fails, the EPUB, which waits for its layout, fails with it
            Download pdfDownload = await(pdf);
            Download epubDownload = await(epub);
            if (strictness.failed(diagnostics)) {
                output.discard();
                report.problems(strictness.problems(diagnostics));
                return false;
            }
            Map<String, Path> siteFiles = withSite
                    ? stageSite(site, book, output, List.of(epubDownload, pdfDownload), diagnostics) : Map.of();
            report.problems(strictness.problems(diagnostics));
            var names = new ArrayList<>(List.of(epubName, pdfName));
            names.addAll(siteFiles.keySet());
            OutputRule.checkTargets(outDir, names);
            Path epubFile = output.commit(epubTemp, epubName);
            Path pdfFile = output.commit(pdfTemp, pdfName);
            report.info("wrote " + epubFile + " and " + pdfFile);
            for (Map.Entry<String, Path> file : siteFiles.entrySet()) {
                output.commit(file.getValue(), file.getKey());
            }
            if (!siteFiles.isEmpty()) {
                report.info("wrote the download page " + outDir.resolve(SiteWriter.PAGE)
                        + " and the catalogue " + outDir.resolve(SiteWriter.CATALOGUE));
            }
            return true;
        } finally {
            // what is left of a failed build stops; the build's threads are shut by its pipeline
            running.forEach(task -> task.cancel(true));
            output.discard();
        }
    }

    // The staged editions are later renamed, not rewritten, so the sizes and checksums the page and
    // the catalogue give are those of the published files. The page comes last in the returned order.
    private Map<String, Path> stageSite(SiteWriter site, Book book, OutputFolder output, List<Download> downloads,
                                        Diagnostics diagnostics) throws IOException {
        long start = report.start("site");
        var staged = new LinkedHashMap<String, Path>();
        for (SiteFile file : site.render(book, downloads, diagnostics)) {
            Path temp = output.stage(file.name());
            OutputFolder.write(temp, out -> out.write(file.content()));
            staged.put(file.name(), temp);
        }
        report.phase("site " + String.join(" ", staged.keySet()), start);
        return staged;
    }

    // The size and checksum the download page gives are worked out as the bytes go to the file.
    private Download writeEdition(Path temp, String name, Download.Format format,
                                         OutputFolder.Content content) throws IOException {
        var download = new AtomicReference<Download>();
        OutputFolder.write(temp, out -> {
            try (var summed = new ChecksumOutputStream(out, pool)) {
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
}
