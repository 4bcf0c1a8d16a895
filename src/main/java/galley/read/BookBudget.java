package galley.read;

import galley.diagnostic.Diagnostics;
import galley.diagnostic.Problem;
import galley.model.ImageAsset;
import galley.read.yaml.BookYaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

/**
 * The most one book may hold, so that its build stays within a gigabyte of memory: the Markdown's
 * bytes, its chapter files, footnotes, and its images' pixels and bytes. Checked as soon as each is
 * known, before the work it would cost; the system property {@code galley.limits} multiplies every
 * limit (a build past the defaults then needs a larger heap).
 *
 * @param manuscriptBytes the chapter files' total size
 * @param chapters        the number of chapter files
 * @param notes           the number of footnotes
 * @param imagePixels     the images' total pixels
 * @param imageBytes      the image files' total size
 */
public record BookBudget(long manuscriptBytes, long chapters, long notes, long imagePixels, long imageBytes) {

    /** The system property whose value, a number such as 2 or 0.5, multiplies every limit. */
    public static final String PROPERTY = "galley.limits";

    /** The limits a build with a heap of 1 GB can take. */
    static final BookBudget DEFAULT = new BookBudget(12L << 20, 5_000, 50_000, 1_500_000_000L, 160L << 20);

    /** The default limits times the factor {@link #PROPERTY} gives, or the defaults when it gives none. */
    static BookBudget fromSystem(Diagnostics diagnostics) {
        String factor = System.getProperty(PROPERTY);
        if (factor == null || factor.isBlank()) {
            return DEFAULT;
        }
        try {
            double times = Double.parseDouble(factor.strip());
            if (times > 0 && times <= 1_000) {
                return DEFAULT.times(times);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        Problem.BOOK_TOO_LARGE.report(diagnostics, BookYaml.PATH, 1, "the system property " + PROPERTY
                + " must be a number above 0 and at most 1000, such as 2; it is '" + factor + "'");
        return DEFAULT;
    }

    BookBudget times(double factor) {
        return new BookBudget(scale(manuscriptBytes, factor), scale(chapters, factor), scale(notes, factor),
                scale(imagePixels, factor), scale(imageBytes, factor));
    }

    private static long scale(long limit, double factor) {
        return Math.max(1L, (long) Math.min(Long.MAX_VALUE / 2.0, limit * factor));
    }

    /** Whether the chapter files are within the limits of their number and their total size; reports each one passed. */
    boolean admitsFiles(List<ChapterFile> files, Diagnostics diagnostics) {
        long bytes = 0;
        for (ChapterFile file : files) {
            try {
                bytes += Files.size(file.file());
            } catch (IOException | UncheckedIOException | SecurityException e) {
                // an unreadable file is the reader's to report
            }
        }
        boolean fits = within(files.size(), chapters, "chapter files", "", diagnostics);
        return within(bytes, manuscriptBytes, "bytes of Markdown", "", diagnostics) && fits;
    }

    /** Whether the book's footnotes are within the limit; reports it passed. */
    boolean admitsNotes(long count, Diagnostics diagnostics) {
        return within(count, notes, "footnotes", "", diagnostics);
    }

    /** Whether the book's images are within the limits of their pixels and bytes; reports each one passed. */
    boolean admitsImages(List<ImageAsset> images, Diagnostics diagnostics) {
        long pixels = 0;
        long bytes = 0;
        for (ImageAsset image : images) {
            pixels += (long) image.width() * image.height();
            try {
                bytes += Files.size(image.file());
            } catch (IOException | UncheckedIOException | SecurityException e) {
                // checked readable when it was registered
            }
        }
        boolean fits = within(pixels, imagePixels, "pixels of images", " across " + images.size() + " images",
                diagnostics);
        return within(bytes, imageBytes, "bytes of image files", " across " + images.size() + " images", diagnostics)
                && fits;
    }

    private static boolean within(long count, long limit, String what, String where, Diagnostics diagnostics) {
        if (count <= limit) {
            return true;
        }
        Problem.BOOK_TOO_LARGE.report(diagnostics, BookYaml.PATH, 1, String.format(Locale.ROOT,
                "the book is too large to build: %,d %s%s, more than the limit of %,d; raise every limit with"
                        + " -D%s=2 (or more), and give Java memory to match, e.g. -Xmx2g", count, what, where, limit,
                PROPERTY));
        return false;
    }
}
