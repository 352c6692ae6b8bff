package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.colophon.robustness.Hostile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No output of a build may replace a file the build reads: the manuscript, the files it
 * includes, its images and cover, the files of the styles folder; not by name, and not
 * through a hard or symbolic link either. Such a build fails before moving anything.
 */
class OutputsNeverReplaceInputsTest {

    private static final String XI = "http://www.w3.org/2001/XInclude";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int build(String... options) {
        return new Main(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(options);
    }

    private List<String> errors() {
        return err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains(": error: ")).toList();
    }

    private static String book(String metadata, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<book xmlns=\"" + Hostile.NS + "\" xmlns:xi=\"" + XI + "\" version=\"1\" xml:lang=\"fr\">\n"
                + "  <metadata><title>Titre</title><date>2024-11-12</date>" + metadata + "</metadata>\n"
                + "  <body>\n" + body + "  </body>\n"
                + "</book>\n";
    }

    private static String chapter(String body) {
        return "<chapter xmlns=\"" + Hostile.NS + "\" xmlns:xi=\"" + XI + "\"><title>Un</title>" + body + "</chapter>\n";
    }

    private static String refusal(Path manuscript, Path output, Path input) throws IOException {
        return manuscript + ": error: the output " + output + " would overwrite " + input.toRealPath()
                + " (an input of this build); choose another --out";
    }

    /** Builds, and checks that it failed with {@code expected} alone, leaving both folders as they were. */
    private void assertRefused(String expected, Path in, Path out, String... args) {
        FolderState inputs = FolderState.of(in);
        FolderState outputs = FolderState.of(out);
        List<String> command = new ArrayList<>(List.of("build"));
        command.addAll(List.of(args));
        command.addAll(List.of("--out", out.toString(), "--quiet"));
        assertEquals(1, build(command.toArray(String[]::new)), err::toString);
        assertEquals(List.of(expected), errors());
        assertEquals(inputs, FolderState.of(in), "the inputs are unchanged");
        assertEquals(outputs, FolderState.of(out), "the output folder is as it was");
    }

    @Test
    void theReportIntoTheManuscriptsFolderWouldReplaceAnIncludedFileOfItsName() throws IOException {
        Path in = dir.resolve("in");
        Path manuscript = Hostile.write(in.resolve("book.xml"), book("", "    <xi:include href=\"book-report.html\"/>\n"));
        Path included = Hostile.write(in.resolve("book-report.html"), chapter("<p>Bonjour, le monde.</p>"));

        assertRefused(refusal(manuscript, in.resolve("book-report.html"), included), in, in, manuscript.toString());
    }

    @Test
    void aSymbolicLinkToAFileIncludedByAnIncludedFileIsNotReplaced() throws IOException {
        Path in = dir.resolve("in");
        Path manuscript = Hostile.write(in.resolve("book.xml"), book("", "    <xi:include href=\"chapters/part.xml\"/>\n"));
        Hostile.write(in.resolve("chapters/part.xml"), "<part xmlns=\"" + Hostile.NS + "\" xmlns:xi=\"" + XI + "\">"
                + "<title>Partie</title><xi:include href=\"deep.xml\"/></part>\n");
        Path deep = Hostile.write(in.resolve("chapters/deep.xml"), chapter("<p>Bonjour, le monde.</p>"));
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.createSymbolicLink(out.resolve("book-report.json"), deep);

        assertRefused(refusal(manuscript, out.resolve("book-report.json"), deep), in, out, manuscript.toString());
    }

    @Test
    void aHardLinkToAFiguresImageIsNotReplaced() throws IOException {
        Path in = dir.resolve("in");
        Path manuscript = Hostile.write(in.resolve("book.xml"), book("", "    <chapter><title>Un</title><p>Bonjour.</p>"
                + "<figure src=\"images/map.png\" alt=\"Une carte\"/></chapter>\n"));
        Path image = Hostile.write(in.resolve("images/map.png"), Hostile.png(300, 200));
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.createLink(out.resolve("book.pdf"), image);

        assertRefused(refusal(manuscript, out.resolve("book.pdf"), image), in, out, manuscript.toString());
    }

    @Test
    void aSymbolicLinkToTheCoverImageIsNotReplacedByTheCoverPdf() throws IOException {
        Path in = dir.resolve("in");
        Path manuscript = Hostile.write(in.resolve("book.xml"), book("<cover src=\"cover.png\"/>",
                "    <chapter><title>Un</title><p>Bonjour.</p></chapter>\n"));
        Path cover = Hostile.write(in.resolve("cover.png"), Hostile.png(1200, 1800));
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.createSymbolicLink(out.resolve("book-cover.pdf"), cover);

        assertRefused(refusal(manuscript, out.resolve("book-cover.pdf"), cover), in, out, manuscript.toString());
    }

    @Test
    void aHardLinkToAFileOfTheStylesFolderIsNotReplaced() throws IOException {
        Path in = dir.resolve("in");
        Path manuscript = Hostile.write(in.resolve("book.xml"), book("", "    <chapter><title>Un</title><p>Bonjour.</p></chapter>\n"));
        Path css = Hostile.write(in.resolve("styles/epub.css"), "p { margin: 0 }\n");
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.createLink(out.resolve("book-report.html"), css);

        assertRefused(refusal(manuscript, out.resolve("book-report.html"), css), in, out,
                manuscript.toString(), "--styles", in.resolve("styles").toString());
    }

    @Test
    void aHardLinkToATeiImageIsNotReplaced() throws IOException {
        Path in = dir.resolve("in");
        Path manuscript = Hostile.write(in.resolve("novel.xml"), Hostile.tei("fr",
                "<p>Bonjour.</p>\n<figure><graphic url=\"plate.png\"/><figDesc>Une planche</figDesc></figure>\n"));
        Path image = Hostile.write(in.resolve("plate.png"), Hostile.png(300, 200));
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.createLink(out.resolve("novel.epub"), image);

        assertRefused(refusal(manuscript, out.resolve("novel.epub"), image), in, out, manuscript.toString());
    }

    @Test
    void aHardLinkToTheManuscriptIsNotReplaced() throws IOException {
        Path in = dir.resolve("in");
        Path manuscript = Hostile.write(in.resolve("book.xml"), book("", "    <chapter><title>Un</title><p>Bonjour.</p></chapter>\n"));
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.createLink(out.resolve("book.epub"), manuscript);

        assertRefused(refusal(manuscript, out.resolve("book.epub"), manuscript), in, out, manuscript.toString());
    }
}
