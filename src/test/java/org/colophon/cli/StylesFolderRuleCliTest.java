package org.colophon.cli;

import static org.colophon.robustness.Hostile.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.colophon.robustness.Hostile;
import org.colophon.testing.EpubFiles;
import org.colophon.testing.EpubValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manuscript's folder rule applied to {@code --styles}: every file read from a styles
 * folder (layouts, what they {@code #parse} and {@code #include}, labels, print.css, its
 * fonts, epub.css) must lie inside the folder once links are followed, and epub.css may
 * make the EPUB fetch nothing. Each refusal exits with 1, names the place, and writes
 * nothing; the secret never reaches an output.
 */
class StylesFolderRuleCliTest {

    private static final Path SAMPLE = Path.of("manuscript/macron-rutte.xml");
    private static final String SECRET = "TOP SECRET: the outside file";
    private static final String CHAPTER_VM = "<section id=\"$division.id\">\n<h1>$division.title</h1>\n$division.content\n</section>\n";

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** The sample article, a styles folder beside it and a secret outside that folder. */
    private Path styles() throws IOException {
        Files.copy(SAMPLE, dir.resolve("book.xml"));
        write(dir.resolve("secret.txt"), SECRET);
        Path styles = dir.resolve("styles");
        Files.createDirectories(styles.resolve("layouts"));
        return styles;
    }

    private CliRun build(Path styles) {
        return run("build", dir.resolve("book.xml").toString(), "--out", dir.resolve("out").toString(),
                "--styles", styles.toString(), "--quiet");
    }

    /** Exit 1, the first line starts with {@code place}, holds {@code words}; nothing was written. */
    private void refused(CliRun r, String place, String... words) {
        assertEquals(1, r.status(), () -> "exit status; stderr:\n" + r.err());
        String first = r.err().lines().findFirst().orElse("");
        assertTrue(first.startsWith(place + ": error: "), () -> "expected '" + place + ": error: …', got:\n" + r.err());
        for (String w : words) {
            assertTrue(first.contains(w), () -> "'" + w + "' missing from:\n" + r.err());
        }
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), () -> "stack trace:\n" + r.err());
        assertFalse(r.err().contains(SECRET), "the outside file was read");
        assertEquals(Map.of(), Hostile.snapshot(dir.resolve("out")), "files were written");
    }

    /** The 1-based line and column where {@code what} first occurs in {@code text}. */
    private static String placeOf(String text, String what) {
        int at = text.indexOf(what);
        long line = text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        int column = at - (text.lastIndexOf('\n', at - 1) + 1) + 1;
        return line + ":" + column;
    }

    // ---------------------------------------------------------------- links leading out

    @Test
    void epubCssThatIsALinkOutsideIsRefused() throws IOException {
        Path styles = styles();
        Files.createSymbolicLink(styles.resolve("epub.css"), dir.resolve("secret.txt"));
        refused(build(styles), styles.resolve("epub.css").toString(),
                "'epub.css' is a link that leads outside the styles folder", "may only use files inside it");
    }

    @Test
    void printCssThatIsALinkOutsideIsRefused() throws IOException {
        Path styles = styles();
        write(dir.resolve("elsewhere.css"), Files.readString(Path.of("styles/print.css")));
        Files.createSymbolicLink(styles.resolve("print.css"), dir.resolve("elsewhere.css"));
        refused(build(styles), styles.resolve("print.css").toString(),
                "'print.css' is a link that leads outside the styles folder");
    }

    @Test
    void layoutThatIsALinkOutsideIsRefused() throws IOException {
        Path styles = styles();
        write(dir.resolve("chapter.vm"), CHAPTER_VM);
        Files.createSymbolicLink(styles.resolve("layouts/chapter.vm"), dir.resolve("chapter.vm"));
        refused(build(styles), styles.resolve("layouts/chapter.vm").toString(),
                "'chapter.vm' is a link that leads outside the styles folder");
    }

    @Test
    void labelsThatAreALinkOutsideAreRefused() throws IOException {
        Path styles = styles();
        write(dir.resolve("labels.properties"), "contents=" + SECRET + "\n");
        Files.createSymbolicLink(styles.resolve("layouts/labels-fr.properties"), dir.resolve("labels.properties"));
        refused(build(styles), styles.resolve("layouts/labels-fr.properties").toString(),
                "is a link that leads outside the styles folder");
    }

    @Test
    void parseOfALinkOutsideIsRefusedAtTheDirectivesLine() throws IOException {
        Path styles = styles();
        Files.createSymbolicLink(styles.resolve("layouts/notes.vm"), dir.resolve("secret.txt"));
        write(styles.resolve("layouts/chapter.vm"), "<section id=\"$division.id\">\n<h1>$division.title</h1>\n"
                + "#parse(\"notes.vm\")\n$division.content\n</section>\n");
        refused(build(styles), styles.resolve("layouts/chapter.vm") + ":3:1",
                "#parse", "'notes.vm' is a link that leads outside the styles folder", "may only use files inside it");
    }

    @Test
    void includeOfALinkOutsideIsRefusedAtTheDirectivesLine() throws IOException {
        Path styles = styles();
        Files.createSymbolicLink(styles.resolve("layouts/extra.html"), dir.resolve("secret.txt"));
        write(styles.resolve("layouts/chapter.vm"), "<section id=\"$division.id\">\n  #include(\"extra.html\")\n"
                + "$division.content\n</section>\n");
        refused(build(styles), styles.resolve("layouts/chapter.vm") + ":2:3",
                "#include", "'extra.html' is a link that leads outside the styles folder");
    }

    @Test
    void parseClimbingOutIsRefusedAtTheDirectivesLine() throws IOException {
        Path styles = styles();
        write(styles.resolve("layouts/chapter.vm"), "<section id=\"$division.id\">\n#parse(\"../../secret.txt\")\n"
                + "$division.content\n</section>\n");
        refused(build(styles), styles.resolve("layouts/chapter.vm") + ":2:1",
                "'../../secret.txt' climbs out of the styles folder with '..'");
    }

    @Test
    void includeOfAnAbsolutePathIsRefusedAtTheDirectivesLine() throws IOException {
        Path styles = styles();
        write(styles.resolve("layouts/chapter.vm"), "<section id=\"$division.id\">\n\n#include(\"" + dir.resolve("secret.txt")
                + "\")\n$division.content\n</section>\n");
        refused(build(styles), styles.resolve("layouts/chapter.vm") + ":3:1", "is an absolute path");
    }

    @Test
    void fontThatIsALinkOutsideIsRefusedAtItsSrc() throws IOException {
        Path styles = styles();
        Path outside = dir.resolve("fonts-elsewhere/Secret.ttf");
        Files.createDirectories(outside.getParent());
        Files.copy(Path.of("styles/fonts/SourceSerif4-Regular.ttf"), outside);
        Files.createDirectories(styles.resolve("fonts"));
        Files.createSymbolicLink(styles.resolve("fonts/Secret.ttf"), outside);
        String css = "@page { size: A5 }\n\n@font-face { font-family: \"Secret\"; src: url(fonts/Secret.ttf) }\n"
                + "body { font-family: \"Secret\" }\n";
        write(styles.resolve("print.css"), css);
        refused(build(styles), styles.resolve("print.css") + ":3:1",
                "the font file 'fonts/Secret.ttf' is a link that leads outside the styles folder");
    }

    @Test
    void fontClimbingOutIsRefusedAtItsSrc() throws IOException {
        Path styles = styles();
        write(styles.resolve("print.css"), "@font-face { font-family: \"Secret\"; src: url(fonts/../../secret.ttf) }\n"
                + "body { font-family: \"Secret\" }\n");
        refused(build(styles), styles.resolve("print.css") + ":1:1",
                "the font file 'fonts/../../secret.ttf' climbs out of the styles folder with '..'");
    }

    // ---------------------------------------------------------------- links that stay inside

    @Test
    void linksThatStayInsideTheFolderAndALinkedFolderBuild() throws IOException {
        Path real = dir.resolve("real-styles");
        Files.copy(SAMPLE, dir.resolve("book.xml"));
        write(real.resolve("css/book.css"), "p { margin: 0 }\n");
        Files.createSymbolicLink(real.resolve("epub.css"), real.resolve("css/book.css"));
        Files.createDirectories(real.resolve("layouts"));
        write(real.resolve("layouts/common/chapter.vm"), CHAPTER_VM);
        Files.createSymbolicLink(real.resolve("layouts/chapter.vm"), Path.of("common/chapter.vm"));
        Path styles = Files.createSymbolicLink(dir.resolve("styles"), real);
        CliRun r = build(styles);
        assertEquals(0, r.status(), r.err());
        Path epub = dir.resolve("out/book.epub");
        assertEquals("p { margin: 0 }\n", new String(EpubFiles.entries(epub).get("EPUB/css/epub.css"), StandardCharsets.UTF_8));
        EpubValidator.Result check = EpubValidator.check(epub);
        assertTrue(check.clean(), check.describe());
    }

    // ---------------------------------------------------------------- epub.css fetching from elsewhere

    private void epubCssRefused(String css, String what, String... words) throws IOException {
        Path styles = styles();
        write(styles.resolve("epub.css"), css);
        refused(build(styles), styles.resolve("epub.css") + ":" + placeOf(css, what), words);
    }

    @Test
    void epubCssImportingFromTheNetworkIsRefused() throws IOException {
        epubCssRefused("@import url(http://example.com/x.css);\np { margin: 0 }\n", "@import",
                "@import", "http://example.com/x.css", "network");
    }

    @Test
    void epubCssImportingALocalFileIsRefused() throws IOException {
        epubCssRefused("@charset \"UTF-8\";\n@import \"more.css\";\np { margin: 0 }\n", "@import", "@import", "more.css");
    }

    @Test
    void epubCssWithARemoteUrlIsRefused() throws IOException {
        epubCssRefused("p { margin: 0 }\nh1 {\n  color: black;\n  background: white url(https://example.com/a.png) no-repeat;\n}\n",
                "url(", "https://example.com/a.png", "network");
    }

    @Test
    void epubCssWithAFileUrlIsRefused() throws IOException {
        epubCssRefused("@font-face { font-family: X; src: url(file:///etc/passwd) }\n", "url(", "file:///etc/passwd");
    }

    @Test
    void epubCssWithAUrlLeavingTheFolderIsRefused() throws IOException {
        epubCssRefused("p { margin: 0 }\n@media screen {\n  p { background-image: url(../../secret.txt) }\n}\n", "url(",
                "'../../secret.txt' climbs out of the styles folder");
    }

    @Test
    void epubCssWithAUrlInsideAnUnknownAtRuleIsRefused() throws IOException {
        epubCssRefused("p { margin: 0 }\n@supports (display: grid) {\n  div { background: url(http://example.com/b.png) }\n}\n",
                "url(", "http://example.com/b.png");
    }

    @Test
    void epubCssThatDoesNotParseIsRefused() throws IOException {
        Path styles = styles();
        write(styles.resolve("epub.css"), "p { margin: 0 }\nh1 { color: black;\n}}} @import url(http://example.com/x.css);\n");
        CliRun r = build(styles);
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().startsWith(styles.resolve("epub.css") + ":3:"), r.err());
        assertEquals(Map.of(), Hostile.snapshot(dir.resolve("out")));
    }

    @Test
    void epubCssWithDataUrlsAndNamespacesBuildsAsWritten() throws IOException {
        Path styles = styles();
        String css = "@namespace epub \"http://www.idpf.org/2007/ops\";\n"
                + "@namespace url(http://www.w3.org/1999/xhtml);\n"
                + "p { margin: 0 }\n"
                + "hr { background: url(\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\") }\n";
        write(styles.resolve("epub.css"), css);
        CliRun r = build(styles);
        assertEquals(0, r.status(), r.err());
        Path epub = dir.resolve("out/book.epub");
        assertEquals(css, new String(EpubFiles.entries(epub).get("EPUB/css/epub.css"), StandardCharsets.UTF_8));
        EpubValidator.Result check = EpubValidator.check(epub);
        assertTrue(check.clean(), check.describe());
    }

    @Test
    void epubCssThatIsNotUtf8IsRefused() throws IOException {
        Path styles = styles();
        // in UTF-16 a reading system would see the @import; read as UTF-8 it would hide
        byte[] utf16 = "@import url(http://example.com/x.css);\np { margin: 0 }\n".getBytes(StandardCharsets.UTF_16);
        write(styles.resolve("epub.css"), utf16);
        refused(build(styles), styles.resolve("epub.css").toString(), "not valid UTF-8");
    }

    // ---------------------------------------------------------------- the library, not only the command line

    @Test
    void everyRefusalLeavesNoFileBehindEvenAfterAnEarlierBuild() throws IOException {
        Path styles = styles();
        Files.createSymbolicLink(styles.resolve("epub.css"), dir.resolve("secret.txt"));
        Map<String, byte[]> before = Hostile.previousOutputs(dir.resolve("out"), "book");
        CliRun r = build(styles);
        assertEquals(1, r.status(), r.err());
        assertTrue(Hostile.same(before, Hostile.snapshot(dir.resolve("out"))));
        List<String> names = new ArrayList<>(Hostile.snapshot(dir.resolve("out")).keySet());
        assertEquals(List.of("book.epub", "book.pdf"), names);
    }
}
