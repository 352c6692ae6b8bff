package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.colophon.testing.PdfValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A book with syntax-highlighted code printed with {@code --print}: the tokens' colours are
 * drawn in ICCBased sRGB, which PDF/X-4 and PDF/A-2 take against the CMYK intent, so a
 * strict print build passes its preflight; the same book built without {@code --print}
 * keeps its DeviceRGB colours (its bytes do not change).
 */
class PrintHighlightedCodeTest {

    private static final Pattern RGB_FILL = Pattern.compile("(?m)(^|\\s)[-\\d.]+\\s+[-\\d.]+\\s+[-\\d.]+\\s+rg(\\s|$)");
    private static final Pattern SRGB_FILL = Pattern.compile("/sRGB cs [-\\d.]+ [-\\d.]+ [-\\d.]+ sc");

    @TempDir
    static Path dir;
    private static Path manuscript;

    @BeforeAll
    static void write() throws IOException {
        manuscript = dir.resolve("code.xml");
        Files.writeString(manuscript, """
                <?xml version="1.0" encoding="UTF-8"?>
                <book xmlns="https://colophon.org/ns/manuscript/1" version="1" xml:lang="en">
                <metadata><title>Code in print</title><creator role="author">A B</creator><date>2026-12-03</date>
                </metadata>
                <body>
                <chapter id="ch1"><title>Listings</title>
                <p>A program, highlighted.</p>
                <code-block language="java" line-numbers="true"><![CDATA[// a comment
                public final class Hello {
                    public static void main(String[] args) {
                        System.out.println("Hello, " + 42);
                    }
                }]]></code-block>
                <code-block language="python"><![CDATA[def greet(name):
                    return f"Hello {name}"  # a comment]]></code-block>
                </chapter>
                </body></book>
                """, StandardCharsets.UTF_8);
    }

    @Test
    void aStrictPrintBuildPassesAndTheColoursAreIccBasedSrgb() throws IOException {
        Path out = dir.resolve("strict");
        CliRun run = CliRun.of("build", manuscript.toString(), "--out", out.toString(), "--quiet", "--print",
                "--strict");
        assertEquals(0, run.status(), run.err());
        byte[] pdf = Files.readAllBytes(out.resolve("code.pdf"));
        String content = contents(pdf);
        assertTrue(SRGB_FILL.matcher(content).find(), "the tokens' colours are selected in the sRGB space");
        assertFalse(RGB_FILL.matcher(content).find(), "no DeviceRGB colour is written");
        PdfValidator.Verdict a = PdfValidator.pdfA2a(pdf);
        assertTrue(a.compliant(), a.toString());
        PdfValidator.Verdict ua = PdfValidator.pdfUa1(pdf);
        assertTrue(ua.compliant(), ua.toString());
        PdfValidator.Verdict cover = PdfValidator.pdfA2b(Files.readAllBytes(out.resolve("code-cover.pdf")));
        assertTrue(cover.compliant(), cover.toString());
    }

    @Test
    void theReportCountsTheCodePageAsIccBased() throws IOException {
        Path out = dir.resolve("report");
        CliRun run = CliRun.of("build", manuscript.toString(), "--out", out.toString(), "--quiet", "--print");
        assertEquals(0, run.status(), run.err());
        JsonNode p = new ObjectMapper().readTree(out.resolve("code-report.json").toFile()).get("preflight");
        assertEquals("[]", p.get("deviceRgbPages").toString());
        boolean icc = false;
        for (JsonNode page : p.get("pageColours")) {
            icc |= page.get("spaces").toString().contains("ICCBased");
        }
        assertTrue(icc, p.toString());
    }

    @Test
    void withoutPrintTheColoursStayDeviceRgb() throws IOException {
        Path out = dir.resolve("plain");
        CliRun run = CliRun.of("build", manuscript.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, run.status(), run.err());
        String content = contents(Files.readAllBytes(out.resolve("code.pdf")));
        assertTrue(RGB_FILL.matcher(content).find());
        assertFalse(content.contains("/sRGB cs"));
    }

    private static String contents(byte[] pdf) throws IOException {
        StringBuilder all = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                try (var in = page.getContents()) {
                    all.append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).append('\n');
                }
            }
        }
        return all.toString();
    }
}
