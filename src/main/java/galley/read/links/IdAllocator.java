package galley.read.links;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hands out anchors unique across the book, adding -1, -2 ... to a wanted id already taken as pandoc does, and
 * keeping the authors' ids out of the forms the editions generate themselves.
 */
public final class IdAllocator {

    // the EPUB's page-break markers (page-12, page-iv, page-12-2) and the notes with their back
    // references (ch3-note-2, ch3-note-2-ref, ch3-note-2-ref-3): an author's id of that form would
    // collide with one the EPUB writes after the reader is done
    private static final Pattern GENERATED = Pattern.compile(
            "page-(\\d+|[ivxlcdm]+)(-\\d+)?|.+-note-\\d+(-\\d+)*(-ref(-\\d+)?)?");
    // appended to an author's id of a generated form; no generated form ends in a letter after a number
    private static final String OUT_OF_THE_WAY = "-h";

    private final Set<String> taken = new HashSet<>();
    private final Map<String, Integer> nextSuffix = new HashMap<>();

    /** {@code wanted} itself when free and not of a generated form, else the first free variant. */
    String allocate(String wanted) {
        return unique(GENERATED.matcher(wanted).matches() ? wanted + OUT_OF_THE_WAY : wanted);
    }

    /** An id of a generated form, such as a note's, made unique like any other. */
    String allocateGenerated(String wanted) {
        return unique(wanted);
    }

    private String unique(String wanted) {
        if (taken.add(wanted)) {
            return wanted;
        }
        int n = nextSuffix.getOrDefault(wanted, 1);
        while (!taken.add(wanted + "-" + n)) {
            n++;
        }
        nextSuffix.put(wanted, n + 1);
        return wanted + "-" + n;
    }
}
