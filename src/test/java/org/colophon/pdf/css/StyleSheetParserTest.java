package org.colophon.pdf.css;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;
import org.junit.jupiter.api.Test;

class StyleSheetParserTest {

    private final List<Diagnostic> warnings = new ArrayList<>();
    private final StyleSheetParser parser = new StyleSheetParser(warnings::add);

    @Test
    void theDefaultPrintCssIsEntirelyInTheSupportedSubset() throws IOException, BuildException {
        String css = Files.readString(Path.of("styles/print.css"));
        StyleSheet sheet = parser.parse(css, "styles/print.css");
        assertEquals(List.of(), warnings);
        assertEquals(16, sheet.fontFaces().size()); // Source Serif 4 in three optical sizes, Noto Serif, Source Code Pro
        assertEquals(3, sheet.pageRules().size());
        assertTrue(sheet.rules().size() > 40, "rules: " + sheet.rules().size());
    }

    @Test
    void colourAndTheHyphenateCharacterAreRead() throws BuildException {
        StyleSheet sheet = parser.parse(".k { color: #1f3f8f; hyphenate-character: \"→\" }\n.x { color: bluish }\n", "my.css");
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals(2, warnings.get(0).line());
        assertTrue(warnings.get(0).message().contains("unsupported colour"), warnings.get(0).message());
        assertEquals(2, sheet.rules().get(0).declarations().size());
    }

    @Test
    void anUnsupportedPropertyIsAWarningWithItsLineAndColumn() throws BuildException {
        StyleSheet sheet = parser.parse("p {\n  margin: 0;\n  letter-spacing: 1pt;\n  text-shadow: 1px 1px black\n}\n", "my.css");
        assertEquals(2, warnings.size(), warnings.toString());
        Diagnostic spacing = warnings.get(0);
        assertEquals("my.css", spacing.file());
        assertEquals(3, spacing.line());
        assertEquals(3, spacing.column());
        assertTrue(spacing.message().contains("letter-spacing"), spacing.message());
        assertEquals(4, warnings.get(1).line());
        assertEquals(1, sheet.rules().get(0).declarations().size(), "the supported margin stays");
    }

    @Test
    void thePaperOnPageIsAPresetOrAPositiveLengthAndThePrintSwitchOnOrOff() throws BuildException {
        StyleSheet sheet = parser.parse("@page {\n  -colophon-paper: cream;\n  -colophon-paper: 0.06mm;\n"
                + "  -colophon-paper: thick;\n  -colophon-paper: 0mm;\n  -colophon-print: on;\n  -colophon-print: yes;\n"
                + "  marks: crop cross;\n  marks: bleed;\n}\n", "print.css");
        assertEquals(List.of(4, 5, 7, 9), warnings.stream().map(Diagnostic::line).toList(), warnings.toString());
        assertTrue(warnings.get(0).message().contains("white, cream, colour"), warnings.get(0).message());
        assertEquals(4, sheet.pageRules().get(0).declarations().size(), "the preset, the length, the switch, the marks");
    }

    @Test
    void anUnsupportedValueOrSelectorIsAWarning() throws BuildException {
        StyleSheet sheet = parser.parse("p { text-align: inherit-all }\np:first-child { margin: 0 }\nh1 ~ p { margin: 0 }\n",
                "x.css");
        assertEquals(3, warnings.size(), warnings.toString());
        assertEquals(List.of(1, 2, 3), warnings.stream().map(Diagnostic::line).toList());
        assertEquals(1, sheet.rules().size(), "only the p rule survives, without its bad declaration");
        assertEquals(0, sheet.rules().get(0).declarations().size());
    }

    @Test
    void aSyntaxErrorFailsTheBuildWithFileLineAndColumn() {
        BuildException e = assertThrows(BuildException.class,
                () -> parser.parse("p { margin: 0 }\n\nh1 { font-size: ; }\n", "bad.css"));
        Diagnostic d = e.diagnostics().get(0);
        assertEquals("bad.css", d.file());
        assertEquals(3, d.line());
        assertTrue(d.column() > 0);
        assertTrue(e.getMessage().startsWith("bad.css:3:"), e.getMessage());
    }

    @Test
    void selectorsAreSplitAndKeepTheirParts() throws BuildException {
        StyleSheet sheet = parser.parse("section[epub\\:type~=\"chapter\"] > h1.title, h1 + p { margin: 0 }", "s.css");
        assertEquals(2, sheet.rules().size());
        Selector first = sheet.rules().get(0).selector();
        assertEquals(List.of(Selector.Combinator.CHILD), first.combinators());
        assertEquals("type", first.parts().get(0).attributes().get(0).localName());
        assertEquals(List.of("title"), first.subject().classes());
        assertEquals(List.of(Selector.Combinator.NEXT_SIBLING), sheet.rules().get(1).selector().combinators());
        assertTrue(first.specificity() > sheet.rules().get(1).selector().specificity());
    }

    @Test
    void fontFacesNameTheirFileStyleAndWeight() throws BuildException {
        StyleSheet sheet = parser.parse("@font-face { font-family: \"My Face\"; src: url(fonts/a.ttf); "
                + "font-style: italic; font-weight: bold }", "f.css");
        FontFaceRule face = sheet.fontFaces().get(0);
        assertEquals("My Face", face.family());
        assertEquals("fonts/a.ttf", face.src());
        assertTrue(face.italic());
        assertEquals(700, face.weight());
    }
}
