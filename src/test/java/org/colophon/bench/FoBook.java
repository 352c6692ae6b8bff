package org.colophon.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The text of a TEI book as a plain XSL-FO document for Apache FOP, set as Colophon sets it by
 * default: an A5 page with print.css's margins (20 mm top, 28 mm bottom, 18 mm inner, 24 mm
 * outer: a 300.5 pt measure), Source Serif 4 at 10/13 pt, justified and hyphenated in each
 * chapter's language, a 1.2 em paragraph indent, a folio at the foot, every chapter opening
 * on a recto under its heading (Source Serif 4 Display, 20 pt). No running heads, contents or
 * notes: the yardstick is FOP's speed on the same text, as simple as it can be.
 */
final class FoBook {

    private static final String FO = "http://www.w3.org/1999/XSL/Format";

    private FoBook() {
    }

    /** A FOP configuration naming the faces in {@code fonts} (styles/fonts), with kerning on. */
    static Path writeConfig(Path fonts, Path target) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<fop version=\"1.0\">\n"
                + "  <renderers><renderer mime=\"application/pdf\"><fonts>\n");
        font(xml, fonts.resolve("SourceSerif4-Regular.ttf"), "Source Serif 4", "normal", "normal");
        font(xml, fonts.resolve("SourceSerif4-It.ttf"), "Source Serif 4", "italic", "normal");
        font(xml, fonts.resolve("SourceSerif4-Bold.ttf"), "Source Serif 4", "normal", "bold");
        font(xml, fonts.resolve("SourceSerif4-BoldIt.ttf"), "Source Serif 4", "italic", "bold");
        font(xml, fonts.resolve("SourceSerif4Display-Regular.ttf"), "Source Serif 4 Display", "normal", "normal");
        xml.append("  </fonts></renderer></renderers>\n</fop>\n");
        Files.writeString(target, xml, StandardCharsets.UTF_8);
        return target;
    }

    private static void font(StringBuilder xml, Path file, String family, String style, String weight) {
        xml.append("    <font kerning=\"yes\" embed-url=\"").append(file.toAbsolutePath().toUri())
                .append("\"><font-triplet name=\"").append(family).append("\" style=\"").append(style)
                .append("\" weight=\"").append(weight).append("\"/></font>\n");
    }

    /** Writes the FO of {@code tei} (its body's chapters, heads and paragraphs) to {@code target}. */
    static Path write(Path tei, Path target) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(tei.toFile());
        Element root = doc.getDocumentElement();
        String bookLanguage = root.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
        Element body = (Element) doc.getElementsByTagNameNS(BenchmarkBooks.TEI, "body").item(0);
        try (OutputStream out = Files.newOutputStream(target);
             Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(w);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("fo", "root", FO);
            x.writeNamespace("fo", FO);
            x.writeStartElement(FO, "layout-master-set");
            master(x, "recto", "18mm", "24mm");
            master(x, "verso", "24mm", "18mm");
            x.writeStartElement(FO, "page-sequence-master");
            x.writeAttribute("master-name", "book");
            x.writeStartElement(FO, "repeatable-page-master-alternatives");
            x.writeEmptyElement(FO, "conditional-page-master-reference");
            x.writeAttribute("master-reference", "recto");
            x.writeAttribute("odd-or-even", "odd");
            x.writeEmptyElement(FO, "conditional-page-master-reference");
            x.writeAttribute("master-reference", "verso");
            x.writeAttribute("odd-or-even", "even");
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement(); // layout-master-set
            x.writeStartElement(FO, "page-sequence");
            x.writeAttribute("master-reference", "book");
            x.writeStartElement(FO, "static-content");
            x.writeAttribute("flow-name", "xsl-region-after");
            x.writeStartElement(FO, "block");
            x.writeAttribute("font-family", "Source Serif 4");
            x.writeAttribute("font-size", "10pt");
            x.writeAttribute("text-align", "center");
            x.writeEmptyElement(FO, "page-number");
            x.writeEndElement();
            x.writeEndElement();
            x.writeStartElement(FO, "flow");
            x.writeAttribute("flow-name", "xsl-region-body");
            x.writeStartElement(FO, "block");
            x.writeAttribute("font-family", "Source Serif 4");
            x.writeAttribute("font-size", "10pt");
            x.writeAttribute("line-height", "13pt");
            x.writeAttribute("text-align", "justify");
            x.writeAttribute("hyphenate", "true");
            x.writeAttribute("language", bookLanguage.isEmpty() ? "fr" : bookLanguage);
            boolean first = true;
            for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element chapter && chapter.getLocalName().equals("div")) {
                    chapter(x, chapter, first);
                    first = false;
                }
            }
            x.writeEndElement();
            x.writeEndElement(); // flow
            x.writeEndElement(); // page-sequence
            x.writeEndElement(); // root
            x.writeEndDocument();
            x.close();
        }
        return target;
    }

    private static void master(XMLStreamWriter x, String name, String left, String right) throws XMLStreamException {
        x.writeStartElement(FO, "simple-page-master");
        x.writeAttribute("master-name", name);
        x.writeAttribute("page-width", "148mm");
        x.writeAttribute("page-height", "210mm");
        x.writeAttribute("margin-top", "20mm");
        x.writeAttribute("margin-bottom", "14mm");
        x.writeAttribute("margin-left", left);
        x.writeAttribute("margin-right", right);
        x.writeEmptyElement(FO, "region-body");
        x.writeAttribute("margin-bottom", "14mm");
        x.writeEmptyElement(FO, "region-after");
        x.writeAttribute("extent", "10mm");
        x.writeEndElement();
    }

    private static void chapter(XMLStreamWriter x, Element chapter, boolean first) throws XMLStreamException {
        x.writeStartElement(FO, "block");
        if (!first) {
            x.writeAttribute("break-before", "odd-page");
        }
        String language = chapter.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
        if (!language.isEmpty()) {
            x.writeAttribute("language", language);
        }
        blocks(x, chapter);
        x.writeEndElement();
    }

    /** Heads and paragraphs in document order, through nested divisions, quotes and verse. */
    private static void blocks(XMLStreamWriter x, Element parent) throws XMLStreamException {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            switch (e.getLocalName()) {
                case "head" -> {
                    x.writeStartElement(FO, "block");
                    x.writeAttribute("font-family", "Source Serif 4 Display");
                    x.writeAttribute("font-size", "20pt");
                    x.writeAttribute("line-height", "26pt");
                    x.writeAttribute("text-align", "start");
                    x.writeAttribute("hyphenate", "false");
                    x.writeAttribute("space-before", "52pt");
                    x.writeAttribute("space-after", "26pt");
                    x.writeCharacters(text(e));
                    x.writeEndElement();
                }
                case "p", "l" -> {
                    x.writeStartElement(FO, "block");
                    x.writeAttribute("text-indent", "1.2em");
                    x.writeCharacters(text(e));
                    x.writeEndElement();
                }
                case "note" -> { }
                default -> blocks(x, e);
            }
        }
    }

    /** The element's words with its notes left out and its white space collapsed. */
    private static String text(Element e) {
        StringBuilder s = new StringBuilder();
        collect(e, s);
        return s.toString().replaceAll("\\s+", " ").trim();
    }

    private static void collect(Node n, StringBuilder s) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                s.append(c.getNodeValue());
            } else if (c instanceof Element e && !e.getLocalName().equals("note")) {
                collect(e, s);
            }
        }
    }
}
