package org.colophon.testing;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.MessageId;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import com.adobe.epubcheck.util.ReportingLevel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the W3C's epubcheck 5.2.1 (as a library, in this JVM) on an EPUB file. The first
 * check in a JVM takes some seconds (schemas load); later ones are fast.
 */
public final class EpubValidator {

    /** One message of epubcheck. */
    public record Finding(String severity, String id, String path, int line, int column, String message) {
        @Override
        public String toString() {
            return severity + " " + id + " " + path + ":" + line + ":" + column + ": " + message;
        }
    }

    /** What epubcheck said. */
    public record Result(List<Finding> errors, List<Finding> warnings, List<Finding> all) {
        public boolean clean() {
            return errors.isEmpty() && warnings.isEmpty();
        }

        /** Every error and warning, one a line, for assertion messages. */
        public String describe() {
            StringBuilder sb = new StringBuilder();
            for (Finding f : errors) {
                sb.append(f).append('\n');
            }
            for (Finding f : warnings) {
                sb.append(f).append('\n');
            }
            return sb.toString();
        }
    }

    private EpubValidator() {
    }

    public static Result check(Path epub) {
        CollectingReport report = new CollectingReport(epub);
        new EpubCheck(epub.toFile(), report).check();
        List<Finding> errors = new ArrayList<>();
        List<Finding> warnings = new ArrayList<>();
        for (Finding f : report.findings) {
            if (f.severity().equals("ERROR") || f.severity().equals("FATAL")) {
                errors.add(f);
            } else if (f.severity().equals("WARNING")) {
                warnings.add(f);
            }
        }
        return new Result(List.copyOf(errors), List.copyOf(warnings), List.copyOf(report.findings));
    }

    private static final class CollectingReport extends MasterReport {

        private final List<Finding> findings = new ArrayList<>();

        CollectingReport(Path epub) {
            setEpubFileName(epub.toString());
            setReportingLevel(ReportingLevel.Usage);
        }

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            Severity severity = message.getSeverity();
            if (severity == Severity.SUPPRESSED) {
                return;
            }
            MessageId id = message.getID();
            findings.add(new Finding(severity.name(), id == null ? "?" : id.name(),
                    location == null ? "" : String.valueOf(location.getPath()),
                    location == null ? 0 : location.getLine(),
                    location == null ? 0 : location.getColumn(),
                    message.getMessage(args)));
        }

        @Override
        public void info(String path, FeatureEnum feature, String value) {
            // features (fonts, languages…) are not findings
        }

        @Override
        public int generate() {
            return 0;
        }

        @Override
        public void initialize() {
            // nothing to set up
        }
    }
}
