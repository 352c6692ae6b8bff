package org.colophon.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.colophon.Colophon;
import org.colophon.error.BuildException;
import org.colophon.styles.Styles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preflight of {@code build --print}, read from the report of real builds. */
class PreflightTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path MANUSCRIPT = Path.of("manuscript/macron-rutte.xml");
    /** An RGB fill operator in a decoded content stream: three numbers, then rg. */
    private static final Pattern RGB_FILL = Pattern.compile("(?m)(^|\\s)[-\\d.]+\\s+[-\\d.]+\\s+[-\\d.]+\\s+rg(\\s|$)");

    @TempDir
    Path dir;

    @Test
    void theDefaultManuscriptPrintedPassesItsPreflight() throws Exception {
        Path out = dir.resolve("print");
        build(out, null, false);
        JsonNode r = JSON.readTree(out.resolve("macron-rutte-report.json").toFile());
        JsonNode p = r.get("preflight");
        assertEquals("PDF/X-4", p.get("pdfxVersion").asText(), p.toString());
        assertEquals("FOGRA39", p.get("pdfxOutputCondition").asText(), p.toString());
        assertTrue(p.get("claimsPdfX4").asBoolean());
        try (PDDocument pdf = Loader.loadPDF(out.resolve("macron-rutte.pdf").toFile())) {
            Set<String> inFile = new HashSet<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    inFile.add(font.getName());
                }
            }
            Set<String> reported = new HashSet<>();
            for (JsonNode f : p.get("fonts")) {
                reported.add(f.get("name").asText());
                assertTrue(f.get("embedded").asBoolean(), f.toString());
                assertTrue(f.get("subset").asBoolean(), f.toString());
                assertTrue(f.get("name").asText().matches("[A-Z]{6}\\+.+"), f.toString());
                assertFalse(f.get("pages").isEmpty(), f.toString());
                for (JsonNode page : f.get("pages")) {
                    int n = page.asInt();
                    assertTrue(n >= 1 && n <= pdf.getNumberOfPages(), f.toString());
                    assertTrue(pdf.getPage(n - 1).getResources().getFontNames().iterator().hasNext(), f.toString());
                }
            }
            assertTrue(reported.size() >= 2, reported.toString()); // a text face and a display face at least
            assertEquals(inFile, reported, "every font the pages name is used, and reported");
            assertEquals(pdf.getNumberOfPages(), p.get("pageColours").size());
        }
        for (JsonNode page : p.get("pageColours")) {
            List<String> spaces = new ArrayList<>();
            page.get("spaces").forEach(s -> spaces.add(s.asText()));
            assertFalse(spaces.contains("DeviceRGB"), page.toString());
        }
        assertEquals(0, p.get("deviceRgbPages").size());
        assertEquals(0, r.get("strictProblems").size(), r.get("strictProblems").toString());
        assertTrue(stages(r).contains("preflight"), stages(r).toString());
        String html = Files.readString(out.resolve("macron-rutte-report.html"));
        assertTrue(html.contains("<h2>Preflight of the print PDF</h2>") && html.contains("PDF/X-4"), html);
    }

    @Test
    void anOrdinaryBuildIsNotPreflighted() throws Exception {
        Path out = dir.resolve("plain");
        new Colophon(d -> { }, Colophon.Progress.silent())
                .build(MANUSCRIPT, Colophon.Options.builder(out).report(true).build());
        JsonNode r = JSON.readTree(out.resolve("macron-rutte-report.json").toFile());
        assertFalse(r.has("preflight"), r.toString());
        assertFalse(stages(r).contains("preflight"), stages(r).toString());
    }

    @Test
    void aRedHeadingIsDrawnInIccBasedSrgbAndAStrictPrintBuildTakesIt() throws Exception {
        Path styles = Files.createDirectories(dir.resolve("styles"));
        Files.writeString(styles.resolve("print.css"), Files.readString(Path.of("styles/print.css"))
                + "\nh1, h2 { color: #c00000; }\n");
        Path out = dir.resolve("red");
        build(MANUSCRIPT, out, styles, false);
        JsonNode r = JSON.readTree(out.resolve("macron-rutte-report.json").toFile());
        JsonNode p = r.get("preflight");
        assertEquals("[]", p.get("deviceRgbPages").toString(), p.toString());
        List<Integer> icc = new ArrayList<>();
        for (JsonNode page : p.get("pageColours")) {
            if (page.get("spaces").toString().contains("ICCBased")) {
                icc.add(page.get("page").asInt());
            }
        }
        assertFalse(icc.isEmpty(), p.toString());
        // the file agrees: those pages, and only those, select the sRGB space, and none writes rg
        try (PDDocument pdf = Loader.loadPDF(out.resolve("macron-rutte.pdf").toFile())) {
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                String content = content(pdf.getPage(i));
                assertEquals(icc.contains(i + 1), content.contains("/sRGB cs 0.753 0 0 sc"), "page " + (i + 1));
                assertFalse(RGB_FILL.matcher(content).find(), "page " + (i + 1));
            }
        }
        assertEquals(0, r.get("strictProblems").size(), r.get("strictProblems").toString());
        build(MANUSCRIPT, dir.resolve("red-strict"), styles, true);
        assertTrue(Files.exists(dir.resolve("red-strict/macron-rutte.pdf")));
    }

    @Test
    void anSvgFiguresColoursAreIccBasedAndItsBlackIsGreyInAPrintBuild() throws Exception {
        Path book = dir.resolve("svg");
        Files.createDirectories(book.resolve("images"));
        Files.writeString(book.resolve("images/red.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\""
                + " height=\"20\"><rect x=\"1\" y=\"1\" width=\"38\" height=\"18\" fill=\"#c00000\""
                + " stroke=\"black\"/></svg>\n");
        String xml = Files.readString(MANUSCRIPT);
        int chapterEnd = xml.lastIndexOf("</chapter>");
        Files.writeString(book.resolve("book.xml"), xml.substring(0, chapterEnd)
                + "<figure src=\"images/red.svg\" placement=\"here\" alt=\"A red box\"/>\n" + xml.substring(chapterEnd));
        Path out = dir.resolve("svg-out");
        build(book.resolve("book.xml"), out, null, false);
        JsonNode r = JSON.readTree(out.resolve("book-report.json").toFile());
        JsonNode p = r.get("preflight");
        assertEquals("[]", p.get("deviceRgbPages").toString(), p.toString());
        boolean both = false;
        for (JsonNode page : p.get("pageColours")) {
            String spaces = page.get("spaces").toString();
            both |= spaces.contains("ICCBased") && spaces.contains("DeviceGray");
        }
        assertTrue(both, "the figure's red in sRGB, its black outline in DeviceGray: " + p);
        assertEquals(0, r.get("strictProblems").size(), r.get("strictProblems").toString());

        // without --print the drawing keeps pdfbox-graphics2d's DeviceRGB, as before
        Path plain = dir.resolve("svg-plain");
        new Colophon(d -> { }, Colophon.Progress.silent()).build(book.resolve("book.xml"),
                Colophon.Options.builder(plain).build());
        Preflight ordinary = Preflight.of(Files.readAllBytes(plain.resolve("book.pdf")));
        assertEquals(1, ordinary.deviceRgbPages().size(), ordinary.pageColours().toString());
        assertTrue(ordinary.strictProblems().stream().anyMatch(m -> m.contains("DeviceRGB")
                && m.contains("page " + ordinary.folio(ordinary.deviceRgbPages().get(0)))),
                ordinary.strictProblems().toString());
    }

    @Test
    void theCoverSpreadIsPreflightedToo() throws Exception {
        Path out = dir.resolve("cover");
        build(MANUSCRIPT, out, null, false);
        JsonNode r = JSON.readTree(out.resolve("macron-rutte-report.json").toFile());
        JsonNode c = r.get("coverPreflight");
        assertEquals("PDF/X-4", c.get("pdfxVersion").asText(), c.toString());
        assertEquals(1, c.get("pageColours").size());
        assertEquals("[\"ICCBased\"]", c.get("pageColours").get(0).get("spaces").toString(), "its ground and letters");
        assertEquals("[]", c.get("acrossBleedPages").toString());
        assertTrue(c.get("fonts").size() >= 1, c.toString());
        Preflight spread = Preflight.of(Files.readAllBytes(out.resolve("macron-rutte-cover.pdf")));
        assertEquals(List.of(), spread.strictProblems());
        assertTrue(Files.readString(out.resolve("macron-rutte-report.html")).contains("Preflight of the cover spread"));
    }

    @Test
    void anOrdinaryPdfDoesNotClaimPdfX4() throws Exception {
        Path out = dir.resolve("plain-pdf");
        new Colophon(d -> { }, Colophon.Progress.silent())
                .build(MANUSCRIPT, Colophon.Options.builder(out).build());
        Preflight p = Preflight.of(Files.readAllBytes(out.resolve("macron-rutte.pdf")));
        assertFalse(p.claimsPdfX4(), p.toString());
        assertEquals(null, p.pdfxOutputCondition(), "its intent is PDF/A's sRGB one");
        assertTrue(p.strictProblems().stream().anyMatch(m -> m.contains("does not claim PDF/X-4")),
                p.strictProblems().toString());
    }

    @Test
    void aFontNotEmbeddedIsFoundOnItsPage() throws Exception {
        byte[] bytes;
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            PDPage second = new PDPage();
            doc.addPage(second);
            try (var content = new PDPageContentStream(doc, second)) {
                content.beginText();
                content.setFont(new PDType1Font(
                        Standard14Fonts.FontName.HELVETICA), 12);
                content.showText("not embedded");
                content.endText();
            }
            var buffer = new ByteArrayOutputStream();
            doc.save(buffer);
            bytes = buffer.toByteArray();
        }
        Preflight p = Preflight.of(bytes);
        assertEquals(1, p.fonts().size(), p.toString());
        Preflight.Font f = p.fonts().get(0);
        assertEquals("Helvetica", f.name());
        assertFalse(f.embedded());
        assertFalse(f.subset());
        assertEquals(List.of(2), f.pages());
        assertTrue(p.strictProblems().stream().anyMatch(m -> m.equals("font Helvetica is not embedded (used on page 2)")),
                p.strictProblems().toString());
    }

    private static String content(PDPage page) throws IOException {
        try (var in = page.getContents()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static List<String> stages(JsonNode r) {
        List<String> stages = new ArrayList<>();
        r.get("stages").forEach(s -> stages.add(s.get("stage").asText()));
        return stages;
    }

    private static void build(Path out, Path styles, boolean strict) throws BuildException {
        build(MANUSCRIPT, out, styles, strict);
    }

    private static void build(Path manuscript, Path out, Path styles, boolean strict) throws BuildException {
        Colophon.Options.Builder options = Colophon.Options.builder(out).print(true).report(!strict).strict(strict);
        if (styles != null) {
            options.styles(Styles.fromDirectory(styles));
        }
        new Colophon(d -> { }, Colophon.Progress.silent()).build(manuscript, options.build());
    }
}
