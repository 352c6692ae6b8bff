package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.colophon.testing.PdfValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** print.css's {@code marks: crop cross} in the print set: marks outside the bleed, the boxes kept. */
class PrinterMarksTest {

    private static final float MM = 72 / 25.4f;

    @TempDir
    static Path dir;

    private static byte[] marked;
    private static byte[] plain;
    private static byte[] markedCover;
    private static byte[] plainCover;

    @BeforeAll
    static void build() throws IOException {
        Path styles = Files.createDirectories(dir.resolve("styles"));
        Files.writeString(styles.resolve("print.css"), Files.readString(Path.of("styles/print.css"))
                .replace("bleed: 3mm;", "bleed: 3mm;\n  marks: crop cross;"));
        CliRun run = CliRun.of("build", "manuscript/macron-rutte.xml", "--out", dir.resolve("marked").toString(),
                "--styles", styles.toString(), "--quiet", "--print");
        assertEquals(0, run.status(), run.err());
        run = CliRun.of("build", "manuscript/macron-rutte.xml", "--out", dir.resolve("plain").toString(), "--quiet",
                "--print");
        assertEquals(0, run.status(), run.err());
        marked = Files.readAllBytes(dir.resolve("marked/macron-rutte.pdf"));
        markedCover = Files.readAllBytes(dir.resolve("marked/macron-rutte-cover.pdf"));
        plainCover = Files.readAllBytes(dir.resolve("plain/macron-rutte-cover.pdf"));
        plain = Files.readAllBytes(dir.resolve("plain/macron-rutte.pdf"));
    }

    @Test
    void theCoverSpreadHasTheMarksAndFoldMarksAtTheSpine() throws IOException {
        try (PDDocument withMarks = Loader.loadPDF(markedCover); PDDocument without = Loader.loadPDF(plainCover)) {
            PDPage m = withMarks.getPage(0);
            PDPage p = without.getPage(0);
            assertEquals(p.getTrimBox().toString(), m.getTrimBox().toString());
            assertEquals(p.getBleedBox().toString(), m.getBleedBox().toString());
            assertEquals(p.getMediaBox().getWidth() + 2 * 10 * MM, m.getMediaBox().getWidth(), 0.05);
            // the vertical hairlines drawn above the bleed: crop and bleed marks at the trim's and
            // the bleed's edges, the top target's cross at the middle, and a fold mark at each of
            // the spine's edges (read from the content: the spine of a 6-page book is 0.3 mm)
            PDRectangle bleed = m.getBleedBox();
            java.util.List<Float> verticals = new java.util.ArrayList<>();
            java.util.List<Object> tokens = new org.apache.pdfbox.pdfparser.PDFStreamParser(m).parse();
            for (int i = 6; i < tokens.size(); i++) {
                if (tokens.get(i) instanceof org.apache.pdfbox.contentstream.operator.Operator op
                        && op.getName().equals("l")
                        && tokens.get(i - 3) instanceof org.apache.pdfbox.contentstream.operator.Operator mo
                        && mo.getName().equals("m")) {
                    float x0 = ((org.apache.pdfbox.cos.COSNumber) tokens.get(i - 5)).floatValue();
                    float y0 = ((org.apache.pdfbox.cos.COSNumber) tokens.get(i - 4)).floatValue();
                    float x1 = ((org.apache.pdfbox.cos.COSNumber) tokens.get(i - 2)).floatValue();
                    if (Math.abs(x0 - x1) < 0.001 && y0 > bleed.getUpperRightY()) {
                        verticals.add(x0);
                    }
                }
            }
            float trimLeft = m.getTrimBox().getLowerLeftX();
            float trimRight = m.getTrimBox().getUpperRightX();
            float pageWidth = (trimRight - trimLeft - spine(p)) / 2;
            float spineLeft = trimLeft + pageWidth;
            float spineRight = trimRight - pageWidth;
            for (float x : new float[] {bleed.getLowerLeftX(), trimLeft, spineLeft, spineRight, trimRight,
                    bleed.getUpperRightX()}) {
                assertTrue(verticals.stream().anyMatch(v -> Math.abs(v - x) < 0.01), x + " not in " + verticals);
            }
            assertEquals(7, verticals.size(), verticals.toString());
            org.colophon.report.Preflight preflight = org.colophon.report.Preflight.of(markedCover);
            assertEquals(java.util.List.of(), preflight.acrossBleedPages(), "the marks lie wholly outside the bleed");
            PdfValidator.Verdict b = PdfValidator.pdfA2b(markedCover);
            assertTrue(b.compliant(), b.toString());
        }
    }

