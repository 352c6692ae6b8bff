package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.colophon.testing.PdfValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --print}'s interior read back: the PDF/X-4 structure (veraPDF has no PDF/X
 * profile), and veraPDF's PDF/A-2a and PDF/UA-1 still passing in the same file.
 */
class PrintReadyPdfTest {

    @TempDir
    static Path dir;

    private static byte[] printPdf;
    private static byte[] plainPdf;

    @BeforeAll
    static void build() throws IOException {
        for (boolean print : new boolean[] {true, false}) {
            Path out = dir.resolve(print ? "print" : "plain");
            CliRun run = print
                    ? CliRun.of("build", "manuscript/macron-rutte.xml", "--out", out.toString(), "--quiet", "--print")
                    : CliRun.of("build", "manuscript/macron-rutte.xml", "--out", out.toString(), "--quiet");
            assertEquals(0, run.status(), run.err());
            byte[] pdf = Files.readAllBytes(out.resolve("macron-rutte.pdf"));
            if (print) {
                printPdf = pdf;
            } else {
                plainPdf = pdf;
            }
        }
    }

    @Test
    void theOutputIntentsArePdfXsAndPdfAsOnOneCmykProfile() throws IOException {
        try (PDDocument doc = Loader.loadPDF(printPdf)) {
            List<PDOutputIntent> intents = doc.getDocumentCatalog().getOutputIntents();
            assertEquals(Set.of("GTS_PDFX", "GTS_PDFA1"), intents.stream()
                    .map(i -> i.getCOSObject().getCOSName(COSName.S).getName()).collect(Collectors.toSet()));
            assertEquals(2, intents.size());
            COSBase first = intents.get(0).getCOSObject().getItem(COSName.DEST_OUTPUT_PROFILE);
            COSBase second = intents.get(1).getCOSObject().getItem(COSName.DEST_OUTPUT_PROFILE);
            assertTrue(first instanceof COSObject && second instanceof COSObject, "indirect profiles");
            assertEquals(((COSObject) first).getKey(), ((COSObject) second).getKey(), "one profile object");
            for (PDOutputIntent intent : intents) {
                assertEquals("FOGRA39", intent.getOutputConditionIdentifier());
                assertEquals("http://www.color.org", intent.getRegistryName());
            }
            byte[] profile;
            try (java.io.InputStream in = intents.get(0).getDestOutputIntent().createInputStream()) {
                profile = in.readAllBytes();
            }
            assertArrayEquals(Files.readAllBytes(Path.of("styles/color/FOGRA39L-coated.icc")), profile);
            assertEquals("prtr", new String(profile, 12, 4, StandardCharsets.US_ASCII), "an output profile");
            assertEquals("CMYK", new String(profile, 16, 4, StandardCharsets.US_ASCII));
        }
    }

    @Test
    void theMetadataClaimsPdfX4AndPdfA2AndTheFileIsUntrapped() throws IOException {
        try (PDDocument doc = Loader.loadPDF(printPdf)) {
            assertEquals(1.6f, doc.getVersion(), 0.001f, "PDF/X-4 is PDF 1.6");
            assertEquals("False", doc.getDocumentInformation().getTrapped());
            assertEquals("PDF/X-4", doc.getDocumentInformation().getCOSObject().getString("GTS_PDFXVersion"));
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>"), xmp);
            assertTrue(xmp.contains("<pdf:Trapped>False</pdf:Trapped>"), xmp);
            assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>"), xmp);
            assertTrue(xmp.contains("<pdfaSchema:prefix>pdfxid</pdfaSchema:prefix>"), "the extension schema: " + xmp);
            assertTrue(xmp.contains("<dc:title>"), xmp);
            assertNotNull(doc.getDocument().getTrailer().getCOSArray(COSName.ID));
            assertTrue(!doc.isEncrypted());
        }
    }

