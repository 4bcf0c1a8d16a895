package galley.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The parsed command line: the command, the book folder, where the editions go, and the flags.
 *
 * @param output the folder the editions are written to; null means BOOK_DIR/dist
 * @param noSite  write only the editions, without the download page and the OPDS catalogue
 * @param strict  whether warnings count as errors
 */
record Arguments(String command, Path bookDir, Path output, boolean help, boolean version, boolean quiet,
                 boolean verbose, boolean check, boolean noSite, boolean strict) {

    static final String HELP = """
            Usage: galley build [BOOK_DIR] [--output DIR] [--no-site] [--strict] [--quiet | --verbose]
                   galley check [BOOK_DIR] [--strict] [--quiet | --verbose]
                   galley watch [BOOK_DIR] [--output DIR] [--no-site] [--strict] [--quiet | --verbose]
                   galley init DIR
                   galley --help | --version

            Builds the EPUB and the print-ready PDF of the book in BOOK_DIR (default: the
            current folder) from BOOK_DIR/manuscript and BOOK_DIR/covers into BOOK_DIR/dist.

            Commands:
              build          write dist/NAME.epub and dist/NAME.pdf, and the download page
                             dist/index.html with the OPDS catalogue dist/opds.xml
              check          report every manuscript problem, write nothing
              watch          build, then build again whenever a file of manuscript/ or
                             covers/ changes, until interrupted (Ctrl-C)
              init           make a new book folder DIR: book.yaml, a first chapter, a cover

            Options:
              --output DIR   write the editions to DIR instead of BOOK_DIR/dist
              --no-site      write only the editions: no index.html, opds.xml or cover copy
              --strict       treat every warning (such as an image without alt text) as an error
              --quiet        print only problems
              --verbose      print more detail (memory, fonts, files), and a stack trace on
                             internal errors
              --help         show this help
              --version      show Galley's version

            Exit status: 0 editions written (or no problems found), 1 the manuscript has
            problems (each printed as path:line: message), 2 usage error, 3 internal error.
            """;

    /** A command line Galley cannot run. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static Arguments parse(String[] args) throws UsageException {
        boolean help = false;
        boolean version = false;
        boolean quiet = false;
        boolean verbose = false;
        boolean noSite = false;
        boolean strict = false;
        Path output = null;
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-h", "--help" -> help = true;
                case "-V", "--version" -> version = true;
                case "-q", "--quiet" -> quiet = true;
                case "-v", "--verbose" -> verbose = true;
                case "--no-site" -> noSite = true;
                case "--strict" -> strict = true;
                case "-o", "--output" -> {
                    if (i + 1 >= args.length) {
                        throw new UsageException(a + " needs a folder");
                    }
                    output = Path.of(args[++i]);
                }
                default -> {
                    if (a.startsWith("--output=")) {
                        output = Path.of(a.substring("--output=".length()));
                    } else if (a.startsWith("-") && a.length() > 1) {
                        throw new UsageException("unknown option " + a);
                    } else {
                        positional.add(a);
                    }
                }
            }
        }
        if (help || version) {
            return new Arguments("", Path.of("."), output, help, version, quiet, verbose, false, noSite, strict);
        }
        if (quiet && verbose) {
            throw new UsageException("--quiet and --verbose exclude each other");
        }
        if (positional.isEmpty()) {
            throw new UsageException("no command given (build, check, watch or init)");
        }
        String command = positional.get(0);
        if (!List.of("build", "check", "watch", "init").contains(command)) {
            throw new UsageException("unknown command '" + command + "'");
        }
        if (command.equals("init") && positional.size() < 2) {
            throw new UsageException("init needs the folder to make, e.g. galley init my-book");
        }
        if (positional.size() > 2) {
            throw new UsageException("too many arguments: " + String.join(" ", positional.subList(2, positional.size())));
        }
        Path book = positional.size() == 2 ? Path.of(positional.get(1)) : Path.of(".");
        return new Arguments(command, book, output, false, false, quiet, verbose, command.equals("check"), noSite,
                strict);
    }
}
