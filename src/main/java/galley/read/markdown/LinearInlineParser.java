package galley.read.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flexmark's inline parser with its two matching methods made linear. Flexmark snapshots every
 * successful match with {@link Matcher#toMatchResult()}, which on Java 17 copies the whole
 * paragraph, so each link, code span, entity, HTML tag and line break cost the paragraph's full
 * length: a 300 KB paragraph of 20 000 links took minutes. These overrides read the positions
 * straight from the matcher, with the same results. A link destination may nest parentheses at
 * most {@value #MAX_PAREN_DEPTH} deep, as in cmark: without a limit every {@code [a](} of a line
 * of them scanned on to the end of the paragraph. Text inside the paragraph that must be read as
 * inlines of its own, an inline note's, is read by a parser nested in this one ({@link #parseNested}).
 */
public final class LinearInlineParser extends InlineParserImpl {

    /** Deepest nesting of parsers reading text inside text, such as inline notes inside inline notes. */
    static final int MAX_NESTING = 8;

    private final DataHolder options;
    private final BitSet specialCharacters;
    private final BitSet delimiterCharacters;
    private final Map<Character, DelimiterProcessor> delimiterProcessors;
    private final LinkRefProcessorData linkRefProcessors;
    private final List<InlineParserExtensionFactory> inlineParserExtensions;
    private int nesting;

    public LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                       Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                       List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
        this.options = options;
        this.specialCharacters = specialCharacters;
        this.delimiterCharacters = delimiterCharacters;
        this.delimiterProcessors = delimiterProcessors;
        this.linkRefProcessors = linkRefProcessors;
        this.inlineParserExtensions = inlineParserExtensions;
    }

    /** Whether one more parser may be nested inside this one. */
    boolean mayNest() {
        return nesting < MAX_NESTING;
    }

    /**
     * Reads {@code content} as inlines into {@code container} with a parser of its own, so that
     * this one's brackets and delimiters, half read, are left as they are.
     */
    void parseNested(BasedSequence content, Node container) {
        var nested = new LinearInlineParser(options, specialCharacters, delimiterCharacters, delimiterProcessors,
                linkRefProcessors, inlineParserExtensions);
        nested.nesting = nesting + 1;
        nested.initializeDocument(getDocument());
        nested.parse(content, container);
    }

    /** Deepest nesting of unescaped parentheses in a link destination, as cmark allows. */
    static final int MAX_PAREN_DEPTH = 32;

    // A failed scan that passes the next opening of a destination nests one level deeper there, so
    // with a limit each scan ends within the next few dozen destinations and the whole is linear.
    @Override
    public BasedSequence parseLinkDestination() {
        if (linkDestinationParser == null || !nestsTooDeep()) {
            return super.parseLinkDestination();
        }
        return match(myParsing.LINK_DESTINATION_ANGLES);
    }

    // Follows Flexmark's LinkDestinationParser: a backslash escapes the next escapable character,
    // a space or control character or an unmatched ')' ends the destination.
    private boolean nestsTooDeep() {
        int depth = 0;
        for (int i = index; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\\' && linkDestinationParser.PAREN_ESCAPABLE_CHARS.get(input.safeCharAt(i + 1))) {
                i++;
            } else if (c == '(') {
                if (++depth > MAX_PAREN_DEPTH) {
                    return true;
                }
            } else if (c == ')') {
                if (--depth < 0) {
                    return false;
                }
            } else if (linkDestinationParser.EXCLUDED_0_TO_SPACE_CHARS.get(c)) {
                return false;
            }
        }
        return false;
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = find(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = find(re);
        if (matcher == null) {
            return null;
        }
        var groups = new BasedSequence[matcher.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return groups;
    }

    // As Flexmark's: a match found from the current index on moves the index past it.
    private Matcher find(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }
}
