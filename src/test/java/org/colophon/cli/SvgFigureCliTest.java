package org.colophon.cli;

import static org.colophon.robustness.Hostile.tei;
import static org.colophon.robustness.Hostile.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.colophon.robustness.Hostile;
import org.colophon.testing.EpubFiles;
import org.colophon.testing.EpubValidator;
import org.colophon.testing.PdfDrawings;
import org.colophon.testing.PdfValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * An SVG figure of a TEI manuscript reaches the EPUB without what an e-book must not
 * carry: scripts, event handlers, embedded HTML, references to other files or to the
 * network, external style sheets. What is removed is warned about, naming the SVG file; an
 * SVG that cannot be read safely (a DOCTYPE, not well-formed, not SVG) stops the build.
 */
class SvgFigureCliTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String PIXEL = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
            + "+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    private static final String HOSTILE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<?xml-stylesheet href=\"http://example.com/s.css\" type=\"text/css\"?>\n"
            + "<svg xmlns=\"" + SVG_NS + "\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"100\" height=\"50\""
            + " viewBox=\"0 0 100 50\" onload=\"alert(1)\">\n"                                                // 3
            + "  <style>@import url(http://example.com/x.css);\n"                                              // 4
            + "    rect.a { fill: url(http://example.com/p.svg#g); stroke: black }\n"
            + "    text { font-size: 8px }</style>\n"
            + "  <script>alert(document.cookie)</script>\n"                                                    // 7
            + "  <defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"red\"/></linearGradient></defs>\n"
            + "  <rect id=\"r\" class=\"a\" x=\"1\" y=\"1\" width=\"98\" height=\"48\" onclick=\"steal()\""
            + " style=\"stroke-width: 2; fill: url(file:///etc/passwd)\"/>\n"                                  // 9
            + "  <image xlink:href=\"file:///etc/passwd\" width=\"10\" height=\"10\"/>\n"
            + "  <image href=\"http://example.com/i.png\" width=\"10\" height=\"10\"/>\n"
            + "  <image href=\"" + PIXEL + "\" width=\"10\" height=\"10\"/>\n"
            + "  <use xlink:href=\"#r\" x=\"2\"/>\n"
            + "  <circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"url(#g)\" stroke=\"url(http://example.com/p.svg#h)\"/>\n"
            + "  <a href=\"https://example.com\"><text x=\"5\" y=\"30\">Bonjour</text></a>\n"
            + "  <a xlink:href=\"javascript:alert(2)\"><text x=\"5\" y=\"40\">Hi</text></a>\n"
            + "  <g xml:base=\"http://example.com/\"><set attributeName=\"href\" to=\"http://example.com/z\"/></g>\n"
            + "  <foreignObject width=\"10\" height=\"10\"><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>\n"
            + "  <html:iframe xmlns:html=\"http://www.w3.org/1999/xhtml\" src=\"http://example.com/\"/>\n"
            + "  <handler type=\"application/ecmascript\">alert(3)</handler>\n"
            + "</svg>\n";

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private CliRun buildWith(String svg) {
        write(dir.resolve("images/figure.svg"), svg);
        Path book = write(dir.resolve("book.xml"), tei("fr", "<p>Voici une figure.</p>\n"
                + "<figure><graphic url=\"images/figure.svg\"/><head>Une figure</head></figure>\n"));
        return run("build", book.toString(), "--out", dir.resolve("out").toString(), "--quiet");
    }

    @Test
    void scriptsHandlersAndOutsideReferencesAreRemovedWithAWarning() throws IOException {
        CliRun r = buildWith(HOSTILE);
        assertEquals(0, r.status(), r.err());
        Path svgFile = dir.resolve("images/figure.svg");
        String warning = r.err().lines().filter(l -> l.startsWith(svgFile + ":")).findFirst().orElse("");
        assertTrue(warning.startsWith(svgFile + ":2:1: warning: "), r.err());
        for (String word : List.of("script", "event handler", "foreignObject", "external style sheet",
                "reference", "http://example.com/s.css")) {
            assertTrue(warning.contains(word), () -> "'" + word + "' missing from:\n" + r.err());
        }

        Path epub = dir.resolve("out/book.epub");
        Map<String, byte[]> entries = EpubFiles.entries(epub);
        String shipped = new String(entries.get("EPUB/media/images/figure.svg"), StandardCharsets.UTF_8);
        for (String gone : List.of("<script", "alert", "onload", "onclick", "steal", "foreignObject", "iframe", "handler",
                "example.com", "file:", "/etc/passwd", "javascript", "@import", "xml-stylesheet", "xml:base", "<set")) {
            assertFalse(shipped.contains(gone), () -> "'" + gone + "' is still in the EPUB's SVG:\n" + shipped);
        }
        // the drawing itself is kept: shapes, text, same-document references, embedded pixels, the rest of the styles
        for (String kept : List.of("<rect", "stroke-width", "Bonjour", ">Hi<", "#r", "url(#g)", PIXEL, "font-size",
                "stroke: black", "linearGradient")) {
            assertTrue(shipped.contains(kept), () -> "'" + kept + "' is missing from the EPUB's SVG:\n" + shipped);
        }
        Document parsed = EpubFiles.parse(entries.get("EPUB/media/images/figure.svg"));
        assertEquals(SVG_NS, parsed.getDocumentElement().getNamespaceURI());
        EpubValidator.Result check = EpubValidator.check(epub);
        assertTrue(check.clean(), check.describe());
    }

    @Test
    void aCleanSvgIsShippedWithoutWarning() throws IOException {
        String svg = "<svg xmlns=\"" + SVG_NS + "\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"40\" height=\"20\">\n"
                + "  <!-- a comment -->\n"
                + "  <defs><circle id=\"c\" r=\"5\"/></defs>\n"
                + "  <use xlink:href=\"#c\" x=\"10\" y=\"10\" fill=\"#336\"/>\n"
                + "  <text x=\"20\" y=\"15\">&#233;t&#xE9; &amp; hiver</text>\n"
                + "</svg>\n";
        CliRun r = buildWith(svg);
        assertEquals(0, r.status(), r.err());
        assertFalse(r.err().contains(dir.resolve("images/figure.svg") + ":"), r.err());
        assertFalse(r.err().contains("left out"), r.err());
        assertDrawnAsVectors(dir.resolve("out/book.pdf"), "Une figure", 40);
        Path epub = dir.resolve("out/book.epub");
        String shipped = new String(EpubFiles.entries(epub).get("EPUB/media/images/figure.svg"), StandardCharsets.UTF_8);
        assertTrue(shipped.contains("été &amp; hiver"), shipped);
        assertTrue(shipped.contains("xlink:href=\"#c\""), shipped);
        EpubValidator.Result check = EpubValidator.check(epub);
        assertTrue(check.clean(), check.describe());
    }

    private void refused(CliRun r, String place, String... words) {
        assertEquals(1, r.status(), () -> "exit status; stderr:\n" + r.err());
        String first = r.err().lines().findFirst().orElse("");
        assertTrue(first.startsWith(place + ": error: "), () -> "expected '" + place + ": error: …', got:\n" + r.err());
        for (String w : words) {
            assertTrue(first.contains(w), () -> "'" + w + "' missing from:\n" + r.err());
        }
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), () -> "stack trace:\n" + r.err());
        assertEquals(Map.of(), Hostile.snapshot(dir.resolve("out")), "files were written");
    }

    @Test
    void anSvgWithADoctypeIsRefused() {
        write(dir.resolve("secret.txt"), "SECRET");
        CliRun r = buildWith("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [ <!ENTITY x SYSTEM \"file://" + dir.resolve("secret.txt")
                + "\"> ]>\n<svg xmlns=\"" + SVG_NS + "\"><text>&x;</text></svg>\n");
        refused(r, dir.resolve("images/figure.svg") + ":2:10", "DOCTYPE");
        assertFalse(r.err().contains("SECRET"));
    }

    @Test
    void anSvgThatIsNotWellFormedIsRefused() {
        refused(buildWith("<svg xmlns=\"" + SVG_NS + "\">\n  <g>\n    <rect/>\n</svg>\n"),
                dir.resolve("images/figure.svg") + ":4:3", "not well-formed");
    }

    @Test
    void anSvgThePdfCannotDrawFailsTheBuildRatherThanLeaveTheFigureOut() {
        refused(buildWith("<svg xmlns=\"" + SVG_NS + "\" width=\"100\" height=\"50\">\n"
                        + "  <path d=\"M 0 0 L 10 x\"/>\n</svg>\n"),
                dir.resolve("images/figure.svg").toString(), "cannot be drawn in the PDF",
                "The attribute \"d\" of the element <path> is invalid", "never leaves a figure out");
    }

    @Test
    void anXmlFileThatIsNotSvgIsRefused() {
        refused(buildWith("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><svg/></body></html>\n"),
                dir.resolve("images/figure.svg") + ":2:1", "not an SVG image", "<html>");
    }

    @Test
    void aColophonManuscriptsSvgFigureIsMadeSafeForTheEpubAndDrawnAsVectorsInThePdf() throws Exception {
        write(dir.resolve("images/figure.svg"), HOSTILE);
        Path book = write(dir.resolve("book.xml"), Hostile.chapter("fr",
                "      <p>Voici une figure.</p>\n"
                + "      <figure src=\"images/figure.svg\" alt=\"un cadre et un cercle\"><caption>Un dessin</caption></figure>\n"));
        CliRun r = run("build", book.toString(), "--out", dir.resolve("out").toString(), "--quiet");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains(dir.resolve("images/figure.svg") + ":2:1: warning: "), r.err());
        Path epub = dir.resolve("out/book.epub");
        Map<String, byte[]> entries = EpubFiles.entries(epub);
        String shipped = new String(entries.get("EPUB/media/images/figure.svg"), StandardCharsets.UTF_8);
        for (String gone : List.of("<script", "onload", "example.com", "file:", "javascript", "foreignObject")) {
            assertFalse(shipped.contains(gone), () -> "'" + gone + "' is still in the EPUB's SVG:\n" + shipped);
        }
        String chapter = entries.entrySet().stream().filter(e -> e.getKey().startsWith("EPUB/text/chapter"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
        assertTrue(chapter.contains("src=\"../media/images/figure.svg\" alt=\"un cadre et un cercle\""), chapter);
        EpubValidator.Result check = EpubValidator.check(epub);
        assertTrue(check.clean(), check.describe());
        assertDrawnAsVectors(dir.resolve("out/book.pdf"), "Un dessin", 100);
        byte[] pdf = Files.readAllBytes(dir.resolve("out/book.pdf"));
        PdfValidator.Verdict ua = PdfValidator.pdfUa1(pdf);
        assertTrue(ua.compliant(), ua.toString());
        PdfValidator.Verdict a = PdfValidator.pdfA2a(pdf);
        assertTrue(a.compliant(), a.toString());
    }

    @Test
    void aCoverIsNeverAnSvg() {
        write(dir.resolve("images/cover.svg"), "<svg xmlns=\"" + SVG_NS + "\" width=\"10\" height=\"10\"/>\n");
        Path book = write(dir.resolve("book.xml"), Hostile.chapter("fr", "      <p>Un texte.</p>\n")
                .replace("<date>2024-11-12</date></metadata>",
                        "<date>2024-11-12</date><cover src=\"images/cover.svg\"/></metadata>"));
        refused(run("build", book.toString(), "--out", dir.resolve("out").toString(), "--quiet"),
                book + ":3:56", "SVG", "JPEG or PNG");
    }

    /**
     * The page that prints {@code caption} draws the figure as a form of vector paths, no
     * raster image, at its own size: {@code svgWidth} CSS pixels.
     */
    private static void assertDrawnAsVectors(Path pdfFile, String caption, int svgWidth) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            int found = -1;
            PDFTextStripper text = new PDFTextStripper();
            for (int i = 1; i <= pdf.getNumberOfPages() && found < 0; i++) {
                text.setStartPage(i);
                text.setEndPage(i);
                if (text.getText(pdf).contains(caption)) {
                    found = i - 1;
                }
            }
            assertTrue(found >= 0, "no page prints the caption " + caption);
            PdfDrawings.Drawings drawings = PdfDrawings.of(pdf.getPage(found));
            assertEquals(1, drawings.of(PdfDrawings.Kind.FORM).size(), drawings.toString());
            assertEquals(List.of(), drawings.of(PdfDrawings.Kind.IMAGE), "the drawing became a raster image");
            assertTrue(drawings.formPaths() >= 2, "the form paints " + drawings.formPaths() + " paths");
            PdfDrawings.Drawn form = drawings.of(PdfDrawings.Kind.FORM).get(0);
            assertEquals(svgWidth * 0.75, form.width(), 0.01, form.toString());
            assertEquals(form.width() / 2, form.height(), 0.01, form.toString());
        }
    }
}
