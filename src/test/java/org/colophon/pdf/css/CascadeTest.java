package org.colophon.pdf.css;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.colophon.error.Warnings;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class CascadeTest {

    private static final String PAGE = """
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="fr">
            <body><section epub:type="chapter" id="c1"><h1>Titre</h1><p id="p1">Un <em id="e">mot</em></p>
            <p id="p2" class="noindent">Deux</p><blockquote><p id="q" xml:lang="en">Quote</p></blockquote></section></body></html>
            """;

    private final Document doc;

    CascadeTest() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(PAGE)));
    }

    private ComputedStyle style(Cascade cascade, String id) {
        Element target = byId(doc.getDocumentElement(), id);
        // compute down the ancestor chain, as the block builder does
        java.util.ArrayDeque<Element> chain = new java.util.ArrayDeque<>();
        for (org.w3c.dom.Node n = target; n instanceof Element e; n = n.getParentNode()) {
            chain.push(e);
        }
        ComputedStyle s = ComputedStyle.initial("fr");
        for (Element e : chain) {
            s = cascade.compute(e, s, 300);
        }
        return s;
    }

    private static Element byId(Element e, String id) {
        if (id.equals(e.getAttribute("id"))) {
            return e;
        }
        for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                Element found = byId(c, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private Cascade cascade(String css) throws Exception {
        StyleSheetParser parser = new StyleSheetParser(Warnings.ignore());
        return new Cascade(parser.parse(UserAgentStyles.CSS, "ua"), parser.parse(css, "t.css"));
    }

    @Test
    void elementsThatMatchTheSameRulesUnderTheSameParentShareOneStyleAndOthersDoNot() throws Exception {
        Cascade c = cascade("""
                p { font-size: 11pt }
                p.noindent { text-indent: 0 }
                """);
        ComputedStyle p1 = style(c, "p1");
        assertTrue(p1 == style(c, "p1"), "computed once, then shared");
        ComputedStyle p2 = style(c, "p2");
        assertFalse(p1 == p2, "another rule matched");
        assertEquals(0f, p2.textIndent());
        assertEquals("en", style(c, "q").lang(), "another language: not the French paragraph's style");
        assertEquals("fr", p1.lang());
        Element p = byId(doc.getDocumentElement(), "p1");
        ComputedStyle parent = ComputedStyle.initial("fr");
        assertFalse(c.compute(p, parent, 300) == c.compute(p, parent, 200), "another width");
        assertTrue(c.compute(p, parent, 300) == c.compute(p, parent, 300));
    }

    @Test
    void hyphenateLimitCharsIsInheritedAndAutoKeepsTheLanguagesOwn() throws Exception {
        List<org.colophon.error.Diagnostic> warnings = new java.util.ArrayList<>();
        StyleSheetParser parser = new StyleSheetParser(warnings::add);
        Cascade c = new Cascade(parser.parse(UserAgentStyles.CSS, "ua"), parser.parse("""
                section { hyphenate-limit-chars: 6 3 }
                blockquote { hyphenate-limit-chars: auto auto 4 }
                h1 { hyphenate-limit-chars: 2.5 }
                """, "t.css"));
        assertEquals(new ComputedStyle.LimitChars(6, 3, 3), style(c, "p1").hyphenateLimitChars(),
                "two values: the third is the second");
        assertEquals(new ComputedStyle.LimitChars(0, 0, 4), style(c, "q").hyphenateLimitChars());
        assertEquals(ComputedStyle.LimitChars.AUTO, ComputedStyle.initial("fr").hyphenateLimitChars());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).message().contains("whole numbers"), warnings.toString());
    }

    @Test
    void punctuationHangsByDefaultAndPrintCssChangesTheSwitchAndTheAmounts() throws Exception {
        List<org.colophon.error.Diagnostic> warnings = new java.util.ArrayList<>();
        StyleSheetParser parser = new StyleSheetParser(warnings::add);
        Cascade c = new Cascade(parser.parse(UserAgentStyles.CSS, "ua"), parser.parse("""
                section { -colophon-protrusion: "-\u2010" 0.5 1, "," 0 0 }
                blockquote { hanging-punctuation: none }
                h1 { hanging-punctuation: first first }
                """, "t.css"));
        assertTrue(style(c, "p1").hangingPunctuation(), "on in the typesetter's own styles");
        assertFalse(style(c, "q").hangingPunctuation());
        assertTrue(style(c, "e").hangingPunctuation(), "first first is ignored, with a warning");
        assertEquals(new ComputedStyle.Hang(0.5f, 1f), style(c, "p1").protrusion().get((int) '\u2010'),
                "each character of the string, inherited from the section");
        assertEquals(new ComputedStyle.Hang(0f, 0f), style(c, "p1").protrusion().get((int) ','));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).message().contains("hanging-punctuation takes"), warnings.toString());
        assertFalse(ComputedStyle.initial("fr").hangingPunctuation(), "CSS's initial value is none");
    }

    @Test
    void aWrongProtrusionTableIsAnErrorAtItsLineAndColumn() {
        StyleSheetParser parser = new StyleSheetParser(org.colophon.error.Warnings.ignore());
        for (String value : List.of("\",\" 0", "\",\" 0 0.6 \".\" 0 0.7", "\",\" 0 -1", "comma 0 0.5")) {
            org.colophon.error.BuildException e = org.junit.jupiter.api.Assertions.assertThrows(
                    org.colophon.error.BuildException.class,
                    () -> parser.parse("p { margin: 0 }\nhtml {\n  -colophon-protrusion: " + value + ";\n}\n", "print.css"));
            assertTrue(e.getMessage().contains("print.css:3:3: error: -colophon-protrusion takes"), value + ": " + e.getMessage());
        }
    }

    @Test
    void textWrapBalanceIsInheritedAndTheOtherValuesTurnItOff() throws Exception {
        List<org.colophon.error.Diagnostic> warnings = new java.util.ArrayList<>();
        StyleSheetParser parser = new StyleSheetParser(warnings::add);
        Cascade c = new Cascade(parser.parse(UserAgentStyles.CSS, "ua"), parser.parse("""
                section { text-wrap: balance }
                blockquote { text-wrap-style: pretty }
                h1 { text-wrap: wrong }
                """, "t.css"));
        assertTrue(style(c, "p1").balance(), "inherited from the section");
        assertFalse(style(c, "q").balance(), "pretty is not balance");
        assertTrue(style(c, "e").balance());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).message().contains("wrong"), warnings.toString());
        assertFalse(ComputedStyle.initial("fr").balance());
    }

    @Test
    void specificityThenOrderDecide() throws Exception {
        Cascade c = cascade("""
                p { text-indent: 1.2em; font-size: 10pt }
                h1 + p { text-indent: 0 }
                p.noindent { text-indent: 2pt }
                p { text-indent: 3pt }
                """);
        assertEquals(0f, style(c, "p1").textIndent(), "h1 + p beats the later p");
        assertEquals(2f, style(c, "p2").textIndent(), "a class beats an element");
        assertEquals(3f, style(c, "q").textIndent(), "the later of equal rules wins");
    }

    @Test
    void inheritanceEmsAndLineHeightFactors() throws Exception {
        Cascade c = cascade("""
                html { font-size: 10pt; line-height: 1.3; hyphens: auto }
                section[epub\\:type~="chapter"] p { font-size: 12pt; margin: 1em 0 0.5em 2mm }
                """);
        ComputedStyle p = style(c, "p1");
        assertEquals(12f, p.fontSize());
        assertEquals(15.6f, p.lineHeight(), 0.001);
        assertEquals(12f, p.marginTop(), 0.001);
        assertEquals(6f, p.marginBottom(), 0.001);
        assertEquals(2 * 72 / 25.4f, p.marginLeft(), 0.001);
        assertEquals(ComputedStyle.Hyphens.AUTO, p.hyphens());
        assertTrue(p.isBlock());
        ComputedStyle em = style(c, "e");
        assertTrue(em.italic(), "user-agent styles make em italic");
        assertFalse(em.isBlock());
        assertEquals("fr", em.lang());
        assertEquals("en", style(c, "q").lang());
    }

    @Test
    void importantAndBreaks() throws Exception {
        Cascade c = cascade("""
                p { font-weight: bold !important }
                #p1 { font-weight: normal; page-break-before: always }
                """);
        assertEquals(700, style(c, "p1").weight());
        assertEquals(ComputedStyle.Break.PAGE, style(c, "p1").breakBefore());
        assertEquals(ComputedStyle.Break.AUTO, style(c, "p2").breakBefore());
        assertEquals(List.of("serif"), style(c, "p1").fontFamilies());
    }

    @Test
    void includesMatchesWholeTokensOnly() {
        assertTrue(Cascade.includesToken("bodymatter chapter", "chapter"));
        assertTrue(Cascade.includesToken("chapter", "chapter"));
        assertFalse(Cascade.includesToken("subchapter", "chapter"));
        assertFalse(Cascade.includesToken("chapters x", "chapter"));
        assertTrue(Cascade.includesToken("a\tchapter\n", "chapter"));
    }
}
