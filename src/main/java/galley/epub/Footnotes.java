package galley.epub;

import galley.model.Inline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The notes a chapter has referenced so far, in order of first reference, to be set as footnote
 * asides at the chapter's end. A note referenced twice is set once; each reference gets its own id.
 */
final class Footnotes {

    private final List<Inline.NoteRef> notes = new ArrayList<>();
    private final Map<String, Integer> referenceCount = new HashMap<>();

    /** Registers a reference to {@code note} and returns the id of the reference's anchor. */
    String reference(Inline.NoteRef note) {
        int count = referenceCount.merge(note.id(), 1, Integer::sum);
        if (count == 1) {
            notes.add(note);
            return backReference(note);
        }
        return backReference(note) + "-" + count;
    }

    /** The id of the first reference to {@code note}, which the note's back link returns to. */
    static String backReference(Inline.NoteRef note) {
        return note.id() + "-ref";
    }

    /** How many notes have been registered; a note's own text may register more. */
    int size() {
        return notes.size();
    }

    /** The note registered {@code index}-th. */
    Inline.NoteRef get(int index) {
        return notes.get(index);
    }
}
