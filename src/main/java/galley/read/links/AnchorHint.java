package galley.read.links;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The "did you mean" of a link to a missing anchor: an anchor that differs only in case or in a {@code -N} suffix. */
final class AnchorHint {

    private static final Pattern SUFFIX = Pattern.compile("-\\d+$");

    private AnchorHint() {
    }

    /** The first, in sorted order, of {@code anchors} that {@code missing} comes near; empty when none does. */
    static Optional<String> nearest(String missing, Collection<String> anchors) {
        String wanted = key(missing);
        String lower = missing.toLowerCase(Locale.ROOT);
        Optional<String> sameButCase = anchors.stream().filter(a -> a.toLowerCase(Locale.ROOT).equals(lower)).sorted().findFirst();
        if (sameButCase.isPresent()) {
            return sameButCase;
        }
        return anchors.stream().filter(a -> key(a).equals(wanted)).sorted().findFirst();
    }

    // an anchor without case and without the suffix that tells repeated headings apart
    private static String key(String anchor) {
        return SUFFIX.matcher(anchor.toLowerCase(Locale.ROOT)).replaceFirst("");
    }
}
