package org.colophon.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a cold build grows linearly with the book: books of about 180, 600, 1,300 and
 * 2,600 pages assembled from the corpus ({@link BenchmarkBooks}; 265 words make about a
 * page), each built by {@code bin/colophon build} (PDF, EPUB and report) {@code runs} times,
 * the sizes taking turns; prints the medians of wall time, processor time and peak RSS (GNU
 * time), and each per page, and the same less the smallest book's (the cost of a page once the
 * JVM has started).
 *
 * <p>Run after {@code mvn -B -q -o package -DskipTests test-compile}:
 * {@code java -cp target/test-classes:target/colophon.jar org.colophon.bench.ScalingBenchmark [runs] [corpus] [launcher]};
 * defaults 3, ../shared/corpus and bin/colophon ({@code jar} runs {@code java -jar target/colophon.jar} instead).
 */
public final class ScalingBenchmark {

    private static final int[] PAGES = {180, 600, 1300, 2600};
    private static final double WORDS_PER_PAGE = 265;

    private ScalingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path corpus = Path.of(args.length > 1 ? args[1] : "../shared/corpus");
        boolean jar = args.length > 2 && args[2].equals("jar");
        Path project = Path.of("").toAbsolutePath();
        Path work = project.resolve("target/bench-scaling");
        Files.createDirectories(work);
        BenchmarkBooks books = new BenchmarkBooks(corpus);
        List<Path> inputs = new ArrayList<>();
        List<List<MeasuredRun>> results = new ArrayList<>();
        for (int pages : PAGES) {
            inputs.add(books.assemble((int) (pages * WORDS_PER_PAGE), work.resolve("book-" + pages + ".xml")));
            results.add(new ArrayList<>());
        }
        for (int i = 0; i < runs; i++) {
            for (int j = 0; j < inputs.size(); j++) {
                int k = (i + j) % inputs.size();
                List<String> command = new ArrayList<>(jar ? List.of("java", "-jar", "target/colophon.jar")
                        : List.of("bin/colophon"));
                command.addAll(List.of("build", inputs.get(k).toString(), "--out", work.resolve("out").toString()));
                MeasuredRun run = MeasuredRun.of(command, project, work);
                results.get(k).add(run);
                System.err.printf(Locale.ROOT, "run %d %-14s %6d ms wall %6d ms cpu %5d MB%n", i + 1,
                        inputs.get(k).getFileName(), run.wallMillis(), run.cpuMillis(), run.peakRssKb() / 1024);
            }
        }
        System.out.printf(Locale.ROOT, "%n%s build, %d runs each, taking turns, medians; %d cores, load %.1f%n%n",
                jar ? "java -jar target/colophon.jar" : "bin/colophon", runs,
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "%-14s %6s %8s %8s %8s %10s %10s %10s %12s %12s%n", "book", "pages", "wall s",
                "CPU s", "RSS MB", "wall ms/p", "CPU ms/p", "RSS KB/p", "+wall ms/p", "+CPU ms/p");
        MeasuredRun.Medians smallest = MeasuredRun.Medians.of(results.get(0));
        int smallestPages = results.get(0).get(0).colophonPages();
        for (int k = 0; k < inputs.size(); k++) {
            MeasuredRun.Medians m = MeasuredRun.Medians.of(results.get(k));
            int pages = results.get(k).get(0).colophonPages();
            String marginal = k == 0 ? String.format(Locale.ROOT, "%12s %12s", "-", "-")
                    : String.format(Locale.ROOT, "%12.2f %12.2f",
                            (double) (m.wallMillis() - smallest.wallMillis()) / (pages - smallestPages),
                            (double) (m.cpuMillis() - smallest.cpuMillis()) / (pages - smallestPages));
            System.out.printf(Locale.ROOT, "%-14s %6d %s %10.2f %10.2f %10.0f %s%n", inputs.get(k).getFileName(), pages,
                    m.formatted(), (double) m.wallMillis() / pages, (double) m.cpuMillis() / pages,
                    (double) m.peakRssKb() / pages, marginal);
        }
    }
}
