package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;
import org.colophon.layout.PageRole;
import org.colophon.layout.Publication;
import org.colophon.pdf.css.Lengths;
import org.colophon.styles.Styles;
import org.colophon.testing.BookInvariants;
import org.colophon.testing.PdfValidator;
import org.colophon.testing.TestLayouts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypesetterTest {

    private static byte[] pdf;
    private static final List<Diagnostic> WARNINGS = new ArrayList<>();

    /**
     * The PDF of {@code publication}, checked to hold every word of its book on pages none
     * of which is empty but the blank versos the typesetter says it left (the typesetter's
     * tests build their books here).
     */
    static byte[] typeset(Publication publication, Styles styles, List<Diagnostic> warnings)
            throws IOException, BuildException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<TypesetFacts> facts = new ArrayList<>(1);
        new Typesetter(styles, warnings::add).typeset(publication, TestLayouts.date(publication), out, facts::add);
        byte[] pdf = out.toByteArray();
        BookInvariants.checkPdf(publication.book(), pdf, facts.get(0));
        return pdf;
    }

    @BeforeAll
    static void setSample() throws Exception {
        pdf = typeset(SamplePublication.sample(), Styles.bundled(), WARNINGS);
        Path dir = Path.of("target", "pdf-samples");
        Files.createDirectories(dir);
        Files.write(dir.resolve("sample.pdf"), pdf);
    }

    @Test
    void theSampleIsPdfA2bWithoutWarnings() {
        PdfValidator.Verdict verdict = PdfValidator.pdfA2b(pdf);
        assertEquals(List.of(), verdict.failedRules());
        assertTrue(verdict.compliant());
        assertEquals(List.of(), WARNINGS);
    }

    @Test
    void textExtractionGivesTheWordsInOrder() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc)
                    .replaceAll("-\\s*\\n", "").replaceAll("\\s+", " ");
            String[] expected = {"Renforcer", "Anne Autrice", "Une rencontre à l’Élysée", "Le président français",
                    "italique", "gras", "lien externe", "Puis une ligne forcée", "Demain, dès l’aube", "1. Premier point", "2. Second point",
                    "Une puce", "Figure 1. Une carte.", "Après la pause", "Un long chapitre",
                    "29. Le président"};
            int at = 0;
            for (String word : expected) {
                int found = text.indexOf(word, at);
                assertTrue(found >= 0, "'" + word + "' after position " + at + " in: " + text);
                at = found + word.length();
            }
            // the photo is a float: it may come after text that follows it in the source
            assertTrue(text.contains("Figure 2. Une photo."), text);
        }
    }

    @Test
    void preformattedTextKeepsItsIndentationAndNoBreakSpacesDoNotCollapse() throws Exception {
        Publication.Page page = SamplePublication.page("code", PageRole.CHAPTER,
                "<section><pre>A\n    B\n  C</pre><p>D\u00A0\u00A0\u00A0E</p></section>");
        Publication book = new Publication(new org.colophon.model.Book(SamplePublication.metadata(), List.of(),
                List.of(), List.of(), List.of()), List.of(page), List.of());
        byte[] code = typeset(book, Styles.bundled(), new ArrayList<>());
        java.util.Map<String, Float> x = new java.util.HashMap<>();
        try (PDDocument doc = Loader.loadPDF(code)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        x.putIfAbsent(p.getUnicode(), p.getXDirAdj());
                    }
                }
            };
            stripper.getText(doc);
        }
        float a = x.get("A");
        float step = x.get("C") - a; // two spaces
        assertTrue(step > 3, "C is two spaces in from A: " + x);
        assertEquals(2 * step, x.get("B") - a, 0.5, "B is four spaces in: " + x);
        // the <pre> is in the monospace face, the paragraph in the serif: at 10 pt a capital D
        // is about 7.6 pt wide and a space about 2.2 pt, so three spaces put E some 14 pt after
        // D, one space some 10 pt
        assertTrue(x.get("E") - x.get("D") >= 12, "three no-break spaces stay three: " + x);
    }

    @Test
    void noGlyphPassesTheRightEdgeOfTheTextBlock() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(List.of(), TextBlockEdges.glyphsPastTheRightEdge(doc));
        }
    }

    @Test
    void everyBodyLineSitsOnTheBaselineGrid() throws IOException {
        List<String> off = new ArrayList<>();
        List<Float> baselines = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    TextPosition first = positions.get(0);
                    // body text: 10 pt, not raised (note calls and superscripts are smaller)
                    if (Math.abs(first.getFontSizeInPt() - 10f) < 0.01f && getCurrentPageNo() > 1) {
                        float y = first.getYDirAdj();
                        baselines.add(y);
                        float fromFirst = (y - baselines.get(0)) / 13f;
                        if (Math.abs(fromFirst - Math.round(fromFirst)) > 0.01f) {
                            off.add("page " + getCurrentPageNo() + " y " + y + ": " + text);
                        }
                    }
                }
            };
            stripper.getText(doc);
        }
        assertTrue(baselines.size() > 100, "body lines found: " + baselines.size());
        assertEquals(List.of(), off);
    }

    @Test
    void cssWarningsNameTheFileAndLineAndTheBookStillComes(@TempDir Path styles) throws Exception {
        String css = Files.readString(Path.of("styles/print.css")) + "\np {\n  letter-spacing: 1pt;\n}\n";
        Files.writeString(styles.resolve("print.css"), css);
        int line = (int) css.lines().count() - 1;
        List<Diagnostic> warnings = new ArrayList<>();
        byte[] other = typeset(SamplePublication.sample(), Styles.fromDirectory(styles), warnings);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).file().endsWith("print.css"), warnings.get(0).file());
        assertEquals(line, warnings.get(0).line());
        assertTrue(warnings.get(0).message().contains("letter-spacing"));
        assertTrue(other.length > 1000);
    }

    @Test
    void aCssSyntaxErrorStopsTheBuildWithItsPlace(@TempDir Path styles) throws Exception {
        Files.writeString(styles.resolve("print.css"), "@page { size: A5 }\np { margin: }\n");
        BuildException e = assertThrows(BuildException.class,
                () -> typeset(SamplePublication.sample(), Styles.fromDirectory(styles), new ArrayList<>()));
        assertEquals(2, e.diagnostics().get(0).line());
        assertTrue(e.diagnostics().get(0).file().endsWith("print.css"));
    }

    @Test
    void pagesAreA5WithBleedAndTheFigureIsThere() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 4, "pages: " + doc.getNumberOfPages());
            int images = 0;
            for (PDPage page : doc.getPages()) {
                assertEquals(148 * Lengths.MM, page.getTrimBox().getWidth(), 0.01);
                assertEquals(210 * Lengths.MM, page.getTrimBox().getHeight(), 0.01);
                assertEquals(page.getMediaBox().getWidth(), page.getBleedBox().getWidth(), 0.01);
                for (COSName name : page.getResources().getXObjectNames()) {
                    images += page.getResources().getXObject(name) instanceof PDImageXObject ? 1 : 0;
                }
            }
            assertEquals(2, images, "the PNG and the JPEG");
        }
    }

    @Test
    void linksAreAnnotationsThatPrintWithoutBorder() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> uris = new ArrayList<>();
            int gotos = 0;
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    PDAnnotationLink link = (PDAnnotationLink) a;
                    assertTrue(link.isPrinted());
                    if (link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    } else if (link.getAction() instanceof PDActionGoTo) {
                        gotos++;
                    }
                }
            }
            assertEquals(List.of("https://www.nato.int/"), uris);
            assertEquals(2, gotos, "the note call and the note's back reference");
        }
    }

    @Test
    void aLinkWithoutTargetIsAWarningNamingItsPage() throws Exception {
        Publication.Page page = SamplePublication.page("c", PageRole.CHAPTER,
                "<section id=\"c\"><p>Voir <a href=\"#nowhere\">ailleurs</a>.</p></section>");
        List<Diagnostic> warnings = new ArrayList<>();
        typeset(new Publication(SamplePublication.sample().book(), List.of(page), List.of()), Styles.bundled(), warnings);
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("EPUB/text/c.xhtml", warnings.get(0).file());
        assertTrue(warnings.get(0).message().contains("#nowhere"));
    }

    @Test
    void aFontOutsideTheStylesFolderIsRefused(@TempDir Path styles) throws Exception {
        Files.writeString(styles.resolve("print.css"), "@font-face { font-family: X; src: url(/etc/x.ttf) }\n");
        BuildException e = assertThrows(BuildException.class,
                () -> typeset(SamplePublication.sample(), Styles.fromDirectory(styles), new ArrayList<>()));
        assertEquals(1, e.diagnostics().get(0).line());
        assertTrue(e.getMessage().contains("is an absolute path; write a path relative to the styles folder"), e.getMessage());
    }

    @Test
    void runningHeadsAndFoliosFollowThePage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<List<String>> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc).strip().lines().toList());
            }
            assertEquals("Renforcer l’OTAN", pages.get(0).get(0), "the title page has no running head");
            assertTrue(pages.get(0).stream().noneMatch(l -> l.equals("1")), "nor a folio");
            assertEquals("Une rencontre à l’Élysée", pages.get(1).get(0), "a chapter opening has no running head");
            assertEquals("1", pages.get(1).get(pages.get(1).size() - 1), "the body's first page is 1");
            assertEquals("chapter-001", pages.get(2).get(0), "rectos carry the chapter's title");
            assertEquals("2", pages.get(2).get(pages.get(2).size() - 1));
            assertEquals(List.of("i", "1", "2"), List.of(doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices())
                    .subList(0, 3), "page labels: roman front matter, arabic body");
            assertEquals("Renforcer l’OTAN", pages.get(3).get(0), "versos carry the book's title");
        }
    }

    @Test
    void aFootnoteIsAtTheFootOfThePageOfItsCall() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            List<String> lines = stripper.getText(doc).strip().lines().toList();
            assertTrue(lines.get(1).startsWith("Le président français"), "the calling paragraph is on page 2: " + lines);
            // the note's text is the page's last line before the folio
            assertTrue(lines.get(lines.size() - 2).startsWith("1. Une note de bas de page"), lines.toString());
        }
    }

    @Test
    void twoRunsAreByteIdentical() throws Exception {
        assertArrayEquals(pdf, typeset(SamplePublication.sample(), Styles.bundled(), new ArrayList<>()));
    }
}
