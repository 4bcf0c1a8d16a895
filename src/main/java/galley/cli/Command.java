package galley.cli;

import java.nio.file.Path;
import java.util.Optional;

/** A command line as Galley understood it: one command with its operand and options, typed. */
sealed interface Command {

    /** How much a command prints besides its problems. */
    enum Verbosity {
        QUIET, NORMAL, VERBOSE
    }

    default Verbosity verbosity() {
        return Verbosity.NORMAL;
    }

    default boolean quiet() {
        return verbosity() == Verbosity.QUIET;
    }

    default boolean verbose() {
        return verbosity() == Verbosity.VERBOSE;
    }

    /** A command that reads the book in {@code bookDir}, and fails on warnings when {@code strict}. */
    sealed interface Reading extends Command {
        Path bookDir();

        boolean strict();
    }

    /**
     * {@code galley build}.
     *
     * @param output the folder the editions are written to; null means BOOK_DIR/dist
     * @param noSite write only the editions, without the download page and the OPDS catalogue
     */
    record Build(Path bookDir, Path output, boolean noSite, boolean strict, Verbosity verbosity) implements Reading {
    }

    /** {@code galley check}. */
    record Check(Path bookDir, boolean strict, Verbosity verbosity) implements Reading {
    }

    /** {@code galley watch}: {@link Build} again and again. */
    record Watch(Path bookDir, Path output, boolean noSite, boolean strict, Verbosity verbosity) implements Reading {

        /** One round's build. */
        Build build() {
            return new Build(bookDir, output, noSite, strict, verbosity);
        }
    }

    /** {@code galley init DIR}. */
    record Init(Path bookDir, Verbosity verbosity) implements Command {
    }

    /** {@code galley --help}, {@code galley help build}, {@code galley build --help}. */
    record Help(Optional<Verb> topic) implements Command {
    }

    /** {@code galley --version}. */
    record Version() implements Command {
    }

    /** {@code galley completion bash}. */
    record Completion(CompletionScript.Shell shell) implements Command {
    }
}
