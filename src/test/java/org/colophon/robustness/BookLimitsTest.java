package org.colophon.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reading stage's limits hold for the whole of a paragraph and the whole of a book,
 * whatever markup or files the text is split into, and refuse at once, in a small heap,
 * with the place in the user's file. Before, each of these built for minutes, ran out of
 * memory, overflowed the stack or reported an error in a built-in layout.
 */
class BookLimitsTest {

    /** One build each: the JIT's first tier only, as the README advises for a one-off build (half the CPU). */
    private static final String QUICK = "-XX:TieredStopAtLevel=1";

    @TempDir
    Path dir;

    private ChildBuild.Result build(Path manuscript) throws Exception {
        return new ChildBuild(dir).jvm(QUICK, "-Xmx256m")
                .args(manuscript.toString(), "--out", dir.resolve("out").toString(), "--quiet")
                .run(dir.resolve("logs"), 60);
    }

    private void assertRefused(ChildBuild.Result r, String start, String... words) {
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().startsWith(start), r.err());
        for (String w : words) {
            assertTrue(r.err().contains(w), () -> "no '" + w + "' in " + r.err());
        }
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    private static String book(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<book xmlns=\"" + Hostile.NS + "\" xmlns:xi=\"http://www.w3.org/2001/XInclude\" version=\"1\""
                + " xml:lang=\"fr\">\n"
                + "  <metadata><title>Titre</title><date>2024-11-12</date></metadata>\n"
                + "  <body>\n" + body + "  </body>\n</book>\n";
    }

    @Test
    void aParagraphSplitByEmphasisIsMeasuredWhole() throws Exception {
        // ten runs of 200,000 characters: each under the limit, 2,000,000 together
        StringBuilder p = new StringBuilder("      <p>");
        for (int i = 0; i < 10; i++) {
            p.append(i == 0 ? "" : "<em>x</em>").append(Hostile.words(i, 200_000));
        }
        Path manuscript = Hostile.write(dir.resolve("split.xml"), Hostile.chapter("fr", p + "</p>\n"));
        assertRefused(build(manuscript), manuscript + ":6:7: error: <p> holds 2,000,", "1,000,000", "split it");
    }

    @Test
    void aBookSplitAcrossIncludedFilesIsMeasuredWhole() throws Exception {
        // five chapters of 900,000 characters, each in its own file: 4,500,000 together
        StringBuilder includes = new StringBuilder();
        for (int c = 1; c <= 5; c++) {
            StringBuilder chapter = new StringBuilder("<chapter xmlns=\"" + Hostile.NS + "\"><title>C" + c + "</title>\n");
            for (int p = 0; p < 9; p++) {
                chapter.append("<p>").append(Hostile.words(10 * c + p, 100_000)).append("</p>\n");
            }
            Hostile.write(dir.resolve("chapter-" + c + ".xml"), chapter + "</chapter>\n");
            includes.append("    <xi:include href=\"chapter-").append(c).append(".xml\"/>\n");
        }
        Path manuscript = Hostile.write(dir.resolve("book.xml"), book(includes.toString()));
        assertRefused(build(manuscript), dir.resolve("chapter-5.xml") + ":", "the book's text runs past 4,000,000 characters here",
                "included files counted");
    }

    @Test
    void tooManyElementsAreRefusedWhileParsing() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 2_100; p++) {
            body.append("      <p>").append(" <em>mot</em>".repeat(100)).append("</p>\n");
        }
        Path manuscript = Hostile.write(dir.resolve("elements.xml"), Hostile.chapter("fr", body.toString()));
        assertRefused(build(manuscript), manuscript + ":", "more than 200,000 elements");
    }

    @Test
    void tensOfThousandsOfChaptersAreRefused() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int c = 0; c < 30_000; c++) {
            body.append("    <chapter><title>C").append(c).append("</title><p>Texte.</p></chapter>\n");
        }
        Path manuscript = Hostile.write(dir.resolve("chapters.xml"), book(body.toString()));
        assertRefused(build(manuscript), manuscript + ": error: the book has 30,000 divisions", "at most 2,000");
    }

    @Test
    void tensOfThousandsOfNotesAreRefused() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 1_000; p++) {
            body.append("      <p>Texte").append("<note>Note.</note> mot".repeat(26)).append(".</p>\n");
        }
        Path manuscript = Hostile.write(dir.resolve("notes.xml"), Hostile.chapter("fr", body.toString()));
        assertRefused(build(manuscript), manuscript + ": error: the book's notes, cross-references and links make 52,000",
                "at most 40,000");
    }

    @Test
    void sparseFilesOfGigabytesAreRefusedBeforeTheyAreRead() throws Exception {
        Path manuscript = sparse(dir.resolve("huge.xml"), "<?xml version=\"1.0\"?>\n<book xmlns=\"" + Hostile.NS + "\">", 3L << 30);
        assertRefused(build(manuscript), manuscript + ": error: the file is 3.0 GB; Colophon reads manuscripts of at most 32.0 MB");

        Path part = sparse(dir.resolve("part.xml"), "<chapter xmlns=\"" + Hostile.NS + "\"><title>T</title><p>", 5L << 30);
        Path including = Hostile.write(dir.resolve("including.xml"), book("    <xi:include href=\"part.xml\"/>\n"));
        assertRefused(build(including), part + ": error: the file is 5.0 GB", "at most 32.0 MB together");
    }

    private static Path sparse(Path file, String start, long length) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.write(start.getBytes(StandardCharsets.UTF_8));
            f.setLength(length);
        }
        return file;
    }

    private static String tei(int depth) {
        StringBuilder divs = new StringBuilder();
        for (int i = 1; i <= depth; i++) {
            divs.append("<div><head>Niveau ").append(i).append("</head><p>Texte ").append(i).append(".</p>\n");
        }
        return Hostile.tei("fr", "<head>Livre</head>\n" + divs + "</div>".repeat(depth) + "\n");
    }

    @Test
    void teiDivisionsNestedTooDeepAreRefusedAtTheirPlace() throws Exception {
        // the body's div and 19 more: the 9th level is at line 16
        Path manuscript = Hostile.write(dir.resolve("deep.xml"), tei(19));
        assertRefused(build(manuscript), manuscript + ":16:1: error: <div> sits 9 levels of divs deep here",
                "at most 8 levels deep");
    }

    @Test
    void teiDivisionsAsDeepAsTheLimitBuildWithEveryLevelInTheContents() throws Exception {
        Path manuscript = Hostile.write(dir.resolve("deep.xml"), tei(7));
        ChildBuild.Result r = build(manuscript);
        assertEquals(0, r.status(), r.err());
        assertFalse(r.err().contains("cut to fit"), r.err());
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("out/deep.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            for (int i = 1; i <= 7; i++) {
                assertTrue(text.contains("Niveau " + i), "level " + i + " in " + text);
            }
        }
    }
}
