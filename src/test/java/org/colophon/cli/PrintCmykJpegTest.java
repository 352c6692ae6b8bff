package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.colophon.testing.BookValidation;
import org.colophon.testing.EpubFiles;
import org.colophon.testing.PdfValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CMYK JPEG in a manuscript, as Photoshop writes one (an Adobe marker, the inks stored
 * inverted): its left half yellow, its right half cyan. The PDF keeps the CMYK data —
 * DeviceCMYK in a print build, ICCBased on the FOGRA39 profile in an ordinary one (whose
 * sRGB intent PDF/A would not let DeviceCMYK under) — and the EPUB gets an RGB JPEG of the
 * same colours.
 */
class PrintCmykJpegTest {

    private static final int WIDTH = 1200;
    private static final int HEIGHT = 600;

    @TempDir
    static Path dir;
    private static Path manuscript;

    @BeforeAll
    static void write() throws IOException {
        Files.createDirectories(dir.resolve("images"));
        Files.write(dir.resolve("images/inks.jpg"), cmykJpeg());
        manuscript = dir.resolve("inks.xml");
        Files.writeString(manuscript, """
                <?xml version="1.0" encoding="UTF-8"?>
                <book xmlns="https://colophon.org/ns/manuscript/1" version="1" xml:lang="en">
                <metadata><title>Inks</title><creator role="author">A B</creator><date>2026-12-03</date></metadata>
                <body>
                <chapter id="ch1"><title>Two inks</title>
                <p>Yellow and cyan, as the press prints them.</p>
                <figure src="images/inks.jpg" width="50%" placement="here" alt="A yellow half and a cyan half"/>
                </chapter>
                </body></book>
                """, StandardCharsets.UTF_8);
    }

    /** Inverted CMYK behind an Adobe APP14 marker (transform 0: no colour conversion), as Photoshop saves it. */
    private static byte[] cmykJpeg() throws IOException {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, WIDTH, HEIGHT, 4, null);
        int[] yellow = {255, 255, 0, 255};   // C 0, M 0, Y 100 %, K 0, inverted
        int[] cyan = {0, 255, 255, 255};     // C 100 %
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                raster.setPixel(x, y, x < WIDTH / 2 ? yellow : cyan);
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(raster, null, null), null);
        } finally {
            writer.dispose();
        }
        byte[] plain = out.toByteArray();
        byte[] adobe = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
        ByteArrayOutputStream marked = new ByteArrayOutputStream();
        marked.write(plain, 0, 2);
        marked.write(adobe);
        marked.write(plain, 2, plain.length - 2);
        return marked.toByteArray();
    }

    @Test
    void anOrdinaryBuildKeepsTheInksOnTheFogra39ProfileAndTheEpubGetsRgb() throws IOException {
        Path out = dir.resolve("plain");
        CliRun run = CliRun.of("build", manuscript.toString(), "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        assertFalse((run.out() + run.err()).contains("CMYK"), run.out() + run.err());
        byte[] pdf = Files.readAllBytes(out.resolve("inks.pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDImageXObject image = theImage(doc);
            COSBase space = image.getCOSObject().getDictionaryObject(COSName.COLORSPACE);
            assertTrue(space instanceof COSArray a && COSName.ICCBASED.equals(a.getObject(0)), String.valueOf(space));
            COSStream profile = (COSStream) ((COSArray) space).getObject(1);
            assertEquals(4, profile.getInt(COSName.N));
            try (var in = profile.createInputStream()) {
                assertArrayEquals(Files.readAllBytes(Path.of("styles/color/FOGRA39L-coated.icc")), in.readAllBytes());
            }
            assertEquals(COSName.DCT_DECODE, image.getCOSObject().getFilters());
            assertYellowThenCyan(render(doc));
        }
        BookValidation.assertBothBooksPass(out.resolve("inks.epub"), pdf);

        Map<String, byte[]> epub = EpubFiles.entries(out.resolve("inks.epub"));
        byte[] copy = epub.entrySet().stream().filter(e -> e.getKey().endsWith(".jpg")).findFirst()
                .orElseThrow().getValue();
        BufferedImage rgb = ImageIO.read(new ByteArrayInputStream(copy));
        assertEquals(3, rgb.getColorModel().getNumComponents(), "an RGB JPEG");
        assertEquals(WIDTH, rgb.getWidth());
        assertYellowThenCyan(rgb);
    }

    @Test
    void aStrictPrintBuildKeepsTheInksAsDeviceCmyk() throws IOException {
        Path out = dir.resolve("print");
        CliRun run = CliRun.of("build", manuscript.toString(), "--out", out.toString(), "--quiet", "--print",
                "--strict");
        assertEquals(0, run.status(), run.err());
        byte[] pdf = Files.readAllBytes(out.resolve("inks.pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDImageXObject image = theImage(doc);
            assertEquals(COSName.DEVICECMYK, image.getCOSObject().getDictionaryObject(COSName.COLORSPACE));
            // the inks as in the file: the Adobe marker's inversion undone by a Decode array
            assertArrayEquals(new float[] {1, 0, 1, 0, 1, 0, 1, 0}, image.getDecode().toFloatArray());
            assertYellowThenCyan(render(doc));
        }
        PdfValidator.Verdict a = PdfValidator.pdfA2a(pdf);
        assertTrue(a.compliant(), a.toString());

        Path report = dir.resolve("print-report");
        assertEquals(0, CliRun.of("build", manuscript.toString(), "--out", report.toString(), "--quiet", "--print")
                .status());
        String colours = new ObjectMapper().readTree(report.resolve("inks-report.json").toFile())
                .get("preflight").get("pageColours").toString();
        assertTrue(colours.contains("DeviceCMYK"), colours);
    }

    private static PDImageXObject theImage(PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                    return image;
                }
            }
        }
        throw new AssertionError("no image in the PDF");
    }

    /** The page with the image, rendered, cut to the image's box. */
    private static BufferedImage render(PDDocument doc) throws IOException {
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            PDPage page = doc.getPage(i);
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                    BufferedImage full = new PDFRenderer(doc).renderImage(i, 1);
                    return imageArea(full);
                }
            }
        }
        throw new AssertionError("no page with the image");
    }

    /** The bounds of the pixels that are neither white nor grey: the image on its page. */
    private static BufferedImage imageArea(BufferedImage page) {
        int x0 = page.getWidth();
        int y0 = page.getHeight();
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int p = page.getRGB(x, y);
                int r = p >> 16 & 0xFF;
                int g = p >> 8 & 0xFF;
                int b = p & 0xFF;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 100) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x);
                    y1 = Math.max(y1, y);
                }
            }
        }
        assertTrue(x1 > x0 + 10 && y1 > y0 + 5, "the image is drawn in colour");
        return page.getSubimage(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
    }

    private static void assertYellowThenCyan(BufferedImage image) {
        assertNotNull(image);
        int y = image.getHeight() / 2;
        int left = image.getRGB(image.getWidth() / 4, y);
        int right = image.getRGB(image.getWidth() * 3 / 4, y);
        assertTrue((left >> 16 & 0xFF) > 200 && (left >> 8 & 0xFF) > 200 && (left & 0xFF) < 90,
                "yellow: " + Integer.toHexString(left));
        assertTrue((right >> 16 & 0xFF) < 90 && (right >> 8 & 0xFF) > 120 && (right & 0xFF) > 200,
                "cyan: " + Integer.toHexString(right));
    }
}
