package galley.layout;

import galley.text.BreakRule;
import galley.text.Fragment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text set in small capitals without a small-capital font: each run of lower-case letters as
 * capitals four fifths the size, capitals, digits and signs as they are.
 */
final class SmallCapitals {

    /** How large a small capital is against the text's own capitals. */
    static final float SCALE = 0.8f;

    private SmallCapitals() {
    }

    /** {@code fragments} with their prose in small capitals; code, pictures and breaks as they are. */
    static List<Fragment> of(List<Fragment> fragments, Locale locale) {
        var out = new ArrayList<Fragment>(fragments.size());
        for (Fragment f : fragments) {
            if (f.rule() == BreakRule.CODE || f.image() != null || f.text().isEmpty()) {
                out.add(f);
            } else {
                split(f, locale, out);
            }
        }
        return out;
    }

    private static void split(Fragment f, Locale locale, List<Fragment> out) {
        String text = f.text();
        int start = 0;
        boolean lower = isLower(text.codePointAt(0));
        for (int i = 0; i <= text.length(); ) {
            boolean end = i == text.length();
            int cp = end ? 0 : text.codePointAt(i);
            if (end || isLower(cp) != lower) {
                if (i > start) {
                    String run = text.substring(start, i);
                    // only the first piece marks the fragment's place or note
                    Fragment piece = start == 0 ? f.withText(run) : f.withText(run).withAnchor(null);
                    out.add(lower ? piece.withText(run.toUpperCase(locale)).withStyle(f.style().withSize(f.style().size() * SCALE))
                            : piece);
                }
                start = i;
                lower = !end && isLower(cp);
            }
            i += end ? 1 : Character.charCount(cp);
        }
    }

    // a letter with a capital of its own: scripts without case stay as they are
    private static boolean isLower(int cp) {
        return Character.isLowerCase(cp) && Character.toUpperCase(cp) != cp;
    }
}
