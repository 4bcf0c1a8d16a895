package galley.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The shell completion scripts {@code galley completion bash|zsh|fish} prints, made from the
 * definitions of the commands ({@link Verb}) and options ({@link Option}): commands, each command's
 * options, folders where a folder is wanted, and the words {@code help} and {@code completion} take.
 */
final class CompletionScript {

    /** The shells Galley writes a completion script for. */
    enum Shell {
        BASH, ZSH, FISH;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Shell> named(String word) {
            return Arrays.stream(values()).filter(s -> s.word().equals(word)).findFirst();
        }
    }

    private CompletionScript() {
    }

    static String of(Shell shell) {
        return switch (shell) {
            case BASH -> bash();
            case ZSH -> zsh();
            case FISH -> fish();
        };
    }

    private static String bash() {
        var s = new StringBuilder("""
                # bash completion for galley, made by 'galley completion bash'.
                # Load it with: source <(galley completion bash)
                _galley() {
                    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
                    local command="" i
                    for ((i = 1; i < COMP_CWORD; i++)); do
                        case ${COMP_WORDS[i]} in
                %s) ((i++)) ;;
                            -*) ;;
                            *) command=${COMP_WORDS[i]}; break ;;
                        esac
                    done
                    local IFS=$'\\n' options words folders=""
                    case $prev in
                %s) COMPREPLY=($(compgen -d -- "$cur")); return ;;
                    esac
                    case $command in
                """.formatted(" ".repeat(12) + bashPattern(valued()), " ".repeat(8) + bashPattern(valued())));
        for (Verb verb : Verb.values()) {
            s.append(" ".repeat(8)).append(verb.word()).append(") options=\"")
                    .append(String.join(" ", longNames(commandOptions(verb)))).append('"');
            List<String> choices = verb.operand().choices();
            s.append(choices.isEmpty() ? "; folders=1" : "; words=\"" + String.join(" ", choices) + "\"").append(" ;;\n");
        }
        s.append(" ".repeat(8)).append("*) options=\"").append(Option.HELP.longName()).append(' ')
                .append(Option.VERSION.longName()).append("\"; words=\"").append(String.join(" ", verbs())).append("\" ;;\n");
        s.append("""
                    esac
                    if [[ $cur == -* ]]; then
                        COMPREPLY=($(IFS=' '; compgen -W "$options" -- "$cur"))
                    elif [[ -n $folders ]]; then
                        COMPREPLY=($(compgen -d -- "$cur"))
                    else
                        COMPREPLY=($(IFS=' '; compgen -W "$words" -- "$cur"))
                    fi
                }
                complete -o filenames -F _galley galley
                """);
        return s.toString();
    }

    private static String zsh() {
        var s = new StringBuilder("""
                #compdef galley
                # zsh completion for galley, made by 'galley completion zsh'.
                # Load it with: source <(galley completion zsh), or save it as _galley in a folder of $fpath.
                _galley() {
                    local state line
                    local -a commands
                    commands=(
                """);
        for (Verb verb : Verb.values()) {
            s.append("        ").append(zshQuote(verb.word() + ":" + verb.summary())).append('\n');
        }
        s.append("    )\n    _arguments -C \\\n");
        for (Option option : List.of(Option.HELP, Option.VERSION)) {
            s.append("        ").append(zshOption(option, "'(- *)'")).append(" \\\n");
        }
        s.append("""
                        '1: :->command' \\
                        '*:: :->argument'
                    case $state in
                        command) _describe -t commands 'galley command' commands ;;
                        argument)
                            case $line[1] in
                """);
        for (Verb verb : Verb.values()) {
            s.append("                ").append(verb.word()).append(") _arguments");
            for (Option option : commandOptions(verb)) {
                s.append(" \\\n                    ").append(zshOption(option, ""));
            }
            List<String> choices = verb.operand().choices();
            String action = choices.isEmpty() ? "_files -/" : "(" + String.join(" ", choices) + ")";
            s.append(" \\\n                    ")
                    .append(zshQuote("1:" + verb.operand().operandName().toLowerCase(Locale.ROOT) + ":" + action))
                    .append(" ;;\n");
        }
        s.append("""
                            esac ;;
                    esac
                }
                if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
                    _galley "$@"
                else
                    compdef _galley galley
                fi
                """);
        return s.toString();
    }

