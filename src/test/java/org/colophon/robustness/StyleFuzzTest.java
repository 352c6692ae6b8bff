package org.colophon.robustness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.colophon.Colophon;
import org.colophon.error.BuildException;
import org.colophon.error.Warnings;
import org.colophon.styles.Styles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of print.css: the built-in style sheet with random rules appended (every
 * supported property, with zero, negative, tiny, huge and nonsense values) must give a
 * readable PDF or a clean {@link BuildException}. Probing by hand found two crashes this
 * way (font-size 0, line-height 0); this keeps looking.
 */
class StyleFuzzTest {

    private static final int CASES = Integer.getInteger("colophon.stylefuzz.cases", 40);
    private static final long BUDGET_MILLIS = 1000L * Integer.getInteger("colophon.stylefuzz.budget", 12);
    private static final long FIRST_SEED = Long.getLong("colophon.stylefuzz.first", 1);

    private static final String[] SELECTORS = {"html", "body", "p", "h1", "h2", "h3", "section", "nav", "li", "ol", "ul",
            "a", "em", "strong", "aside", "figure", "img", "figcaption", "blockquote", "hr", "*", "p + p", "h1 + p",
            ".footnote", "nav li", "section > p", ".title", ".subtitle", ".folio", ".running-head", "pre", "sup"};
    private static final String[] PROPERTIES = {"font-size", "line-height", "text-indent", "margin", "margin-top",
            "margin-bottom", "margin-left", "margin-right", "text-align", "font-weight", "font-style", "font-variant",
            "display", "hyphens", "page-break-before", "page-break-after", "break-inside", "vertical-align",
            "white-space", "content", "list-style-type", "font-family", "color", "padding"};
    private static final String[] PAGE_PROPERTIES = {"size", "margin", "margin-top", "margin-left", "bleed"};
    private static final String[] NUMBERS = {"0", "-1", "0.0001", "1e9", "50", "100000", "3", "-0.5", "12.5"};
    private static final String[] UNITS = {"pt", "mm", "em", "%", "px", "", "in", "rem", "cm", "pc", "vh"};
    private static final String[] WORDS = {"auto", "none", "normal", "inherit", "initial", "bold", "italic", "justify",
            "center", "block", "inline", "list-item", "page", "avoid", "always", "pre", "nowrap", "small-caps",
            "\"Source Serif 4\"", "\"Nowhere\"", "serif", "A5", "A4", "letter", "landscape", "\"§\"", "\"\"", "bogus"};

    @TempDir
    Path dir;

    private static String value(SplittableRandom r, int terms) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < terms; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            if (r.nextInt(3) == 0) {
                sb.append(WORDS[r.nextInt(WORDS.length)]);
            } else {
                sb.append(NUMBERS[r.nextInt(NUMBERS.length)]).append(UNITS[r.nextInt(UNITS.length)]);
            }
        }
        return sb.toString();
    }

    static String rules(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder css = new StringBuilder();
        int count = 1 + r.nextInt(6);
        for (int i = 0; i < count; i++) {
            if (r.nextInt(4) == 0) {
                String[] pages = {"@page", "@page :left", "@page :right", "@page :first"};
                css.append(pages[r.nextInt(pages.length)]).append(" { ")
                        .append(PAGE_PROPERTIES[r.nextInt(PAGE_PROPERTIES.length)]).append(": ")
                        .append(value(r, 1 + r.nextInt(2))).append(" }\n");
            } else {
                css.append(SELECTORS[r.nextInt(SELECTORS.length)]).append(" { ")
                        .append(PROPERTIES[r.nextInt(PROPERTIES.length)]).append(": ")
                        .append(value(r, 1 + r.nextInt(r.nextInt(5) == 0 ? 4 : 1))).append(" }\n");
            }
        }
        return css.toString();
    }

    /** Seeds that once failed: 1300 and 1555 (ems of ems and 1e9cm overflowed PDFBox's number writer). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {1300, 1555})
    void seedsThatOnceFailed(long seed) throws Exception {
        String bundled = Files.readString(Path.of("styles/print.css"));
        Path styles = Hostile.write(dir.resolve("styles/print.css"), bundled + rules(seed)).getParent();
        Path out = dir.resolve("out");
        new Colophon(Warnings.ignore(), Colophon.Progress.silent()).build(
                Path.of("src/test/resources/manuscripts/complete/complete.xml"),
                Colophon.Options.builder(out).styles(Styles.fromDirectory(styles)).outputs(Colophon.Output.PDF)
                        .build());
        try (PDDocument pdf = Loader.loadPDF(out.resolve("complete.pdf").toFile())) {
            assertTrue(pdf.getNumberOfPages() > 0);
        }
    }

    @Test
    void randomRulesGiveAPdfOrACleanError() throws Exception {
        String bundled = Files.readString(Path.of("styles/print.css"));
        Path manuscript = Path.of("src/test/resources/manuscripts/complete/complete.xml");
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "style-fuzz");
            t.setDaemon(true);
            return t;
        });
        List<String> problems = new ArrayList<>();
        long start = System.currentTimeMillis();
        int tried = 0;
        int built = 0;
        try {
            for (int i = 0; i < CASES && System.currentTimeMillis() - start < BUDGET_MILLIS; i++) {
                long seed = FIRST_SEED + i;
                String added = rules(seed);
                Path styles = Hostile.write(dir.resolve("styles-" + seed + "/print.css"), bundled + added).getParent();
                Path out = dir.resolve("out-" + seed);
                Colophon colophon = new Colophon(Warnings.ignore(), Colophon.Progress.silent());
                Colophon.Options options = Colophon.Options.builder(out).styles(Styles.fromDirectory(styles))
                        .outputs(Colophon.Output.PDF).build();
                Future<Colophon.Result> f = executor.submit(() -> colophon.build(manuscript, options));
                tried++;
                try {
                    f.get(30, TimeUnit.SECONDS);
                    try (PDDocument pdf = Loader.loadPDF(out.resolve("complete.pdf").toFile())) {
                        if (pdf.getNumberOfPages() == 0) {
                            problems.add("seed " + seed + ": a PDF without pages from\n" + added);
                        }
                    }
                    built++;
                } catch (TimeoutException e) {
                    f.cancel(true);
                    problems.add("seed " + seed + ": no result after 30 s from\n" + added);
                    break; // the stuck thread holds the executor
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof BuildException)) {
                        problems.add("seed " + seed + ": " + e.getCause() + " from\n" + added);
                    } else if (!Hostile.snapshot(out).isEmpty()) {
                        problems.add("seed " + seed + ": failed but left " + Hostile.snapshot(out).keySet());
                    }
                }
            }
        } finally {
            executor.shutdownNow();
        }
        System.out.printf(java.util.Locale.ROOT, "style fuzz: %d cases in %d ms, %d built, %d problems%n", tried,
                System.currentTimeMillis() - start, built, problems.size());
        assertTrue(tried >= 5, "only " + tried + " cases within the budget");
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }
}
