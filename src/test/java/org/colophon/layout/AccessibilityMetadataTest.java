package org.colophon.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.colophon.Colophon;
import org.colophon.testing.EpubFiles;
import org.colophon.testing.EpubValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The EPUB states its accessibility (EPUB Accessibility 1.1) and stays valid: the features
 * Colophon makes always, a conformance claim and its certifier only when the manuscript
 * makes one (no one else has evaluated the book).
 */
class AccessibilityMetadataTest {

    private static final String OPF = "http://www.idpf.org/2007/opf";
    private static final Path SAMPLE = Path.of("manuscript/macron-rutte.xml");

    @TempDir
    Path dir;

    private Document buildOpf(Path manuscript) throws Exception {
        new Colophon(d -> { }, Colophon.Progress.silent()).build(manuscript,
                Colophon.Options.builder(dir).outputs(Colophon.Output.EPUB).build());
        Path epub = dir.resolve(manuscript.getFileName().toString().replace(".xml", ".epub"));
        EpubValidator.Result check = EpubValidator.check(epub);
        assertTrue(check.clean(), check.describe());
        return EpubFiles.parse(EpubFiles.entries(epub).get("EPUB/package.opf"));
    }

    @Test
    void defaultManuscriptDeclaresItsAccessibilityAndClaimsNoConformance() throws Exception {
        Document opf = buildOpf(SAMPLE);
        // the manuscript names no cover, so Colophon draws one: the EPUB holds an image (with alt text)
        assertEquals(List.of("textual", "visual"), metas(opf, "schema:accessMode"));
        assertTrue(metas(opf, "schema:accessModeSufficient").contains("textual"), metas(opf, "schema:accessModeSufficient")::toString);
        List<String> features = metas(opf, "schema:accessibilityFeature");
        assertTrue(features.containsAll(List.of("structuralNavigation", "tableOfContents", "readingOrder")), features.toString());
        assertEquals(List.of("none"), metas(opf, "schema:accessibilityHazard"));
        assertEquals(1, metas(opf, "schema:accessibilitySummary").size());
        assertTrue(metas(opf, "schema:accessibilitySummary").get(0).length() > 40);
        // nobody evaluated this book: no claim of WCAG conformance, no certifier
        assertEquals(List.of(), metas(opf, "dcterms:conformsTo"));
        assertEquals(List.of(), metas(opf, "a11y:certifiedBy"));
    }

    @Test
    void aManuscriptsClaimIsStatedWithItsCertifier() throws Exception {
        String xml = Files.readString(SAMPLE).replace("</metadata>",
                "  <accessibility conforms-to=\"EPUB Accessibility 1.1 - WCAG 2.2 Level AA\""
                        + " certified-by=\"Atelier d’accessibilité &amp; Cie\"/>\n  </metadata>");
        Path manuscript = Files.writeString(dir.resolve("claimed.xml"), xml);
        Document opf = buildOpf(manuscript);
        assertEquals(List.of("EPUB Accessibility 1.1 - WCAG 2.2 Level AA"), metas(opf, "dcterms:conformsTo"));
        // the certifier refines the conformance claim
        Element claim = meta(opf, "dcterms:conformsTo");
        Element certifier = meta(opf, "a11y:certifiedBy");
        assertEquals("#" + claim.getAttribute("id"), certifier.getAttribute("refines"));
        assertEquals("Atelier d’accessibilité & Cie", certifier.getTextContent());
        // and the features are still there
        assertTrue(metas(opf, "schema:accessibilityFeature").contains("structuralNavigation"));
    }

    private static Element meta(Document opf, String property) {
        NodeList metas = opf.getElementsByTagNameNS(OPF, "meta");
        for (int i = 0; i < metas.getLength(); i++) {
            Element m = (Element) metas.item(i);
            if (m.getAttribute("property").equals(property)) {
                return m;
            }
        }
        throw new AssertionError("no " + property);
    }

    private static List<String> metas(Document opf, String property) {
        List<String> out = new ArrayList<>();
        NodeList metas = opf.getElementsByTagNameNS(OPF, "meta");
        for (int i = 0; i < metas.getLength(); i++) {
            Element m = (Element) metas.item(i);
            if (m.getAttribute("property").equals(property)) {
                out.add(m.getTextContent().strip());
            }
        }
        return out;
    }
}
