package org.colophon.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.colophon.Colophon;
import org.colophon.layout.EpubPaths;
import org.colophon.testing.EpubFiles;
import org.htmlunit.cssparser.dom.AbstractCSSRuleImpl;
import org.htmlunit.cssparser.dom.CSSMediaRuleImpl;
import org.htmlunit.cssparser.dom.CSSStyleDeclarationImpl;
import org.htmlunit.cssparser.dom.CSSStyleRuleImpl;
import org.htmlunit.cssparser.dom.CSSStyleSheetImpl;
import org.htmlunit.cssparser.parser.CSSOMParser;
import org.htmlunit.cssparser.parser.InputSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reading systems that show notes as pop-ups (Foliate, Apple Books, Kobo) hide the
 * chapter's {@code aside epub:type="footnote"} elements. What then remains of the notes at
 * a chapter's end must draw nothing: the rule that sets the notes off from the text
 * belongs to the first note, and disappears with it.
 */
class HiddenNotesTest {

    private static final Path COMPLETE = Path.of("src/test/resources/manuscripts/complete/complete.xml");
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String OPS = "http://www.idpf.org/2007/ops";
    /** What makes an element with no content visible: a line, a tint or space of its own. */
    private static final List<String> BOX_PROPERTIES = List.of("border", "border-top", "border-bottom", "border-left",
            "border-right", "border-width", "border-style", "border-color", "border-top-width", "border-top-style",
            "outline", "background", "background-color", "background-image", "box-shadow", "padding", "padding-top",
            "padding-bottom", "margin", "margin-top", "margin-bottom", "min-height", "height");

    @TempDir
    Path dir;

    @Test
    void theNotesRuleBelongsToTheFirstNote() throws Exception {
        new Colophon(d -> { }, Colophon.Progress.silent()).build(COMPLETE,
                Colophon.Options.builder(dir).outputs(Colophon.Output.EPUB).build());
        Map<String, byte[]> entries = EpubFiles.entries(dir.resolve("complete.epub"));

        // the notes close their chapter: asides inside one wrapper, which holds nothing else
        List<Element> wrappers = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (e.getKey().startsWith("EPUB/text/")) {
                Document page = EpubFiles.parse(e.getValue());
                NodeList asides = page.getElementsByTagNameNS(XHTML, "aside");
                for (int i = 0; i < asides.getLength(); i++) {
                    Element aside = (Element) asides.item(i);
                    assertEquals("footnote", aside.getAttributeNS(OPS, "type"), e.getKey());
                    Element parent = (Element) aside.getParentNode();
                    if (!wrappers.contains(parent)) {
                        wrappers.add(parent);
                    }
                }
            }
        }
        assertFalse(wrappers.isEmpty(), "the complete manuscript has notes");
        for (Element wrapper : wrappers) {
            assertEquals("footnotes", wrapper.getAttribute("class"));
            for (Node n = wrapper.getFirstChild(); n != null; n = n.getNextSibling()) {
                assertTrue(n instanceof Element child ? child.getLocalName().equals("aside")
                        : n.getTextContent().isBlank(), "the notes' wrapper holds the notes only");
            }
        }

        // with the asides hidden, the wrapper is an empty box: nothing in epub.css may draw it
        String css = new String(entries.get(EpubPaths.STYLESHEET), StandardCharsets.UTF_8);
        List<String> drawn = new ArrayList<>();
        boolean firstNoteRuled = false;
        for (CSSStyleRuleImpl rule : styleRules(css)) {
            CSSStyleDeclarationImpl style = rule.getStyle();
            for (String selector : rule.getSelectorText().split(",")) {
                String subject = selector.trim().replaceAll(".*[\\s>+~]", "");
                if (subject.endsWith(".footnotes")) {
                    for (String p : BOX_PROPERTIES) {
                        String v = style.getPropertyValue(p);
                        if (!v.isEmpty() && !v.trim().matches("0|0px|0em|none")) {
                            drawn.add(selector.trim() + " { " + p + ": " + v + " }");
                        }
                    }
                }
                if (subject.startsWith("aside") && (subject.contains(":first-child") || subject.contains(":first-of-type"))
                        && style.getPropertyValue("border-top").toLowerCase(Locale.ROOT).contains("solid")) {
                    firstNoteRuled = true;
                }
            }
        }
        assertEquals(List.of(), drawn, "the notes' wrapper draws itself, and stays when the notes are hidden");
        assertTrue(firstNoteRuled, "the first note draws the rule that sets the notes off");
    }

    private static List<CSSStyleRuleImpl> styleRules(String css) throws Exception {
        CSSStyleSheetImpl sheet = new CSSOMParser().parseStyleSheet(new InputSource(new StringReader(css)), null);
        List<CSSStyleRuleImpl> out = new ArrayList<>();
        collect(sheet.getCssRules().getRules(), out);
        return out;
    }

    private static void collect(List<AbstractCSSRuleImpl> rules, List<CSSStyleRuleImpl> out) {
        for (AbstractCSSRuleImpl r : rules) {
            if (r instanceof CSSStyleRuleImpl style) {
                out.add(style);
            } else if (r instanceof CSSMediaRuleImpl media) {
                collect(media.getCssRules().getRules(), out);
            }
        }
    }
}
