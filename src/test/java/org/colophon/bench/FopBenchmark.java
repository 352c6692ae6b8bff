package org.colophon.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Colophon against Apache FOP on the same book, cold, as whole processes: the assembled
 * 1,300-page book of {@link BenchmarkBooks} built by {@code java -jar target/colophon.jar build}
 * and by {@code bin/colophon build} (PDF, EPUB and report), and its text set by FOP as a plain
 * XSL-FO (see {@link FoBook}: same page, face, size, justification and hyphenation; PDF only).
 * The three take turns, {@code runs} times each, so that the machine's load falls on all of
 * them alike; the table gives the medians of wall time, processor time (user + system of the
 * process and its children, by GNU time) and peak RSS, and each one's ratio to FOP's.
 *
 * <p>Needs Debian's FOP ({@code apt-get install -y fop}, FOP 2.8, run as {@code /usr/bin/fop})
 * and GNU time ({@code apt-get install -y time}); FOP's hyphenation patterns are the
 * {@code net.sf.offo:fop-hyph} jar of the local Maven repository, handed to it by
 * {@code FOP_HYPHENATION_PATH}. Run after {@code mvn -B -q -o package -DskipTests test-compile}:
 * {@code java -cp target/test-classes:target/colophon.jar org.colophon.bench.FopBenchmark [runs] [corpus] [words]};
 * defaults 5, ../shared/corpus and 345,000 words (about 1,300 pages).
 */
public final class FopBenchmark {

    private FopBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path corpus = Path.of(args.length > 1 ? args[1] : "../shared/corpus");
        int words = args.length > 2 ? Integer.parseInt(args[2]) : 345_000;
        Path project = Path.of("").toAbsolutePath();
        Path work = project.resolve("target/bench-fop");
        Files.createDirectories(work);
        Path book = new BenchmarkBooks(corpus).assemble(words, work.resolve("book.xml"));
        Path fo = FoBook.write(book, work.resolve("book.fo"));
        Path config = FoBook.writeConfig(project.resolve("styles/fonts"), work.resolve("fop.xconf"));
        Path fopPdf = work.resolve("fop/book.pdf");
        Files.createDirectories(fopPdf.getParent());

        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("Apache FOP 2.8 (PDF only)", List.of("env", "FOP_HYPHENATION_PATH=" + hyphenationJar(),
                "/usr/bin/fop", "-q", "-c", config.toString(), "-fo", fo.toString(), "-pdf", fopPdf.toString()));
        commands.put("java -jar colophon.jar build", List.of("java", "-jar", "target/colophon.jar", "build",
                book.toString(), "--out", work.resolve("jar").toString()));
        commands.put("bin/colophon build", List.of("bin/colophon", "build", book.toString(), "--out",
                work.resolve("launcher").toString()));
        Map<String, List<MeasuredRun>> results = new LinkedHashMap<>();
        commands.keySet().forEach(k -> results.put(k, new ArrayList<>()));
        List<String> names = new ArrayList<>(commands.keySet());
        for (int i = 0; i < runs; i++) {
            // each round starts with the next command, so that none always runs after the same one
            for (int j = 0; j < names.size(); j++) {
                String name = names.get((i + j) % names.size());
                MeasuredRun run = MeasuredRun.of(commands.get(name), project, work);
                results.get(name).add(run);
                System.err.printf(Locale.ROOT, "run %d %-30s %6d ms wall %6d ms cpu %5d MB%n", i + 1, name,
                        run.wallMillis(), run.cpuMillis(), run.peakRssKb() / 1024);
            }
        }
        int fopPages;
        try (PDDocument pdf = Loader.loadPDF(fopPdf.toFile())) {
            fopPages = pdf.getNumberOfPages();
        }
        System.out.printf(Locale.ROOT, "%n%d words of the corpus; %d runs each, taking turns, medians; %d cores, load %.1f%n%n",
                words, runs,
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "%-30s %6s %8s %8s %8s %9s %9s %9s%n", "", "pages", "wall s", "CPU s", "RSS MB",
                "wall/FOP", "CPU/FOP", "RSS/FOP");
        MeasuredRun.Medians fop = MeasuredRun.Medians.of(results.get(names.get(0)));
        for (String name : names) {
            MeasuredRun.Medians m = MeasuredRun.Medians.of(results.get(name));
            int pages = name.equals(names.get(0)) ? fopPages : results.get(name).get(0).colophonPages();
            System.out.printf(Locale.ROOT, "%-30s %6d %s %9.2f %9.2f %9.2f%n", name, pages, m.formatted(),
                    (double) m.wallMillis() / fop.wallMillis(), (double) m.cpuMillis() / fop.cpuMillis(),
                    (double) m.peakRssKb() / fop.peakRssKb());
        }
        System.out.printf(Locale.ROOT, "%ntargets: wall/FOP <= 0.33, CPU/FOP <= 0.25, RSS <= 500 MB%n");
    }

    /**
     * The jar of Liang patterns FOP reads: offo's fop-hyph from the local Maven repository (a
     * dependency of Colophon's), not from colophon.jar, which would put its own FOP classes
     * before Debian's.
     */
    private static String hyphenationJar() {
        Path jar = Path.of(System.getProperty("user.home"), ".m2/repository/net/sf/offo/fop-hyph/2.0/fop-hyph-2.0.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + ": run mvn package once, which fetches it");
        }
        return jar.toString();
    }
}
