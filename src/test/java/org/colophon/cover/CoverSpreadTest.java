package org.colophon.cover;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.colophon.layout.BuildDate;
import org.colophon.model.Creator;
import org.colophon.model.Metadata;
import org.colophon.pdf.css.Lengths;
import org.colophon.pdf.write.PrintCondition;
import org.colophon.styles.Styles;
import org.colophon.testing.PdfValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cover spread read back from its PDF: its size, its spine, its blurb and its barcode. */
class CoverSpreadTest {

    private static final float MM = Lengths.MM;
    /** The default print.css: A5 with 3 mm of bleed. */
    private static final float TRIM_W = 148 * MM;
    private static final float TRIM_H = 210 * MM;
    private static final float BLEED = 3 * MM;

    @TempDir
    Path dir;

    private static Metadata book(String language, String isbn) {
        Metadata.Builder m = Metadata.builder()
                .title("La baronne trépassée")
                .creators(List.of(new Creator("Pierre Alexis Ponson du Terrail", null, Creator.Role.AUTHOR)))
                .language(language)
                .description("Le baron de Nossac, veuf inconsolable, rencontre une femme qui ressemble trait pour"
                        + " trait à la baronne morte.");
        if (isbn != null) {
            m.identifier(new Metadata.Identifier(Metadata.Identifier.Scheme.ISBN, isbn));
        }
        return m.build();
    }

    @Test
    void theWidthIsTwoTrimsASpineAndTwoBleedsForEveryPageCount() throws Exception {
        Covers covers = new Covers(Styles.bundled());
        for (int pages : new int[] {24, 100, 284, 612}) {
            SpreadPdf spread = covers.spreadPdf(book("fr", null), null, null, pages);
            float spine = pages * 0.002252f * 72; // KDP's white paper, in points
            try (PDDocument doc = Loader.loadPDF(spread.bytes())) {
                PDPage page = doc.getPage(0);
                assertEquals(1, doc.getNumberOfPages());
                assertEquals(2 * TRIM_W + spine + 2 * BLEED, page.getMediaBox().getWidth(), 0.1, pages + " pages");
                assertEquals(TRIM_H + 2 * BLEED, page.getMediaBox().getHeight(), 0.1);
                PDRectangle trim = page.getTrimBox();
                assertEquals(BLEED, trim.getLowerLeftX(), 0.1);
                assertEquals(BLEED, trim.getLowerLeftY(), 0.1);
                assertEquals(2 * TRIM_W + spine, trim.getWidth(), 0.1);
                assertEquals(TRIM_H, trim.getHeight(), 0.1);
                assertEquals(page.getMediaBox().getWidth(), page.getBleedBox().getWidth(), 0.01);
            }
        }
    }

    @Test
    void printCssNamesThePaperByPresetOrByThicknessPerPage() throws Exception {
        assertEquals(2 * TRIM_W + 300 * 0.0025f * 72 + 2 * BLEED, width(paperStyles("cream"), 300), 0.1);
        assertEquals(2 * TRIM_W + 300 * 0.002347f * 72 + 2 * BLEED, width(paperStyles("colour"), 300), 0.1);
        assertEquals(2 * TRIM_W + 300 * 0.1f * MM + 2 * BLEED, width(paperStyles("0.1mm"), 300), 0.1);
    }

    @Test
    void theBarcodeDecodesToTheIsbnThirteen() throws Exception {
        Covers covers = new Covers(Styles.bundled());
        assertEquals("9780306406157", decode(covers.spreadPdf(book("fr", "978-0-306-40615-7"), null, null, 200)));
        // an ISBN-10 is printed as its ISBN-13, with the check digit worked out again
        assertEquals("9780306406157", decode(covers.spreadPdf(book("fr", "ISBN 0-306-40615-2"), null, null, 200)));
        // and on a cover image's ground too
        byte[] front = CoverImages.jpeg(420, 595);
        assertEquals("9782070368228", decode(covers.spreadPdf(book("fr", "urn:isbn:978-2-07-036822-8"), front,
                "images/cover.jpg", 350)));
    }

    @Test
    void withoutAnIsbnThereIsNoBarcode() throws Exception {
        SpreadPdf spread = new Covers(Styles.bundled()).spreadPdf(book("fr", null), null, null, 200);
        assertEquals(null, decode(spread));
        assertFalse(text(spread).contains("ISBN"));
    }

    @Test
    void theSpineIsLetteredFromSixMillimetresOn() throws Exception {
        Covers covers = new Covers(Styles.bundled());
        // 104 pages of white paper make 5.95 mm, 105 pages 6.01 mm
        SpreadPdf narrow = covers.spreadPdf(book("fr", null), null, null, 104);
        SpreadPdf wide = covers.spreadPdf(book("fr", null), null, null, 105);
        assertEquals("", spineText(narrow).strip());
        // the stripper sees gaps between the turned letters: compared without spaces
        String lettered = spineText(wide).replaceAll("\\s+", "");
        assertTrue(lettered.contains("Labaronnetrépassée"), lettered);
        assertTrue(lettered.contains("PierreAlexisPonsonduTerrail"), lettered);
    }

