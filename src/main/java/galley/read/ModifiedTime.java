package galley.read;

import galley.diagnostic.Problem;
import galley.read.git.GitCommitTime;
import galley.read.yaml.BookYaml;

import galley.diagnostic.Diagnostics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The edition's timestamp, the same on every build of the same manuscript: SOURCE_DATE_EPOCH when
 * set, else the book's date at midnight UTC, else the commit time of the book folder's git
 * checkout, else the newest manuscript file's modification time.
 */
final class ModifiedTime {

    static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

    private ModifiedTime() {
    }

    static Instant of(Map<String, String> env, Optional<String> date, Path bookDir, List<Path> files,
                      Diagnostics diagnostics) {
        String epoch = env.get(SOURCE_DATE_EPOCH);
        if (epoch != null && !epoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
            } catch (NumberFormatException | java.time.DateTimeException e) {
                Problem.SOURCE_DATE_EPOCH_INVALID.report(diagnostics, BookYaml.PATH, 1,
                        "SOURCE_DATE_EPOCH '" + epoch + "' is not a number of seconds and is ignored");
            }
        }
        Optional<Instant> fromDate = date.flatMap(ModifiedTime::parse);
        return fromDate.or(() -> GitCommitTime.of(bookDir)).orElseGet(() -> newest(files));
    }

    private static Optional<Instant> parse(String date) {
        if (!BookYaml.isDate(date)) {
            return Optional.empty();
        }
        if (date.length() == 4) {
            return Optional.of(LocalDate.of(Integer.parseInt(date), 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (date.length() == 7) {
            return Optional.of(LocalDate.parse(date + "-01").atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (date.length() == 10) {
            return Optional.of(LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        Instant instant = date.matches(".*([Zz]|[+-]\\d{2}:\\d{2})$") ? OffsetDateTime.parse(date).toInstant()
                : LocalDateTime.parse(date).toInstant(ZoneOffset.UTC);
        return Optional.of(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static Instant newest(List<Path> files) {
        Instant newest = Instant.EPOCH;
        for (Path file : files) {
            try {
                Instant modified = Files.getLastModifiedTime(file).toInstant();
                newest = modified.isAfter(newest) ? modified : newest;
            } catch (IOException e) {
                // an unreadable file was reported where it was read; it has no say in the date
            }
        }
        return newest.truncatedTo(ChronoUnit.SECONDS);
    }
}
