package org.colophon;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.colophon.error.BuildException;
import org.colophon.error.Warnings;
import org.colophon.styles.Styles;

/**
 * The library entry point: builds one manuscript into its PDF and EPUB. Holds no mutable
 * state, so one instance may build several books at once from several threads.
 *
 * <pre>{@code
 * Colophon colophon = new Colophon(diagnostic -> System.err.println(diagnostic), Colophon.Progress.silent());
 * // both books, the built-in styles
 * colophon.build(Path.of("book.xml"), Colophon.Options.defaults(Path.of("out")));
 * // the EPUB only, with one's own styles and the typesetting report
 * colophon.build(Path.of("book.xml"), Colophon.Options.builder(Path.of("out"))
 *         .styles(Styles.fromDirectory(Path.of("my-styles")))
 *         .outputs(Colophon.Output.EPUB)
 *         .report(true)
 *         .build());
 * }</pre>
 *
 * A build that fails throws {@link BuildException} with every error found, and leaves the
 * output directory as it was.
 */
public final class Colophon {

    /** A book a build can write. */
    public enum Output {
        /**
         * {@code <name>.pdf}, and {@code <name>-cover.pdf}: the front cover when the manuscript
         * names a cover image, or, for {@linkplain Builder#print printing}, the cover spread.
         */
        PDF,
        /** {@code <name>.epub}. */
        EPUB
    }

    /**
     * What a build is asked to do; made by {@link #builder} or {@link #defaults}. Unless told
     * otherwise a build writes both books with the built-in styles, and nothing else.
     */
    public static final class Options {

        private final Path outputDirectory;
        private final Styles styles;
        private final Set<Output> outputs;
        private final boolean report;
        private final boolean strict;
        private final boolean print;
        private final boolean returnMemory;
        private final Instant date;
        private final BuildCache cache;

        private Options(Builder builder) {
            this.outputDirectory = builder.outputDirectory;
            this.styles = builder.styles;
            this.outputs = Collections.unmodifiableSet(EnumSet.copyOf(builder.outputs));
            this.report = builder.report;
            this.strict = builder.strict;
            this.print = builder.print;
            this.returnMemory = builder.returnMemory;
            this.date = builder.date;
            this.cache = builder.cache;
        }

        /** Both books, the built-in styles, no report, not strict. */
        public static Options defaults(Path outputDirectory) {
            return builder(outputDirectory).build();
        }

        public static Builder builder(Path outputDirectory) {
            return new Builder(outputDirectory);
        }

        /** Where the books are written. */
        public Path outputDirectory() {
            return outputDirectory;
        }

        public Styles styles() {
            return styles;
        }

        /** The books to write; never empty. */
        public Set<Output> outputs() {
            return outputs;
        }

        public boolean pdf() {
            return outputs.contains(Output.PDF);
        }

        public boolean epub() {
            return outputs.contains(Output.EPUB);
        }

        /** Whether the typesetting report is written beside the PDF. */
        public boolean report() {
            return report;
        }

        /** Whether the report's problems fail the build. */
        public boolean strict() {
            return strict;
        }

        /** Whether the print set is written (see {@link Builder#print}). */
        public boolean print() {
            return print;
        }

        /** Whether the memory of each finished stage is given back to the system. */
        public boolean returnMemory() {
            return returnMemory;
        }

        /**
         * The date stamped on the books when the host gives one (see {@link Builder#date});
         * empty when the build takes {@code SOURCE_DATE_EPOCH}, else the manuscript's date.
         */
        public Optional<Instant> date() {
            return Optional.ofNullable(date);
        }

        /** What the build may reuse of earlier builds of the same book (see {@link Builder#cache}). */
        public Optional<BuildCache> cache() {
            return Optional.ofNullable(cache);
        }

        /** Builds {@link Options}; every setting it is not given keeps its default. */
        public static final class Builder {

            private final Path outputDirectory;
            private Styles styles = Styles.bundled();
            private Set<Output> outputs = EnumSet.allOf(Output.class);
            private boolean report;
            private boolean strict;
            private boolean print;
            private boolean returnMemory;
            private Instant date;
            private BuildCache cache;

