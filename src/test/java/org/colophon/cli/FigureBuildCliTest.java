package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.colophon.pdf.css.Lengths;
import org.colophon.testing.BookInvariants;
import org.colophon.testing.EpubValidator;
import org.colophon.testing.PdfValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures never make the book vanish: a paragraph, a figure far larger than the page (a
 * 1600 × 1000 PNG) and a section gave a PDF of no page at all, with exit status 0 even
 * with {@code --strict}, for some lengths of the paragraph. Every length now gives every
 * word on its pages, the figure drawn inside the text block, and a figure whose caption
 * is long is scaled so that figure and caption stay on the page.
 */
class FigureBuildCliTest {

    private static final float MM = Lengths.MM;
    /** The default text block on the media box (bleed 3 mm): from the top, 3 + 20 mm to 3 + 182 mm. */
    private static final float TOP = 23 * MM;
    private static final float BOTTOM = 185 * MM;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int build(Path manuscript, Path out) {
        return new Main(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(new String[] {"build", manuscript.toString(), "--out", out.toString(), "--quiet", "--strict"});
    }

    private Path manuscript(String name, String chapter) throws IOException {
        Path images = dir.resolve("images");
        Files.createDirectories(images);
        ImageIO.write(new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_RGB), "png", images.resolve("wide.png").toFile());
        ImageIO.write(new BufferedImage(1000, 1600, BufferedImage.TYPE_INT_RGB), "png", images.resolve("tall.png").toFile());
        Path m = dir.resolve(name + ".xml");
        Files.writeString(m, """
                <?xml version="1.0" encoding="UTF-8"?>
                <book xmlns="https://colophon.org/ns/manuscript/1" version="1" xml:lang="fr">
                  <metadata><title>Figure</title><creator role="author">Prénom Nom</creator></metadata>
                  <body><chapter><title>Premier chapitre</title>
                %s
                  </chapter></body>
                </book>
                """.formatted(chapter));
        return m;
    }

    @Test
    void aParagraphOfAnyLengthThenALargeFigureAndASectionKeepEveryWordOnThePages() throws Exception {
        // 13 sentences gave "pages 0 pages": the text after the figure ran a line past the
        // foot of the chapter's opening page, which may not run long, and no other end was offered
        for (int n = 12; n <= 14; n++) {
            String paragraph = "Une phrase assez longue. ".repeat(n).strip();
            Path m = manuscript("figure-" + n, "<p>" + paragraph + "</p>\n"
                    + "<figure src=\"images/wide.png\" alt=\"Une grande image grise\"/>\n"
                    + "<section><title>Une section</title><p>Le texte de la section.</p></section>");
            Path out = dir.resolve("out-" + n);
            assertEquals(0, build(m, out), err.toString(StandardCharsets.UTF_8));
            Path pdf = out.resolve("figure-" + n + ".pdf");
            Path epub = out.resolve("figure-" + n + ".epub");
            BookInvariants.checkBuild(m, List.of(pdf, epub));
            byte[] bytes = Files.readAllBytes(pdf);
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                assertTrue(doc.getNumberOfPages() >= 5, n + " sentences: " + doc.getNumberOfPages() + " pages");
                List<float[]> images = imagesDrawn(doc);
                assertEquals(1, images.size(), n + " sentences: the figure is drawn once");
                float[] box = images.get(0); // left, top, width, height from the media box's top left
                assertTrue(box[1] >= TOP - 0.5f && box[1] + box[3] <= BOTTOM + 0.5f,
                        n + " sentences: the figure stands inside the text block's height: " + List.of(box[1], box[3]));
                assertEquals(106 * MM, box[2], 0.5f, n + " sentences: scaled to the measure");
                assertEquals(1.6f, box[2] / box[3], 0.01f, n + " sentences: its proportions kept");
            }
            validate(bytes, epub);
        }
    }

    @Test
    void aFigureWithALongCaptionIsScaledSoThatItsCaptionStaysInsideTheTextBlock() throws Exception {
        String caption = "Une légende très longue qui occupe beaucoup de place sous la figure. ".repeat(14).strip();
        Path m = manuscript("caption", "<p>Un paragraphe.</p>\n"
                + "<figure src=\"images/tall.png\" alt=\"Une grande image grise\"><caption>" + caption
                + " Fin de la légende.</caption></figure>\n"
                + "<section><title>Une section</title><p>Le texte de la section.</p></section>");
        Path out = dir.resolve("out");
        assertEquals(0, build(m, out), err.toString(StandardCharsets.UTF_8));
        Path pdf = out.resolve("caption.pdf");
        BookInvariants.checkBuild(m, List.of(pdf, out.resolve("caption.epub")));
        byte[] bytes = Files.readAllBytes(pdf);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            List<String> below = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    TextPosition first = positions.get(0);
                    // the caption's 8.5 pt lines; the folio (9 pt) stands in the margin on purpose
                    if (Math.abs(first.getFontSize() - 8.5f) < 0.01f && first.getYDirAdj() > BOTTOM + 0.5f) {
                        below.add("page " + getCurrentPageNo() + " y " + first.getYDirAdj() + ": " + text);
                    }
                }
            };
            stripper.getText(doc);
            assertEquals(List.of(), below, "caption lines below the text block");
            List<float[]> images = imagesDrawn(doc);
            assertEquals(1, images.size());
            float[] box = images.get(0);
            assertEquals(0.625f, box[2] / box[3], 0.01f, "its proportions kept");
            assertTrue(box[3] < 0.8f * 162 * MM - 13, "shorter than an image alone may be, to leave room for the caption: "
                    + box[3]);
            assertTrue(box[1] >= TOP - 0.5f, "inside the text block: " + box[1]);
        }
        validate(bytes, out.resolve("caption.epub"));
    }

    private static void validate(byte[] pdf, Path epub) {
        assertEquals(List.of(), PdfValidator.pdfUa1(pdf).failedRules(), "PDF/UA-1");
        assertEquals(List.of(), PdfValidator.pdfA2a(pdf).failedRules(), "PDF/A-2a");
        EpubValidator.Result r = EpubValidator.check(epub);
        assertTrue(r.clean(), r.describe());
    }

    /** Every image drawn: left, top, width and height in points, from the media box's top left corner. */
    private static List<float[]> imagesDrawn(PDDocument doc) throws IOException {
        List<float[]> out = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            float height = page.getMediaBox().getHeight();
            new PDFGraphicsStreamEngine(page) {
                @Override
                public void drawImage(PDImage image) {
                    Matrix m = getGraphicsState().getCurrentTransformationMatrix();
                    out.add(new float[] {m.getTranslateX(), height - m.getTranslateY() - m.getScalingFactorY(),
                            m.getScalingFactorX(), m.getScalingFactorY()});
                }

                @Override public void appendRectangle(java.awt.geom.Point2D p0, java.awt.geom.Point2D p1,
                                                      java.awt.geom.Point2D p2, java.awt.geom.Point2D p3) { }
                @Override public void clip(int windingRule) { }
                @Override public void moveTo(float x, float y) { }
                @Override public void lineTo(float x, float y) { }
                @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { }
                @Override public java.awt.geom.Point2D getCurrentPoint() {
                    return new java.awt.geom.Point2D.Float();
                }
                @Override public void closePath() { }
                @Override public void endPath() { }
                @Override public void strokePath() { }
                @Override public void fillPath(int windingRule) { }
                @Override public void fillAndStrokePath(int windingRule) { }
                @Override public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) { }

                void run() throws IOException {
                    processPage(page);
                }
            }.run();
        }
        return out;
    }
}
