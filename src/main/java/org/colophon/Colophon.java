package org.colophon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.colophon.error.BuildException;
import org.colophon.error.Warnings;
import org.colophon.styles.Styles;

/**
 * The library entry point: builds one manuscript into its EPUB (and PDF). Holds no
 * mutable state, so one instance may build several books at once from several threads.
 */
public final class Colophon {

    /**
     * What a build is asked to do. {@code report}: write the typesetting report
     * ({@code <name>-report.json} and {@code .html}) beside the PDF. {@code strict}: fail,
     * writing nothing, when that report finds overfull lines, forced widows or orphans, or
     * characters no font has. {@code returnMemory}: between stages, have the JVM collect
     * the finished stage's garbage and give the memory back (for a JVM that runs this one
     * build, as the command line's does; a host application should leave its collector alone).
     */
    public record Options(Path outputDirectory, Styles styles, boolean pdf, boolean epub, boolean report,
                          boolean strict, boolean returnMemory) {
        public Options {
            Objects.requireNonNull(outputDirectory);
            Objects.requireNonNull(styles);
        }

        public Options(Path outputDirectory, Styles styles, boolean pdf, boolean epub, boolean report,
                       boolean strict) {
            this(outputDirectory, styles, pdf, epub, report, strict, false);
        }

        /** No report, not strict: the two books only. */
        public Options(Path outputDirectory, Styles styles, boolean pdf, boolean epub) {
            this(outputDirectory, styles, pdf, epub, false, false);
        }

        public static Options defaults(Path outputDirectory) {
            return new Options(outputDirectory, Styles.bundled(), true, true);
        }

        public Options withReport() {
            return new Options(outputDirectory, styles, pdf, epub, true, strict, returnMemory);
        }

        public Options strictly() {
            return new Options(outputDirectory, styles, pdf, epub, report, true, returnMemory);
        }

        public Options returningMemory() {
            return new Options(outputDirectory, styles, pdf, epub, report, strict, true);
        }
    }

    /** How long one stage took and how many items it handled, for progress lines. */
    public record StageReport(String stage, String items, long millis) {}

    /** Receives a report as each stage ends. */
    @FunctionalInterface
    public interface Progress {
        void stageDone(StageReport report);

        static Progress silent() {
            return r -> { };
        }
    }

    /** What a build wrote. */
    public record Result(List<Path> outputs, List<StageReport> stages) {}

    private final Warnings warnings;
    private final Progress progress;

    public Colophon(Warnings warnings, Progress progress) {
        this.warnings = warnings;
        this.progress = progress;
    }

    public Result build(Path manuscript, Options options) throws BuildException {
        List<StageReport> stages = new ArrayList<>();
        Progress recording = r -> {
            stages.add(r);
            progress.stageDone(r);
        };
        List<Path> outputs = new BookBuild(manuscript, options, warnings, recording).run();
        return new Result(outputs, List.copyOf(stages));
    }
}
