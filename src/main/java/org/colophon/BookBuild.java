package org.colophon;

import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.colophon.Colophon.Options;
import org.colophon.Colophon.Progress;
import org.colophon.Colophon.StageReport;
import org.colophon.cover.BookCover;
import org.colophon.cover.PrintReady;
import org.colophon.cover.SpreadPdf;
import org.colophon.epub.EpubAssembler;
import org.colophon.epub.EpubWriter;
import org.colophon.epub.PageList;
import org.colophon.epub.RgbJpegs;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;
import org.colophon.error.Warnings;
import org.colophon.layout.BuildDate;
import org.colophon.layout.LayoutRenderer;
import org.colophon.layout.PackageFiles;
import org.colophon.layout.PageLabels;
import org.colophon.layout.Publication;
import org.colophon.layout.RenderedLayouts;
import org.colophon.model.Book;
import org.colophon.pdf.FlowedBook;
import org.colophon.pdf.LaidOutBook;
import org.colophon.pdf.LostContentException;
import org.colophon.pdf.TypesetFacts;
import org.colophon.pdf.Typesetter;
import org.colophon.pdf.css.Lengths;
import org.colophon.pdf.write.PrintCondition;
import org.colophon.reader.BookReader;
import org.colophon.reader.ReadBook;
import org.colophon.reader.ManuscriptText;
import org.colophon.report.Preflight;
import org.colophon.report.ReportHtml;
import org.colophon.report.ReportJson;
import org.colophon.report.TypesettingReport;
import org.colophon.styles.FontUse;
import org.colophon.typography.Typographer;

/**
 * One run of the pipeline over one manuscript, stage by stage: read, typography, layouts,
 * line breaking ({@code lines}), page building ({@code pages}), then PDF and EPUB writing
 * at once on two threads. A cover drawn for the EPUB is drawn on a thread of its own while
 * the layouts and the typesetter run. Each stage's time is its own, so these overlap; the
 * drawn cover is reported when the EPUB takes it, after page building.
 *
 * <p>The build takes the date its options give, else reads {@code SOURCE_DATE_EPOCH}, and computes its {@link BuildDate} once;
 * the layouts, the PDF and the EPUB are given that date and read no environment.
 */
final class BookBuild {

    private final Path manuscript;
    private final Options options;
    private final Warnings warnings;
    private final Progress progress;
    private final List<StageReport> stages = new ArrayList<>(); // for the typesetting report

    private final boolean concurrent;
    private BuildInputs inputs = BuildInputs.none(); // known once the manuscript is read

    BookBuild(Path manuscript, Options options, Warnings warnings, Progress progress) {
        this(manuscript, options, warnings, progress, true);
    }

    /** {@code concurrent} false writes the PDF, then the EPUB: the same bytes, for tests to compare. */
    BookBuild(Path manuscript, Options options, Warnings warnings, Progress progress, boolean concurrent) {
        this.concurrent = concurrent;
        this.manuscript = manuscript;
        this.options = options;
        this.warnings = warnings;
        this.progress = progress;
    }

    List<Path> run() throws BuildException {
        String baseName = Colophon.bookName(manuscript);
        String epubName = baseName + ".epub";
        String pdfName = baseName + ".pdf";
        String jsonName = baseName + "-report.json";
        String htmlName = baseName + "-report.html";
        String coverName = baseName + "-cover.pdf";
        // a date the host gives wins; else the one reading of the environment, where a
        // malformed value fails the build before anything is read
        Instant sourceDateEpoch = options.date().isPresent() ? options.date().get()
                : BuildDate.sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH"));
        // a build killed earlier could not delete its temporary files: do it now
        OutputFiles.removeAbandoned(options.outputDirectory().toAbsolutePath(),
                List.of(epubName, pdfName, coverName, jsonName, htmlName));

        long t = System.nanoTime();
        ReadBook source = new BookReader(warnings).readWithSources(manuscript);
        Book read = source.book();
        t = report("read", countDivisions(read) + " divisions", t);
        inputs = BuildInputs.of(manuscript, source, options.styles());

        Book typeset = new Typographer().apply(read, warnings, manuscript.toString(),
                options.cache().map(BuildCache::typography).orElse(null));
        t = report("typography", read.metadata().language(), t);

        ManuscriptText text = new ManuscriptText(manuscript);
        try (BookCover cover = BookCover.of(typeset, options.styles(), options.epub(), options.outputDirectory(),
                options.cache().map(BuildCache::covers).orElse(null))) {
            List<Path> written = write(cover, BuildDate.of(typeset.metadata(), sourceDateEpoch), inputs, text, baseName, t);
            // said of files written: a build that fails has its errors to show, not this
            if (BuildDate.originOf(typeset.metadata(), sourceDateEpoch) == BuildDate.Origin.ZIP_EPOCH) {
                warnings.warn(text.warningAtElement(List.of("metadata", "teiHeader"), UNDATED));
            }
            return written;
        }
    }

