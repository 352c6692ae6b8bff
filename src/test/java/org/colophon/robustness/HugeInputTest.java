package org.colophon.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 20 MB paragraph (under the 32 MB a manuscript may have) is refused while it is parsed,
 * in a JVM with a small heap: the refusal needs memory proportional to the file, not to
 * what setting it would take (more than 4 GB and minutes before the limit existed).
 */
class HugeInputTest {

    @TempDir
    Path dir;

    @Test
    void twentyMegabyteParagraphIsRefusedInASmallHeap() throws Exception {
        Path manuscript = Hostile.write(dir.resolve("long.xml"),
                Hostile.chapter("fr", "      <p>" + Hostile.words(50, 20 << 20) + "</p>\n"));
        assertTrue(Files.size(manuscript) > 20 << 20);
        long start = System.nanoTime();
        ChildBuild.Result r = new ChildBuild(dir).jvm("-Xmx512m")
                .args(manuscript.toString(), "--out", dir.resolve("out").toString(), "--quiet")
                .run(dir.resolve("logs"), 60);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().startsWith(manuscript + ":6:10: error: this text runs on for more than 1,000,000 characters"),
                r.err());
        assertFalse(r.err().contains("OutOfMemoryError"), r.err());
        assertTrue(millis < 30_000, "refused in " + millis + " ms");
        assertFalse(Files.exists(dir.resolve("out")));
    }
}
