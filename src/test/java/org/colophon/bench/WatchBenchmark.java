package org.colophon.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.colophon.Colophon;
import org.colophon.watch.BookWatcher;
import org.colophon.watch.BuildEvent;

/**
 * The warm watcher's rebuild time: watches a temporary copy of a one-file manuscript, makes
 * {@code edits} one-word edits in its middle paragraph (a word put in, then taken out
 * again), waits for each rebuild's event and prints its time, the median of all and of the
 * second half (the JIT compiler has warmed up by then), and whether the last books are the
 * bytes a clean build of the same file writes. Not a test: a measurement to rerun.
 *
 * <pre>
 * mvn -q -o package -DskipTests &amp;&amp; mvn -q -o test-compile
 * java -cp target/colophon.jar:target/test-classes org.colophon.bench.WatchBenchmark manuscript/macron-rutte.xml 10
 * java -cp target/colophon.jar:target/test-classes org.colophon.bench.WatchBenchmark pages:1200 5
 * </pre>
 *
 * {@code pages:N} watches a book of about N pages assembled from the corpus novels of
 * {@code ../shared/corpus} as the book-length {@link Benchmark} assembles them (at about
 * {@value #WORDS_PER_PAGE} words a page).
 */
public final class WatchBenchmark {

    private static final String WORD = "Retouché ";

    /** About the Ponson novel's words per page in the default styles. */
    static final int WORDS_PER_PAGE = 380;

    private WatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String book = args.length > 0 ? args[0] : "manuscript/macron-rutte.xml";
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path dir = Files.createTempDirectory("colophon-watch-bench");
        try {
            Path source = Path.of(book);
            if (book.startsWith("pages:")) {
                int pages = Integer.parseInt(book.substring("pages:".length()));
                source = new BenchmarkBooks(Path.of("../shared/corpus"))
                        .assemble(pages * WORDS_PER_PAGE, dir.resolve("assembled-" + pages + ".source"));
            }
            run(source, edits, dir);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void run(Path source, int edits, Path dir) throws Exception {
        Path manuscript = dir.resolve(source.getFileName());
        String text = Files.readString(source, StandardCharsets.UTF_8);
        Files.writeString(manuscript, text, StandardCharsets.UTF_8);
        int middle = text.indexOf("<p>", text.length() / 2);
        if (middle < 0) {
            middle = text.indexOf("<p>");
        }
        if (middle < 0) {
            throw new IllegalArgumentException(source + " has no <p> to edit");
        }
        int at = middle + "<p>".length();
        String edited = text.substring(0, at) + WORD + text.substring(at);

        Path out = dir.resolve("out");
        BlockingQueue<BuildEvent> events = new LinkedBlockingQueue<>();
        BookWatcher watcher = new BookWatcher(new Colophon(d -> { }, Colophon.Progress.silent()), List.of(manuscript),
                cache -> Colophon.Options.builder(out).report(true).cache(cache).build(), events::add);
        Thread thread = new Thread(watcher::run, "watch-benchmark");
        thread.start();
        try {
            System.out.printf(Locale.ROOT, "first build: %d ms%n", nextBuild(events).millis());
            long[] millis = new long[edits];
            for (int i = 0; i < edits; i++) {
                Files.writeString(manuscript, i % 2 == 0 ? edited : text, StandardCharsets.UTF_8);
                millis[i] = nextBuild(events).millis();
                System.out.printf(Locale.ROOT, "rebuild %d: %d ms%n", i + 1, millis[i]);
            }
            System.out.printf(Locale.ROOT, "median of %d rebuilds: %d ms; of the last %d: %d ms%n", edits,
                    median(millis), edits - edits / 2, median(Arrays.copyOfRange(millis, edits / 2, edits)));
        } finally {
            watcher.stop();
            thread.join();
        }
        Path clean = dir.resolve("clean");
        new Colophon(d -> { }, Colophon.Progress.silent()).build(manuscript,
                Colophon.Options.builder(clean).report(true).build());
        List<String> differ = new ArrayList<>();
        String name = Colophon.bookName(manuscript);
        for (String book : List.of(name + ".pdf", name + ".epub")) {
            if (!Arrays.equals(Files.readAllBytes(out.resolve(book)), Files.readAllBytes(clean.resolve(book)))) {
                differ.add(book);
            }
        }
        System.out.println(differ.isEmpty() ? "the watched books are the bytes of a clean build"
                : "DIFFERENT from a clean build: " + differ);
    }

    private static BuildEvent.Built nextBuild(BlockingQueue<BuildEvent> events) throws InterruptedException {
        while (true) {
            BuildEvent event = events.poll(10, TimeUnit.MINUTES);
            if (event == null) {
                throw new IllegalStateException("no build within 10 minutes");
            }
            if (event instanceof BuildEvent.Built built) {
                return built;
            }
            if (!(event instanceof BuildEvent.Watching)) {
                throw new IllegalStateException("a build failed: " + event);
            }
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
