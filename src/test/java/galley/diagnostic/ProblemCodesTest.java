package galley.diagnostic;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The codes of {@link Problem} are the codes of the manual: each is documented in docs/diagnostics.md with
 * its severity, the manual documents no other, and no code is made anywhere else as a string.
 */
class ProblemCodesTest {

    // a row of the manual's tables: | `code` | severity | meaning |
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\| (error|warning|note) \\|", Pattern.MULTILINE);
    // a diagnostic made with a string literal as its code
    private static final Pattern LITERAL_CODE = Pattern.compile("new\\s+Diagnostic\\s*\\(\\s*[^,()]+,\\s*\"");
    private static final Path SOURCES = Path.of("src/main/java");

    private static Map<String, String> documented() throws IOException {
        String manual = Files.readString(Path.of("docs/diagnostics.md"), StandardCharsets.UTF_8);
        Map<String, String> rows = new HashMap<>();
        Matcher row = ROW.matcher(manual);
        while (row.find()) {
            rows.put(row.group(1), row.group(2));
        }
        return rows;
    }

    @Test
    void everyCodeIsDocumentedWithItsSeverityAndTheManualNamesNoOther() throws IOException {
        // toMap throws on a code given twice
        Map<String, String> codes = Arrays.stream(Problem.values())
                .collect(Collectors.toMap(Problem::code, p -> p.severity().name().toLowerCase(Locale.ROOT)));
        assertEquals(codes, documented());
    }

    @Test
    void noDiagnosticIsMadeWithAStringCodeOutsideThisPackage() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (file.startsWith(SOURCES.resolve("galley/diagnostic"))) {
                    continue;
                }
                Matcher literal = LITERAL_CODE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (literal.find()) {
                    found.add(SOURCES.relativize(file) + ": " + literal.group());
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
