package galley.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line is read once, by one definition, into a typed command; help comes from the same definition. */
class CommandLineTest {

    @Test
    void readsEachCommandIntoItsRecord() throws CommandLine.UsageException {
        assertEquals(new Command.Build(Path.of("my book"), Path.of("out"), true, true, Command.Verbosity.QUIET),
                CommandLine.parse("-q", "build", "my book", "--output=out", "--no-site", "--strict"));
        assertEquals(new Command.Build(Path.of("."), null, false, false, Command.Verbosity.NORMAL), CommandLine.parse("build"));
        assertEquals(new Command.Check(Path.of("-odd"), false, Command.Verbosity.VERBOSE),
                CommandLine.parse("check", "--verbose", "--", "-odd"), "-- ends the options");
        assertEquals(new Command.Watch(Path.of("b"), Path.of("build"), false, false, Command.Verbosity.NORMAL),
                CommandLine.parse("watch", "-o", "build", "b"));
        assertEquals(new Command.Init(Path.of("new"), Command.Verbosity.NORMAL), CommandLine.parse("init", "new"));
        assertEquals(new Command.Help(Optional.of(Verb.BUILD)), CommandLine.parse("build", "--help"));
        assertEquals(new Command.Help(Optional.of(Verb.WATCH)), CommandLine.parse("help", "watch"));
        assertEquals(new Command.Help(Optional.empty()), CommandLine.parse("-h"));
        assertEquals(new Command.Version(), CommandLine.parse("--version"));
        assertEquals(new Command.Completion(CompletionScript.Shell.FISH), CommandLine.parse("completion", "fish"));
    }

    @Test
    void theBatchJvmAndTheCompilerPolicyReadTheCommandAsMainDoes() throws CommandLine.UsageException {
        // once read by three parsers, an option's value was taken for the command by two of them
        Command build = CommandLine.parse("--output", "watch", "build");
        assertTrue(build instanceof Command.Build);
        assertEquals(Optional.of(BatchJvm.Job.ONE_OFF), BatchJvm.job(build, java.util.Map.of()));
        assertTrue(CompilerPolicy.quickOnly(build), "a build, not a watch, is compiled quickly");
        assertFalse(CompilerPolicy.quickOnly(CommandLine.parse("watch")));
    }

    @Test
    void unknownAndMisplacedOptionsAreUsageErrors() {
        for (String[] wrong : new String[][]{{"build", "--frobnicate"}, {"--frobnicate", "build"}, {"check", "--output", "x"},
                {"init", "x", "--no-site"}, {"build", "--quiet", "--verbose"}, {"build", "--output"}, {"build", "--strict=yes"},
                {"build", "a", "b"}, {"init"}, {"completion", "tcsh"}, {"help", "publish"}, {"publish"}, {}}) {
            BookFolder.Run run = BookFolder.galley(wrong);
            assertEquals(Galley.USAGE, run.status(), String.join(" ", wrong));
            assertTrue(run.err().startsWith("galley: ") && run.err().contains("Try 'galley "), run.err());
            assertEquals("", run.out());
        }
        BookFolder.Run run = BookFolder.galley("check", "--output", "x");
        assertEquals("galley: --output is not an option of check\nTry 'galley check --help'.\n", run.err());
        assertEquals("galley: unknown option --frobnicate\nTry 'galley build --help'.\n",
                BookFolder.galley("build", "--frobnicate").err());
        assertThrows(CommandLine.UsageException.class, () -> CommandLine.parse("watch", "--strict", "--quiet", "-v"));
    }

    @Test
    void eachCommandHasItsOwnHelpMadeFromTheDefinitions() {
        for (Verb verb : Verb.values()) {
            BookFolder.Run run = BookFolder.galley(verb.word(), "--help");
            assertEquals(Galley.OK, run.status());
            assertEquals(run.out(), BookFolder.galley("help", verb.word()).out());
            String help = run.out();
            assertTrue(help.startsWith("Usage: galley " + verb.word() + " " + verb.operand().usage()), help);
            for (Option option : Option.values()) {
                boolean takes = verb.options().contains(option) || option == Option.HELP;
                assertEquals(takes, help.contains(option.synopsis()), verb + " " + option + ":\n" + help);
                if (takes) {
                    String firstWords = String.join(" ", Arrays.copyOf(option.help().split(" "), 3));
                    assertTrue(help.contains(firstWords), firstWords + " in\n" + help);
                }
            }
        }
        String all = BookFolder.galley("--help").out();
        for (Verb verb : Verb.values()) {
            assertTrue(all.contains(HelpText.usage(verb)), verb + " in\n" + all);
        }
        assertTrue(all.contains("galley build [BOOK_DIR] [--output DIR] [--no-site] [--strict] [--quiet | --verbose]"), all);
        assertTrue(all.lines().allMatch(line -> line.length() <= 90), all);
    }

    @Test
    void everyOptionBelongsToSomeCommand() {
        var used = EnumSet.of(Option.HELP, Option.VERSION);
        for (Verb verb : Verb.values()) {
            used.addAll(verb.options());
        }
        assertEquals(EnumSet.allOf(Option.class), used);
    }
}
