package org.colophon.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShading;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShadingType2;
import org.colophon.pdf.TypesetFacts;
import org.junit.jupiter.api.Test;

/**
 * The preflight's reading of what a page paints, on PDFs made here to cross the bleed box
 * or not, and to paint in a colour space only a form XObject, an inline image or a shading
 * names: each case is one the token scan it replaced got wrong or did not look at.
 */
class PreflightEdgesTest {

    /** A 100 × 100 pt trim with 10 pt of bleed: the bleed box is the media box, 120 × 120. */
    private static final float BLEED = 10;
    private static final float TRIM = 100;

    private interface Drawing {
        void draw(PDDocument doc, PDPage page, PDPageContentStream content) throws IOException;
    }

    private static byte[] pdf(float marks, Drawing... pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (Drawing drawing : pages) {
                float media = TRIM + 2 * BLEED + 2 * marks;
                PDPage page = new PDPage(new PDRectangle(-marks, -marks, media, media));
                page.setBleedBox(new PDRectangle(0, 0, TRIM + 2 * BLEED, TRIM + 2 * BLEED));
                page.setTrimBox(new PDRectangle(BLEED, BLEED, TRIM, TRIM));
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    drawing.draw(doc, page, content);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static Drawing rect(float x, float y, float w, float h) {
        return (doc, page, c) -> {
            c.addRect(x, y, w, h);
            c.fill();
        };
    }

    @Test
    void whatPaintsInsideAndOutsideTheBleedBoxCrossesIt() throws IOException {
        Preflight p = Preflight.of(pdf(0,
                rect(20, 20, 50, 50),                         // well inside the trim
                rect(-5, 20, 50, 50),                         // past the bleed's left edge
                rect(0, 0, TRIM + 2 * BLEED, TRIM + 2 * BLEED), // exactly the bleed box: a full-bleed ground
                (doc, page, c) -> {                           // an image past the top edge
                    PDImageXObject image = LosslessFactory.createFromImage(doc,
                            new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB));
                    c.drawImage(image, 40, 90, 50, 50);
                },
                (doc, page, c) -> {                           // text running off the right edge
                    c.beginText();
                    c.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    c.newLineAtOffset(80, 60);
                    c.showText("over the edge of the page");
                    c.endText();
                }));
        assertEquals(List.of(2, 4, 5), p.acrossBleedPages(), p.pageEdges().toString());
        assertEquals(List.of("path"), p.pageEdges().get(0).acrossBleed());
        assertEquals(List.of("image"), p.pageEdges().get(1).acrossBleed());
        assertEquals(List.of("text"), p.pageEdges().get(2).acrossBleed());
        assertTrue(p.strictProblems().stream().anyMatch(m -> m.startsWith("3 page(s) paint across the bleed box")
                && m.endsWith("page 2, 4, 5")), p.strictProblems().toString());
    }

    @Test
    void whatIsClippedToTheBleedBoxDoesNotCrossIt() throws IOException {
        Preflight p = Preflight.of(pdf(0, (doc, page, c) -> {
            c.saveGraphicsState();
            c.addRect(0, 0, TRIM + 2 * BLEED, TRIM + 2 * BLEED);
            c.clip();
            c.addRect(-30, -30, 200, 200); // an oversized picture's ground, cut at the bleed
            c.fill();
            c.restoreGraphicsState();
        }));
        assertEquals(List.of(), p.pageEdges());
        assertFalse(p.strictProblems().stream().anyMatch(m -> m.contains("bleed")), p.strictProblems().toString());
    }

    @Test
    void marksWhollyOutsideTheBleedDoNotCrossIt() throws IOException {
        // the media box grown for printer's marks, and a crop mark drawn beyond the bleed
        Preflight p = Preflight.of(pdf(20, (doc, page, c) -> {
            c.setLineWidth(0.25f);
            c.moveTo(-18, BLEED);
            c.lineTo(-3, BLEED);
            c.stroke();
            c.beginText();
            c.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 6);
            c.newLineAtOffset(BLEED, -10);
            c.showText("slug 1/1");
            c.endText();
        }));
        assertEquals(List.of(), p.pageEdges());
    }

    @Test
    void aRulePastTheTrimThatStopsShortOfTheBleedIsListed() throws IOException {
        Preflight p = Preflight.of(pdf(0,
                rect(BLEED + 50, 40, TRIM / 2 + 4, 1),        // 4 pt past the right trim edge, 6 short of the bleed
                rect(BLEED + 50, 40, TRIM / 2 + BLEED, 1),    // to the bleed edge: as it should be
                rect(BLEED + 50, 40, TRIM / 2 - 1, 1)));      // inside the trim
        assertEquals(List.of(1), p.shortOfBleedPages(), p.pageEdges().toString());
        assertEquals(List.of("path"), p.pageEdges().get(0).shortOfBleed());
        assertEquals(List.of(), p.acrossBleedPages());
        assertFalse(p.strictProblems().stream().anyMatch(m -> m.contains("bleed")), "listed, not refused");
        JsonNode json = new ObjectMapper().readTree(ReportJson.write(report(p), "edges")).get("preflight");
        assertEquals("[1]", json.get("shortOfBleedPages").toString());
        assertEquals("[\"path\"]", json.get("pageEdges").get(0).get("shortOfBleed").toString());
        assertTrue(ReportHtml.write(report(p), "edges").contains("past the trim, short of the bleed"));
    }

