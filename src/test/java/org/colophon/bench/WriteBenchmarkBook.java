package org.colophon.bench;

import java.nio.file.Path;

/**
 * Writes one of the benchmark's book-length TEI books to a file, to time a cold command-line
 * build of it (the launcher's options, README "Starting fast"):
 * {@code java -cp target/test-classes:target/colophon.jar org.colophon.bench.WriteBenchmarkBook ../shared/corpus 345000 /tmp/book-1200.xml}
 * (345,000 words make about 1,200 pages).
 */
public final class WriteBenchmarkBook {

    private WriteBenchmarkBook() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: WriteBenchmarkBook CORPUS_DIR WORDS OUT.xml");
            System.exit(2);
        }
        Path written = new BenchmarkBooks(Path.of(args[0])).assemble(Integer.parseInt(args[1]), Path.of(args[2]));
        System.out.println(written);
    }
}
