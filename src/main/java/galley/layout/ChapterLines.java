package galley.layout;

import galley.diagnostic.Diagnostic;

import java.util.List;

/**
 * One chapter set into lines: its strips of the flow, ready to be filled into pages, and the
 * warnings the setting gave, to be reported again wherever the lines are used.
 */
public final class ChapterLines {

    private final List<Slab> slabs;
    private final List<Diagnostic> warnings;

    ChapterLines(List<Slab> slabs, List<Diagnostic> warnings) {
        this.slabs = slabs;
        this.warnings = warnings;
    }

    List<Slab> slabs() {
        return slabs;
    }

    List<Diagnostic> warnings() {
        return warnings;
    }
}
