package galley.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When Galley runs a command in a batch JVM, and with which command line. */
class BatchJvmTest {

    private static final long GIGABYTES_4 = 4L << 30;

    @Test
    void buildsChecksAndWatchesGoToASecondJvm() throws CommandLine.UsageException {
        assertEquals(Optional.of(BatchJvm.Job.ONE_OFF), BatchJvm.job(CommandLine.parse("build"), Map.of()));
        assertEquals(Optional.of(BatchJvm.Job.ONE_OFF), BatchJvm.job(CommandLine.parse("--quiet", "check", "book"), Map.of()));
        assertEquals(Optional.of(BatchJvm.Job.WATCH), BatchJvm.job(CommandLine.parse("-q", "watch", "book"), Map.of()));
        assertEquals(Optional.of(BatchJvm.Job.ONE_OFF), BatchJvm.job(CommandLine.parse("-o", "watch", "build"), Map.of()),
                "the value of --output is no command");
        assertEquals(Optional.empty(), BatchJvm.job(CommandLine.parse("init", "x"), Map.of()));
        assertEquals(Optional.empty(), BatchJvm.job(CommandLine.parse("--help", "build"), Map.of()));
        assertEquals(Optional.empty(), BatchJvm.job(CommandLine.parse("completion", "bash"), Map.of()));
        assertEquals(Optional.empty(), BatchJvm.job(CommandLine.parse("build"), Map.of("GALLEY_FORK", "0")), "switched off");
    }

    @Test
    void aWatchKeepsTheOptimisingCompiler() {
        List<String> command = BatchJvm.command(Path.of("java"), Path.of("g.jar"), BatchJvm.Job.WATCH, GIGABYTES_4, Optional.empty(),
                List.of(), new String[]{"watch"});
        assertTrue(command.contains("-XX:+UseSerialGC"), command.toString());
        assertFalse(command.contains("-XX:TieredStopAtLevel=1"), "watch runs long: its hot code is worth optimising");
    }

    @Test
    void theCommandLineRunsTheSameArgumentsWithTheUsersOptionsLast() {
        List<String> command = BatchJvm.command(Path.of("/jdk/bin/java"), Path.of("/tools/galley.jar"), BatchJvm.Job.ONE_OFF, GIGABYTES_4,
                Optional.of("-XX:SharedArchiveFile=/cache/classes-1.jsa"), List.of("-Xmx3g"),
                new String[]{"build", "my book", "--quiet"});
        assertEquals("/jdk/bin/java", command.get(0));
        assertTrue(command.contains("-XX:+UseSerialGC"));
        assertTrue(command.contains("-XX:TieredStopAtLevel=1"));
        assertTrue(command.indexOf("-XX:SharedArchiveFile=/cache/classes-1.jsa") < command.indexOf("-Xmx3g"),
                "a user's own option comes after Galley's, so it wins");
        assertTrue(command.contains("-D" + BatchJvm.CHILD + "=true"));
        int jar = command.indexOf("-cp");
        assertEquals(List.of("-cp", "/tools/galley.jar", Galley.class.getName(), "build", "my book", "--quiet"),
                command.subList(jar, command.size()));
    }

    @Test
    void aOneOffBuildGetsAYoungGenerationOnlyWhereTheHeapHasRoomAndTheUserLeftItAlone() {
        List<String> roomy = BatchJvm.command(Path.of("java"), Path.of("g.jar"), BatchJvm.Job.ONE_OFF, GIGABYTES_4,
                Optional.empty(), List.of(), new String[]{"build"});
        assertTrue(roomy.containsAll(List.of("-Xms600m", "-Xmn400m")), roomy.toString());
        List<String> small = BatchJvm.command(Path.of("java"), Path.of("g.jar"), BatchJvm.Job.ONE_OFF, 512L << 20,
                Optional.empty(), List.of(), new String[]{"build"});
        assertFalse(small.contains("-Xms600m"), "a heap of at most 512 MB cannot start at 600 MB: " + small);
        for (String own : List.of("-Xmx512m", "-Xms1g", "-XX:MaxRAMPercentage=10", "-XX:MaxHeapSize=300m", "-XX:NewRatio=3")) {
            List<String> sized = BatchJvm.command(Path.of("java"), Path.of("g.jar"), BatchJvm.Job.ONE_OFF, GIGABYTES_4,
                    Optional.empty(), List.of(own), new String[]{"build"});
            assertFalse(sized.contains("-Xms600m") || sized.contains("-Xmn400m"), own + ": " + sized);
        }
        List<String> watch = BatchJvm.command(Path.of("java"), Path.of("g.jar"), BatchJvm.Job.WATCH, GIGABYTES_4,
                Optional.empty(), List.of(), new String[]{"watch"});
        assertFalse(watch.contains("-Xmn400m"), watch.toString());
    }

    @Test
    void aCollectorTheUserChoseIsNotJoinedBySerial() {
        List<String> command = BatchJvm.command(Path.of("java"), Path.of("g.jar"), BatchJvm.Job.ONE_OFF, GIGABYTES_4, Optional.empty(),
                List.of("-XX:+UseParallelGC"), new String[]{"build"});
        assertFalse(command.contains("-XX:+UseSerialGC"), command.toString());
        assertTrue(command.contains("-XX:+UseParallelGC"));
    }

    @Test
    void aSecondJvmEndedBySignalIsSaidSo() throws CommandLine.UsageException {
        var err = new java.io.ByteArrayOutputStream();
        var print = new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8);
        Command check = CommandLine.parse("check");
        assertEquals(Galley.MANUSCRIPT_PROBLEMS, ChildExit.outcome(Galley.MANUSCRIPT_PROBLEMS, check, print));
        assertEquals("", err.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(Galley.KILLED, ChildExit.outcome(128 + 9, check, print));
        assertTrue(err.toString(java.nio.charset.StandardCharsets.UTF_8)
                .startsWith("galley: the check was killed (signal 9, SIGKILL)"), err.toString());
    }

    @Test
    void testsRunInOneJvm() throws CommandLine.UsageException {
        // the classes under test come from a folder, not a jar
        String[] args = {"build", "--no-site"};
        assertEquals(Optional.empty(), BatchJvm.run(CommandLine.parse(args), args, System.err));
    }
}
