package galley.read.markdown;

import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;

import java.util.Set;

/**
 * A Flexmark block parser factory that asks for no place among the other block parsers and keeps
 * no document-wide state, which is what Galley's pandoc block readers are; a reader that must run
 * before others overrides {@link #getBeforeDependents()}.
 */
abstract class UnorderedBlockFactory implements CustomBlockParserFactory {

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
