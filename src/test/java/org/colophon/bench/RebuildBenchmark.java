package org.colophon.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.colophon.BuildCache;
import org.colophon.Colophon;

/**
 * The rebuild cache's benchmark (the watcher's own, with its file events, is {@link WatchBenchmark}): in one warm JVM, builds a book of about 1,200 pages assembled
 * from the corpus, then rebuilds it after each of {@code edits} one-word edits in its middle
 * chapter with a {@link BuildCache}, as {@code colophon watch} does, and prints the median
 * time of those rebuilds and of their stages beside the median of as many warm builds
 * without a cache; then checks that the last rebuild wrote the bytes a clean build writes;
 * then times five rebuilds after a change of print.css (the paragraph indent, which sets
 * every indented paragraph again), which should be no slower than a build without a cache.
 *
 * <p>Run by hand after {@code mvn -B -q package -DskipTests test-compile}:
 * {@code java -cp target/test-classes:target/colophon.jar org.colophon.bench.RebuildBenchmark [edits] [corpus]};
 * defaults 10 and ../shared/corpus.
 */
public final class RebuildBenchmark {

    public static void main(String[] args) throws Exception {
        int edits = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path corpus = Path.of(args.length > 1 ? args[1] : "../shared/corpus");
        Path work = Path.of("target/bench-watch");
        Files.createDirectories(work);
        Path book = work.resolve("book-1200.xml");
        new BenchmarkBooks(corpus).assemble(345_000, book);
        String original = Files.readString(book);
        int at = editPlace(original);

        Colophon colophon = new Colophon(d -> { }, Colophon.Progress.silent());
        Path clean = work.resolve("clean");
        Path watched = work.resolve("watched");
        // warm the JVM as a watch session is warm after its first builds
        List<Long> full = new ArrayList<>();
        List<Long> fullCpu = new ArrayList<>();
        int fullBuilds = Integer.getInteger("bench.fullBuilds", edits); // fewer, to profile the rebuilds
        int warmups = Integer.getInteger("bench.warmups", 3);
        for (int i = 0; i < warmups + fullBuilds; i++) {
            Files.writeString(book, edit(original, at, i));
            long t = System.nanoTime();
            long cpu = cpuMillis();
            colophon.build(book, Colophon.Options.defaults(clean));
            if (i >= warmups) {
                full.add((System.nanoTime() - t) / 1_000_000);
                fullCpu.add(cpuMillis() - cpu);
            }
        }
        BuildCache cache = BuildCache.create();
        Files.writeString(book, original);
        Colophon.Result first = colophon.build(book, Colophon.Options.builder(watched).cache(cache).build());
        int pages = pages(first);
        List<Long> rebuilds = new ArrayList<>();
        List<Long> rebuildsCpu = new ArrayList<>();
        Map<String, List<Long>> stages = new LinkedHashMap<>();
        // -Dbench.jfr=x.jfr: a profile of the one-word rebuilds alone, not of the builds around them
        String jfr = System.getProperty("bench.jfr");
        jdk.jfr.Recording recording = null;
        if (jfr != null) {
            recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            recording.start();
        }
        for (int i = 0; i < edits; i++) {
            Files.writeString(book, edit(original, at, i));
            long t = System.nanoTime();
            long cpu = cpuMillis();
            Colophon.Result r = colophon.build(book, Colophon.Options.builder(watched).cache(cache).build());
            rebuilds.add((System.nanoTime() - t) / 1_000_000);
            rebuildsCpu.add(cpuMillis() - cpu);
            r.stages().forEach(s -> stages.computeIfAbsent(s.stage(), k -> new ArrayList<>()).add(s.millis()));
        }
        if (recording != null) {
            recording.stop();
            recording.dump(Path.of(jfr));
            recording.close();
        }
        int[] counts = cache.paragraphCounts();
        int[] pageCounts = cache.pageCounts();
        int breakingStart = cache.pageBreakingStart();
        int divisionsReused = cache.divisionsReused();
        // the last edit, built clean
        colophon.build(book, Colophon.Options.defaults(clean));
        String name = Colophon.bookName(book);
        boolean samePdf = Arrays.equals(Files.readAllBytes(clean.resolve(name + ".pdf")),
                Files.readAllBytes(watched.resolve(name + ".pdf")));
        boolean sameEpub = Arrays.equals(Files.readAllBytes(clean.resolve(name + ".epub")),
                Files.readAllBytes(watched.resolve(name + ".epub")));
        // style changes: a styles folder whose print.css changes the paragraphs' indent, every
        // indented paragraph set again (the bar: no slower than a warm build without a cache)
        Path styles = Files.createDirectories(work.resolve("styles"));
        String css = org.colophon.styles.Styles.bundled().readText(org.colophon.styles.Styles.Kind.STYLE_SHEET,
                "print.css").orElseThrow();
        List<Long> restyled = new ArrayList<>();
        String[] indents = java.util.Arrays.copyOf(new String[] {"1.5em", "1.2em", "1.8em", "1.2em", "1.4em"},
                Integer.getInteger("bench.styleChanges", 5)); // 0 to profile the one-word rebuilds alone
        for (String indent : indents) {
            Files.writeString(styles.resolve("print.css"), css.replace("text-indent: 1.2em", "text-indent: " + indent));
            long t = System.nanoTime();
            colophon.build(book, Colophon.Options.builder(watched).cache(cache)
                    .styles(org.colophon.styles.Styles.fromDirectory(styles)).build());
            restyled.add((System.nanoTime() - t) / 1_000_000);
        }
        Files.writeString(book, original);

        System.out.printf(Locale.ROOT, "%d pages, %d one-word edits in the middle chapter, warm JVM, %d cores%n",
                pages, edits, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "full build, no cache:   median %d ms wall, %d ms CPU%n", median(full),
                median(fullCpu));
        System.out.printf(Locale.ROOT, "rebuild with the cache: median %d ms wall (%.2f of a full build), %d ms CPU"
                + " (%.2f)%n", median(rebuilds), median(rebuilds) / (double) median(full), median(rebuildsCpu),
                median(rebuildsCpu) / (double) median(fullCpu));
        StringBuilder line = new StringBuilder("  stages (median ms):");
        stages.forEach((s, ms) -> line.append(' ').append(s).append(' ').append(median(ms)));
        System.out.println(line);
        System.out.printf(Locale.ROOT, "  paragraphs of the last rebuild: %d from the cache, %d set%n", counts[0], counts[1]);
        System.out.printf(Locale.ROOT, "  pages of the last rebuild: %d streams from the cache, %d drawn; pages broken"
                + " from item %d of the vertical list; %d divisions' typography from the cache%n", pageCounts[0],
                pageCounts[1], breakingStart, divisionsReused);
        System.out.printf(Locale.ROOT, "rebuild after a change of print.css (every indented paragraph again): median"
                + " %d ms of %d (%.2f of a full build)%n", median(restyled), restyled.size(),
                median(restyled) / (double) median(full));
        System.out.printf(Locale.ROOT, "same bytes as a clean build: PDF %s, EPUB %s%n", samePdf, sameEpub);
        if (!samePdf || !sameEpub) {
            System.exit(1);
        }
    }

