package galley.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.apache.commons.io.file.PathUtils;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The whole-build fuzz test driven by Jazzer's coverage-guided fuzzer: the fuzzed bytes make the
 * generator's choices. In a plain {@code mvn verify} it runs once per stored input (regression
 * mode); with {@code JAZZER_FUZZ=1} it fuzzes for the given time.
 */
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
