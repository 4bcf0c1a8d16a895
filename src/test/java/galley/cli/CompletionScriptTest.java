package galley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code galley completion bash|zsh|fish}: each script, loaded in its shell, completes commands,
 * each command's options and folders (zsh and fish only where installed); all three name every
 * command and option of the definitions.
 */
class CompletionScriptTest {

    @TempDir
    Path dir;

    @Test
    void bashCompletesCommandsOptionsAndFolders() throws Exception {
        Files.createDirectories(dir.resolve("alpha dir"));
        Files.createDirectories(dir.resolve("beta"));
        Files.writeString(dir.resolve("alpha.txt"), "not a folder");
        BookFolder.Run run = BookFolder.galley("completion", "bash");
        assertEquals(Galley.OK, run.status(), run.err());
        Path script = Files.writeString(dir.resolve("galley.bash"), run.out(), StandardCharsets.UTF_8);

        assertEquals(List.of("complete -o filenames -F _galley galley"), bash(script, "complete -p galley"));
        assertEquals(words(Verb.values()), complete(script, "galley", ""));
        assertEquals(List.of("build"), complete(script, "galley", "bu"));
        for (Verb verb : Verb.values()) {
            var options = new ArrayList<String>();
            verb.options().forEach(o -> options.add(o.longName()));
            options.add(Option.HELP.longName());
            assertEquals(options, complete(script, "galley", "--quiet", verb.word(), "--"), verb.word());
        }
        assertEquals(List.of(), complete(script, "galley", "check", "--o"), "check writes nothing: no --output");
        assertEquals(List.of("alpha dir"), complete(script, "galley", "build", "--output", "al"), "folders only");
        assertEquals(List.of("alpha dir", "beta"), sorted(complete(script, "galley", "watch", "")));
        assertEquals(List.of("--no-site"), complete(script, "galley", "-o", "out", "build", "--no"),
                "the value of --output is not the command");
        assertEquals(List.of("bash", "zsh", "fish"), complete(script, "galley", "completion", ""));
        assertEquals(List.of("watch"), complete(script, "galley", "help", "w"));
    }

    @Test
    void fishCompletesCommandsOptionsAndShells() throws Exception {
        assumeTrue(installed("fish"), "fish is not installed");
        Path script = Files.writeString(dir.resolve("galley.fish"), BookFolder.galley("completion", "fish").out());
        assertEquals(sorted(words(Verb.values())), sorted(fish(script, "galley ")));
        for (Verb verb : Verb.values()) {
            var options = new ArrayList<String>();
            verb.options().forEach(o -> options.add(o.longName()));
            options.add(Option.HELP.longName());
            assertEquals(sorted(options), sorted(fish(script, "galley " + verb.word() + " --")), verb.word());
        }
        assertEquals(List.of("bash", "fish", "zsh"), fish(script, "galley completion "));
    }

    @Test
    void zshCompletesEachCommandsOptionsAtATerminal() throws Exception {
        assumeTrue(installed("zsh"), "zsh is not installed");
        Path script = Files.writeString(dir.resolve("_galley"), BookFolder.galley("completion", "zsh").out());
        for (Verb verb : List.of(Verb.BUILD, Verb.CHECK, Verb.INIT)) {
            String offered = zsh(script, "galley " + verb.word() + " --");
            for (Option option : Option.values()) {
                boolean takes = verb.options().contains(option) || option == Option.HELP;
                String line = option.longName() + " ";
                assertEquals(takes, offered.contains(line), verb.word() + " " + option.longName() + ":\n" + offered);
            }
        }
        String commands = zsh(script, "galley ");
        for (Verb verb : Verb.values()) {
            assertTrue(commands.contains(verb.word() + " "), verb.word() + ":\n" + commands);
        }
    }

    @Test
    void everyScriptNamesEveryCommandAndOption() {
        for (CompletionScript.Shell shell : CompletionScript.Shell.values()) {
            String script = BookFolder.galley("completion", shell.word()).out();
            for (Verb verb : Verb.values()) {
                assertTrue(script.contains(verb.word()), shell + ": " + verb.word());
                for (String choice : verb.operand().choices()) {
                    assertTrue(script.contains(choice), shell + ": " + choice);
                }
            }
            for (Option option : Option.values()) {
                String name = shell == CompletionScript.Shell.FISH ? "-l " + option.longName().substring(2) : option.longName();
                assertTrue(script.contains(name), shell + ": " + name + "\n" + script);
                // bash offers the long names only; its patterns know the short ones that take a value
                option.shortName().filter(s -> shell != CompletionScript.Shell.BASH).ifPresent(s -> assertTrue(
                        script.contains(shell == CompletionScript.Shell.FISH ? "-s " + s.substring(1) : s), shell + ": " + s));
                String firstWords = String.join(" ", Arrays.copyOf(option.help().split(" "), 2));
                if (shell != CompletionScript.Shell.BASH) {
                    String unquoted = script.replace("'\\''", "'").replace("\\'", "'");
                    assertTrue(unquoted.contains(firstWords), shell + ": the help of " + option.longName());
                }
            }
        }
    }

    /** What the completion function offers for the words typed, the last being the one completed. */
    private List<String> complete(Path script, String... typed) throws Exception {
        var words = new StringBuilder();
        for (String word : typed) {
            words.append(" '").append(word.replace("'", "'\\''")).append('\'');
        }
        return bash(script, "COMP_WORDS=(" + words + "); COMP_CWORD=" + (typed.length - 1)
                + "; _galley; printf '%s\\n' \"${COMPREPLY[@]}\"");
    }

    private List<String> bash(Path script, String commands) throws IOException, InterruptedException {
        Process bash = new ProcessBuilder("bash", "-c", "source \"$1\"; " + commands, "bash", script.toString())
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, bash.exitValue(), out);
        return out.lines().filter(line -> !line.isEmpty()).toList();
    }

    /** What fish offers for the command line typed so far (the words only). */
    private List<String> fish(Path script, String typed) throws Exception {
        Process fish = new ProcessBuilder("fish", "--no-config", "-c", "source $argv[1]; complete -C $argv[2]", script.toString(), typed)
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(fish.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(fish.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, fish.exitValue(), out);
        return out.lines().map(line -> line.split("\t")[0]).toList();
    }

    /**
     * What zsh lists when TAB is pressed after {@code typed}, at an interactive zsh on a
     * pseudo-terminal (zsh's own zpty module), with the terminal's control sequences removed.
     */
    private String zsh(Path script, String typed) throws Exception {
        Path driver = Files.writeString(dir.resolve("drive.zsh"), """
                zmodload zsh/zpty
                zpty z 'zsh -f -i'
                zpty -w z "PS1='> '; autoload -Uz compinit; compinit -u -D; source ${(q)1}"
                zpty -w -n z "$2"$'\\t'
                sleep 2
                local all="" chunk
                while zpty -r -t z chunk; do all+=$chunk; done
                print -r -- "$all"
                zpty -d z
                """);
        Process zsh = new ProcessBuilder("zsh", "-f", driver.toString(), script.toString(), typed)
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(zsh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(zsh.waitFor(60, TimeUnit.SECONDS));
        return out.replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "").replace("\r", "");
    }

    private static boolean installed(String shell) {
        try {
            return new ProcessBuilder(shell, "-c", "exit 0").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static List<String> words(Verb... verbs) {
        return Arrays.stream(verbs).map(Verb::word).toList();
    }

    private static List<String> sorted(List<String> list) {
        return list.stream().sorted().toList();
    }
}
