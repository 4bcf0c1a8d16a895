package galley.epub;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** An EPUBCheck report that keeps every warning, error and fatal error as readable lines. */
public final class EpubCheckReport extends MasterReport {

    private final List<String> problems = new ArrayList<>();
    private final List<String> usage = new ArrayList<>();

    /** Runs EPUBCheck in-process on {@code epub} and returns its report. */
    public static EpubCheckReport check(Path epub) {
        EpubCheckReport report = new EpubCheckReport();
        new EpubCheck(epub.toFile(), report).doValidate();
        return report;
    }

    @Override
    public void message(Message message, EPUBLocation location, Object... args) {
        Severity severity = message.getSeverity();
        String line = severity + " " + message.getID() + " " + location.getPath() + ":" + location.getLine()
                + ":" + location.getColumn() + " " + message.getMessage(args);
        if (severity == Severity.WARNING || severity == Severity.ERROR || severity == Severity.FATAL) {
            problems.add(line);
        } else if (severity == Severity.USAGE) {
            usage.add(line);
        }
    }

    @Override
    public void info(String resource, FeatureEnum feature, String value) {
    }

    @Override
    public int generate() {
        return 0;
    }

    @Override
    public void initialize() {
    }

    /** Every warning, error and fatal error, one per line. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** The usage notes, which are advice rather than faults. */
    List<String> usage() {
        return List.copyOf(usage);
    }
}