    /** The files the build read and the styles folder, once it has read the manuscript. */
    List<Path> inputs() {
        return inputs.watched();
    }

    /** Said once per build of a book that has no date of its own. */
    private static final String UNDATED = "the book has no date and SOURCE_DATE_EPOCH is not set: its files are dated"
            + " 1980-01-01, the earliest date a zip file holds; give it a <date>YYYY-MM-DD</date> in <metadata> (in a"
            + " TEI header, a <date> in <publicationStmt>; in Markdown, a date: key), or set SOURCE_DATE_EPOCH";

    /**
     * {@code date}: the build's, which the EPUB, its package document and the PDF all carry;
     * {@code inputs}: the files the build read, which no output may replace; {@code text}: the
     * manuscript's, where the typesetter's warnings point.
     */
    private List<Path> write(BookCover bookCover, BuildDate date, BuildInputs inputs, ManuscriptText text,
                             String baseName, long t)
            throws BuildException {
        // a book that names its own pages is rendered and typeset again until the pages it
        // names are the pages it gets; only the last pass's warnings are the book's
        PassWarnings passWarnings = new PassWarnings(warnings);
        try {
            return write(bookCover, date, inputs, text, baseName, t, passWarnings);
        } finally {
            passWarnings.deliver(); // a failed build says what it warned about too
        }
    }

