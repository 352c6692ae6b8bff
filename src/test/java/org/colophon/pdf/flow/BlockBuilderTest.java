package org.colophon.pdf.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.colophon.error.Diagnostic;
import org.colophon.error.Warnings;
import org.colophon.pdf.SamplePublication;
import org.colophon.pdf.css.Cascade;
import org.colophon.pdf.css.StyleSheetParser;
import org.colophon.pdf.css.UserAgentStyles;
import org.colophon.pdf.text.FontFace;
import org.colophon.pdf.text.ParagraphItem;
import org.colophon.pdf.text.ParagraphSpec;
import org.colophon.styles.Styles;
import org.junit.jupiter.api.Test;

/** XHTML to flow blocks, without setting any line (no font is needed). */
class BlockBuilderTest {

    private static final String CSS = """
            html { font-size: 10pt; line-height: 13pt; text-align: justify; hyphens: auto }
            p { text-indent: 12pt }
            h1 + p { text-indent: 0 }
            p.line { text-indent: -15pt; margin-left: 15pt; text-align: left }
            blockquote { margin: 13pt 20pt }
            .hidden { display: none }
            """;

    private static final FontFace REGULAR = face("SourceSerif4-Regular.ttf");
    private static final FontFace ITALIC = face("SourceSerif4-It.ttf");

    private final List<Diagnostic> warnings = new ArrayList<>();

    private static FontFace face(String file) {
        try {
            return FontFace.load(file, Styles.bundled().read("fonts/" + file).orElseThrow());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (org.colophon.styles.StyleFileRefused e) {
            throw new IllegalStateException(e);
        }
    }

    private List<FlowBlock> build(String body) throws Exception {
        StyleSheetParser parser = new StyleSheetParser(Warnings.ignore());
        Cascade cascade = new Cascade(parser.parse(UserAgentStyles.CSS, "ua"), parser.parse(CSS, "t.css"));
        BlockBuilder builder = new BlockBuilder(cascade, style -> style.italic() ? ITALIC : REGULAR, path -> null, warnings::add, 300, 400);
        String xhtml = SamplePublication.HEAD.formatted("t") + body + "</body></html>";
        return builder.build(new XhtmlParser().parse(xhtml, "EPUB/text/t.xhtml"), "EPUB/text/t.xhtml", "fr");
    }

    private static List<FlowBlock.Text> texts(List<FlowBlock> blocks) {
        return blocks.stream().filter(b -> b instanceof FlowBlock.Text).map(b -> (FlowBlock.Text) b).toList();
    }

    private static String text(FlowBlock.Text t) {
        StringBuilder sb = new StringBuilder();
        for (ParagraphItem i : t.items()) {
            if (i instanceof ParagraphItem.TextRun r) {
                sb.append('[').append(r.text()).append(']');
            } else if (i instanceof ParagraphItem.Marker m) {
                sb.append('#').append(m.id());
            } else {
                sb.append("|");
            }
        }
        return sb.toString();
    }

    @Test
    void whiteSpaceCollapsesAcrossElementsAndIdsBecomeMarkers() throws Exception {
        List<FlowBlock> blocks = build("""
                <section id="s1"><h1>  Titre
                   un </h1>
                <p id="p1">  Un   <em>mot</em>
                  <a href="../text/u.xhtml#x">lien</a><br/>fin <span class="hidden">caché</span> </p></section>""");
        assertInstanceOf(FlowBlock.PageBreak.class, blocks.get(0));
        List<FlowBlock.Text> texts = texts(blocks);
        assertEquals(2, texts.size());
        assertEquals("#colophon-page:EPUB/text/t.xhtml#s1[Titre un]", text(texts.get(0)));
        assertEquals(1, texts.get(0).headingLevel());
        assertEquals("#p1[Un ][mot][ ][lien]|[fin]", text(texts.get(1)));
        ParagraphItem.TextRun link = (ParagraphItem.TextRun) texts.get(1).items().get(4);
        assertEquals("#x", link.href());
        assertEquals(0f, texts.get(1).spec().firstIndent(), "h1 + p");
        assertEquals(ParagraphSpec.Alignment.JUSTIFY, texts.get(1).spec().alignment());
        assertTrue(texts.get(1).spec().hyphenate());
    }

    @Test
    void blockquotesNarrowTheMeasureAndVerseHangs() throws Exception {
        List<FlowBlock> blocks = build("""
                <p>Avant.</p><blockquote><p>Cité.</p></blockquote>
                <div class="verse"><p class="line">Un vers</p></div>""");
        List<FlowBlock.Text> texts = texts(blocks);
        FlowBlock.Text quote = texts.get(1);
        assertEquals(20f, quote.indent());
        assertEquals(260f, quote.spec().measure());
        assertTrue(blocks.contains(new FlowBlock.Space(13f)));
        FlowBlock.Text verse = texts.get(2);
        assertEquals(0f, verse.indent(), "the first line hangs out to the margin");
        assertEquals(15f, verse.hang(), "turned-over lines start 15 pt in");
        assertEquals(285f, verse.spec().measure());
        assertEquals(ParagraphSpec.Alignment.LEFT, verse.spec().alignment());
    }

    @Test
    void listItemsGetNumbersOrBulletsAndPreKeepsItsSpaces() throws Exception {
        List<FlowBlock.Text> texts = texts(build("""
                <ol start="3"><li>Trois</li><li>Quatre</li></ol><ul><li>Puce</li></ul>
                <pre>a  b
                c</pre>"""));
        assertEquals("3.", texts.get(0).marker().text());
        assertEquals("4.", texts.get(1).marker().text());
        assertEquals("•", texts.get(2).marker().text());
        assertEquals("[a\u00A0\u00A0b]|[c]", text(texts.get(3)));
        assertEquals(ParagraphSpec.Alignment.LEFT, texts.get(3).spec().alignment());
    }

    @Test
    void aMissingImageIsAWarningNotACrash() throws Exception {
        List<FlowBlock> blocks = build("<figure><img src=\"../images/none.png\" alt=\"\"/><figcaption>Légende</figcaption></figure>");
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).message().contains("none.png"));
        assertEquals("#colophon-page:EPUB/text/t.xhtml[Légende]", text(texts(blocks).get(0)));
    }

    @Test
    void externalEntitiesAreNeverRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path secret = dir.resolve("secret.txt");
        java.nio.file.Files.writeString(secret, "TOPSECRET");
        String xhtml = """
                <?xml version="1.0"?>
                <!DOCTYPE html [<!ENTITY secret SYSTEM "%s">]>
                <html xmlns="http://www.w3.org/1999/xhtml"><body><p>a&secret;b</p></body></html>"""
                .formatted(secret.toUri());
        String read;
        try {
            read = new XhtmlParser().parse(xhtml, "EPUB/text/x.xhtml").getDocumentElement().getTextContent();
        } catch (org.colophon.error.BuildException e) {
            read = "";
            assertEquals("EPUB/text/x.xhtml", e.diagnostics().get(0).file());
        }
        assertTrue(!read.contains("TOPSECRET"), read);
    }
}
