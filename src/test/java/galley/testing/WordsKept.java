package galley.testing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The rule that no word is lost, as a check on a built book: every word of the manuscript's prose
 * (three letters or more, outside comments, link targets, attribute blocks and tags) is found in the
 * EPUB's text and in the PDF's text, unless the build reported a problem in that file at or before
 * the word's line, which is how a reader of the build's output learns what was dropped and why.
 *
 * <p>The manuscript's words are found by stripping what a reader never sees with a few patterns,
 * independently of Galley's reader, so that a construct the reader drops silently shows up here.
 * Text without spaces between words (Chinese, Japanese) is checked as runs of three characters.
 */
public final class WordsKept {

    /** A word of the manuscript that one edition lacks, where it stands, and which edition. */
    public record Lost(String word, String file, int line, String edition) {
        @Override
        public String toString() {
            return file + ":" + line + ": \"" + word + "\" is missing from the " + edition;
        }
    }

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R.*?\\R(?:---|\\.\\.\\.)\\R", Pattern.DOTALL);
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final List<Pattern> HIDDEN = List.of(
            Pattern.compile("\\{\\{#[a-z_]+[^}]*}}"),                                // mdBook directives
            Pattern.compile("(?m)^\\s{0,3}\\[[^\\]]+]:\\s*\\S+.*$"),                 // reference definitions
            Pattern.compile("(?m)^\\s*(?::::+|```+|~~~+).*$"),                        // fence lines with their info strings
            Pattern.compile("]\\((?:<[^>]*>|[^)\\s]*)(?:\\s+\"[^\"]*\")?\\)"),       // link and image targets
            Pattern.compile("]\\[[^\\]]*]|\\[\\^[^\\]]+]"),                           // reference and note labels
            Pattern.compile("\\{[#.][^}\\n]*}|\\{-}|\\{=[a-z]+}|\\{[a-z-]+=[^}\\n]*}"), // attribute blocks
            Pattern.compile("<[^>\\n]+>"),                                            // tags (their text stays)
            Pattern.compile("(?:https?|ftp|mailto)://\\S+|www\\.\\S+|\\S+@\\S+\\.\\w+"), // addresses, which may wrap
            Pattern.compile("&#?\\w+;"));                                            // entities
    /** An image: print shows its title as the caption, or its alternative text when it has no title. */
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\((?:<[^>]*>|[^)\\s]*)(?:\\s+\"([^\"]*)\")?\\)");
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private static final Pattern UNSPACED = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]+");
    // anywhere in a line, not only at its end: right-to-left text may be set after the break in a mixed line
    private static final Pattern LINE_END_HYPHEN = Pattern.compile("(\\p{L}+)[-\\u2010]");
    private static final Pattern NO_GLYPH = Pattern.compile("U\\+([0-9A-F]{4,6}) [^\\n]* has no glyph");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern REPORTED = Pattern.compile("(?m)^([^\\n]+?):(\\d+): ");

    private WordsKept() {
    }

    /**
     * The words of {@code bookDir/manuscript} missing from either edition and not covered by a problem
     * that {@code printed} (the build's diagnostics) reports in the same file at or before the word.
     */
    public static List<Lost> lost(Path bookDir, Path epub, Path pdf, String printed) {
        Map<String, Integer> reported = firstProblemLines(printed);
        Path manuscript = bookDir.resolve("manuscript");
        List<Lost> lost = new ArrayList<>();
        missing(sourceWords(manuscript, false), new Edition("EPUB", epubText(epub)), reported, lost);
        Set<Integer> unprintable = withoutGlyph(printed);
        Map<String, Place> printWords = new LinkedHashMap<>(sourceWords(manuscript, true));
        printWords.keySet().removeIf(word -> word.codePoints().anyMatch(unprintable::contains));
        missing(printWords, new Edition("PDF", pdfText(pdf)), reported, lost);
        return lost;
    }

    private static void missing(Map<String, Place> words, Edition edition, Map<String, Integer> reported, List<Lost> lost) {
        words.forEach((word, place) -> {
            Integer firstReport = reported.get(place.file());
            boolean warned = firstReport != null && firstReport <= place.line();
            if (!warned && !edition.holds(word)) {
                lost.add(new Lost(word, place.file(), place.line(), edition.name()));
            }
        });
    }

    /**
     * An edition's text, compacted, with the word pieces that stand before a hyphen: a word hyphenated
     * at a page's foot has the page's notes and furniture between its two halves.
     */
    private record Edition(String name, String compacted, Set<String> hyphenatedStarts) {

        Edition(String name, String text) {
            this(name, compact(text), hyphenatedStarts(normal(text)));
        }

        /** Whether the word is in the text whole, or in pieces each ending at a hyphen but the last. */
        boolean holds(String word) {
            String rest = word;
            while (!compacted.contains(rest)) {
                String piece = "";
                for (String start : hyphenatedStarts) {
                    if (start.length() > piece.length() && start.length() < rest.length() && rest.startsWith(start)) {
                        piece = start;
                    }
                }
                if (piece.isEmpty()) {
                    return false;
                }
                rest = rest.substring(piece.length());
            }
            return true;
        }

        private static Set<String> hyphenatedStarts(String text) {
            Set<String> starts = new HashSet<>();
            Matcher m = LINE_END_HYPHEN.matcher(text);
            while (m.find()) {
                starts.add(m.group(1));
            }
            return starts;
        }
    }

    private record Place(String file, int line) {
    }

    /** The characters that the build named as having no glyph in the PDF's fonts (named once, wherever first met). */
    private static Set<Integer> withoutGlyph(String printed) {
        Set<Integer> named = new HashSet<>();
        Matcher m = NO_GLYPH.matcher(printed);
        while (m.find()) {
            named.add(Integer.parseInt(m.group(1), 16));
        }
        return named;
    }

    private static Map<String, Integer> firstProblemLines(String printed) {
        Map<String, Integer> first = new LinkedHashMap<>();
        Matcher m = REPORTED.matcher(printed);
        while (m.find()) {
            first.merge(m.group(1), Integer.parseInt(m.group(2)), Math::min);
        }
        return first;
    }

    /** Every word of the manuscript's visible prose with the first place it stands. */
    static Map<String, Place> sourceWords(Path manuscript, boolean print) {
        Map<String, Place> words = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(manuscript)) {
            files = walk.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".markdown"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            String name = manuscript.getParent().relativize(file).toString().replace('\\', '/');
            String text = visible(read(file), print);
            int lineNumber = 0;
            for (String line : text.split("\n", -1)) {
                lineNumber++;
                for (String word : wordsOf(normal(line))) {
                    words.putIfAbsent(word, new Place(name, lineNumber));
                }
            }
        }
        return words;
    }

    /**
     * The text with what a reader never sees blanked out, line breaks kept so that lines still count.
     * An image alone on its line is a figure, whose title (or else alternative text) is its caption in
     * both editions; an image inside a line of text shows its words only to the EPUB's reader, as its
     * alternative text and title.
     */
    static String visible(String markdown, boolean print) {
        String text = markdown.replace("\r\n", "\n").replace('\r', '\n');
        text = blank(FRONT_MATTER.matcher(text));
        text = blank(COMMENT.matcher(text));
        text = captions(text, print);
        for (Pattern hidden : HIDDEN) {
            text = blank(hidden.matcher(text));
        }
        return text;
    }

    private static String captions(String all, boolean print) {
        Matcher m = IMAGE.matcher(all);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String text = m.group(0);
            String lines = "\n".repeat((int) text.chars().filter(c -> c == '\n').count());
            String title = m.group(2) == null ? "" : m.group(2);
            String shown;
            if (aloneOnItsLine(all, m)) {
                shown = title.isEmpty() ? m.group(1) : title;
            } else {
                shown = print ? "" : m.group(1) + " " + title;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(" " + shown.replace('\n', ' ') + " " + lines));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Whether the image is a paragraph of its own: alone on its line, with no text on the lines around it. */
    private static boolean aloneOnItsLine(String all, Matcher m) {
        int lineStart = all.lastIndexOf('\n', m.start() - 1) + 1;
        int lineEnd = all.indexOf('\n', m.end());
        lineEnd = lineEnd < 0 ? all.length() : lineEnd;
        int previousStart = lineStart == 0 ? 0 : all.lastIndexOf('\n', lineStart - 2) + 1;
        int nextEnd = lineEnd == all.length() ? lineEnd : all.indexOf('\n', lineEnd + 1);
        nextEnd = nextEnd < 0 ? all.length() : nextEnd;
        return all.substring(lineStart, m.start()).isBlank()
                && all.substring(m.end(), lineEnd).isBlank()
                && all.substring(previousStart, lineStart).isBlank()
                && all.substring(Math.min(lineEnd + 1, all.length()), nextEnd).isBlank();
    }

    private static String blank(Matcher m) {
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(" " + "\n".repeat((int) m.group().chars().filter(c -> c == '\n').count())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<String> wordsOf(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            for (String word : byScript(m.group())) {
                addWord(word, words);
            }
        }
        return words;
    }

    /** The word split where its script changes: two scripts side by side may be set in either order. */
    private static List<String> byScript(String letters) {
        List<String> runs = new ArrayList<>();
        int start = 0;
        Character.UnicodeScript previous = null;
        for (int i = 0; i < letters.length(); ) {
            int c = letters.codePointAt(i);
            Character.UnicodeScript script = unspacedScript(c) ? Character.UnicodeScript.HAN : Character.UnicodeScript.of(c);
            if (previous != null && script != previous) {
                runs.add(letters.substring(start, i));
                start = i;
            }
            previous = script;
            i += Character.charCount(c);
        }
        runs.add(letters.substring(start));
        return runs.stream().filter(run -> run.codePointCount(0, run.length()) >= 3).toList();
    }

    private static boolean unspacedScript(int c) {
        return UNSPACED.matcher(new String(Character.toChars(c))).matches();
    }

    /** A word, or for text set without spaces, its runs of three characters. */
    private static void addWord(String word, List<String> words) {
        if (!UNSPACED.matcher(word).matches()) {
            words.add(word);
            return;
        }
        for (int i = 0; i + 3 <= word.length(); i += 3) {
            words.add(word.substring(i, i + 3));
        }
    }

    private static String epubText(Path epub) {
        StringBuilder text = new StringBuilder();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.getName().endsWith(".xhtml")) {
                    String xhtml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                    var document = Jsoup.parse(xhtml, "", Parser.xmlParser());
                    document.select("head").remove();
                    text.append(document.text()).append(' ');
                    // alternative text is how a reader of the EPUB meets a figure's words
                    document.select("img").forEach(img -> text.append(img.attr("alt")).append(' ')
                            .append(img.attr("title")).append(' '));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static String pdfText(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text normalised and with every space, hyphen and continuation mark removed, so that a word
     * broken at a line end, split around a page's furniture or wrapped in code is still found.
     */
    private static String compact(String text) {
        return normal(text).replaceAll("[\\s\\u00ad\\u2010\\u2011\\-\\u21aa\\u21b5]+", "");
    }

    private static String normal(String text) {
        // marks dropped: text extraction places a combining mark wherever its glyph's box sorts, not after its letter
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replace("\u00ad", "");
        return COMBINING.matcher(decomposed).replaceAll("").toLowerCase(java.util.Locale.ROOT);
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
