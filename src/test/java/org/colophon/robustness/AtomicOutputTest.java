package org.colophon.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.colophon.Colophon;
import org.colophon.error.BuildException;
import org.colophon.error.Warnings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build writes each book to a hidden {@code .<name>.<pid>.<n>.part} file and moves both
 * into place only when both are complete. Killed mid-way, it leaves the previous books
 * byte for byte; the next build in that folder removes the parts the killed one left.
 */
class AtomicOutputTest {

    @TempDir
    Path dir;

    private static Path ponson() {
        String corpus = System.getProperty("colophon.corpus", "../shared/corpus");
        Path file = Path.of(corpus, "FRA03101_Ponson.xml");
        assumeTrue(Files.isRegularFile(file), "the Ponson novel is not at " + file.toAbsolutePath()
                + " (set -Dcolophon.corpus): the kill test needs a book that takes seconds to set");
        return file.toAbsolutePath();
    }

    private static List<String> parts(Path out) {
        return Hostile.snapshot(out).keySet().stream().filter(n -> n.endsWith(".part")).collect(Collectors.toList());
    }

    @Test
    void aKilledBuildLeavesThePreviousBooksIntactAndTheNextBuildSweepsItsParts() throws Exception {
        Path manuscript = ponson();
        Path out = dir.resolve("out");
        Map<String, byte[]> before = Hostile.previousOutputs(out, "FRA03101_Ponson");

        Process child = new ChildBuild(dir).args(manuscript.toString(), "--out", out.toString()).start(dir.resolve("logs"));
        // wait until the EPUB is set aside and the PDF is being typeset, then kill the JVM outright
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (parts(out).stream().noneMatch(n -> n.startsWith(".FRA03101_Ponson.pdf.")) && child.isAlive()) {
            assertTrue(System.nanoTime() < deadline, "the build never started writing");
            Thread.sleep(20);
        }
        String early = child.isAlive() ? "" : ChildBuild.read(dir.resolve("logs/err.txt"));
        assertTrue(child.isAlive(), () -> "the build ended before it could be killed: " + early);
        Thread.sleep(300);
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertFalse(child.isAlive());

        Map<String, byte[]> after = Hostile.snapshot(out);
        List<String> visible = after.keySet().stream().filter(n -> !n.startsWith(".")).toList();
        assertEquals(List.of("FRA03101_Ponson.epub", "FRA03101_Ponson.pdf"), visible);
        for (String name : visible) {
            assertTrue(java.util.Arrays.equals(before.get(name), after.get(name)), name + " changed");
        }
        List<String> left = parts(out);
        assertFalse(left.isEmpty(), "a killed JVM cannot delete its temporary files: " + after.keySet());
        assertTrue(left.stream().allMatch(n -> n.matches("\\.FRA03101_Ponson\\.(pdf|epub)\\.\\d+\\.\\d+\\.part")), left::toString);

        // the next build of that book into that folder, even one that fails, removes them
        Path other = dir.resolve("again");
        Hostile.write(other.resolve("FRA03101_Ponson.xml"), "<oops/>");
        assertThrows(BuildException.class, () -> new Colophon(Warnings.ignore(), Colophon.Progress.silent())
                .build(other.resolve("FRA03101_Ponson.xml"), Colophon.Options.defaults(out)));
        assertEquals(List.of(), parts(out));
        assertTrue(Hostile.same(before, Hostile.snapshot(out)), "the previous books are still there");
    }

    @Test
    void onlyTheAbandonedPartsOfThisBookAreSwept() throws Exception {
        Path out = dir.resolve("out");
        long me = ProcessHandle.current().pid();
        long dead = deadPid();
        Path mine = Hostile.write(out.resolve(".book.pdf." + me + ".123.part"), "being written by a live build");
        Path abandoned = Hostile.write(out.resolve(".book.pdf." + dead + ".456.part"), "left by a killed build");
        Path abandonedEpub = Hostile.write(out.resolve(".book.epub." + dead + ".7.part"), "left by a killed build");
        Path old = Hostile.write(out.resolve(".book.epub." + me + ".8.part"), "a day old: its pid was reused");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Path otherBook = Hostile.write(out.resolve(".other.pdf." + dead + ".9.part"), "another book's");
        Path notOurs = Hostile.write(out.resolve(".book.pdf.part"), "not named by Colophon");
        Path previous = Hostile.write(out.resolve("book.pdf"), "%PDF previous");

        Path manuscript = Hostile.write(dir.resolve("in/book.xml"), "not XML at all");
        assertThrows(BuildException.class, () -> new Colophon(Warnings.ignore(), Colophon.Progress.silent())
                .build(manuscript, Colophon.Options.defaults(out)));

        assertTrue(Files.exists(mine), "a running build's part is kept");
        assertFalse(Files.exists(abandoned));
        assertFalse(Files.exists(abandonedEpub));
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(otherBook), "another book's parts are its own build's business");
        assertTrue(Files.exists(notOurs));
        assertEquals("%PDF previous", Files.readString(previous));
    }

    @Test
    void aFailureInTheSecondBookKeepsTheFirstOneOld() throws Exception {
        // the EPUB is complete before print.css is read: it must still not replace the old one
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.copy(Path.of("manuscript/macron-rutte.xml"), in.resolve("book.xml"));
        Hostile.write(in.resolve("styles/print.css"), "@page { size: A5 }\n");
        Path out = dir.resolve("out");
        Map<String, byte[]> before = Hostile.previousOutputs(out, "book");
        List<String> problems = new java.util.ArrayList<>();
        BuildException e = assertThrows(BuildException.class, () -> new Colophon(d -> problems.add(d.toString()),
                Colophon.Progress.silent()).build(in.resolve("book.xml"), Colophon.Options.builder(out)
                .styles(org.colophon.styles.Styles.fromDirectory(in.resolve("styles"))).build()));
        assertTrue(e.getMessage().contains("print.css"), e.getMessage());
        assertTrue(Hostile.same(before, Hostile.snapshot(out)), () -> "now " + Hostile.snapshot(out).keySet());
    }

    /** The id of a process that has ended. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        long pid = p.pid();
        Optional<ProcessHandle> h = ProcessHandle.of(pid);
        assumeTrue(h.isEmpty() || !h.get().isAlive(), "pid reused at once");
        return pid;
    }
}
