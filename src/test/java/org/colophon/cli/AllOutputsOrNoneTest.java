package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.colophon.robustness.Hostile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build moves all its outputs into place or none: a destination that cannot take its file
 * (a folder of that name, a file the system will not let be replaced) fails the build with
 * the output folder exactly as it was, the outputs moved before the failure put back.
 */
class AllOutputsOrNoneTest {

    @TempDir
    Path dir;

    private Path manuscript;
    private Path out;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void aSmallBook() {
        manuscript = Hostile.write(dir.resolve("in/book.xml"), Hostile.chapter("fr", "      <p>Bonjour, le monde.</p>\n"));
        out = dir.resolve("out");
    }

    private int build() {
        return new Main(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(new String[] {"build", manuscript.toString(), "--out", out.toString(), "--quiet"});
    }

    private List<String> errors() {
        return err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains(": error: ")).toList();
    }

    private void previousOutputs(String... names) {
        for (String name : names) {
            Hostile.write(out.resolve(name), "the previous " + name + "\n");
        }
    }

    @Test
    void aFolderWhereTheEpubGoesStopsTheBuildBeforeAnyOutputIsMoved() {
        previousOutputs("book.pdf", "book-report.html", "book-report.json");
        Hostile.write(out.resolve("book.epub/inside.txt"), "a folder's file");
        FolderState before = FolderState.of(out);
        FolderState inputs = FolderState.of(dir.resolve("in"));

        assertEquals(1, build(), err::toString);
        assertEquals(List.of(out.resolve("book.epub") + ": error: cannot write: a folder of that name is in the way;"
                + " remove it or choose another --out"), errors());
        assertEquals(before, FolderState.of(out));
        assertEquals(inputs, FolderState.of(dir.resolve("in")));
    }

    @Test
    void foldersWhereTheReportGoesAreAllNamedAndNothingIsWritten() throws IOException {
        Files.createDirectories(out.resolve("book-report.json"));
        Files.createDirectories(out.resolve("book-report.html"));
        FolderState before = FolderState.of(out);

        assertEquals(1, build(), err::toString);
        assertEquals(List.of(
                out.resolve("book-report.json") + ": error: cannot write: a folder of that name is in the way;"
                        + " remove it or choose another --out",
                out.resolve("book-report.html") + ": error: cannot write: a folder of that name is in the way;"
                        + " remove it or choose another --out"), errors());
        assertEquals(before, FolderState.of(out), "no PDF, no EPUB, no temporary file");
    }

    @Test
    void aFileThatCannotBeReplacedPutsBackTheOutputsMovedBeforeIt() throws Exception {
        previousOutputs("book.pdf", "book.epub", "book-report.json", "book-report.html");
        Path last = out.resolve("book-report.html"); // the last output moved into place
        FolderState before = FolderState.of(out);
        FolderState inputs = FolderState.of(dir.resolve("in"));

        int status = withImmutable(last, this::build);
        assertEquals(1, status, err::toString);
        assertEquals(1, errors().size(), err::toString);
        String error = errors().get(0);
        assertTrue(error.startsWith(last + ": error: cannot write: Operation not permitted"), error);
        assertEquals(before, FolderState.of(out), "the previous PDF, EPUB and JSON report are back");
        assertEquals(inputs, FolderState.of(dir.resolve("in")));
    }

    @Test
    void aFileThatCannotBeReplacedRemovesTheOutputsMovedBeforeIt() throws Exception {
        Path last = Hostile.write(out.resolve("book-report.html"), "kept by the file system");
        FolderState before = FolderState.of(out);

        int status = withImmutable(last, this::build);
        assertEquals(1, status, err::toString);
        assertTrue(errors().get(0).startsWith(last + ": error: cannot write: Operation not permitted"), errors()::toString);
        assertEquals(before, FolderState.of(out), "no new PDF, EPUB or JSON report left beside it");
    }

    /** Runs {@code build} while {@code file} cannot be replaced, renamed or linked, even by root. */
    private static int withImmutable(Path file, java.util.function.IntSupplier build) throws Exception {
        assumeTrue(chattr("+i", file), "no chattr, or the file system has no immutable files");
        try {
            return build.getAsInt();
        } finally {
            assertTrue(chattr("-i", file), "cannot make " + file + " mutable again");
        }
    }

    private static boolean chattr(String flag, Path file) throws Exception {
        try {
            Process p = new ProcessBuilder("chattr", flag, file.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException noChattr) {
            return false;
        }
    }
}
