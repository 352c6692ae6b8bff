package org.colophon.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text well under the documented limits builds in a JVM with a small heap. Before, each of
 * these ran out of a 160 MB heap (and took gigabytes or minutes with more): setting a
 * long paragraph a line longer and a line shorter, for the page breaker, kept every line
 * count of it apart, at a cost in the square of its lines.
 */
class LongTextTest {

    /** One build each: the JIT's first tier only, as the README advises for a one-off build (half the CPU). */
    private static final String QUICK = "-XX:TieredStopAtLevel=1";

    private static final String HEAP = "-Xmx160m";

    @TempDir
    Path dir;

    private ChildBuild.Result build(Path manuscript) throws Exception {
        return new ChildBuild(dir).jvm(QUICK, HEAP)
                .args(manuscript.toString(), "--out", dir.resolve("out").toString(), "--quiet")
                .run(dir.resolve("logs"), 90);
    }

    private int pages(String name) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("out").resolve(name).toFile())) {
            return pdf.getNumberOfPages();
        }
    }

    @Test
    void aLongParagraphAndALongWordBuild() throws Exception {
        Path manuscript = Hostile.write(dir.resolve("long.xml"), Hostile.chapter("fr",
                "      <p>" + Hostile.words(14, 160_000) + "</p>\n"
                        + "      <p>" + "a".repeat(160_000) + "</p>\n"));
        ChildBuild.Result r = build(manuscript);
        assertEquals(0, r.status(), r.err());
        assertFalse(r.err().contains("internal error"), r.err());
        assertTrue(r.err().contains("is wider than the line and was cut to fit the measure"), r.err());
        assertTrue(pages("long.pdf") > 100, "a paragraph of 160,000 characters and a word as long fill some 120 pages");
    }

    @Test
    void aParagraphOfThirtyThousandInlineElementsBuilds() throws Exception {
        StringBuilder p = new StringBuilder("      <p>Début");
        for (int i = 0; i < 30_000; i++) {
            p.append(" <em>mot</em>");
        }
        Path manuscript = Hostile.write(dir.resolve("inline.xml"), Hostile.chapter("fr", p + " fin.</p>\n"));
        ChildBuild.Result r = build(manuscript);
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.exists(dir.resolve("out/inline.epub")));
        assertTrue(pages("inline.pdf") > 20, "30,000 words fill some 30 pages");
    }
}