    private List<Path> write(BookCover bookCover, BuildDate date, BuildInputs inputs, ManuscriptText text,
                             String baseName, long t, PassWarnings passWarnings)
            throws BuildException {
        String epubName = baseName + ".epub";
        String pdfName = baseName + ".pdf";
        String coverName = baseName + "-cover.pdf";
        String jsonName = baseName + "-report.json";
        String htmlName = baseName + "-report.html";
        LayoutRenderer renderer = new LayoutRenderer(options.styles(), passWarnings);
        RenderedLayouts layouts = renderer.renderPages(bookCover.book(), date,
                options.pdf() ? PageLabels.beforeTypesetting() : PageLabels.none());
        t = report("layouts", layouts.publication().pages().size() + " pages", t);

        // both books are written aside and moved into place together, so a failure in the
        // second never leaves a new EPUB beside an old PDF
        try (OutputFiles outputs = new OutputFiles(options.outputDirectory(), inputs)) {
            Typesetter typesetter = new Typesetter(options.styles(), passWarnings, text,
                    options.cache().map(BuildCache::typesetter).orElse(null));
            LaidOutBook laidOut = null;
            if (options.pdf()) {
                FlowedBook flowed = typesetter.breakLines(layouts.publication());
                returnMemory();
                t = report("lines", flowed.lineCount() + " lines", t);
                laidOut = pagesOf(typesetter, flowed);
                flowed = null; // the vertical list is garbage once broken into pages: not kept while writing
                returnMemory();
                t = report("pages", laidOut.pageCount() + " pages", t);
                int passes = 1;
                // the colophon names the fallback faces the book is set in, known once it is set:
                // a book that needs one (polytonic Greek) is rendered and typeset again, naming it
                List<String> named = List.of();
                while (true) {
                    boolean asked = layouts.pageLabels().anyAsked();
                    PageLabels printed = asked ? PageLabels.of(laidOut.pageLabelsOfIds()) : PageLabels.beforeTypesetting();
                    boolean pagesSettled = !asked || layouts.pageLabels().settledBy(printed);
                    List<String> used = families(laidOut.fallbackFonts());
                    if (pagesSettled && used.equals(named)) {
                        break;
                    }
                    if (passes == MAX_PASSES) {
                        if (!pagesSettled) {
                            passWarnings.warn(text.warningAtElement(List.of("book", "TEI"), unsettled(
                                    layouts.pageLabels().unsettled(printed))));
                        }
                        break;
                    }
                    passWarnings.startOver();
                    named = used;
                    layouts = renderer.renderPages(bookCover.book(), date, printed, named);
                    laidOut = pagesOf(typesetter, typesetter.breakLines(layouts.publication()));
                    passes++;
                }
                if (passes > 1) {
                    returnMemory();
                    t = report("settle", passes + " typesettings", t);
                }
            }
            passWarnings.deliver();
            Publication publication = layouts.publication();
            PackageFiles packageFiles = layouts.packageFiles();
            TypesetFacts facts = laidOut == null ? null : laidOut.facts();
            // the PDF keeps a CMYK JPEG for the press; the EPUB gets an RGB copy, which readers show right
            Publication ebookSource = RgbJpegs.of(bookCover.intoEpub(publication));
            if (bookCover.isDrawn()) {
                StageReport r = new StageReport("cover", "drawn", bookCover.drawingMillis());
                stages.add(r);
                progress.stageDone(r);
            }
            // the page breaks are known: the PDF and the EPUB (which marks them) are written at once
            OutputFiles.Reserved pdf = options.pdf() ? outputs.reserve(pdfName) : null;
            // the print set when the host asks for it, or print.css does (@page { -colophon-print: on })
            boolean spread = options.pdf() && (options.print() || bookCover.printAsked());
            OutputFiles.Reserved cover = spread || options.pdf() && bookCover.printsImage()
                    ? outputs.reserve(coverName) : null;
            List<String> spreadWarnings = new ArrayList<>();
            OutputFiles.Reserved epub = options.epub() ? outputs.reserve(epubName) : null;
            StageReport[] pdfStages = new StageReport[3];
            Preflight[] preflight = new Preflight[2]; // the interior's, the cover spread's
            // read back only when someone reads the report: other print builds cost nothing more
            boolean preflighted = spread && (options.report() || options.strict());
            StageReport[] epubStage = new StageReport[1];
            LaidOutBook printed = laidOut;
            PrintCondition printCondition = spread ? typesetter.printCondition() : null;
            Concurrently.Work printing = () -> {
                if (pdf != null) {
                    long start = System.nanoTime();
                    outputs.write(pdf, out -> typesetter.writePdf(printed, date, printCondition, out));
                    pdfStages[0] = timed("pdf", printed.pageCount() + " pages", start);
                    if (preflighted) {
                        long check = System.nanoTime();
                        preflight[0] = preflight(pdf.target().toString(), readBack(pdf));
                        pdfStages[2] = timed("preflight", preflight[0].fonts().size() + " fonts", check);
                    }
                }
                if (cover != null && spread) {
                    long start = System.nanoTime();
                    SpreadPdf coverPdf = bookCover.spreadPdf(printed.pageCount(), new PrintReady(printCondition, date));
                    outputs.write(cover, out -> out.write(coverPdf.bytes()));
                    spreadWarnings.addAll(coverPdf.warnings()); // given once both threads are done, in order
                    if (preflighted) {
                        long check = System.nanoTime();
                        preflight[1] = preflight(cover.target().toString(), coverPdf.bytes());
                        StageReport interior = pdfStages[2];
                        long millis = (System.nanoTime() - check) / 1_000_000 + (interior == null ? 0 : interior.millis());
                        pdfStages[2] = new StageReport("preflight", (interior == null ? "" : interior.items() + ", ")
                                + "cover", millis);
                    }
                    pdfStages[1] = timed("cover", String.format(Locale.ROOT, "spread, %.1f mm spine",
                            coverPdf.geometry().spine() / Lengths.MM), start);
                } else if (cover != null) {
                    long start = System.nanoTime();
                    byte[] coverPdf = bookCover.imagePdf();
                    outputs.write(cover, out -> out.write(coverPdf));
                    pdfStages[1] = timed("cover", coverName, start);
                }
            };
            Concurrently.Work ebook = () -> {
                if (epub != null) {
                    long start = System.nanoTime();
                    Publication marked = EpubAssembler.assemble(ebookSource, packageFiles,
                            facts == null ? PageList.none() : PageList.of(facts),
                            printed == null ? FontUse.none() : printed.fallbackFonts());
                    outputs.write(epub, out -> new EpubWriter(date).write(marked, out));
                    epubStage[0] = timed("epub", marked.pages().size() + marked.resources().size() + " files", start);
                }
            };
            if (concurrent) {
                Concurrently.run(printing, ebook, "epub");
            } else {
                printing.run();
                ebook.run();
            }
            for (String w : spreadWarnings) {
                // at the element that names the image (Colophon's and DocBook's <cover>), else the manuscript
                warnings.warn(text.warningAtElement(List.of("cover"), w));
            }
            // reported once both are done, in a fixed order: they overlap in time
            for (StageReport r : new StageReport[] {pdfStages[0], pdfStages[2], pdfStages[1], epubStage[0]}) {
                if (r != null) {
                    stages.add(r);
                    progress.stageDone(r);
                }
            }
            if (facts != null && (options.report() || options.strict())) {
                writeReport(outputs, TypesettingReport.of(facts, stages, preflight[0], preflight[1]), baseName, jsonName, htmlName);
            }
            return outputs.commit();
        }
    }

