package galley.cli;

import java.util.Arrays;
import java.util.Optional;

/**
 * An option of Galley's command line, as the parser, the help and the shell completions all read
 * it: its long and short names, the argument it takes, and what it does.
 */
enum Option {

    OUTPUT("--output", "-o", "DIR", "write the editions to DIR instead of BOOK_DIR/dist"),
    NO_SITE("--no-site", null, null, "write only the editions: no index.html, opds.xml or cover copy"),
    STRICT("--strict", null, null, "treat every warning (such as an image without alt text) as an error"),
    QUIET("--quiet", "-q", null, "print only problems"),
    VERBOSE("--verbose", "-v", null,
            "print more detail (memory, fonts, files), and a stack trace on internal errors"),
    HELP("--help", "-h", null, "show this help"),
    VERSION("--version", "-V", null, "show Galley's version");

    private final String name;
    private final String shortName;
    private final String argument;
    private final String help;

    Option(String name, String shortName, String argument, String help) {
        this.name = name;
        this.shortName = shortName;
        this.argument = argument;
        this.help = help;
    }

    /** The long name, e.g. {@code --output}. */
    String longName() {
        return name;
    }

    /** The one-letter name, e.g. {@code -o}, if the option has one. */
    Optional<String> shortName() {
        return Optional.ofNullable(shortName);
    }

    /** The name of the value it takes, e.g. {@code DIR}; empty for a flag. */
    Optional<String> argument() {
        return Optional.ofNullable(argument);
    }

    String help() {
        return help;
    }

    /**
     * The option that excludes this one and is shown beside it, {@code [--quiet | --verbose]}: a
     * command that takes one of them takes both.
     */
    Optional<Option> alternative() {
        return this == VERBOSE ? Optional.of(QUIET) : Optional.empty();
    }

    /** Both names as the help shows them, e.g. {@code -o, --output DIR}. */
    String synopsis() {
        return shortName().map(s -> s + ", ").orElse("    ") + name + argument().map(a -> " " + a).orElse("");
    }

    static Optional<Option> named(String word) {
        return Arrays.stream(values()).filter(o -> o.name.equals(word) || word.equals(o.shortName)).findFirst();
    }
}