    /** The spine's width: the trim's width less two A5 covers (the default print.css's size). */
    private static float spine(PDPage cover) {
        return cover.getTrimBox().getWidth() - 2 * 148 * MM;
    }

    @Test
    void theMediaBoxGrowsAndTheTrimAndBleedBoxesStay() throws IOException {
        try (PDDocument withMarks = Loader.loadPDF(marked); PDDocument without = Loader.loadPDF(plain)) {
            assertEquals(without.getNumberOfPages(), withMarks.getNumberOfPages());
            for (int i = 0; i < withMarks.getNumberOfPages(); i++) {
                PDPage m = withMarks.getPage(i);
                PDPage p = without.getPage(i);
                assertEquals(p.getTrimBox().toString(), m.getTrimBox().toString());
                assertEquals(p.getBleedBox().toString(), m.getBleedBox().toString());
                PDRectangle media = m.getMediaBox();
                assertEquals(p.getMediaBox().getWidth() + 2 * 10 * MM, media.getWidth(), 0.05);
                assertEquals(p.getMediaBox().getHeight() + 2 * 10 * MM, media.getHeight(), 0.05);
                assertEquals(-10 * MM, media.getLowerLeftX(), 0.05);
            }
        }
    }

    @Test
    void theMarksLieOutsideTheBleedOnly() throws IOException {
        try (PDDocument doc = Loader.loadPDF(marked)) {
            PDPage page = doc.getPage(0); // the half-title: nothing runs into its bleed
            float scale = 4; // the marks are hairlines: four pixels a point shows them
            BufferedImage image = new PDFRenderer(doc).renderImage(0, scale);
            PDRectangle media = page.getMediaBox();
            PDRectangle bleed = page.getBleedBox();
            PDRectangle trim = page.getTrimBox();
            int outside = 0;
            int inBleed = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    if ((rgb >> 16 & 0xFF) > 200 && (rgb >> 8 & 0xFF) > 200 && (rgb & 0xFF) > 200) {
                        continue; // no ink
                    }
                    float px = media.getLowerLeftX() + (x + 0.5f) / scale;
                    float py = media.getUpperRightY() - (y + 0.5f) / scale;
                    if (!bleed.contains(px, py)) {
                        outside++;
                    } else if (!trim.contains(px, py)) {
                        inBleed++;
                    }
                }
            }
            assertTrue(outside > 100, "marks outside the bleed: " + outside + " pixels");
            assertEquals(0, inBleed, "nothing between the trim and the bleed edge");
        }
    }

    @Test
    void everyPageHasItsSlugLineBelowTheBleed() throws IOException {
        try (PDDocument doc = Loader.loadPDF(marked); PDDocument without = Loader.loadPDF(plain)) {
            int n = doc.getNumberOfPages();
            for (int i = 0; i < n; i++) {
                org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                String text = stripper.getText(doc);
                // the title (shortened to half the page), this page's number of the book's, the build's date
                assertTrue(text.contains("Emmanuel Macron et Mark Rutte"), text);
                assertTrue(text.contains("\u2003" + (i + 1) + "/" + n + "\u2003"), "page " + (i + 1) + ": " + text);
            }
            assertTrue(!new org.apache.pdfbox.text.PDFTextStripper().getText(without).contains("/" + n + "\u2003"),
                    "no slug line without marks");
        }
    }

    @Test
    void veraPdfStillPasses() {
        PdfValidator.Verdict a = PdfValidator.pdfA2a(marked);
        assertTrue(a.compliant(), a.toString());
        PdfValidator.Verdict ua = PdfValidator.pdfUa1(marked);
        assertTrue(ua.compliant(), ua.toString());
    }
}
