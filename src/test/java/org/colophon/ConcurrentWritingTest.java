package org.colophon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.colophon.error.BuildException;
import org.colophon.error.Warnings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF and the EPUB are written at once: a failure in either leaves no output (the
 * previous books stay), the failure reported is the one a sequential build would report,
 * and the books are the bytes a sequential build writes.
 */
class ConcurrentWritingTest {

    @TempDir
    Path dir;

    private Path previousBooks() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("book.pdf"), "old pdf");
        Files.writeString(out.resolve("book.epub"), "old epub");
        return out;
    }

    private static List<String> files(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void assertOldBooksOnly(Path out) throws IOException {
        assertEquals(List.of("book.epub", "book.pdf"), files(out), "no part file is left");
        assertEquals("old pdf", Files.readString(out.resolve("book.pdf")));
        assertEquals("old epub", Files.readString(out.resolve("book.epub")));
    }

    @Test
    void aFailingEpubWriterLeavesNoOutputWhileThePdfIsFine() throws Exception {
        Path out = previousBooks();
        BuildException e;
        try (OutputFiles outputs = new OutputFiles(out)) {
            OutputFiles.Reserved pdf = outputs.reserve("book.pdf");
            OutputFiles.Reserved epub = outputs.reserve("book.epub");
            e = assertThrows(BuildException.class, () -> Concurrently.run(
                    () -> outputs.write(pdf, o -> o.write("new pdf".getBytes(StandardCharsets.UTF_8))),
                    () -> outputs.write(epub, o -> {
                        o.write("half an ep".getBytes(StandardCharsets.UTF_8));
                        throw new IOException("No space left on device");
                    }), "epub"));
        }
        assertTrue(e.getMessage().contains(out.resolve("book.epub").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("cannot write: No space left on device"), e.getMessage());
        assertOldBooksOnly(out);
    }

    @Test
    void aFailingPdfWriterWinsAndStopsTheEpubWriterBeforeCleaningUp() throws Exception {
        Path out = previousBooks();
        AtomicBoolean epubEnded = new AtomicBoolean();
        AtomicBoolean endedBeforeReturn = new AtomicBoolean();
        CountDownLatch epubStarted = new CountDownLatch(1);
        try (OutputFiles outputs = new OutputFiles(out)) {
            outputs.reserve("book.pdf");
            OutputFiles.Reserved epub = outputs.reserve("book.epub");
            BuildException e = assertThrows(BuildException.class, () -> Concurrently.run(
                    () -> {
                        awaitQuietly(epubStarted);
                        throw new BuildException("book.xml", 3, 7, "the PDF cannot be set");
                    },
                    () -> {
                        try {
                            // an EPUB writer that would run forever: only the interrupt ends it
                            outputs.write(epub, o -> {
                                epubStarted.countDown();
                                byte[] chunk = new byte[1 << 16];
                                while (true) {
                                    o.write(chunk);
                                    o.flush();
                                }
                            });
                        } finally {
                            epubEnded.set(true);
                        }
                    }, "epub"));
            endedBeforeReturn.set(epubEnded.get());
            assertTrue(e.getMessage().contains("book.xml:3:7"), e.getMessage());
            assertTrue(e.getMessage().contains("the PDF cannot be set"), e.getMessage());
        }
        assertTrue(endedBeforeReturn.get(), "the EPUB writer had stopped when the failure was thrown");
        assertOldBooksOnly(out);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void whenBothFailTheFirstFailureIsReportedAsASequentialBuildWould() {
        BuildException first = new BuildException("a.xml", 1, 1, "first");
        BuildException second = new BuildException("b.xml", 2, 2, "second");
        assertSame(first, assertThrows(BuildException.class, () -> Concurrently.run(
                () -> { throw first; }, () -> { throw second; }, "second")));
        assertSame(second, assertThrows(BuildException.class, () -> Concurrently.run(
                () -> { }, () -> { throw second; }, "second")));
        IllegalStateException bug = new IllegalStateException("a bug");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> Concurrently.run(
                () -> { }, () -> { throw bug; }, "second")));
    }

    @Test
    void theBooksWrittenAtOnceAreTheBytesOfASequentialBuild() throws Exception {
        Path manuscript = Path.of("manuscript/macron-rutte.xml");
        Path concurrent = dir.resolve("concurrent");
        Path sequential = dir.resolve("sequential");
        List<Colophon.StageReport> stages = new ArrayList<>();
        List<Path> written = new BookBuild(manuscript, Colophon.Options.builder(concurrent).report(true).build(),
                Warnings.ignore(), stages::add, true).run();
        new BookBuild(manuscript, Colophon.Options.defaults(sequential), Warnings.ignore(), r -> { }, false).run();
        assertEquals(List.of("macron-rutte.pdf", "macron-rutte.epub", "macron-rutte-report.json",
                "macron-rutte-report.html"), written.stream().map(p -> p.getFileName().toString()).toList());
        for (String name : List.of("macron-rutte.pdf", "macron-rutte.epub")) {
            assertArrayEquals(Files.readAllBytes(sequential.resolve(name)), Files.readAllBytes(concurrent.resolve(name)),
                    name);
        }
        assertEquals(List.of("read", "typography", "layouts", "lines", "pages", "cover", "pdf", "epub"),
                stages.stream().map(Colophon.StageReport::stage).toList());
    }
}
