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
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;
import org.colophon.layout.Publication;
import org.colophon.pdf.css.Lengths;
import org.colophon.styles.Styles;
import org.colophon.testing.PdfValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypesetterTest {

    private static byte[] pdf;
    private static final List<Diagnostic> WARNINGS = new ArrayList<>();

    static byte[] typeset(Publication publication, Styles styles, List<Diagnostic> warnings)
            throws IOException, BuildException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Typesetter(styles, warnings::add).typeset(publication, out);
        return out.toByteArray();
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
                    "Une puce", "Figure 1. Une carte.", "Figure 2. Une photo.", "Après la pause", "Une note de bas de page", "Un long chapitre",
                    "29. Le président"};
            int at = 0;
            for (String word : expected) {
                int found = text.indexOf(word, at);
                assertTrue(found >= 0, "'" + word + "' after position " + at + " in: " + text);
                at = found + word.length();
            }
        }
    }

    @Test
    void noGlyphPassesTheRightEdgeOfTheTextBlock() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(List.of(), TextBlockEdges.glyphsPastTheRightEdge(doc));
        }
    }

    @Test
    void cssWarningsNameTheFileAndLineAndTheBookStillComes(@TempDir Path styles) throws Exception {
        String css = Files.readString(Path.of("styles/print.css")) + "\np {\n  color: red;\n}\n";
        Files.writeString(styles.resolve("print.css"), css);
        int line = (int) css.lines().count() - 1;
        List<Diagnostic> warnings = new ArrayList<>();
        byte[] other = typeset(SamplePublication.sample(), Styles.fromDirectory(styles), warnings);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).file().endsWith("print.css"), warnings.get(0).file());
        assertEquals(line, warnings.get(0).line());
        assertTrue(warnings.get(0).message().contains("color"));
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
    void twoRunsAreByteIdentical() throws Exception {
        assertArrayEquals(pdf, typeset(SamplePublication.sample(), Styles.bundled(), new ArrayList<>()));
    }
}
