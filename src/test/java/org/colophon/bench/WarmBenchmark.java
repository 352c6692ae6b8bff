package org.colophon.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.colophon.Colophon;

/**
 * Colophon in a warm JVM, as the Maven plugin, the watch goal or a library caller runs it:
 * first {@code builds} full builds (PDF, EPUB, report; no cache) of the assembled 1,300-page
 * book one after another, printing each one's time and the median of all but the first three;
 * then a backlist of 20 different books (assembled from the corpus's five novels, each led by
 * another novel and language, of 20,000 to 200,000 words) built one after another, printing
 * each book's time (wall and processor) and pages, the heap in use after a full collection once it is done (which
 * should stay flat), and books per minute and pages per second over the whole backlist.
 *
 * <p>Run after {@code mvn -B -q -o package -DskipTests test-compile}, with the JVM's defaults as a
 * host has them: {@code java -cp target/test-classes:target/colophon.jar org.colophon.bench.WarmBenchmark [builds] [corpus]};
 * defaults 8 and ../shared/corpus.
 */
public final class WarmBenchmark {

    private static final int BACKLIST = 20;

    private WarmBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int builds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        Path corpus = Path.of(args.length > 1 ? args[1] : "../shared/corpus");
        Path work = Path.of("target/bench-warm").toAbsolutePath();
        Files.createDirectories(work);
        BenchmarkBooks books = new BenchmarkBooks(corpus);
        Colophon colophon = new Colophon(d -> { }, Colophon.Progress.silent());
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

        Path big = books.assemble(345_000, work.resolve("book-1300.xml"));
        List<Long> times = new ArrayList<>();
        List<Long> cpuTimes = new ArrayList<>();
        int bigPages = 0;
        for (int i = 0; i < builds; i++) {
            long t = System.nanoTime();
            long cpu = cpuMillis();
            Colophon.Result result = colophon.build(big, Colophon.Options.defaults(work.resolve("out-1300")));
            long ms = (System.nanoTime() - t) / 1_000_000;
            long cpuMs = cpuMillis() - cpu;
            bigPages = pages(result);
            times.add(ms);
            cpuTimes.add(cpuMs);
            System.out.printf(Locale.ROOT, "1,300-page book, build %d: %d pages in %d ms (%d ms of CPU, all threads)%n",
                    i + 1, bigPages, ms, cpuMs);
        }
        int skip = Math.min(3, times.size() - 1);
        long[] warm = times.stream().skip(skip).mapToLong(Long::longValue).toArray();
        long[] warmCpu = cpuTimes.stream().skip(skip).mapToLong(Long::longValue).toArray();
        System.out.printf(Locale.ROOT, "median of builds %d to %d: %d ms, %d ms of CPU (%.0f pages/s); load %.1f%n%n",
                skip + 1, times.size(), MeasuredRun.median(warm), MeasuredRun.median(warmCpu),
                bigPages * 1000.0 / MeasuredRun.median(warm), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        List<Path> novels = books.novels();
        List<Path> backlist = new ArrayList<>();
        for (int b = 0; b < BACKLIST; b++) {
            // each book led by another novel (its header and language), mixed with a second one
            Path lead = novels.get(b % novels.size());
            Path second = novels.get((b + 1 + b / novels.size()) % novels.size());
            if (second.equals(lead)) {
                second = novels.get((b + 2) % novels.size());
            }
            int words = 20_000 + (b * 47_000) % 180_000;
            backlist.add(books.assemble(List.of(lead, second), b / novels.size(), words,
                    work.resolve(String.format(Locale.ROOT, "backlist-%02d.xml", b + 1))));
        }
        System.out.printf(Locale.ROOT, "%-16s %6s %8s %8s %17s%n", "backlist book", "pages", "ms", "CPU ms",
                "heap after GC MB");
        long start = System.nanoTime();
        long buildNanos = 0;
        long buildCpu = 0;
        int pages = 0;
        for (Path book : backlist) {
            long t = System.nanoTime();
            long cpu = cpuMillis();
            Colophon.Result result = colophon.build(book, Colophon.Options.defaults(work.resolve("out-backlist")));
            long nanos = System.nanoTime() - t;
            long cpuMs = cpuMillis() - cpu;
            buildNanos += nanos;
            buildCpu += cpuMs;
            pages += pages(result);
            System.gc();
            System.out.printf(Locale.ROOT, "%-16s %6d %8d %8d %17.1f%n", book.getFileName(), pages(result),
                    nanos / 1_000_000, cpuMs, memory.getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0));
        }
        double seconds = buildNanos / 1e9;
        System.out.printf(Locale.ROOT, "%n%d books, %d pages in %.1f s of building, %.1f s of CPU (%.1f s with the"
                + " collections between): %.1f books per minute, %.0f pages per second; load %.1f%n", backlist.size(),
                pages, seconds, buildCpu / 1000.0, (System.nanoTime() - start) / 1e9, backlist.size() * 60 / seconds,
                pages / seconds, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Processor time of this whole JVM (every thread, the collector's and compiler's too). */
    private static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    private static int pages(Colophon.Result result) {
        return result.stages().stream().filter(s -> s.stage().equals("pdf")).findFirst()
                .map(s -> Integer.parseInt(s.items().replaceAll("\\D", ""))).orElse(0);
    }
}