            private Builder(Path outputDirectory) {
                this.outputDirectory = Objects.requireNonNull(outputDirectory);
            }

            /** The look of the books; by default the built-in styles. */
            public Builder styles(Styles styles) {
                this.styles = Objects.requireNonNull(styles);
                return this;
            }

            /**
             * The books to write, by default both. Without the PDF, the EPUB has no print page
             * numbers and no report is written (it is made from the typesetting).
             */
            public Builder outputs(Output first, Output... more) {
                this.outputs = EnumSet.of(first, more);
                return this;
            }

            /** Write the typesetting report ({@code <name>-report.json} and {@code .html}) beside the PDF. */
            public Builder report(boolean report) {
                this.report = report;
                return this;
            }

            /**
             * Fail, writing nothing, when the typesetting report finds overfull lines, widows
             * or orphans it could not avoid, or characters no font has.
             */
            public Builder strict(boolean strict) {
                this.strict = strict;
                return this;
            }

            /**
             * Write the print set: {@code <name>.pdf} becomes a PDF/X-4 as well (a FOGRA39
             * CMYK output intent shared with PDF/A-2, which it stays, as PDF/UA-1), and
             * {@code <name>-cover.pdf} becomes the cover spread (back
             * cover, spine and front cover on one page, the spine as wide as the page count
             * and print.css's paper make it, with the blurb, the spine's lettering and the
             * ISBN's barcode), drawn from the cover image or, without one, the typographic
             * cover. print.css may ask for the same ({@code @page { -colophon-print: on }}).
             * Without either (the default) the outputs are as they always were. It needs
             * the PDF: without that output it does nothing.
             */
            public Builder print(boolean print) {
                this.print = print;
                return this;
            }

            /**
             * Between stages, have the JVM collect the finished stage's garbage and give the
             * memory back: for a JVM that runs this one build, as the command line's does. A
             * host application should leave its collector alone (the default).
             */
            public Builder returnMemory(boolean returnMemory) {
                this.returnMemory = returnMemory;
                return this;
            }

            /**
             * The date the books carry (their modification date, zip entry times, the PDF's
             * creation date), in place of {@code SOURCE_DATE_EPOCH} and the manuscript's date:
             * for a host that has its own reproducible timestamp, such as Maven's
             * {@code project.build.outputTimestamp}, and would rather pass it than set the
             * environment. Null (the default) reads {@code SOURCE_DATE_EPOCH}, else the manuscript.
             */
            public Builder date(Instant date) {
                this.date = date;
                return this;
            }

            /**
             * A cache kept from earlier builds of the same book, which this build reuses and
             * updates: for a host that rebuilds a book after each edit. Null (the default)
             * builds everything.
             */
            public Builder cache(BuildCache cache) {
                this.cache = cache;
                return this;
            }

            public Options build() {
                return new Options(this);
            }
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

    /**
     * What a build wrote; {@code inputs}: every file it read (the manuscript first, then the
     * files it includes, its images and cover) and the styles folder when the styles came
     * from one, which is what a host watches for changes.
     */
    public record Result(List<Path> outputs, List<StageReport> stages, List<Path> inputs) {}

    private final Warnings warnings;
    private final Progress progress;

    public Colophon(Warnings warnings, Progress progress) {
        this.warnings = warnings;
        this.progress = progress;
    }

    /**
     * The name a manuscript's books are written under: its file name without the extension
     * ({@code book.xml} gives {@code book.pdf}, {@code book.epub}, {@code book-report.json}).
     */
    public static String bookName(Path manuscript) {
        String name = manuscript.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public Result build(Path manuscript, Options options) throws BuildException {
        List<StageReport> stages = new ArrayList<>();
        Progress recording = r -> {
            stages.add(r);
            progress.stageDone(r);
        };
        BookBuild build = new BookBuild(manuscript, options, warnings, recording);
        List<Path> outputs = build.run();
        return new Result(outputs, List.copyOf(stages), build.inputs());
    }
}