    @Test
    void englishSpinesReadDownFrenchOnesUp() throws Exception {
        Covers covers = new Covers(Styles.bundled());
        assertEquals(270f, spineDirection(covers.spreadPdf(book("en-GB", null), null, null, 300)));
        assertEquals(90f, spineDirection(covers.spreadPdf(book("fr", null), null, null, 300)));
    }

    @Test
    void theBackCarriesTheDescriptionAndTheFrontTheTitle() throws Exception {
        SpreadPdf spread = new Covers(Styles.bundled()).spreadPdf(book("fr", "978-0-306-40615-7"), null, null, 200);
        SpreadGeometry g = spread.geometry();
        String back = area(spread, 0, g.spineX()).replaceAll("\\s+", " ");
        assertTrue(back.contains("Le baron de Nossac, veuf inconsolable"), back);
        assertTrue(back.contains("ISBN 978-0-306-40615-7"), back);
        String front = area(spread, g.frontX(), g.width()).replaceAll("\\s+", " ");
        assertTrue(front.contains("La baronne trépassée"), front);
        assertTrue(front.contains("Pierre Alexis Ponson du Terrail"), front);
        assertFalse(front.contains("Nossac"), front);
        assertEquals(List.of(), spread.warnings());
    }

    @Test
    void aFrontImageCoversTheFrontAndTheBackTakesItsColour() throws Exception {
        byte[] jpeg = CoverImages.jpeg(420, 595); // blue above, yellow below
        SpreadPdf spread = new Covers(Styles.bundled()).spreadPdf(book("fr", null), jpeg, "images/cover.jpg", 300);
        SpreadGeometry g = spread.geometry();
        BufferedImage image = render(spread, 72);
        int yellow = image.getRGB((int) (g.width() - 5), (int) (g.height() - 5)); // the lower right corner, in the bleed
        assertTrue((yellow >> 16 & 0xFF) > 180 && (yellow & 0xFF) < 120, Integer.toHexString(yellow));
        // the back is one colour, the image's mean where it meets the spine: between its blue and its yellow
        int back = image.getRGB(5, 5);
        int backLow = image.getRGB(5, (int) g.height() - 5);
        assertEquals(back, backLow);
        assertTrue((back >> 16 & 0xFF) > 60 && (back >> 16 & 0xFF) < 200, Integer.toHexString(back));
        assertEquals(List.of(), spread.warnings());
    }

    @Test
    void aWrapImageDrawnForAnotherSpineIsWarnedAbout() throws Exception {
        Covers covers = new Covers(Styles.bundled());
        // a wrap for 300 white pages (17.2 mm of spine) at 100 px per inch
        float spine = 300 * 0.002252f * 72;
        int w = Math.round((2 * TRIM_W + spine + 2 * BLEED) / 72 * 100);
        int h = Math.round((TRIM_H + 2 * BLEED) / 72 * 100);
        byte[] wrap = CoverImages.jpeg(w, h);
        assertEquals(List.of(), covers.spreadPdf(book("fr", null), wrap, "images/wrap.jpg", 300).warnings());
        List<String> wider = covers.spreadPdf(book("fr", null), wrap, "images/wrap.jpg", 400).warnings();
        assertEquals(1, wider.size(), wider.toString());
        // the image's spine as its whole pixels give it, about 17.2 mm
        assertTrue(wider.get(0).matches(".*a spine of 17\\.[0-9] mm, but the book's 400 pages on white paper need a"
                + " spine of 22\\.9 mm.*"), wider.get(0));
        List<String> narrower = covers.spreadPdf(book("fr", null), wrap, "images/wrap.jpg", 200).warnings();
        assertEquals(1, narrower.size(), narrower.toString());
        assertTrue(narrower.get(0).contains("left out"), narrower.get(0));
        // a wrap keeps its own back and spine: nothing is lettered on them
        String text = text(covers.spreadPdf(book("fr", null), wrap, "images/wrap.jpg", 300));
        assertFalse(text.contains("Nossac"), text);
    }

