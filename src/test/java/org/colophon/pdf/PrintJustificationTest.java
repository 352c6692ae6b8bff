package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.colophon.error.Diagnostic;
import org.colophon.pdf.css.StyleSheet;
import org.colophon.pdf.css.StyleSheetParser;
import org.colophon.pdf.text.Justification;
import org.junit.jupiter.api.Test;

/** print.css's three controls of justification, read from {@code @page}. */
class PrintJustificationTest {

    private final List<Diagnostic> warnings = new ArrayList<>();

    private Justification read(String css) throws org.colophon.error.BuildException {
        StyleSheet sheet = new StyleSheetParser(warnings::add).parse(css, "print.css");
        return PrintJustification.of(sheet.pageRules());
    }

    @Test
    void theThreeControlsAreReadAsFractions() throws Exception {
        Justification j = read("@page {\n  -colophon-word-spacing: 75% 95% 160%;\n  -colophon-letter-spacing: 0.5%;\n"
                + "  -colophon-glyph-scaling: 1% 0.25%;\n}\n");
        assertEquals(List.of(), warnings);
        assertEquals(new Justification(0.75f, 0.95f, 1.6f, 0.005f, 0.01f, 0.0025f), j);
        Justification two = read("@page { -colophon-word-spacing: 80% 140%; -colophon-letter-spacing: none; "
                + "-colophon-glyph-scaling: 2% }");
        assertEquals(new Justification(0.8f, 1f, 1.4f, 0f, 0.02f, 0.02f), two);
    }

    @Test
    void nothingSaidIsTheDefault() throws Exception {
        assertEquals(Justification.DEFAULT, read("@page { size: A5 }"));
    }

    @Test
    void aWrongValueIsWarnedAboutWhereItIsAndLeavesTheDefault() throws Exception {
        Justification j = read("@page {\n  size: A5;\n  -colophon-word-spacing: 150% 100%;\n"
                + "  -colophon-letter-spacing: 25%;\n}\n");
        assertEquals(Justification.DEFAULT, j);
        assertEquals(2, warnings.size(), warnings.toString());
        assertEquals(3, warnings.get(0).line());
        assertTrue(warnings.get(0).message().contains("narrowest word space to the widest"), warnings.get(0).message());
        assertEquals(4, warnings.get(1).line());
        assertTrue(warnings.get(1).message().contains("under 20 %"), warnings.get(1).message());
    }
}
