package galley.cli;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A command of Galley's command line, as the parser, the help and the shell completions all read
 * it: its name, the operand it takes, its options, and what it does.
 */
enum Verb {

    BUILD("build", Operand.BOOK_DIR, "write dist/NAME.epub and dist/NAME.pdf, and the download page"
            + " dist/index.html with the OPDS catalogue dist/opds.xml",
            Option.OUTPUT, Option.NO_SITE, Option.STRICT, Option.QUIET, Option.VERBOSE),
    CHECK("check", Operand.BOOK_DIR, "report every manuscript problem, write nothing",
            Option.STRICT, Option.QUIET, Option.VERBOSE),
    WATCH("watch", Operand.BOOK_DIR, "build, then build again whenever a file of manuscript/ or covers/"
            + " changes, until interrupted (Ctrl-C)",
            Option.OUTPUT, Option.NO_SITE, Option.STRICT, Option.QUIET, Option.VERBOSE),
    INIT("init", Operand.NEW_DIR, "make a new book folder DIR: book.yaml, a first chapter, a cover",
            Option.QUIET, Option.VERBOSE),
    HELP("help", Operand.TOPIC, "show the help of Galley or of one command"),
    COMPLETION("completion", Operand.SHELL, "print the shell completion script for bash, zsh or fish");

    /** What a command takes after its name. */
    enum Operand {
        BOOK_DIR("BOOK_DIR", false, "the book folder (default: the current folder)"),
        NEW_DIR("DIR", true, "the folder to make, or an empty one (version-control files aside)"),
        TOPIC("COMMAND", false, "the command to explain"),
        SHELL("SHELL", true, "bash, zsh or fish");

        private final String name;
        private final boolean required;
        private final String help;

        Operand(String name, boolean required, String help) {
            this.name = name;
            this.required = required;
            this.help = help;
        }

        String operandName() {
            return name;
        }

        boolean required() {
            return required;
        }

        String help() {
            return help;
        }

        /** The words it may be; empty when it is a folder. */
        List<String> choices() {
            return switch (this) {
                case TOPIC -> Arrays.stream(Verb.values()).map(Verb::word).toList();
                case SHELL -> Arrays.stream(CompletionScript.Shell.values()).map(CompletionScript.Shell::word).toList();
                default -> List.of();
            };
        }

        /** As a usage line shows it: {@code [BOOK_DIR]}, {@code DIR}, {@code bash|zsh|fish}. */
        String usage() {
            return !required ? "[" + name + "]" : this == SHELL ? String.join("|", choices()) : name;
        }
    }

    private final String word;
    private final Operand operand;
    private final String summary;
    private final Set<Option> options;

    Verb(String word, Operand operand, String summary, Option... options) {
        this.word = word;
        this.operand = operand;
        this.summary = summary;
        this.options = options.length == 0 ? EnumSet.noneOf(Option.class) : EnumSet.of(options[0], options);
    }

    String word() {
        return word;
    }

    Operand operand() {
        return operand;
    }

    String summary() {
        return summary;
    }

    /** The options it takes, besides {@code --help}, in the order the help lists them. */
    Set<Option> options() {
        return options;
    }

    /** Whether it runs a build or a check, which a batch JVM may take over. */
    boolean readsABook() {
        return this == BUILD || this == CHECK || this == WATCH;
    }

    static Optional<Verb> named(String word) {
        return Arrays.stream(values()).filter(v -> v.word.equals(word)).findFirst();
    }
}
