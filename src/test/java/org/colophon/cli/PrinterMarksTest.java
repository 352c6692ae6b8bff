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
        plain = Files.readAllBytes(dir.resolve("plain/macron-rutte.pdf"));
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
