package org.colophon.reader.docbook;

import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import org.colophon.reader.InlineCollector;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * DocBook elements by local name, whichever of the two flavours a book is written in:
 * DocBook 5's namespace, or DocBook 4's none. Ids are {@code xml:id} in 5 and {@code id}
 * in 4; languages {@code xml:lang} and {@code lang}.
 */
final class DocBookDom {

    static final String NS = "http://docbook.org/ns/docbook";
    static final String XLINK_NS = "http://www.w3.org/1999/xlink";

    private DocBookDom() {
    }

    /** Whether {@code e} is a DocBook element (of either flavour). */
    static boolean isDocBook(Element e) {
        String ns = e.getNamespaceURI();
        return ns == null || NS.equals(ns);
    }

    /** The element's DocBook name, or null for an element of another vocabulary (MathML, SVG…). */
    static String name(Element e) {
        if (!isDocBook(e)) {
            return null;
        }
        return e.getLocalName() == null ? e.getTagName() : e.getLocalName();
    }

    static boolean is(Element e, String name) {
        return name.equals(name(e));
    }

    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && is(e, name)) {
                return e;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Element e : children(parent)) {
            if (is(e, name)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first of {@code names} found among the children, in the order the names are given. */
    static Element firstChild(Element parent, String... names) {
        for (String name : names) {
            Element e = child(parent, name);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    /** The element's id: {@code xml:id}, else {@code id}; null when it has none. */
    static String id(Element e) {
        String id = e.getAttributeNS(XMLConstants.XML_NS_URI, "id");
        if (id.isEmpty()) {
            id = e.getAttribute("id");
        }
        return id.isBlank() ? null : id.strip();
    }

    /** The element's language: {@code xml:lang}, else {@code lang}; null when it has none. */
    static String lang(Element e) {
        String lang = e.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
        if (lang.isEmpty()) {
            lang = e.getAttribute("lang");
        }
        return lang.isBlank() ? null : lang.strip();
    }

    /** The element's text, XML white space collapsed; empty for null. */
    static String text(Element e) {
        return e == null ? "" : InlineCollector.collapse(e.getTextContent());
    }
}
