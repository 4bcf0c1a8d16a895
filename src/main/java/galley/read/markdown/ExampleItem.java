package galley.read.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** An item of a pandoc example list in Flexmark's tree: {@code (@)} or {@code (@label)} and the blocks after it. */
public final class ExampleItem extends Block {

    private final String label;
    private final BasedSequence marker;

    ExampleItem(BasedSequence marker, String label) {
        super(marker);
        this.marker = marker;
        this.label = label;
    }

    /** The label text may refer to the item by, empty for {@code (@)}. */
    public String label() {
        return label;
    }

    BasedSequence marker() {
        return marker;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {marker};
    }
}
