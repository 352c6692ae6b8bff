package org.colophon.robustness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.colophon.Colophon;
import org.colophon.error.Diagnostic;
import org.colophon.testing.BookInvariants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One {@link Colophon} instance building several books at once from several threads gives
 * the very bytes it gives building them one by one; several builds of one book racing into
 * one folder leave one whole copy and no temporary file.
 */
class ConcurrentBuildTest {

    private static final List<Path> BOOKS = List.of(
            Path.of("manuscript/macron-rutte.xml"),
            Path.of("src/test/resources/manuscripts/complete/complete.xml"),
            Path.of("src/test/resources/tei/every-element.xml"),
            Path.of("src/test/resources/robustness/istanbul.xml"));

    @TempDir
    Path dir;

    @Test
    void parallelBuildsGiveTheBytesOfSequentialOnes() throws Exception {
        List<Diagnostic> warnings = Collections.synchronizedList(new ArrayList<>());
        Colophon colophon = new Colophon(warnings::add, Colophon.Progress.silent());

        for (Path book : BOOKS) {
            colophon.build(book, Colophon.Options.defaults(dir.resolve("one-by-one")));
            BookInvariants.checkBuild(book, dir.resolve("one-by-one")); // the parallel builds must give these bytes
        }
        int sequentialWarnings = warnings.size();
        Map<String, byte[]> expected = Hostile.snapshot(dir.resolve("one-by-one"));
        // an EPUB and a PDF per book, and a cover PDF for a book that names a cover image
        assertEquals(2 * BOOKS.size(), expected.keySet().stream().filter(k -> !k.endsWith("-cover.pdf")).count(),
                expected.keySet()::toString);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Colophon.Result>> running = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                Path out = dir.resolve("parallel-" + round);
                for (Path book : BOOKS) {
                    running.add(pool.submit(() -> colophon.build(book, Colophon.Options.defaults(out))));
                }
            }
            // and two builds of each book racing into one folder
            Path shared = dir.resolve("shared");
            for (int i = 0; i < 2; i++) {
                for (Path book : BOOKS) {
                    running.add(pool.submit(() -> colophon.build(book, Colophon.Options.defaults(shared))));
                }
            }
            for (Future<Colophon.Result> f : running) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        for (String out : List.of("parallel-0", "parallel-1", "shared")) {
            Map<String, byte[]> got = Hostile.snapshot(dir.resolve(out));
            assertEquals(expected.keySet(), got.keySet(), out + ": no other file, no temporary file");
            for (String name : expected.keySet()) {
                assertArrayEquals(expected.get(name), got.get(name), out + "/" + name + " differs from the sequential build");
            }
        }
        assertEquals(sequentialWarnings * 5, warnings.size(), "each build reports the same warnings");
    }
}
