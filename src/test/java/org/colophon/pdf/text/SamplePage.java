package org.colophon.pdf.text;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.colophon.error.Warnings;
import org.colophon.pdf.write.PdfTextWriter;

/**
 * Sets paragraphs of the Ponson novel on A5 pages with the line setter alone (no page
 * typesetter: lines simply fill pages) and writes them with {@link PdfTextWriter}; its
 * main writes {@code target/text-sample.pdf} and a PNG of the first page, to look at.
 */
public final class SamplePage {

    static final float SIZE = 10;
    static final float LEADING = 12.5f;

    private SamplePage() {
    }

    /** A PDF of {@code count} paragraphs from {@code from}, at {@code measure}. */
    static byte[] pdf(List<String> paragraphs, int from, int count, float measure) throws IOException {
        return pdf(new ParagraphSetter(new TextResources(List.of(), Warnings.ignore())), paragraphs, from, count, measure);
    }

    /** The same, set by {@code setter}. */
    static byte[] pdf(ParagraphSetter setter, List<String> paragraphs, int from, int count, float measure)
            throws IOException {
        TextStyle style = Fixtures.french(SIZE);
        ParagraphSpec spec = new ParagraphSpec(measure, SIZE, ParagraphSpec.Alignment.JUSTIFY, true);
        float left = (PDRectangle.A5.getWidth() - measure) / 2;
        float top = PDRectangle.A5.getHeight() - 60;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfTextWriter writer = new PdfTextWriter(doc);
            PDPageContentStream content = null;
            float baseline = 0;
            try {
                for (int i = from; i < Math.min(paragraphs.size(), from + count); i++) {
                    for (SetLine line : setter.set(Fixtures.text(paragraphs.get(i), style), spec)) {
                        if (content == null || baseline < 50) {
                            if (content != null) {
                                content.close();
                            }
                            PDPage page = new PDPage(PDRectangle.A5);
                            doc.addPage(page);
                            content = new PDPageContentStream(doc, page);
                            baseline = top;
                        }
                        writer.drawLine(content, line, left, baseline);
                        baseline -= LEADING;
                    }
                }
            } finally {
                if (content != null) {
                    content.close();
                }
            }
            writer.finish();
            COSArray id = new COSArray();
            id.add(new COSString("colophon-sample"));
            id.add(new COSString("colophon-sample"));
            doc.getDocument().getTrailer().setItem(COSName.ID, id);
            doc.save(out);
            return out.toByteArray();
        }
    }

    public static void main(String[] args) throws IOException {
        List<String> paragraphs = Fixtures.ponsonParagraphs();
        int from = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        byte[] pdf = pdf(paragraphs, from, count, Fixtures.MEASURE);
        Path out = Path.of("target");
        Files.createDirectories(out);
        Files.write(out.resolve("text-sample.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            ImageIO.write(image, "png", out.resolve("text-sample.png").toFile());
            System.out.println("wrote target/text-sample.pdf (" + doc.getNumberOfPages() + " pages) and .png: "
                    + PdfLineQuality.measure(doc));
        }
    }
}
