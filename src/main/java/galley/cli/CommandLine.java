package galley.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a command line into a {@link Command}, by the one definition of the commands ({@link Verb})
 * and options ({@link Option}) that the help and the shell completions are made from too. Options
 * may come before or after the command; {@code --} ends them.
 */
final class CommandLine {

    /** A command line Galley cannot run; {@code verb} is the command it was for, if known. */
    static final class UsageException extends Exception {
        private final transient Optional<Verb> verb;

        UsageException(String message, Optional<Verb> verb) {
            super(message);
            this.verb = verb;
        }

        /** Where to read more: {@code galley build --help}. */
        String hint() {
            return "Try 'galley " + verb.map(v -> v.word() + " ").orElse("") + "--help'.";
        }
    }

    private final Map<Option, String> given = new EnumMap<>(Option.class);
    private final List<String> operands = new ArrayList<>();
    private Verb verb;

    private CommandLine() {
    }

    static Command parse(String... args) throws UsageException {
        var line = new CommandLine();
        line.read(args);
        return line.command();
    }

    private void read(String[] args) throws UsageException {
        boolean options = true;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (options && arg.equals("--")) {
                options = false;
            } else if (options && arg.startsWith("-") && arg.length() > 1) {
                int equals = arg.startsWith("--") ? arg.indexOf('=') : -1;
                String name = equals < 0 ? arg : arg.substring(0, equals);
                Option option = Option.named(name).orElseThrow(() -> usage("unknown option " + name));
                String value = equals < 0 ? null : arg.substring(equals + 1);
                if (option.argument().isPresent() && value == null) {
                    if (i + 1 >= args.length) {
                        throw usage(name + " needs a value: " + option.synopsis().strip());
                    }
                    value = args[++i];
                } else if (option.argument().isEmpty() && value != null) {
                    throw usage(name + " takes no value");
                }
                given.put(option, value == null ? "" : value);
            } else if (verb == null) {
                verb = Verb.named(arg).orElseThrow(() -> usage("unknown command '" + arg + "'"));
            } else {
                operands.add(arg);
            }
        }
    }

    private Command command() throws UsageException {
        if (given.containsKey(Option.HELP)) {
            return new Command.Help(Optional.ofNullable(verb));
        }
        if (given.containsKey(Option.VERSION)) {
            return new Command.Version();
        }
        if (verb == null) {
            throw usage("no command given (build, check, watch or init)");
        }
        for (Option option : given.keySet()) {
            if (!verb.options().contains(option)) {
                throw usage(option.longName() + " is not an option of " + verb.word());
            }
            Optional<Option> other = option.alternative();
            if (other.isPresent() && given.containsKey(other.get())) {
                throw usage(other.get().longName() + " and " + option.longName() + " exclude each other");
            }
        }
        if (operands.size() > 1) {
            throw usage("too many arguments: " + String.join(" ", operands.subList(1, operands.size())));
        }
        Verb.Operand operand = verb.operand();
        if (operand.required() && operands.isEmpty()) {
            throw usage(verb.word() + " needs " + operand.operandName() + ": galley " + verb.word() + " "
                    + operand.usage());
        }
        Optional<String> word = operands.stream().findFirst();
        if (!operand.choices().isEmpty() && word.isPresent() && !operand.choices().contains(word.get())) {
            throw usage("unknown " + operand.operandName().toLowerCase(java.util.Locale.ROOT) + " '" + word.get()
                    + "' (one of " + String.join(", ", operand.choices()) + ")");
        }
        return typed(word);
    }

    private Command typed(Optional<String> word) {
        Path folder = Path.of(word.orElse("."));
        String output = given.get(Option.OUTPUT);
        Path out = output == null ? null : Path.of(output);
        boolean noSite = given.containsKey(Option.NO_SITE);
        boolean strict = given.containsKey(Option.STRICT);
        Command.Verbosity verbosity = given.containsKey(Option.QUIET) ? Command.Verbosity.QUIET
                : given.containsKey(Option.VERBOSE) ? Command.Verbosity.VERBOSE : Command.Verbosity.NORMAL;
        return switch (verb) {
            case BUILD -> new Command.Build(folder, out, noSite, strict, verbosity);
            case CHECK -> new Command.Check(folder, strict, verbosity);
            case WATCH -> new Command.Watch(folder, out, noSite, strict, verbosity);
            case INIT -> new Command.Init(folder, verbosity);
            case HELP -> new Command.Help(word.flatMap(Verb::named));
            case COMPLETION -> new Command.Completion(CompletionScript.Shell.named(word.orElseThrow()).orElseThrow());
        };
    }

    private UsageException usage(String message) {
        return new UsageException(message, Optional.ofNullable(verb));
    }
}
