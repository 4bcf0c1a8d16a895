package galley.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import galley.testing.Slow;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Tag;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The whole-build fuzz test driven by Jazzer's coverage-guided fuzzer: the fuzzed bytes make the
 * generator's choices. In a plain {@code mvn verify} it runs once on an empty input and once per
 * stored input in {@code src/test/resources/galley/fuzz/WholeBuildJazzerTestInputs/wholeBuild/}
 * (regression mode); with {@code JAZZER_FUZZ=1} it fuzzes for the given time.
 *
 * <p>An input is read from its end, one byte per choice among up to 256 options (the byte modulo
 * the number of options), two bytes, high byte first, for up to 65,536 options; once the bytes run
 * out every choice is the first option. The stored {@code seed-6000026-builds} and
 * {@code seed-6000008-refused} are the choices {@link WholeBuildFuzzTest} makes for those book
 * seeds, written in that encoding: a book that builds with warnings and one refused with errors.
 */
// "jazzer" gives it a JVM of its own (see pom.xml)
@Tag("jazzer")
@Slow
class WholeBuildJazzerTest {

    @FuzzTest(maxDuration = "60s")
    void wholeBuild(FuzzedDataProvider data) throws Exception {
        Path book = Files.createTempDirectory("galley-jazzer");
        try {
            new ManuscriptGenerator(bound -> data.consumeInt(0, bound - 1)).write(book);
            WholeBuildFuzzTest.Outcome outcome = WholeBuildFuzzTest.build(book);
            String failure = WholeBuildFuzzTest.judge(book, outcome);
            if (failure != null) {
                throw new AssertionError(failure + "\n" + outcome.err());
            }
        } finally {
            PathUtils.deleteDirectory(book);
        }
    }
}
