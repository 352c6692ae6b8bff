package org.colophon.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.Colophon;

/**
 * Book-length benchmark: builds the sample manuscript, the ELTeC Ponson novel and books of
 * about 150, 600 and 1,200 pages assembled from the corpus (to show how time and memory
 * scale), each several times as a real user would ({@code java -jar target/colophon.jar
 * build …}, JVM start included), and prints
 * the medians of wall time, time per stage, pages per second and peak RSS, then the peak
 * heap of one in-process build.
 *
 * <p>Run with {@code mvn -Pbench verify} (which packages the jar first). Arguments:
 * {@code [runs] [corpus folder] [jar]}; defaults 5, ../shared/corpus and target/colophon.jar
 * ({@code -Dbench.jar=…} names another jar, to compare with a build kept from before a
 * change). The {@code pdf} and {@code epub} stages run at once, so the stages' times add up
 * to more than the wall time.
 */
public final class Benchmark {

    private static final Pattern STAGE_LINE = Pattern.compile("^(\\S+)\\s+(.*?)\\s+(\\d+) ms$");
    private static final Pattern PAGES = Pattern.compile("(\\d+) pages");
    /** The stages as the build reports them; pdf and epub are written at once, so they overlap. */
    private static final List<String> STAGES = List.of("read", "typography", "layouts", "lines", "pages", "cover",
            "pdf", "epub");

    record Input(String name, Path file) {}

    record Run(long wallMillis, long peakRssKb, Map<String, Long> stageMillis, int pages) {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path corpus = Path.of(args.length > 1 ? args[1] : "../shared/corpus");
        // another jar (say, a build of main kept aside) runs the same benchmark for a comparison
        Path jar = Path.of(args.length > 2 ? args[2] : System.getProperty("bench.jar", "target/colophon.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + ": run `mvn -Pbench verify`, which packages it first");
        }
        Path work = Path.of("target/bench");
        Files.createDirectories(work);
        BenchmarkBooks books = new BenchmarkBooks(corpus);

        List<Input> inputs = new ArrayList<>();
        inputs.add(new Input("sample article", Path.of("manuscript/macron-rutte.xml")));
        inputs.add(new Input("Ponson novel", books.ponson()));

        // Size the assembled books from the Ponson novel's measured words per page.
        Run ponson = runJar(jar, books.ponson(), work);
        int ponsonWords = BenchmarkBooks.words(Files.readString(books.ponson()));
        double wordsPerPage = ponson.pages() > 0 ? (double) ponsonWords / ponson.pages() : 380;
        inputs.add(new Input("~150 pages", assembleToPages(jar, books, 150, wordsPerPage, work.resolve("book-150.xml"), work)));
        inputs.add(new Input("~600 pages", assembleToPages(jar, books, 600, wordsPerPage, work.resolve("book-600.xml"), work)));
        inputs.add(new Input("~1200 pages", assembleToPages(jar, books, 1200, wordsPerPage, work.resolve("book-1200.xml"), work)));

        System.out.printf(Locale.ROOT, "%d runs each, medians; java -jar %s, JVM start included; %d cores;"
                + " heap MB: one build in this JVM, with the classes on its class path (not the jar's)%n%n",
                runs, jar, Runtime.getRuntime().availableProcessors());
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-15s %6s %8s", "input", "pages", "wall ms"));
        for (String s : STAGES) {
            header.append(String.format(Locale.ROOT, " %9s", s));
        }
        header.append(String.format(Locale.ROOT, " %8s %9s %9s", "pages/s", "RSS MB", "heap MB"));
        System.out.println(header);
        for (Input input : inputs) {
            List<Run> results = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                results.add(runJar(jar, input.file(), work));
            }
            long wall = median(results.stream().mapToLong(Run::wallMillis).toArray());
            long rss = median(results.stream().mapToLong(Run::peakRssKb).toArray());
            int pages = results.get(0).pages();
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-15s %6d %8d", input.name(), pages, wall));
            for (String s : STAGES) {
                row.append(String.format(Locale.ROOT, " %9d",
                        median(results.stream().mapToLong(r -> r.stageMillis().getOrDefault(s, 0L)).toArray())));
            }
            double pagesPerSecond = pages * 1000.0 / wall;
            row.append(String.format(Locale.ROOT, " %8.1f %9.0f %9.0f", pagesPerSecond, rss / 1024.0,
                    peakHeapInProcess(input.file(), work) / (1024.0 * 1024.0)));
            System.out.println(row);
        }
    }

    /**
     * A book of at least {@code pages} pages: the English chapters set looser or tighter than
     * the French ones, so the first estimate is corrected once by the pages it gave.
     */
    static Path assembleToPages(Path jar, BenchmarkBooks books, int pages, double wordsPerPage, Path target, Path work)
            throws Exception {
        int words = (int) (pages * wordsPerPage);
        books.assemble(words, target);
        int got = runJar(jar, target, work).pages();
        if (got > 0 && got < pages) {
            books.assemble((int) Math.ceil(words * (pages + 5.0) / got), target);
        }
        return target;
    }

    /** One build in a fresh JVM, as a user runs it; peak RSS read from /proc while it runs. */
    static Run runJar(Path jar, Path input, Path work) throws IOException, InterruptedException {
        Path out = work.resolve("out");
        ProcessBuilder pb = new ProcessBuilder("java", "-jar", jar.toString(), "build", input.toString(),
                "--out", out.toString());
        pb.redirectErrorStream(true);
        long start = System.nanoTime();
        Process p = pb.start();
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        long[] peak = {0};
        Thread sampler = new Thread(() -> {
            while (p.isAlive()) {
                peak[0] = Math.max(peak[0], readHighWaterMark(status));
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        Map<String, Long> stages = new LinkedHashMap<>();
        int pages = 0;
        StringBuilder output = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                output.append(line).append('\n');
                Matcher m = STAGE_LINE.matcher(line.trim());
                if (m.matches() && STAGES.contains(m.group(1))) {
                    stages.put(m.group(1), Long.parseLong(m.group(3)));
                    if (m.group(1).equals("pdf")) {
                        Matcher pm = PAGES.matcher(m.group(2));
                        if (pm.find()) {
                            pages = Integer.parseInt(pm.group(1));
                        }
                    }
                }
            }
        }
        int exit = p.waitFor();
        long wall = (System.nanoTime() - start) / 1_000_000;
        sampler.join();
        if (exit != 0) {
            throw new IllegalStateException("build of " + input + " failed (" + exit + "):\n" + output);
        }
        return new Run(wall, peak[0], stages, pages);
    }

    private static long readHighWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between the check and the read
        }
        return 0;
    }

    /** Peak heap of one build inside this JVM, summed over the heap pools' peaks. */
    static long peakHeapInProcess(Path input, Path work) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        new Colophon(d -> { }, Colophon.Progress.silent()).build(input, Colophon.Options.defaults(work.resolve("out-heap")));
        return heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
