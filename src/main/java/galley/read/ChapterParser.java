package galley.read;

import galley.diagnostic.Problem;
import galley.read.markdown.AttributeBraces;
import galley.read.markdown.ExampleLists;
import galley.read.markdown.FencedDivs;
import galley.read.markdown.GatedAutolinks;
import galley.read.markdown.InlineNotes;
import galley.read.markdown.GatedHeadings;
import galley.read.markdown.LineBlocks;
import galley.read.markdown.LinearInlineParser;
import galley.read.markdown.MarkdownGuard;
import galley.read.markdown.ScriptDelimiters;
import galley.read.markdown.PandocTable;
import galley.read.markdown.PandocTables;
import galley.read.yaml.YamlDocument;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import galley.diagnostic.Diagnostics;
import galley.model.Language;
import galley.model.QuoteStyle;

import java.util.List;
import java.util.Optional;

/**
 * Reads and parses one chapter file with Flexmark, for the book's language: the unit of work a
 * caller of {@link ReadUnits#parseAll} runs for each file, wherever and however often it likes.
 */
public final class ChapterParser {

    static final long MAX_FILE_BYTES = 32L * 1024 * 1024;

    private final Parser parser;
    private final String lang;
    private final ImageRegistry images;
    private final String firstPath;

    /**
     * A parser for a book in {@code language}, which checks the images a parsed file shows in
     * {@code images} and reads a title block at the top of the file at {@code firstPath}, the book's first.
     */
    ChapterParser(Language language, ImageRegistry images, String firstPath) {
        // Flexmark leaves out its link reference definitions when the inline parser is not its
        // own, so they are added back after the extensions' pre-processors, where Flexmark puts them
        this.parser = Parser.builder(options(language.quotes()))
                .customInlineParserFactory(LinearInlineParser::new)
                .customBlockParserFactory(new GatedHeadings())
                .customBlockParserFactory(new FencedDivs())
                .customBlockParserFactory(new PandocTables())
                .customBlockParserFactory(new LineBlocks())
                .customBlockParserFactory(new ExampleLists())
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
                .build();
        this.lang = language.tag();
        this.images = images;
        this.firstPath = firstPath;
    }

    /** The book's language tag, on which a parse depends beside the file's bytes (its quotation marks). */
    public String language() {
        return lang;
    }

    static MutableDataSet options(QuoteStyle quotes) {
        var options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(), ScriptDelimiters.create(), FootnoteExtension.create(), InlineNotes.create(),
                DefinitionExtension.create(), AttributeBraces.create(), GatedAutolinks.create(),
                TypographicExtension.create(), YamlFrontMatterExtension.create()));
        // replaced by GatedHeadings, which asks Flexmark's only about lines that can be headings
        options.set(Parser.HEADING_PARSER, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(TypographicExtension.DOUBLE_QUOTE_OPEN, quotes.doubleOpen());
        options.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, quotes.doubleClose());
        options.set(TypographicExtension.DOUBLE_QUOTE_UNMATCHED, "\"");
        options.set(TypographicExtension.SINGLE_QUOTE_OPEN, quotes.singleOpen());
        options.set(TypographicExtension.SINGLE_QUOTE_CLOSE, quotes.singleClose());
        options.set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, "’");
        options.set(TypographicExtension.ANGLE_QUOTE_OPEN, "«");
        options.set(TypographicExtension.ANGLE_QUOTE_CLOSE, "»");
        options.set(TypographicExtension.ANGLE_QUOTE_UNMATCHED, null);
        options.set(TypographicExtension.EN_DASH, "–");
        options.set(TypographicExtension.EM_DASH, "—");
        options.set(TypographicExtension.ELLIPSIS, "…");
        options.set(TypographicExtension.ELLIPSIS_SPACED, "…");
        return options;
    }

    /**
     * Checks now, on the calling thread, the images {@code parsed} shows, whose checks depend on
     * nothing but the files, so that they are ready when the chapters are read in order.
     * Reference-style images are left to be checked when they are resolved.
     */
    public void parsed(ParsedFile parsed) {
        for (Node node : parsed.document().getDescendants()) {
            if (node instanceof Image image) {
                images.checkAhead(SourceChars.unescaped(image.getUrl()), parsed.file().path());
            }
        }
    }

    /**
     * The file read and parsed, a plain function of its bytes and the book's language (and, for a
     * file whose layout filters it, of the files it includes: see {@link ChapterFile#ownBytesOnly}); empty when
     * it cannot be, with the reason reported to {@code diagnostics}.
     */
    public Optional<ParsedFile> parse(ChapterFile file, Diagnostics diagnostics) {
        Optional<TextFile> read = TextFile.read(file.file(), file.path(), MAX_FILE_BYTES, diagnostics);
        if (read.isEmpty() || !MarkdownGuard.admits(read.get(), diagnostics)) {
            return Optional.empty();
        }
        SourceFilter.Filtered filtered = file.filter().apply(read.get(), file, diagnostics);
        TextFile text = filtered.text();
        if (filtered.markersOnly() || text != read.get() && !MarkdownGuard.admits(text, diagnostics)) {
            return Optional.empty();
        }
        // as pandoc reads it: only at the top of the manuscript, the first file, and not in another tool's layout
        Optional<TitleBlock> titleBlock = file.path().equals(firstPath) && file.ownBytesOnly()
                ? TitleBlock.read(text.text()) : Optional.empty();
        if (titleBlock.isPresent()) {
            text = new TextFile(text.path(), titleBlock.get().without(text.text()));
        }
        Document document;
        try {
            document = parser.parse(text.text());
            PandocTable.parseCells(document, parser::parse);
        } catch (StackOverflowError e) {
            Problem.MARKDOWN_UNREADABLE.report(diagnostics, file.path(), 1,
                    "the Markdown is nested too deeply to be read");
            return Optional.empty();
        } catch (RuntimeException | AssertionError e) {
            Problem.MARKDOWN_UNREADABLE.report(diagnostics, file.path(), 1,
                    "the Markdown could not be read: " + e.getClass().getSimpleName());
            return Optional.empty();
        }
        return Optional.of(new ParsedFile(file, text, document, frontMatterTitle(document, text, diagnostics),
                filtered.classes(), titleBlock));
    }

    private static Optional<String> frontMatterTitle(Document document, TextFile text, Diagnostics diagnostics) {
        Node first = document.getFirstChild();
        if (!(first instanceof YamlFrontMatterBlock block)) {
            return Optional.empty();
        }
        String chars = block.getChars().toString();
        int open = chars.indexOf('\n');
        int close = chars.lastIndexOf('\n');
        if (open < 0 || close <= open) {
            return Optional.empty();
        }
        var yaml = new YamlDocument(text.path(), text.lineAt(block.getStartOffset()) + 1);
        return yaml.compose(chars.substring(open + 1, close + 1), diagnostics)
                .flatMap(root -> YamlDocument.entries(root).stream()
                        .filter(t -> YamlDocument.keyText(t).filter("title"::equals).isPresent())
                        .findFirst())
                .flatMap(t -> YamlDocument.scalar(t.getValueNode()))
                .map(String::strip)
                .filter(t -> !t.isEmpty());
    }
}