    /** The start of a word of at least six letters in a paragraph halfway through the book. */
    static int editPlace(String xml) {
        int p = xml.indexOf("<p>", xml.length() / 2);
        int i = p + 3;
        while (true) {
            int start = i;
            while (Character.isLetter(xml.charAt(i))) {
                i++;
            }
            if (i - start >= 6) {
                return start;
            }
            i++;
        }
    }

    /** The book with the word at {@code at} replaced by another for edit {@code i}. */
    static String edit(String xml, int at, int i) {
        int end = at;
        while (Character.isLetter(xml.charAt(end))) {
            end++;
        }
        String[] words = {"maison", "jardins", "lumière", "chemin", "rivière", "fenêtre", "silence", "voyage"};
        return xml.substring(0, at) + words[i % words.length] + xml.substring(end);
    }

    /** The CPU time of the whole JVM, every thread (a loaded machine stretches wall time more than this). */
    private static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
    }

    private static int pages(Colophon.Result result) {
        for (Colophon.StageReport s : result.stages()) {
            if (s.stage().equals("pages")) {
                return Integer.parseInt(s.items().split(" ")[0]);
            }
        }
        return 0;
    }

    private static long median(List<Long> values) {
        if (values.isEmpty()) {
            return 0; // none measured (bench.fullBuilds=0)
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }
}
