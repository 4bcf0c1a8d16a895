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

    @Test
    void onlyOneOffBuildsAndChecksGoToABatchJvm() {
        assertTrue(BatchJvm.wanted(new String[]{"build"}, Map.of()));
        assertTrue(BatchJvm.wanted(new String[]{"--quiet", "check", "book"}, Map.of()));
        assertFalse(BatchJvm.wanted(new String[]{"watch"}, Map.of()), "watch runs long: its JVM keeps its defaults");
        assertFalse(BatchJvm.wanted(new String[]{"init", "x"}, Map.of()));
        assertFalse(BatchJvm.wanted(new String[]{"--help", "build"}, Map.of()));
        assertFalse(BatchJvm.wanted(new String[]{}, Map.of()));
        assertFalse(BatchJvm.wanted(new String[]{"build"}, Map.of("GALLEY_FORK", "0")), "switched off");
    }

    @Test
    void theCommandLineRunsTheSameArgumentsWithTheUsersOptionsLast() {
        List<String> command = BatchJvm.command(Path.of("/jdk/bin/java"), Path.of("/tools/galley.jar"),
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
    void aCollectorTheUserChoseIsNotJoinedBySerial() {
        List<String> command = BatchJvm.command(Path.of("java"), Path.of("g.jar"), Optional.empty(),
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
