package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code colophon watch}: its arguments, and a watch whose first build fails going on to the fixed one. */
class WatchCommandTest {

    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    Path dir;

    @Test
    void takesTheBuildsArguments() {
        Arguments a = Arguments.parse(new String[] {"watch", "book.xml", "--out", "books", "--styles", "my-styles",
                "--quiet", "--strict"});
        assertEquals(Arguments.Command.WATCH, a.command());
        assertEquals(Path.of("book.xml"), a.manuscript());
        assertEquals(Path.of("books"), a.out());
        assertEquals(Path.of("my-styles"), a.styles());
        assertTrue(a.quiet());
        assertTrue(a.strict());

        Arguments defaults = Arguments.parse(new String[] {"watch", "--", "-draft.xml"});
        assertEquals(Arguments.Command.WATCH, defaults.command());
        assertEquals(Path.of("-draft.xml"), defaults.manuscript());
        assertEquals(Path.of("target"), defaults.out());
        assertEquals(null, defaults.styles());
        assertFalse(defaults.quiet());
        assertFalse(defaults.strict());
    }

    @Test
    void usageErrorsExitWithTwoAndAMissingManuscriptWithOne() {
        String[][] cases = {{"watch"}, {"watch", "a.xml", "b.xml"}, {"watch", "a.xml", "--styles"},
                {"watch", "a.xml", "--colour"}, {"wach", "a.xml"}};
        String[] words = {"watch needs a manuscript file", "only one manuscript", "--styles needs a folder",
                "unknown option '--colour'", "unknown command 'wach' (expected 'build' or 'watch')"};
        for (int i = 0; i < cases.length; i++) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = new Main(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8)).run(cases[i]);
            assertEquals(2, status, String.join(" ", cases[i]));
            assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("colophon: " + words[i]),
                    err.toString(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(1, new Main(System.out, new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(new String[] {"watch", dir.resolve("none.xml").toString()}));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("none.xml: error: no such manuscript file"));
    }

    @Test
    void theHelpTellsOfWatch() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, new Main(new PrintStream(out, true, StandardCharsets.UTF_8), System.err)
                .run(new String[] {"--help"}));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("colophon watch MANUSCRIPT [--out DIR] [--styles DIR] [--quiet] [--strict]"), help);
        assertTrue(help.contains("Ctrl-C ends it."), help);
    }

    @Test
    void aFirstBuildThatFailsDoesNotEndTheWatch() throws Exception {
        Path manuscript = dir.resolve("book.xml");
        String good = """
                <?xml version="1.0" encoding="UTF-8"?>
                <book xmlns="https://colophon.org/ns/manuscript/1" version="1" xml:lang="en">
                  <metadata><title>Watched</title><date>2024-11-12</date></metadata>
                  <body><chapter><title>One</title><p>A word.</p></chapter></body>
                </book>
                """;
        Files.writeString(manuscript, good.replace("<p>A word.</p>", "<para>A word.</para>"));
        Text out = new Text();
        Text err = new Text();
        AtomicInteger status = new AtomicInteger(-1);
        Thread watching = new Thread(() -> status.set(new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(new String[] {"watch", manuscript.toString(),
                        "--out", dir.resolve("out").toString()})), "watch-command-test");
        watching.start();
        try {
            int column = good.lines().toList().get(3).indexOf("<p>") + 1; // where <para> stands
            err.await(t -> t.contains(manuscript + ":4:" + column + ": error: element <para> is not allowed here"));
            out.await(t -> t.contains(" for changes (Ctrl-C to stop)"));
            assertTrue(err.toString().contains("book.xml failed in "), err.toString());
            assertFalse(Files.exists(dir.resolve("out/book.pdf")));

            Files.writeString(manuscript, good);
            out.await(t -> t.contains("rebuilt " + manuscript + " in "));
            assertTrue(out.toString().contains("(book.xml changed)"), out.toString());
            assertTrue(Files.isRegularFile(dir.resolve("out/book.pdf")));
            assertTrue(Files.isRegularFile(dir.resolve("out/book-report.json")), "the report, as build writes it");
        } finally {
            watching.interrupt();
            watching.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
        }
        assertFalse(watching.isAlive());
        assertEquals(0, status.get());
    }

    /** A console's text as it is written, which a test can wait on. */
    private static final class Text extends OutputStream {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            bytes.write(b);
            notifyAll();
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
            notifyAll();
        }

        @Override
        public synchronized String toString() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        synchronized void await(Predicate<String> seen) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            while (!seen.test(toString())) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("not written within " + TIMEOUT_SECONDS + " s; so far: " + this);
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }
    }
}
