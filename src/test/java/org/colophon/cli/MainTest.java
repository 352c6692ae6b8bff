package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract: help, version, exit codes, errors on stderr. */
class MainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void help() {
        assertEquals(0, run("--help"));
        assertTrue(out().startsWith("Usage: colophon build MANUSCRIPT "), out());
        assertTrue(out().contains("--out DIR"));
        assertTrue(out().contains("Exit status: 0 built, 1 the manuscript or a style is wrong, 2 usage error,\n"), out());
        assertTrue(out().contains("3 an internal error of Colophon"), out());
        assertEquals("", err());
    }

    @Test
    void helpWinsOverAnythingElse() {
        assertEquals(0, run("build", "nothing.xml", "-h"));
        assertTrue(out().startsWith("Usage:"));
    }

    @Test
    void version() {
        assertEquals(0, run("--version"));
        assertTrue(out().matches("Colophon \\d+\\.\\d+\\.\\d+\\R"), out());
        assertEquals("", err());
    }

    @Test
    void usageErrorsExitWithTwo() {
        String[][] cases = {
                {},
                {"make", "book.xml"},
                {"build"},
                {"build", "a.xml", "--colour"},
                {"build", "a.xml", "--out"},
                {"build", "a.xml", "b.xml"},
        };
        String[] words = {"no command given", "unknown command 'make'", "build needs a manuscript file",
                "unknown option '--colour'", "--out needs a folder", "only one manuscript per build"};
        for (int i = 0; i < cases.length; i++) {
            out.reset();
            err.reset();
            assertEquals(2, run(cases[i]), String.join(" ", cases[i]));
            assertTrue(err().startsWith("colophon: " + words[i]), err());
            assertTrue(err().contains("Try 'colophon --help'."), err());
            assertEquals("", out());
        }
    }

    @Test
    void missingManuscriptExitsWithOne() {
        Path missing = dir.resolve("absent.xml");
        assertEquals(1, run("build", missing.toString(), "--out", dir.resolve("out").toString()));
        assertEquals(missing + ": error: no such manuscript file" + System.lineSeparator(), err());
    }

    @Test
    void badManuscriptExitsWithOneAndWritesNothing() throws IOException {
        Path manuscript = dir.resolve("livre.xml");
        Files.writeString(manuscript, "<?xml version=\"1.0\"?>\n"
                + "<book xmlns=\"https://colophon.org/ns/manuscript/1\" version=\"1\" xml:lang=\"fr\">\n"
                + "  <metadata><title>T</title><date>demain</date></metadata>\n"
                + "  <body>\n"
                + "    <chapter><para>x</para></chapter>\n"
                + "  </body>\n"
                + "</book>\n");
        Path outDir = dir.resolve("out");
        int status = run("build", manuscript.toString(), "--out", outDir.toString(), "--quiet");
        assertEquals(1, status, err());
        String[] lines = err().split("\\R");
        assertEquals(2, lines.length, err());
        assertTrue(lines[0].startsWith(manuscript + ":3:29: error: <date>demain</date> is not valid"), lines[0]);
        assertTrue(lines[1].startsWith(manuscript + ":5:14: error: element <para> is not allowed here in <chapter>"),
                lines[1]);
        assertFalse(err().contains("Exception"), "no stack trace");
        assertFalse(err().contains("\tat "), "no stack trace");
        assertEquals("", out());
        if (Files.exists(outDir)) {
            try (Stream<Path> files = Files.list(outDir)) {
                assertEquals(0, files.count(), "no output file, not even a partial one");
            }
        }
    }

    @Test
    void notWellFormedManuscriptExitsWithOne() throws IOException {
        Path manuscript = dir.resolve("cassé.xml");
        Files.writeString(manuscript, "<book xmlns=\"https://colophon.org/ns/manuscript/1\">\n  <p>\n</book>\n");
        assertEquals(1, run("build", manuscript.toString(), "--out", dir.resolve("out").toString()));
        assertTrue(err().startsWith(manuscript + ":3:3: error: not well-formed XML"), err());
        assertFalse(Files.exists(dir.resolve("out").resolve("cassé.pdf")));
        assertFalse(Files.exists(dir.resolve("out").resolve("cassé.epub")));
    }

    @Test
    void doubleDashEndsTheOptions() throws IOException {
        Path outDir = dir.resolve("out");
        // after --, --help is the name of a manuscript, not a request for help
        assertEquals(1, run("build", "--out", outDir.toString(), "--quiet", "--", "--help"), err());
        assertEquals("--help: error: no such manuscript file" + System.lineSeparator(), err());
        assertEquals("", out());
        assertFalse(Files.exists(outDir));
    }

    @Test
    void optionsAfterDoubleDashAreNotOptions() {
        assertEquals(2, run("build", "--", "a.xml", "--quiet"), err());
        assertTrue(err().contains("only one manuscript per build ('a.xml' and '--quiet')"), err());
    }

    /** The sample article with its first metadata element replaced by {@code metadata}. */
    private Path sample(String name, String metadata) throws IOException {
        String xml = Files.readString(Path.of("manuscript/macron-rutte.xml"));
        int start = xml.indexOf("<metadata>");
        int end = xml.indexOf("</metadata>") + "</metadata>".length();
        return Files.writeString(dir.resolve(name), xml.substring(0, start) + metadata + xml.substring(end));
    }

    @Test
    void aBookWithoutADateIsDatedTheZipEpochWithOneWarningAtItsMetadata() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("SOURCE_DATE_EPOCH") == null,
                "SOURCE_DATE_EPOCH is set in this environment");
        Path manuscript = sample("sans-date.xml", "<metadata>\n    <title>Sans date</title>\n  </metadata>");
        Path outDir = dir.resolve("out");
        assertEquals(0, run("build", manuscript.toString(), "--out", outDir.toString(), "--quiet"), err());
        String expected = manuscript + ":5:3: warning: the book has no date and SOURCE_DATE_EPOCH is not set:"
                + " its files are dated 1980-01-01";
        assertEquals(1, err().lines().filter(l -> l.startsWith(expected)).count(), err());
        assertTrue(err().contains("<date>"), err());
        String opf = new String(org.colophon.testing.EpubFiles.entries(outDir.resolve("sans-date.epub"))
                .get("EPUB/package.opf"), StandardCharsets.UTF_8);
        assertTrue(opf.contains("<meta property=\"dcterms:modified\">1980-01-01T00:00:00Z</meta>"), opf);
    }

    @Test
    void aDatedBookIsDatedByItselfWithoutAWarning() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("SOURCE_DATE_EPOCH") == null,
                "SOURCE_DATE_EPOCH is set in this environment");
        Path manuscript = sample("datee.xml", "<metadata>\n    <title>Datée</title>\n    <date>2024-11-12</date>\n  </metadata>");
        Path outDir = dir.resolve("out");
        assertEquals(0, run("build", manuscript.toString(), "--out", outDir.toString(), "--quiet"), err());
        assertFalse(err().contains("no date"), err());
        String opf = new String(org.colophon.testing.EpubFiles.entries(outDir.resolve("datee.epub"))
                .get("EPUB/package.opf"), StandardCharsets.UTF_8);
        assertTrue(opf.contains("<meta property=\"dcterms:modified\">2024-11-12T00:00:00Z</meta>"), opf);
    }
}