    @Test
    void everyPageHasItsTrimAndBleedBoxesAndAnSrgbDefaultForRgb() throws IOException {
        try (PDDocument doc = Loader.loadPDF(printPdf)) {
            for (PDPage page : doc.getPages()) {
                assertTrue(page.getCOSObject().containsKey(COSName.TRIM_BOX), "TrimBox");
                assertTrue(page.getCOSObject().containsKey(COSName.BLEED_BOX), "BleedBox");
                PDRectangle media = page.getMediaBox();
                PDRectangle bleed = page.getBleedBox();
                PDRectangle trim = page.getTrimBox();
                assertTrue(inside(trim, bleed) && inside(bleed, media), "trim ⊂ bleed ⊂ media");
                COSBase rgb = page.getResources().getCOSObject().getCOSDictionary(COSName.COLORSPACE)
                        .getDictionaryObject(COSName.DEFAULT_RGB);
                assertTrue(rgb instanceof COSArray a && COSName.ICCBASED.equals(a.getObject(0))
                        && a.getObject(1) instanceof COSStream s && s.getInt(COSName.N) == 3, "DefaultRGB: " + rgb);
                for (Object token : new PDFStreamParser(page).parse()) {
                    if (token instanceof Operator op) {
                        assertTrue(!Set.of("rg", "RG", "k", "K").contains(op.getName()), op.getName());
                    }
                }
            }
        }
    }

    @Test
    void veraPdfStillFindsPdfA2aAndPdfUa1() {
        PdfValidator.Verdict a = PdfValidator.pdfA2a(printPdf);
        assertTrue(a.compliant(), a.toString());
        PdfValidator.Verdict ua = PdfValidator.pdfUa1(printPdf);
        assertTrue(ua.compliant(), ua.toString());
    }

    @Test
    void anRgbFigureKeepsItsIccProfileAndPdfA2aStillPasses() throws Exception {
        Path book = dir.resolve("figure");
        Files.createDirectories(book.resolve("images"));
        Files.write(book.resolve("images/photo.jpg"), org.colophon.cover.CoverImages.jpeg(600, 400));
        Files.writeString(book.resolve("book.xml"), Files.readString(Path.of("manuscript/macron-rutte.xml"))
                .replaceFirst("</p>", "</p>\n      <figure src=\"images/photo.jpg\" alt=\"Deux bandes, bleue et jaune\"/>"));
        CliRun run = CliRun.of("build", book.resolve("book.xml").toString(), "--out", book.resolve("out").toString(),
                "--quiet", "--print");
        assertEquals(0, run.status(), run.err());
        byte[] pdf = Files.readAllBytes(book.resolve("out/book.pdf"));
        int images = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name)
                            instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                        images++;
                        // an RGB image keeps an ICC profile, as PDF/X-4 allows
                        assertEquals("ICCBased", image.getColorSpace().getName());
                    }
                }
            }
        }
        assertEquals(1, images);
        PdfValidator.Verdict a = PdfValidator.pdfA2a(pdf);
        assertTrue(a.compliant(), a.toString());
    }

    @Test
    void withoutPrintThePdfIsAsBefore() throws IOException {
        try (PDDocument doc = Loader.loadPDF(plainPdf)) {
            List<PDOutputIntent> intents = doc.getDocumentCatalog().getOutputIntents();
            assertEquals(1, intents.size());
            assertEquals("sRGB IEC61966-2.1", intents.get(0).getOutputConditionIdentifier());
            assertEquals(1.7f, doc.getVersion(), 0.001f);
            assertEquals(null, doc.getDocumentInformation().getTrapped());
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(!xmp.contains("pdfxid"), xmp);
        }
    }

    private static boolean inside(PDRectangle in, PDRectangle out) {
        float e = 0.01f;
        return in.getLowerLeftX() >= out.getLowerLeftX() - e && in.getLowerLeftY() >= out.getLowerLeftY() - e
                && in.getUpperRightX() <= out.getUpperRightX() + e && in.getUpperRightY() <= out.getUpperRightY() + e;
    }
}
