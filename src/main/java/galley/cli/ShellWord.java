package galley.cli;

import java.util.regex.Pattern;

/** A word as a POSIX shell reads it back unchanged: as it is when it is plain, else in single quotes. */
final class ShellWord {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private ShellWord() {
    }

    static String quote(String word) {
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        // a single quote cannot stand inside single quotes: close, escape it, reopen
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
