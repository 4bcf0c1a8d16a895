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
    void buildsChecksAndWatchesGoToASecondJvm() {
        assertEquals(Optional.of(BatchJvm.Job.ONE_OFF), BatchJvm.job(new String[]{"build"}, Map.of()));
        assertEquals(Optional.of(BatchJvm.Job.ONE_OFF), BatchJvm.job(new String[]{"--quiet", "check", "book"}, Map.of()));
        assertEquals(Optional.of(BatchJvm.Job.WATCH), BatchJvm.job(new String[]{"-q", "watch", "book"}, Map.of()));
        assertEquals(Optional.empty(), BatchJvm.job(new String[]{"init", "x"}, Map.of()));
        assertEquals(Optional.empty(), BatchJvm.job(new String[]{"--help", "build"}, Map.of()));
        assertEquals(Optional.empty(), BatchJvm.job(new String[]{}, Map.of()));
        assertEquals(Optional.empty(), BatchJvm.job(new String[]{"build"}, Map.of("GALLEY_FORK", "0")), "switched off");
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
    void testsRunInOneJvm() {
        // the classes under test come from a folder, not a jar
        assertEquals(Optional.empty(), BatchJvm.run(new String[]{"build", "--help"}));
    }
}
