package org.colophon.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;
import org.junit.jupiter.api.Test;

/** The usual ways a hand-written file fails to be XML, each said in plain words. */
class WellFormednessTest {

    private static Diagnostic error(String xml) {
        BuildException e = assertThrows(BuildException.class,
                () -> XmlSource.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "m.xml"));
        assertEquals(1, e.diagnostics().size());
        return e.diagnostics().get(0);
    }

    /** {@code where} is where the parser noticed the problem, at or just after it. */
    private static void says(String xml, String where, String message) {
        Diagnostic d = error(xml);
        assertEquals("m.xml:" + where + ": error: " + message, d.toString());
    }

    @Test
    void unclosedElement() {
        says("<book>\n  <p>a <em>b</p>\n</book>", "2:15",
                "not well-formed XML: <em> is still open here; expected </em> before this end tag");
    }

    @Test
    void fileEndsTooEarly() {
        says("<book>\n  <p>a</p>\n", "3:1",
                "not well-formed XML: the file ends while elements are still open (an end tag is missing)");
    }

    @Test
    void bareAmpersand() {
        says("<book>\n  <p>Dupont & Dupond</p></book>", "2:14", "not well-formed XML: an & that does not start a"
                + " reference such as &amp;; write &amp; for an ampersand (in link addresses too)");
        says("<book><link href=\"https://a.org/?x=1&y=2\"/></book>", "1:39", "not well-formed XML: an & that does not"
                + " start a reference such as &amp;; write &amp; for an ampersand (in link addresses too)");
    }

    @Test
    void bareLessThan() {
        says("<book><p>1 < 2</p></book>", "1:13",
                "not well-formed XML: a < that does not start a tag; write &lt; for a less-than sign");
    }

    @Test
    void htmlEntity() {
        says("<book><p>a&nbsp;b</p></book>", "1:17", "not well-formed XML: &nbsp; is not an XML entity; only &amp;"
                + " &lt; &gt; &quot; &apos; and numeric references such as &#160; exist (or type the character itself)");
    }

    @Test
    void twoRoots() {
        says("<book/>\n<book/>", "2:2", "not well-formed XML: there is more after the end of the root element;"
                + " a file holds one root element and nothing after it");
    }

    @Test
    void textBeforeTheRoot() {
        says("Titre\n<book/>", "1:1", "not well-formed XML: there is text before the root element; the file must"
                + " start with <?xml …?> or with its root element");
    }

    @Test
    void attributeProblems() {
        says("<book><p id=\"a\" id=\"b\"/></book>", "1:25", "not well-formed XML: attribute id is written twice on <p>");
        says("<book><p id=a/></book>", "1:13", "not well-formed XML: the value of attribute id on <p> needs quotes: id=\"…\"");
    }

    @Test
    void undeclaredXIncludePrefix() {
        says("<book>\n  <xi:include href=\"a.xml\"/>\n</book>", "2:29", "not well-formed XML: the prefix xi: of"
                + " xi:include is not declared; add xmlns:xi=\"http://www.w3.org/2001/XInclude\" to the root element");
    }

    @Test
    void absurdNestingRefused() {
        String xml = "<book>" + "<em>".repeat(300) + "</em>".repeat(300) + "</book>";
        Diagnostic d = error(xml);
        assertEquals("elements nest more than 256 deep here; a manuscript never needs that many levels", d.message());
        assertEquals(1, d.line());
    }
}
