package org.colophon.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.colophon.error.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ways an SVG has of running code or reaching outside itself, each removed; the drawing kept. */
class SvgSanitizerTest {

    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n";

    @TempDir
    Path dir;

    private final List<Diagnostic> warnings = new ArrayList<>();

    private String sanitized(String body) throws Exception {
        Path file = dir.resolve("f.svg");
        Files.writeString(file, OPEN + body + "</svg>\n");
        return new String(SvgSanitizer.sanitize(file, "f.svg", warnings::add), StandardCharsets.UTF_8);
    }

    @Test
    void animationsThatWouldSetALinkOrAHandlerAreRemoved() throws Exception {
        String out = sanitized("  <a><set attributeName=\"xlink:href\" to=\"http://x.example/\"/>"
                + "<animate attributeName=\"onclick\" values=\"alert(1)\"/>"
                + "<animate attributeName=\"opacity\" values=\"0;1\" dur=\"1s\"/><text>t</text></a>\n");
        assertFalse(out.contains("<set") || out.contains("onclick") || out.contains("x.example"), out);
        assertTrue(out.contains("attributeName=\"opacity\""), out);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).toString().startsWith("f.svg:2:6: warning: "), warnings.toString());
    }

    @Test
    void dataImagesStayButAnSvgInADataUrlGoes() throws Exception {
        String out = sanitized("  <image href=\"data:image/png;base64,AA==\"/>\n"
                + "  <image href=\"data:image/svg+xml,&lt;svg onload='x()'/&gt;\"/>\n"
                + "  <image xlink:href=\"pictures/next-door.png\"/>\n");
        assertTrue(out.contains("data:image/png;base64,AA=="), out);
        assertFalse(out.contains("svg+xml") || out.contains("next-door"), out);
    }

    @Test
    void cssInAttributesLosesWhatItWouldFetchAndKeepsTheRest() throws Exception {
        String out = sanitized("  <rect style=\"fill: u\\72l(http://x.example/p); stroke: red\" filter=\"url(file:///etc/f)\""
                + " clip-path=\"url(#c)\" width=\"1\" height=\"1\"/>\n");
        assertFalse(out.contains("x.example") || out.contains("file:") || out.contains("filter="), out);
        assertTrue(out.contains("stroke: red") && out.contains("clip-path=\"url(#c)\""), out);
    }

    @Test
    void aStyleSheetLosesItsImportsAndOutsideUrlsOnly() throws Exception {
        String out = sanitized("  <style>\n@import 'a.css';\n.x { fill: url(#g) }\n"
                + "@supports (fill: red) { .y { fill: url(//x.example/p) } }\n</style>\n");
        assertFalse(out.contains("a.css") || out.contains("x.example") || out.contains("@import"), out);
        assertTrue(out.contains(".x { fill: url(#g) }") && out.contains("@supports"), out);
        assertTrue(warnings.get(0).toString().startsWith("f.svg:3:1: warning: "), warnings.toString());
    }

    @Test
    void aCleanImageGivesNoWarning() throws Exception {
        String out = sanitized("  <circle r=\"3\" fill=\"url(#g)\"/>\n  <use xlink:href=\"#c\"/>\n");
        assertTrue(out.contains("xlink:href=\"#c\""), out);
        assertEquals(List.of(), warnings);
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("e.svg"), "");
        try {
            SvgSanitizer.sanitize(file, "e.svg", warnings::add);
            throw new AssertionError("an empty SVG was accepted");
        } catch (org.colophon.error.BuildException e) {
            assertTrue(e.getMessage().startsWith("e.svg:1:1: error: "), e.getMessage());
        }
    }
}
