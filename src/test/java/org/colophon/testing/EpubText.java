package org.colophon.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The text an EPUB's reader meets: the bodies of its spine's documents, in spine order. */
final class EpubText {

    private static final String OPF_NS = "http://www.idpf.org/2007/opf";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    private EpubText() {
    }

    /** The body text of every spine document, in order. */
    static String of(Map<String, byte[]> entries) {
        String opfPath = rootFile(entries);
        Document opf = EpubFiles.parse(entries.get(opfPath));
        String base = opfPath.contains("/") ? opfPath.substring(0, opfPath.lastIndexOf('/') + 1) : "";
        Map<String, String> hrefs = new HashMap<>();
        NodeList items = opf.getElementsByTagNameNS(OPF_NS, "item");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            hrefs.put(item.getAttribute("id"), item.getAttribute("href"));
        }
        StringBuilder text = new StringBuilder();
        NodeList spine = opf.getElementsByTagNameNS(OPF_NS, "itemref");
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < spine.getLength(); i++) {
            String path = base + hrefs.get(((Element) spine.item(i)).getAttribute("idref"));
            byte[] page = entries.get(path);
            if (page == null) {
                missing.add(path);
                continue;
            }
            NodeList bodies = EpubFiles.parse(page).getElementsByTagNameNS(XHTML_NS, "body");
            if (bodies.getLength() > 0) {
                append(bodies.item(0), text);
            }
        }
        if (!missing.isEmpty()) {
            throw new AssertionError("the spine names documents the EPUB lacks: " + missing);
        }
        return text.toString();
    }

    private static String rootFile(Map<String, byte[]> entries) {
        byte[] container = entries.get("META-INF/container.xml");
        if (container == null) {
            throw new AssertionError("the EPUB has no META-INF/container.xml");
        }
        NodeList roots = EpubFiles.parse(container).getElementsByTagNameNS("*", "rootfile");
        if (roots.getLength() == 0) {
            throw new AssertionError("container.xml names no package document: "
                    + new String(container, StandardCharsets.UTF_8));
        }
        return ((Element) roots.item(0)).getAttribute("full-path");
    }

    private static void append(Node node, StringBuilder out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(n.getNodeValue());
            } else if (n instanceof Element e) {
                append(e, out);
            }
        }
    }
}
