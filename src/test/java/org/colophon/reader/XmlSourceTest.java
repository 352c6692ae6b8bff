package org.colophon.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.colophon.error.BuildException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Every element remembers where its start tag opens, in the file it came from. */
class XmlSourceTest {

    private static Document parse(String xml) throws BuildException {
        return XmlSource.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "m.xml");
    }

    private static Element first(Document d, String name) {
        return (Element) d.getElementsByTagNameNS("*", name).item(0);
    }

    @Test
    void elementLocationIsTheOpeningAngleBracketEvenForMultiLineTags() throws Exception {
        Document d = parse("<?xml version=\"1.0\"?>\n<book xmlns=\"urn:x\"\n      a=\"1\">\n  <p\n     b=\"&lt;x&gt;\">t</p>"
                + "<q/>\n</book>");
        assertEquals(new XmlSource.Location("m.xml", 2, 1), XmlSource.locationOf(d.getDocumentElement()));
        assertEquals(new XmlSource.Location("m.xml", 4, 3), XmlSource.locationOf(first(d, "p")));
        assertEquals(new XmlSource.Location("m.xml", 5, 25), XmlSource.locationOf(first(d, "q")));
    }

    @Test
    void windowsLineEndsCountOnce() throws Exception {
        Document d = parse("<book>\r\n  <p>a</p>\r\n\r\n    <q>b</q>\r\n</book>");
        assertEquals(2, XmlSource.locationOf(first(d, "p")).line());
        assertEquals(3, XmlSource.locationOf(first(d, "p")).column());
        assertEquals(new XmlSource.Location("m.xml", 4, 5), XmlSource.locationOf(first(d, "q")));
    }

    @Test
    void oldMacLineEndsAndMixedOnesCountEachLine() throws Exception {
        Document d = parse("<book>\r  <p\r   a=\"1\">a</p>\r\n\r<q>b</q>\n<r\n/></book>");
        assertEquals(new XmlSource.Location("m.xml", 2, 3), XmlSource.locationOf(first(d, "p")));
        assertEquals(new XmlSource.Location("m.xml", 5, 1), XmlSource.locationOf(first(d, "q")));
        assertEquals(new XmlSource.Location("m.xml", 6, 1), XmlSource.locationOf(first(d, "r")));
    }

    @Test
    void textRemembersWhereItStarts() throws Exception {
        Document d = parse("<book>\n  <p>abc <em>x</em> de\nf</p></book>");
        Node tail = first(d, "p").getLastChild();
        assertEquals(" de\nf", tail.getNodeValue());
        assertEquals(new XmlSource.Location("m.xml", 2, 20), XmlSource.locationOf(tail));
    }

    @Test
    void charactersBeforeATagDoNotMoveIt() throws Exception {
        Document d = parse("<book>éèàç€𝄞 <em>x</em></book>");
        assertEquals(15, XmlSource.locationOf(first(d, "em")).column(),
                "columns count UTF-16 units, as the parser does (the clef is two)");
    }

    @Test
    void commentsAndProcessingInstructionsAreDropped() throws Exception {
        Document d = parse("<book><!-- c --><?pi x?><p>a<!-- inner -->b</p></book>");
        assertEquals(1, d.getDocumentElement().getChildNodes().getLength());
        assertEquals("ab", first(d, "p").getTextContent());
    }

    @Test
    void byteOrderMarkIsNoColumn() throws Exception {
        Document d = parse("\uFEFF<book><p/></book>");
        assertEquals(new XmlSource.Location("m.xml", 1, 7), XmlSource.locationOf(first(d, "p")));
    }

    @Test
    void utf16FileLocatedToo() throws Exception {
        byte[] bytes = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<book>\n  <p>é</p></book>"
                .getBytes(StandardCharsets.UTF_16LE);
        Document d = XmlSource.parse(new ByteArrayInputStream(bytes), "m.xml");
        assertEquals(new XmlSource.Location("m.xml", 3, 3), XmlSource.locationOf(first(d, "p")));
        assertEquals("é", first(d, "p").getTextContent());
    }

    @Test
    void emptyFile() {
        BuildException e = assertThrows(BuildException.class, () -> parse(""));
        assertEquals("m.xml:1:1: error: the file is empty; expected an XML manuscript", e.getMessage());
    }

    @Test
    void undeclaredEntityExplained() {
        BuildException e = assertThrows(BuildException.class, () -> parse("<book>&nbsp;</book>"));
        assertTrue(e.getMessage().contains("&#160;"), e.getMessage());
        assertEquals(1, e.diagnostics().get(0).line());
    }
}
