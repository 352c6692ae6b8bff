package org.colophon.robustness;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Mutates a manuscript from a seed, the same way every time: deletes, duplicates, swaps
 * and moves elements, rewrites text and attributes, then inserts, deletes and repeats
 * characters and finally raw bytes. {@link #describe()} says what was done, for a report.
 */
final class Mutator {

    /** Characters that have broken parsers, templates, typesetters and zip writers before. */
    private static final String[] NASTY = {
            "<", ">", "&", "\"", "'", ";", "$", "#", "{", "}", "]]>", "<!--", "-->", "<![CDATA[", "&#0;", "&#xFFFE;",
            "&#x1F600;", "&amp;", "&lt;", "\u0000", "\u0001", "\uFFFE", "\uD800", "\uDC00", "\u202E", "\u200B", "\u00A0",
            "\u202F", "\u00AD", "\u0301", "😀", "漢", "ꙮ", "\t", "\n", "\r", "  ", "#set($x = 1)", "${book}", "#end",
            "<p>", "</p>", "<note>", "<em>", "xml:lang=\"zz\"", "id=\"x\"", "<?pi x?>", "\uFEFF", "\u2028"};

    private final SplittableRandom random;
    private final List<String> steps = new ArrayList<>();

    Mutator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    String describe() {
        return String.join("; ", steps);
    }

    /**
     * Half the seeds mutate the tree only, so the result stays well-formed and reaches the
     * later stages; the other half also mangle characters and bytes, which mostly tests
     * the parser's messages.
     */
    byte[] mutate(byte[] original) {
        String text = new String(original, StandardCharsets.UTF_8);
        boolean structured = random.nextBoolean();
        int elementOps = structured ? 1 + random.nextInt(4) : random.nextInt(3);
        if (elementOps > 0) {
            Document doc = parse(original);
            if (doc != null) {
                for (int i = 0; i < elementOps; i++) {
                    mutateTree(doc);
                }
                text = serialize(doc);
            }
        }
        int charOps = structured ? 0 : random.nextInt(3);
        for (int i = 0; i < charOps; i++) {
            text = mutateText(text);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (!structured && random.nextInt(6) == 0) {
            bytes = bytes.clone();
            int at = random.nextInt(bytes.length);
            bytes[at] = (byte) random.nextInt(256);
            steps.add("byte " + at + " set to 0x" + Integer.toHexString(bytes[at] & 0xFF));
        }
        if (steps.isEmpty()) {
            return mutate(original); // always change something
        }
        return bytes;
    }

    private void mutateTree(Document doc) {
        List<Element> all = new ArrayList<>();
        collect(doc.getDocumentElement(), all);
        if (all.isEmpty()) {
            return;
        }
        Element e = all.get(random.nextInt(all.size()));
        Element other = all.get(random.nextInt(all.size()));
        switch (random.nextInt(11)) {
            case 0 -> {
                e.getParentNode().removeChild(e);
                steps.add("deleted <" + e.getTagName() + ">");
            }
            case 1 -> {
                e.getParentNode().insertBefore(e.cloneNode(true), e.getNextSibling());
                steps.add("duplicated <" + e.getTagName() + ">");
            }
            case 2 -> {
                if (e != other && !contains(e, other) && !contains(other, e)) {
                    Node mark = doc.createComment("swap");
                    e.getParentNode().replaceChild(mark, e);
                    other.getParentNode().replaceChild(e, other);
                    mark.getParentNode().replaceChild(other, mark);
                    steps.add("swapped <" + e.getTagName() + "> and <" + other.getTagName() + ">");
                }
            }
            case 3 -> {
                if (e != other && !contains(e, other)) {
                    other.appendChild(e);
                    steps.add("moved <" + e.getTagName() + "> into <" + other.getTagName() + ">");
                }
            }
            case 4 -> {
                e.setTextContent(randomText(1 + random.nextInt(40)));
                steps.add("rewrote the text of <" + e.getTagName() + ">");
            }
            case 5 -> {
                NamedNodeMap atts = e.getAttributes();
                if (atts.getLength() > 0) {
                    Node a = atts.item(random.nextInt(atts.getLength()));
                    if (!a.getNodeName().startsWith("xmlns")) {
                        if (random.nextBoolean()) {
                            atts.removeNamedItemNS(a.getNamespaceURI(), a.getLocalName());
                            steps.add("removed @" + a.getNodeName() + " of <" + e.getTagName() + ">");
                        } else {
                            a.setNodeValue(randomText(1 + random.nextInt(12)));
                            steps.add("rewrote @" + a.getNodeName() + " of <" + e.getTagName() + ">");
                        }
                    }
                }
            }
            case 7 -> {
                // a word with no break opportunity, longer than any measure
                String word = "x".repeat(50 + random.nextInt(3000));
                e.appendChild(doc.createTextNode(random.nextBoolean() ? word : word.replace('x', '\u4E00')));
                steps.add("appended a " + word.length() + "-character word to <" + e.getTagName() + ">");
            }
            case 8 -> {
                // inline markup nested deeper than any author would
                String name = Hostile.TEI_NS.equals(doc.getDocumentElement().getNamespaceURI()) ? "hi" : "em";
                int depth = 10 + random.nextInt(400);
                Element inner = doc.createElementNS(doc.getDocumentElement().getNamespaceURI(), name);
                inner.setTextContent("deep");
                for (int i = 0; i < depth; i++) {
                    Element outer = doc.createElementNS(doc.getDocumentElement().getNamespaceURI(), name);
                    outer.appendChild(inner);
                    inner = outer;
                }
                e.appendChild(inner);
                steps.add("nested <" + name + "> " + depth + " deep in <" + e.getTagName() + ">");
            }
            case 9 -> {
                String[] langs = {"ar", "he", "zh", "ja", "tr", "und", "fr-CA", "en-GB", "de", "x-klingon", "", "zxx"};
                String lang = langs[random.nextInt(langs.length)];
                e.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:lang", lang);
                steps.add("xml:lang=\"" + lang + "\" on <" + e.getTagName() + ">");
            }
            case 10 -> {
                String t = randomText(1 + random.nextInt(80));
                e.appendChild(doc.createTextNode(t));
                steps.add("appended text " + visible(t) + " to <" + e.getTagName() + ">");
            }
            default -> {
                Element copy = (Element) other.cloneNode(true);
                e.getParentNode().insertBefore(copy, e);
                steps.add("copied <" + other.getTagName() + "> before <" + e.getTagName() + ">");
            }
        }
    }

    private String mutateText(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int at = random.nextInt(text.length());
        switch (random.nextInt(4)) {
            case 0 -> {
                String s = random.nextBoolean() ? NASTY[random.nextInt(NASTY.length)] : randomText(1 + random.nextInt(6));
                steps.add("inserted " + visible(s) + " at " + at);
                return text.substring(0, at) + s + text.substring(at);
            }
            case 1 -> {
                int end = Math.min(text.length(), at + 1 + random.nextInt(60));
                steps.add("deleted characters " + at + "-" + end);
                return text.substring(0, at) + text.substring(end);
            }
            case 2 -> {
                int end = Math.min(text.length(), at + 1 + random.nextInt(200));
                steps.add("repeated characters " + at + "-" + end);
                return text.substring(0, end) + text.substring(at);
            }
            default -> {
                int cp = randomCodePoint();
                steps.add("inserted U+" + Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT) + " at " + at);
                return text.substring(0, at) + new String(Character.toChars(cp)) + text.substring(at);
            }
        }
    }

    private String randomText(int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (random.nextInt(4) == 0) {
                sb.append(NASTY[random.nextInt(NASTY.length)].replace("\u0000", "").replace("\uFFFE", ""));
            } else {
                sb.appendCodePoint(randomCodePoint());
            }
        }
        // text and attribute values set through the DOM must be XML characters
        return sb.toString().codePoints().filter(Mutator::isXmlChar)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private int randomCodePoint() {
        return switch (random.nextInt(5)) {
            case 0 -> 0x20 + random.nextInt(0x5F);           // ASCII
            case 1 -> 0xA0 + random.nextInt(0x2000);          // Latin, Greek, Cyrillic, Hebrew, Arabic…
            case 2 -> 0x2000 + random.nextInt(0x100);         // punctuation and spaces
            case 3 -> 0x1F300 + random.nextInt(0x300);        // emoji, outside the BMP
            default -> random.nextInt(0x30000);               // anything, surrogates included
        };
    }

    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private static String visible(String s) {
        StringBuilder sb = new StringBuilder("'");
        s.codePoints().forEach(c -> {
            if (c < 0x20 || (c >= 0x7F && c < 0xA0) || Character.getType(c) == Character.FORMAT || Character.isSurrogate((char) c)) {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.append('\'').toString();
    }

    private static void collect(Element e, List<Element> into) {
        NodeList children = e.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                into.add(child);
                collect(child, into);
            }
        }
    }

    private static boolean contains(Node ancestor, Node node) {
        for (Node n = node; n != null; n = n.getParentNode()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            return null;
        }
    }

    private static String serialize(Document doc) {
        try {
            var t = TransformerFactory.newDefaultInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
