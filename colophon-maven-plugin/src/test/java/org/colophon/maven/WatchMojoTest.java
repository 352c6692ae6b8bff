package org.colophon.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watch goal run as Maven runs it (parameters injected into its fields, a Log given),
 * on a thread of the test's, ended by an interrupt where Maven's would end by Ctrl-C. A
 * goal that never ends cannot be an invoker integration test: the invoker waits for the
 * Maven it starts to exit, and has no way to edit a file while it runs, nor to stop it
 * but by a timeout that fails the test.
 */
class WatchMojoTest {

    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    Path project;

    @Test
    void buildsThenLogsEachRebuildAndTheFirstErrorOfABrokenOne() throws Exception {
        Path books = Files.createDirectories(project.resolve("src/book"));
        Path manuscript = books.resolve("book.xml");
        String good = """
                <?xml version="1.0" encoding="UTF-8"?>
                <book xmlns="https://colophon.org/ns/manuscript/1" version="1" xml:lang="en">
                  <metadata><title>Watched</title><date>2024-11-12</date></metadata>
                  <body><chapter><title>One</title><p>A word.</p></chapter></body>
                </book>
                """;
        Files.writeString(manuscript, good);
        Path out = project.resolve("target/book");
        WatchMojo mojo = new WatchMojo();
        set(mojo, "bookDirectory", books.toFile());
        set(mojo, "outputDirectory", out.toFile());
        set(mojo, "report", true);
        set(mojo, "outputTimestamp", "2024-01-01T00:00:00Z");
        LogLines log = new LogLines();
        mojo.setLog(log);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread goal = new Thread(() -> {
            try {
                mojo.execute();
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "watch-goal-test");
        goal.start();
        try {
            log.await(l -> l.startsWith("[INFO] Colophon: built " + manuscript + " in "));
            log.await(l -> l.equals("[INFO] Colophon: watching 1 folder for changes (Ctrl-C to stop)"));
            assertTrue(Files.isRegularFile(out.resolve("book.pdf")));
            assertTrue(Files.isRegularFile(out.resolve("book-report.json")), "the report parameter is the build's");
            byte[] pdf = Files.readAllBytes(out.resolve("book.pdf"));

            Files.writeString(manuscript, good.replace("<p>A word.</p>", "<para>A word.</para>"));
            int column = good.lines().toList().get(3).indexOf("<p>") + 1;
            log.await(l -> l.startsWith("[ERROR] " + manuscript + ":4:" + column + ": error: element <para>"));
            log.await(l -> l.startsWith("[ERROR] " + manuscript + " failed in "));
            assertTrue(java.util.Arrays.equals(pdf, Files.readAllBytes(out.resolve("book.pdf"))), "the book as it was");

            Files.writeString(manuscript, good.replace("A word.", "Another word."));
            log.await(l -> l.startsWith("[INFO] Colophon: rebuilt " + manuscript + " in ")
                    && l.endsWith(" ms (book.xml changed)"));
            assertFalse(java.util.Arrays.equals(pdf, Files.readAllBytes(out.resolve("book.pdf"))), "a new book");
        } finally {
            goal.interrupt();
            goal.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
        }
        assertFalse(goal.isAlive(), "the goal ends when its thread is interrupted");
        assertEquals(null, failure.get());
    }

    private static void set(Object mojo, String name, Object value) throws ReflectiveOperationException {
        for (Class<?> c = mojo.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                f.set(mojo, value);
                return;
            } catch (NoSuchFieldException e) {
                // a field of the class above
            }
        }
        throw new NoSuchFieldException(name);
    }

    /** The lines the goal logs, as Maven prints them, which the test can wait on. */
    private static final class LogLines extends SystemStreamLog {

        private final List<String> lines = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            add("[INFO] " + content);
        }

        @Override
        public void warn(CharSequence content) {
            add("[WARNING] " + content);
        }

        @Override
        public void error(CharSequence content) {
            add("[ERROR] " + content);
        }

        private synchronized void add(String line) {
            lines.add(line);
            notifyAll();
        }

        synchronized boolean has(Predicate<String> wanted) {
            return lines.stream().anyMatch(wanted);
        }

        synchronized void await(Predicate<String> wanted) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            while (!has(wanted)) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("not logged within " + TIMEOUT_SECONDS + " s; so far: " + lines);
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }

        @Override
        public synchronized String toString() {
            return String.join("\n", lines);
        }
    }
}
