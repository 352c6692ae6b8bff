package org.colophon.cover;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.colophon.error.BuildException;
import org.colophon.model.Creator;
import org.colophon.model.Metadata;
import org.colophon.pdf.css.Lengths;
import org.colophon.pdf.write.PdfDocumentTest;
import org.colophon.styles.Styles;
import org.junit.jupiter.api.Test;

class CoversTest {

    private static final float MM = Lengths.MM;

    @Test
    void theCoverPdfIsTheTrimSizePlusBleedFilledByTheImage() throws Exception {
        byte[] image = PdfDocumentTest.png(300, 600, false); // taller than A5: cropped at top and bottom
        byte[] pdf = new Covers(Styles.bundled()).imageCoverPdf(image, "images/cover.png");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            PDPage page = doc.getPage(0);
            PDRectangle media = page.getMediaBox();
            assertEquals(148 * MM + 6 * MM, media.getWidth(), 0.05);
            assertEquals(210 * MM + 6 * MM, media.getHeight(), 0.05);
            PDRectangle trim = page.getTrimBox();
            assertEquals(3 * MM, trim.getLowerLeftX(), 0.05);
            assertEquals(148 * MM, trim.getWidth(), 0.05);
            assertEquals(210 * MM, trim.getHeight(), 0.05);
            assertTrue(page.getResources().getXObjectNames().iterator().hasNext(), "the image");
            // the image reaches every edge of the bleed: no paper shows at the corners
            BufferedImage rendered = new PDFRenderer(doc).renderImage(0, 1);
            for (int[] corner : List.of(new int[] {1, 1}, new int[] {rendered.getWidth() - 2, rendered.getHeight() - 2})) {
                int rgb = rendered.getRGB(corner[0], corner[1]) & 0xFFFFFF;
                assertTrue(rgb != 0xFFFFFF, "corner " + corner[0] + "," + corner[1] + " is blank");
            }
        }
    }

    @Test
    void anImageThatIsNotOneIsAClearError() {
        BuildException e = org.junit.jupiter.api.Assertions.assertThrows(BuildException.class,
                () -> new Covers(Styles.bundled()).imageCoverPdf("not an image".getBytes(), "images/cover.jpg"));
        assertTrue(e.getMessage().contains("images/cover.jpg"), e.getMessage());
    }

    @Test
    void theTypographicCoverIsAJpegOfTheTrimProportionsWithTheTitleOnIt() throws Exception {
        Metadata m = Metadata.builder()
                .title("La baronne trépassée")
                .creators(List.of(new Creator("Pierre Alexis Ponson du Terrail", null, Creator.Role.AUTHOR)))
                .language("fr")
                .build();
        Covers covers = new Covers(Styles.bundled());
        byte[] jpeg = covers.typographicCoverJpeg(m);
        assertEquals(0xFF, jpeg[0] & 0xFF);
        assertEquals(0xD8, jpeg[1] & 0xFF);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertEquals(1600, image.getHeight());
        assertEquals(148.0 / 210, (double) image.getWidth() / image.getHeight(), 0.01);
        // light letters on the dark ground, in the title's band and the author's, nowhere else
        assertTrue(lightPixels(image, 0.25, 0.40) > 500, "title");
        assertTrue(lightPixels(image, 0.74, 0.82) > 200, "author");
        assertEquals(0, lightPixels(image, 0.45, 0.70), "nothing between title and author");
        assertArrayEquals(jpeg, covers.typographicCoverJpeg(m), "the same book gives the same bytes");
    }

    @Test
    void theCoverPdfIsTheSameFileForTheSameImage() throws Exception {
        byte[] image = PdfDocumentTest.png(300, 420, false);
        Covers covers = new Covers(Styles.bundled());
        byte[] one = covers.imageCoverPdf(image, "a.png");
        Thread.sleep(5); // PDFBox would otherwise derive the file's ID from the clock
        assertArrayEquals(one, covers.imageCoverPdf(image, "a.png"));
    }

    /** Pixels brighter than mid-grey between two fractions of the height (from the top). */
    private static int lightPixels(BufferedImage image, double from, double to) {
        int count = 0;
        for (int y = (int) (from * image.getHeight()); y < to * image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
                if (grey > 160) {
                    count++;
                }
            }
        }
        return count;
    }
}