    @Test
    void colourSpacesInFormsInlineImagesAndShadingsAreCounted() throws IOException {
        Preflight p = Preflight.of(pdf(0,
                (doc, page, c) -> {                      // DeviceRGB only inside a form XObject
                    PDFormXObject form = new PDFormXObject(doc);
                    form.setBBox(new PDRectangle(0, 0, 10, 10));
                    form.setResources(new PDResources());
                    try (var out = form.getContentStream().createOutputStream()) {
                        out.write("1 0 0 rg 0 0 10 10 re f".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    }
                    c.drawForm(form);
                },
                (doc, page, c) -> c.appendRawCommands(        // an inline RGB image
                        "q 10 0 0 10 20 20 cm BI /W 1 /H 1 /CS /RGB /BPC 8 ID \u00ff\u0000\u0000 EI Q\n"),
                (doc, page, c) -> {                      // a CMYK shading painted with sh
                    PDShadingType2 shading = new PDShadingType2(new COSDictionary());
                    shading.setShadingType(PDShading.SHADING_TYPE2);
                    shading.setColorSpace(org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK.INSTANCE);
                    COSArray coords = new COSArray();
                    for (float v : new float[] {20, 20, 80, 80}) {
                        coords.add(new COSFloat(v));
                    }
                    shading.setCoords(coords);
                    COSDictionary function = new COSDictionary();
                    function.setInt(COSName.FUNCTION_TYPE, 2);
                    COSArray domain = new COSArray();
                    domain.add(COSInteger.ZERO);
                    domain.add(COSInteger.ONE);
                    function.setItem(COSName.DOMAIN, domain);
                    function.setInt(COSName.N, 1);
                    COSArray c0 = new COSArray();
                    COSArray c1 = new COSArray();
                    for (int i = 0; i < 4; i++) {
                        c0.add(COSInteger.ZERO);
                        c1.add(COSInteger.ONE);
                    }
                    function.setItem(COSName.C0, c0);
                    function.setItem(COSName.C1, c1);
                    shading.getCOSObject().setItem(COSName.FUNCTION, function);
                    c.saveGraphicsState();
                    c.addRect(20, 20, 60, 60);
                    c.clip();
                    c.shadingFill(shading);
                    c.restoreGraphicsState();
                },
                (doc, page, c) -> {                      // scn in an ICCBased space
                    COSArray icc = new COSArray();
                    icc.add(COSName.ICCBASED);
                    var stream = new org.apache.pdfbox.pdmodel.common.PDStream(doc,
                            new java.io.ByteArrayInputStream(java.awt.color.ICC_Profile.getInstance(
                                    java.awt.color.ColorSpace.CS_sRGB).getData()));
                    stream.getCOSObject().setInt(COSName.N, 3);
                    icc.add(stream);
                    c.setNonStrokingColor(new org.apache.pdfbox.pdmodel.graphics.color.PDColor(new float[] {1, 0, 0},
                            org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace.create(icc)));
                    c.addRect(20, 20, 10, 10);
                    c.fill();
                }));
        assertEquals(List.of("DeviceRGB"), p.pageColours().get(0).spaces(), "the form's rg");
        assertEquals(List.of("DeviceRGB"), p.pageColours().get(1).spaces(), "the inline image's /CS /RGB");
        assertTrue(p.pageColours().get(2).spaces().contains("DeviceCMYK"), p.pageColours().get(2).toString());
        assertEquals(List.of("ICCBased"), p.pageColours().get(3).spaces());
        assertEquals(List.of(1, 2), p.deviceRgbPages());
    }

    @Test
    void aColouredTilingPatternPaintsInWhatItsCellNames() throws IOException {
        Preflight p = Preflight.of(pdf(0, (doc, page, c) -> {
            org.apache.pdfbox.pdmodel.graphics.pattern.PDTilingPattern tiling =
                    new org.apache.pdfbox.pdmodel.graphics.pattern.PDTilingPattern();
            tiling.setPaintType(org.apache.pdfbox.pdmodel.graphics.pattern.PDTilingPattern.PAINT_COLORED);
            tiling.setTilingType(org.apache.pdfbox.pdmodel.graphics.pattern.PDTilingPattern.TILING_CONSTANT_SPACING);
            tiling.setBBox(new PDRectangle(0, 0, 10, 10));
            tiling.setXStep(10);
            tiling.setYStep(10);
            tiling.setResources(new PDResources());
            try (var out = tiling.getContentStream().createOutputStream()) {
                out.write("0 0 1 0 k 0 0 5 5 re f".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            COSName name = page.getResources().add(tiling);
            c.appendRawCommands("/Pattern cs /" + name.getName() + " scn 20 20 50 50 re f\n");
        }));
        assertEquals(List.of("DeviceCMYK", "Pattern"), p.pageColours().get(0).spaces());
        assertEquals(List.of(), p.pageEdges(), "the cell's squares are not placed on the page");
    }

    private static TypesettingReport report(Preflight p) {
        List<TypesetFacts.Page> pages = List.of(new TypesetFacts.Page(0, "1", "a.xhtml", 0, List.of()));
        return TypesettingReport.of(new TypesetFacts(300, 13, pages, Map.of(), Map.of(), List.of()), List.of(), p,
                null);
    }
}
