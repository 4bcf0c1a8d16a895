package galley.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The text of {@code galley --help} and {@code galley COMMAND --help}, made from {@link Verb} and {@link Option}. */
final class HelpText {

    private static final int WIDTH = 79;
    private static final int COLUMN = 22;

    private static final String ABOUT = "Builds the EPUB and the print-ready PDF of the book in BOOK_DIR (default: the"
            + " current folder) from BOOK_DIR/manuscript and BOOK_DIR/covers into BOOK_DIR/dist.";

    private static final String EXIT_STATUS = "Exit status: 0 editions written (or no problems found), 1 the"
            + " manuscript has problems (each printed as path:line: message), 2 usage error, 3 internal error,"
            + " 4 the build was killed (by a signal, as when the system runs out of memory).";

    private HelpText() {
    }

    /** Galley's help. */
    static String all() {
        var text = new StringBuilder();
        String prefix = "Usage: ";
        for (Verb verb : Verb.values()) {
            text.append(prefix).append(usage(verb)).append('\n');
            prefix = " ".repeat(prefix.length());
        }
        text.append(prefix).append("galley --help | --version\n\n");
        text.append(wrap(ABOUT, 0)).append('\n');
        text.append("Commands:\n");
        for (Verb verb : Verb.values()) {
            text.append(entry(verb.word(), verb.summary()));
        }
        text.append("\nOptions:\n");
        for (Option option : Option.values()) {
            text.append(entry(option.synopsis(), option.help()));
        }
        text.append("\nSee 'galley COMMAND --help' for the options of one command.\n\n");
        text.append(wrap(EXIT_STATUS, 0));
        return text.toString();
    }

    /** One command's help. */
    static String of(Verb verb) {
        var text = new StringBuilder("Usage: ").append(usage(verb)).append("\n\n");
        text.append(wrap(capitalised(verb.summary()) + ".", 0)).append('\n');
        text.append("Arguments:\n").append(entry(verb.operand().operandName(), verb.operand().help()));
        text.append("\nOptions:\n");
        for (Option option : verb.options()) {
            text.append(entry(option.synopsis(), option.help()));
        }
        text.append(entry(Option.HELP.synopsis(), Option.HELP.help()));
        if (verb.readsABook()) {
            text.append('\n').append(wrap(EXIT_STATUS, 0));
        }
        return text.toString();
    }

    /** {@code galley build [BOOK_DIR] [--output DIR] [--no-site] [--strict] [--quiet | --verbose]}. */
    static String usage(Verb verb) {
        var parts = new ArrayList<>(List.of("galley", verb.word(), verb.operand().usage()));
        Set<Option> options = verb.options();
        for (Option option : options) {
            if (option.alternative().filter(options::contains).isPresent()) {
                continue;
            }
            String shown = option.longName() + option.argument().map(a -> " " + a).orElse("");
            for (Option other : options) {
                if (other.alternative().filter(option::equals).isPresent()) {
                    shown += " | " + other.longName();
                }
            }
            parts.add("[" + shown + "]");
        }
        return String.join(" ", parts);
    }

    private static String entry(String term, String help) {
        String lead = "  " + term;
        String first = lead.length() + 1 < COLUMN ? lead + " ".repeat(COLUMN - lead.length()) : lead + "\n" + " ".repeat(COLUMN);
        return first + wrap(help, COLUMN).substring(COLUMN);
    }

    /** {@code text} in lines of at most {@link #WIDTH} columns, each indented by {@code indent}. */
    static String wrap(String text, int indent) {
        var out = new StringBuilder();
        var line = new StringBuilder(" ".repeat(indent));
        for (String word : text.split(" ")) {
            if (line.length() > indent && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line = new StringBuilder(" ".repeat(indent));
            }
            if (line.length() > indent) {
                line.append(' ');
            }
            line.append(word);
        }
        return out.append(line).append('\n').toString();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
