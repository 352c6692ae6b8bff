package org.colophon.reader.tei;

import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import org.colophon.reader.BookReader;
import org.colophon.reader.InlineCollector;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small DOM look-ups for TEI documents: TEI-namespace children, xml: attributes, plain text. */
final class TeiDom {

    private TeiDom() {
    }

    static boolean isTei(Node node) {
        return node instanceof Element && BookReader.TEI_NS.equals(node.getNamespaceURI());
    }

    static boolean isTei(Node node, String localName) {
        return isTei(node) && localName.equals(localName(node));
    }

    /** {@code div}, or one of the numbered {@code div1}…{@code div7}. */
    static boolean isDiv(Node node) {
        if (!isTei(node)) {
            return false;
        }
        String name = localName(node);
        return name.equals("div") || (name.length() == 4 && name.startsWith("div")
                && name.charAt(3) >= '1' && name.charAt(3) <= '7');
    }

    static String localName(Node node) {
        String local = node.getLocalName();
        if (local != null) {
            return local;
        }
        String name = node.getNodeName();
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    /** The element children of {@code parent}, in any namespace. */
    static List<Element> elements(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The TEI children of {@code parent} called {@code localName}. */
    static List<Element> elements(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (isTei(n, localName)) {
                out.add((Element) n);
            }
        }
        return out;
    }

    /** The first TEI child of {@code parent} called {@code localName}, or null. */
    static Element child(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (isTei(n, localName)) {
                return (Element) n;
            }
        }
        return null;
    }

    /** Follows a path of TEI child names from {@code start}; null when any step is missing. */
    static Element path(Element start, String... names) {
        Element at = start;
        for (String name : names) {
            at = child(at, name);
            if (at == null) {
                return null;
            }
        }
        return at;
    }

    /** An attribute with no namespace, or null when absent or blank. */
    static String attr(Element e, String name) {
        if (e == null || !e.hasAttribute(name)) {
            return null;
        }
        String v = e.getAttribute(name).trim();
        return v.isEmpty() ? null : v;
    }

    /** {@code xml:lang} on the element itself, or null. */
    static String xmlLang(Element e) {
        String v = e.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** {@code xml:id} on the element itself, or null. */
    static String xmlId(Element e) {
        String v = e.getAttributeNS(XMLConstants.XML_NS_URI, "id");
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** The element's text content with runs of white space collapsed to one space and trimmed. */
    static String plainText(Node node) {
        if (node == null) {
            return null;
        }
        return collapse(node.getTextContent());
    }

    /** Runs of XML white space become one space, trimmed: the same rule as the manuscript reader's. */
    static String collapse(String s) {
        return InlineCollector.collapse(s);
    }
}