    private static String zshOption(Option option, String exclusion) {
        String help = "[" + option.help().replace("[", "\\[").replace("]", "\\]") + "]";
        String value = option.argument().map(a -> ":" + a.toLowerCase(Locale.ROOT) + ":_files -/").orElse("");
        if (option.shortName().isEmpty()) {
            return exclusion + zshQuote(option.longName() + help + value);
        }
        String excluded = exclusion.isEmpty() ? "'(" + String.join(" ", excludedBy(option)) + ")'" : exclusion;
        return excluded + "{" + option.shortName().get() + "," + option.longName() + "}" + zshQuote(help + value);
    }

    private static String fish() {
        var s = new StringBuilder("""
                # fish completion for galley, made by 'galley completion fish'.
                # Load it with: galley completion fish | source, or save it as ~/.config/fish/completions/galley.fish
                complete -c galley -f
                """);
        String first = "-n __fish_use_subcommand";
        for (Verb verb : Verb.values()) {
            s.append("complete -c galley ").append(first).append(" -a ").append(verb.word())
                    .append(" -d ").append(fishQuote(verb.summary())).append('\n');
        }
        for (Option option : List.of(Option.HELP, Option.VERSION)) {
            s.append(fishOption(first, option));
        }
        for (Verb verb : Verb.values()) {
            String when = "-n " + fishQuote("__fish_seen_subcommand_from " + verb.word());
            for (Option option : commandOptions(verb)) {
                s.append(fishOption(when, option));
            }
            List<String> choices = verb.operand().choices();
            String values = choices.isEmpty() ? "(__fish_complete_directories)" : String.join(" ", choices);
            s.append("complete -c galley ").append(when).append(" -x -a ").append(fishQuote(values)).append('\n');
        }
        return s.toString();
    }

    private static String fishOption(String when, Option option) {
        var line = new StringBuilder("complete -c galley ").append(when);
        option.shortName().ifPresent(name -> line.append(" -s ").append(name.substring(1)));
        line.append(" -l ").append(option.longName().substring(2));
        if (option.argument().isPresent()) {
            line.append(" -x -a '(__fish_complete_directories)'");
        }
        return line.append(" -d ").append(fishQuote(option.help())).append('\n').toString();
    }

    /** The names that may not follow {@code option}: its own, and those of its alternative ({@code --quiet | --verbose}). */
    private static List<String> excludedBy(Option option) {
        var names = new ArrayList<String>();
        for (Option other : Option.values()) {
            boolean pair = other == option || option.alternative().filter(other::equals).isPresent()
                    || other.alternative().filter(option::equals).isPresent();
            if (pair) {
                other.shortName().ifPresent(names::add);
                names.add(other.longName());
            }
        }
        return names;
    }

    /** A command's options, and {@code --help}, which every command takes. */
    private static List<Option> commandOptions(Verb verb) {
        var options = new ArrayList<>(verb.options());
        options.add(Option.HELP);
        return options;
    }

    /** The options that take a value: the word after them is theirs. */
    private static List<Option> valued() {
        return Arrays.stream(Option.values()).filter(o -> o.argument().isPresent()).toList();
    }

    private static String bashPattern(List<Option> options) {
        return options.stream().flatMap(o -> o.shortName().isPresent()
                        ? Stream.of(o.shortName().get(), o.longName()) : Stream.of(o.longName()))
                .collect(Collectors.joining("|"));
    }

    private static List<String> longNames(List<Option> options) {
        return options.stream().map(Option::longName).toList();
    }

    private static List<String> verbs() {
        return Arrays.stream(Verb.values()).map(Verb::word).toList();
    }

    private static String zshQuote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    private static String fishQuote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