    /**
     * How many times a book that names its pages is typeset at most: a page reference's
     * words change the lines, which can move a target to the next page and back.
     */
    private static final int MAX_PASSES = 4;

    /** The families of {@code fonts}, each once, in their order. */
    private static List<String> families(List<FontUse> fonts) {
        return fonts.stream().map(FontUse::family).distinct().toList();
    }

    private static String unsettled(java.util.Map<String, String> wrong) {
        return "after " + MAX_PASSES + " typesettings, " + wrong.size() + " page reference(s) still name a page"
                + " their target is not on (the words of the reference move it): " + wrong
                + "; reword the text around them";
    }

    /** The pages; a typesetter that would lose part of the book fails the build, naming the manuscript. */
    private LaidOutBook pagesOf(Typesetter typesetter, FlowedBook flowed) throws BuildException {
        try {
            return typesetter.buildPages(flowed);
        } catch (LostContentException e) {
            throw new BuildException(manuscript.toString(), 0, 0, "the typesetter lost " + e.what()
                    + "; no book was written (this is a bug in Colophon: please report it with the manuscript)");
        }
    }

    private static byte[] readBack(OutputFiles.Reserved pdf) throws BuildException {
        try {
            return Files.readAllBytes(pdf.temp());
        } catch (IOException e) {
            throw new BuildException(pdf.target().toString(), 0, 0, "cannot read back the PDF just written: "
                    + e.getMessage());
        }
    }

    /** A PDF just written, read back from its bytes as a printer would receive it. */
    private static Preflight preflight(String file, byte[] pdf) throws BuildException {
        try {
            return Preflight.of(pdf);
        } catch (IOException e) {
            throw new BuildException(file, 0, 0, "cannot read back the PDF just written: " + e.getMessage());
        }
    }

    private static StageReport timed(String stage, String items, long startNanos) {
        return new StageReport(stage, items, (System.nanoTime() - startNanos) / 1_000_000);
    }

    private long report(String stage, String items, long startNanos) {
        long now = System.nanoTime();
        StageReport r = new StageReport(stage, items, (now - startNanos) / 1_000_000);
        stages.add(r);
        progress.stageDone(r);
        return now;
    }

    /**
     * Writes the typesetting report beside the books; in a strict build, its problems
     * fail the build before anything is moved into place.
     */
    private void writeReport(OutputFiles outputs, TypesettingReport report, String baseName, String jsonName,
                             String htmlName) throws BuildException {
        if (options.strict() && !report.strictProblems().isEmpty()) {
            List<Diagnostic> problems = new ArrayList<>();
            for (String p : report.strictProblems()) {
                problems.add(Diagnostic.error(manuscript.toString(), 0, 0, "strict build: " + p));
            }
            throw new BuildException(problems);
        }
        if (!options.report()) {
            return;
        }
        outputs.write(jsonName, out -> out.write(ReportJson.write(report, baseName).getBytes(StandardCharsets.UTF_8)));
        outputs.write(htmlName, out -> out.write(ReportHtml.write(report, baseName).getBytes(StandardCharsets.UTF_8)));
    }

    private static int countDivisions(Book book) {
        return book.frontMatter().size() + book.body().size() + book.backMatter().size();
    }

    /**
     * At a stage's end most of what it allocated is garbage, and the collector, left to
     * itself, grows the heap towards a quarter of the machine's memory instead of
     * collecting it: a full collection here (tens of milliseconds, the live data being
     * small) and the heap shrinking after it kept a 1,300-page build at about 590 MB of
     * resident memory instead of 960 MB, in the same time.
     */
    private void returnMemory() {
        if (options.returnMemory()) {
            System.gc();
        }
    }
}
