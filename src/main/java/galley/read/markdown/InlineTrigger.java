package galley.read.markdown;

import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

import java.util.Set;
import java.util.function.Supplier;

/**
 * A Flexmark parser extension that gives the inline parser one reader of its own, called where the
 * text holds one of its trigger characters; it takes no options and no place among other readers.
 */
abstract class InlineTrigger implements Parser.ParserExtension {

    private final String characters;
    private final Supplier<InlineParserExtension> reader;

    InlineTrigger(String characters, Supplier<InlineParserExtension> reader) {
        this.characters = characters;
        this.reader = reader;
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new Factory());
    }

    private final class Factory implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return characters;
        }

        @Override
        public InlineParserExtension apply(LightInlineParser parser) {
            return reader.get();
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}