    @Test
    void inPrintModeTheSpreadIsPdfX4AndPdfA2bOnTheCmykIntent() throws Exception {
        PrintReady print = new PrintReady(
                PrintCondition.fogra39(Files.readAllBytes(Path.of("styles/color/FOGRA39L-coated.icc"))),
                BuildDate.of(book("fr", null), Instant.parse("2024-11-12T00:00:00Z")));
        Covers covers = new Covers(Styles.bundled());
        for (byte[] image : new byte[][] {null, CoverImages.jpeg(420, 595)}) {
            SpreadPdf spread = covers.spreadPdf(book("fr", "978-0-306-40615-7"), image, "images/cover.jpg", 300, print);
            try (PDDocument doc = Loader.loadPDF(spread.bytes())) {
                assertEquals(List.of("GTS_PDFX", "GTS_PDFA1"), doc.getDocumentCatalog().getOutputIntents().stream()
                        .map(i -> i.getCOSObject().getCOSName(COSName.S).getName()).toList());
                assertEquals("PDF/X-4", doc.getDocumentInformation().getCOSObject().getString("GTS_PDFXVersion"));
                assertEquals("False", doc.getDocumentInformation().getTrapped());
                assertTrue(doc.getPage(0).getResources().getCOSObject().getCOSDictionary(COSName.COLORSPACE)
                        .containsKey(COSName.DEFAULT_RGB), "the RGB ground and image are sRGB");
            }
            PdfValidator.Verdict verdict = PdfValidator.pdfA2b(spread.bytes());
            assertTrue(verdict.compliant(), (image == null ? "drawn: " : "image: ") + verdict);
            assertEquals("9780306406157", decode(spread));
        }
    }

    @Test
    void theSameBookGivesTheSameBytes() throws Exception {
        Covers covers = new Covers(Styles.bundled());
        byte[] one = covers.spreadPdf(book("fr", "978-0-306-40615-7"), null, null, 200).bytes();
        Thread.sleep(5);
        assertArrayEquals(one, new Covers(Styles.bundled()).spreadPdf(book("fr", "978-0-306-40615-7"), null, null,
                200).bytes());
    }

    @Test
    void anIsbnTenBecomesItsIsbnThirteen() {
        assertEquals("9780306406157", IsbnBarcode.digitsOf("0-306-40615-2"));
        assertEquals("9780804429573", IsbnBarcode.digitsOf("080442957X"));
        assertEquals("9782070368228", IsbnBarcode.digitsOf("ISBN: 978-2-07-036822-8"));
        assertEquals(null, IsbnBarcode.digitsOf("urn:uuid:1234"));
    }

    private Styles paperStyles(String paper) throws Exception {
        Path styles = Files.createDirectories(dir.resolve(paper));
        String css = Files.readString(Path.of("styles/print.css"))
                .replace("bleed: 3mm;", "bleed: 3mm;\n  -colophon-paper: " + paper + ";");
        Files.writeString(styles.resolve("print.css"), css);
        return Styles.fromDirectory(styles);
    }

    private static float width(Styles styles, int pages) throws Exception {
        try (PDDocument doc = Loader.loadPDF(new Covers(styles).spreadPdf(book("fr", null), null, null, pages).bytes())) {
            return doc.getPage(0).getMediaBox().getWidth();
        }
    }

    private static BufferedImage render(SpreadPdf spread, int dpi) throws Exception {
        try (PDDocument doc = Loader.loadPDF(spread.bytes())) {
            return new PDFRenderer(doc).renderImageWithDPI(0, dpi);
        }
    }

    /** What ZXing reads as an EAN-13 on the spread rendered at 300 dpi; null when it finds none. */
    private static String decode(SpreadPdf spread) throws Exception {
        BufferedImage image = render(spread, 300);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.EAN_13));
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        try {
            Result result = new MultiFormatReader().decode(bitmap, hints);
            assertEquals(BarcodeFormat.EAN_13, result.getBarcodeFormat());
            return result.getText();
        } catch (com.google.zxing.NotFoundException e) {
            return null;
        }
    }

    private static String text(SpreadPdf spread) throws Exception {
        try (PDDocument doc = Loader.loadPDF(spread.bytes())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String spineText(SpreadPdf spread) throws Exception {
        SpreadGeometry g = spread.geometry();
        return area(spread, g.spineX(), g.frontX());
    }

    /** The text between two distances from the left edge, across the whole height. */
    private static String area(SpreadPdf spread, float from, float to) throws Exception {
        try (PDDocument doc = Loader.loadPDF(spread.bytes())) {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.addRegion("r", new Rectangle2D.Float(from, 0, to - from, spread.geometry().height()));
            stripper.extractRegions(doc.getPage(0));
            return stripper.getTextForRegion("r");
        }
    }

    /** The direction of the spine's letters (PDFBox's: 90 runs up the page, 270 down it). */
    private static float spineDirection(SpreadPdf spread) throws Exception {
        SpreadGeometry g = spread.geometry();
        List<Float> dirs = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(spread.bytes())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    float x = t.getTextMatrix().getTranslateX();
                    if (x > g.spineX() && x < g.frontX()) {
                        dirs.add(t.getDir());
                    }
                }
            };
            stripper.getText(doc);
        }
        assertFalse(dirs.isEmpty());
        assertTrue(dirs.stream().distinct().count() == 1, dirs.toString());
        return dirs.get(0);
    }
}
