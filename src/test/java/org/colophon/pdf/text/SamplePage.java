package org.colophon.pdf.text;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.colophon.error.Warnings;

/**
 * Writes an A5 page of the Ponson novel set by the line setter alone (no page typesetter)
 * to {@code target/text-sample.pdf} and {@code .png}, to look at.
 */
public final class SamplePage {

    public static void main(String[] args) throws IOException {
        List<String> paragraphs = Fixtures.ponsonParagraphs();
        int from = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        float size = 10;
        float leading = 12.5f;
        float measure = Fixtures.MEASURE;
        ParagraphSetter setter = new ParagraphSetter(new TextResources(List.of(), Warnings.ignore()));
        Path out = Path.of("target");
        Files.createDirectories(out);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A5);
            doc.addPage(page);
            PdfTextWriter writer = new PdfTextWriter(doc);
            float left = (PDRectangle.A5.getWidth() - measure) / 2;
            float baseline = PDRectangle.A5.getHeight() - 60;
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                TextStyle style = Fixtures.french(size);
                List<SetLine> title = setter.set(List.of(
                        new ParagraphItem.TextRun("La baronne trépassée", new TextStyle(Fixtures.REGULAR, 12, "fr", true, 0), null)),
                        new ParagraphSpec(measure, 0, ParagraphSpec.Alignment.CENTER, false));
                for (SetLine line : title) {
                    writer.drawLine(content, line, left, baseline);
                    baseline -= leading * 2;
                }
                for (int i = from; i < paragraphs.size() && baseline > 50; i++) {
                    List<SetLine> lines = setter.set(Fixtures.text(paragraphs.get(i), style),
                            new ParagraphSpec(measure, size, ParagraphSpec.Alignment.JUSTIFY, true));
                    for (SetLine line : lines) {
                        if (baseline < 50) {
                            break;
                        }
                        writer.drawLine(content, line, left, baseline);
                        baseline -= leading;
                    }
                }
            }
            writer.finish();
            doc.save(out.resolve("text-sample.pdf").toFile());
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            ImageIO.write(image, "png", out.resolve("text-sample.png").toFile());
        }
        System.out.println("wrote target/text-sample.pdf and .png");
    }
}
