package org.colophon.reader.manuscript;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.error.Diagnostic;
import org.colophon.reader.BookReader;
import org.colophon.reader.XmlSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Collects the XML Schema validator's errors and rewrites its {@code cvc-*} messages in
 * plain words: what was found, where, and what was expected.
 *
 * <p>The validator reports a bad attribute value twice (the facet that failed, then the
 * attribute); the first is held back and folded into the second. A duplicate id is left
 * to {@link ManuscriptChecks}, which can name both places.
 */
final class SchemaMessages implements ErrorHandler {

    private static final Pattern KEYED = Pattern.compile("^(cvc-[\\w.-]+): (.*)$", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE_VALUE = Pattern.compile(
            "^The value '(.*)' of attribute '([^']+)' on element '([^']+)' is not valid with respect to its type, '([^']+)'\\.?$",
            Pattern.DOTALL);
    private static final Pattern ELEMENT_VALUE = Pattern.compile(
            "^The value '(.*)' of element '([^']+)' is not valid\\.?$", Pattern.DOTALL);
    private static final Pattern EXPECTED = Pattern.compile("One of '\\{(.*)\\}' is expected");
    private static final Pattern ENUMERATION = Pattern.compile("enumeration '\\[(.*)\\]'");
    private static final Pattern FOR_TYPE = Pattern.compile("for type '([^']+)'");
    private static final Pattern VALID_VALUE_FOR = Pattern.compile("is not a valid value for '([^']+)'");
    private static final Pattern NOT_ALLOWED_ATTRIBUTE = Pattern.compile(
            "^Attribute '([^']+)' is not allowed to appear in element '([^']+)'");
    private static final Pattern NAMED_ELEMENT = Pattern.compile("^Element '([^']+)'");
    private static final Pattern MISSING_ATTRIBUTE = Pattern.compile(
            "^Attribute '([^']+)'(?: belonging to namespace '([^']+)')?,? must appear on element '([^']+)'");

    /** Facet failures: said again, with the attribute or element, by the error that follows. */
    private static final List<String> FACET_KEYS = List.of(
            "cvc-pattern-valid", "cvc-enumeration-valid", "cvc-datatype-valid", "cvc-minInclusive-valid",
            "cvc-maxInclusive-valid", "cvc-minExclusive-valid", "cvc-maxExclusive-valid", "cvc-length-valid",
            "cvc-minLength-valid", "cvc-maxLength-valid", "cvc-totalDigits-valid", "cvc-fractionDigits-valid",
            "cvc-id.2");

    private static final String METADATA_ORDER =
            "title, subtitle, creator, identifier, publisher, date, rights, description, subject, series, cover, source,"
                    + " accessibility";

    private static final Map<String, String> ATTRIBUTE_HINTS = Map.of(
            "xml:id", "write id=\"…\" instead",
            "lang", "write xml:lang=\"…\" instead",
            "class", "a manuscript says what text is, not how it looks; see the p style attribute",
            "rend", "a manuscript says what text is, not how it looks; see the p style attribute");

    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private Node current;
    private Held held;

    /** A facet failure waiting for the error that names its attribute or element. */
    private record Held(String key, String text, Node node) {}

    /** The node the validator is looking at now. */
    void at(Node node) {
        this.current = node;
    }

    List<Diagnostic> diagnostics(List<Diagnostic> more) {
        flushHeld();
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.addAll(more);
        return all;
    }

    void fatal(SAXException e) {
        add(current, plain(e.getMessage()));
    }

    @Override
    public void warning(SAXParseException e) {
        // The schema raises no warnings about instances worth showing.
    }

    @Override
    public void error(SAXParseException e) {
        handle(e.getMessage());
    }

    @Override
    public void fatalError(SAXParseException e) {
        handle(e.getMessage());
    }

    private void handle(String raw) {
        Matcher m = KEYED.matcher(raw == null ? "" : raw);
        if (!m.matches()) {
            flushHeld();
            add(current, raw == null ? "the manuscript does not follow the format" : raw);
            return;
        }
        String key = m.group(1);
        String text = m.group(2);
        if (isFacet(key)) {
            flushHeld();
            held = new Held(key, text, current);
            return;
        }
        Held facet = held;
        held = null;
        if (facet != null && !key.equals("cvc-attribute.3") && !key.equals("cvc-type.3.1.3")) {
            add(facet.node(), plain(facet.text()));
            facet = null;
        }
        String message = translate(key, text, facet);
        if (message != null) {
            add(current, message);
        }
    }

    private static boolean isFacet(String key) {
        for (String f : FACET_KEYS) {
            if (key.startsWith(f)) {
                return true;
            }
        }
        return false;
    }

    private void flushHeld() {
        if (held != null) {
            if (!held.key().equals("cvc-id.2")) {
                add(held.node(), plain(held.text()));
            }
            held = null;
        }
    }

    /** The message for one validator error, or null when another check reports it better. */
    private String translate(String key, String text, Held facet) {
        Element element = current instanceof Element e ? e : null;
        Element parent = current == null ? null
                : current.getParentNode() instanceof Element p ? p : null;
        switch (key) {
            case "cvc-attribute.3": {
                if (facet != null && facet.key().equals("cvc-id.2")) {
                    return null;
                }
                Matcher m = ATTRIBUTE_VALUE.matcher(text);
                if (!m.matches()) {
                    return plain(text);
                }
                String value = m.group(1);
                String attribute = m.group(2);
                String on = m.group(3);
                String type = m.group(4);
                if (attribute.equals("version") && on.equals("book")) {
                    return "this manuscript says version=\"" + value + "\", but this Colophon reads version 1 of the"
                            + " format; write version=\"1\"";
                }
                if (value.isBlank() && (type.equals("nonEmptyText") || type.equals("path"))) {
                    return "attribute " + attribute + " on <" + on + "> is empty";
                }
                return "attribute " + attribute + "=\"" + value + "\" on <" + on + "> is not valid: expected "
                        + expectation(type, facet);
            }
            case "cvc-type.3.1.3": {
                Matcher m = ELEMENT_VALUE.matcher(text);
                if (!m.matches()) {
                    return plain(text);
                }
                String value = m.group(1);
                String name = m.group(2);
                String type = facet == null ? "" : typeOf(facet);
                if (value.isBlank()) {
                    return "<" + name + "> is empty" + (name.equals("title") ? "; the book needs a title" : "");
                }
                return "<" + name + ">" + value + "</" + name + "> is not valid: expected " + expectation(type, facet);
            }
            case "cvc-complex-type.2.4.a": {
                String found = element == null ? quotedName(text) : describe(element);
                String where = parent == null ? "" : " in <" + parent.getTagName() + ">";
                String message = "element " + found + " is not allowed here" + where + "; expected "
                        + expectedList(text);
                return message + hintFor(element, parent);
            }
            case "cvc-complex-type.2.4.d": {
                String found = element == null ? quotedName(text) : describe(element);
                String where = parent == null ? "here" : "here: <" + parent.getTagName() + "> expects nothing more"
                        + after(element);
                return "element " + found + " is not allowed " + where + hintFor(element, parent);
            }
            case "cvc-complex-type.2.4.b": {
                if (element != null && element.getUserData(XIncludeExpander.INCOMPLETE_KEY) != null) {
                    return null; // it lost an included file, already reported
                }
                String name = element == null ? "the element" : "<" + element.getTagName() + ">";
                Element last = element == null ? null : lastChildElement(element);
                String expected = expectedList(text);
                if (element != null && element.getLocalName().equals("part") && expected.contains("<chapter>")) {
                    return "<part> has no <chapter>; a part holds one or more chapters, after its title and any"
                            + " opening text";
                }
                if (last == null) {
                    return name + " is empty; it needs " + expected;
                }
                return name + " is incomplete: after <" + last.getTagName() + "> it needs " + expected;
            }
            case "cvc-complex-type.2.3": {
                Matcher m = NAMED_ELEMENT.matcher(text);
                Element holder = m.find() ? near(current, m.group(1)) : parent;
                Node stray = holder == null ? null : firstText(holder);
                if (stray != null) {
                    current = stray;
                }
                String name = holder == null ? "this element" : "<" + holder.getTagName() + ">";
                return "text is not allowed directly inside " + name
                        + (stray == null ? "" : " (found \"" + snippet(stray) + "\")") + textHint(holder);
            }
            case "cvc-complex-type.2.1": {
                String name = element == null ? "this element" : "<" + element.getTagName() + ">";
                return name + " must be empty";
            }
            case "cvc-complex-type.2.2": {
                String name = element == null ? "this element" : "<" + element.getTagName() + ">";
                Element child = element == null ? null : firstChildElement(element);
                return name + " holds plain text only" + (child == null ? "" : "; found element " + describe(child));
            }
            case "cvc-complex-type.3.2.2": {
                Matcher m = NOT_ALLOWED_ATTRIBUTE.matcher(text);
                if (!m.find()) {
                    return plain(text);
                }
                String hint = ATTRIBUTE_HINTS.get(m.group(1));
                return "attribute " + m.group(1) + " is not allowed on <" + m.group(2) + ">"
                        + (hint == null ? "" : "; " + hint);
            }
            case "cvc-complex-type.4": {
                Matcher m = MISSING_ATTRIBUTE.matcher(text);
                if (!m.find()) {
                    return plain(text);
                }
                String attribute = "http://www.w3.org/XML/1998/namespace".equals(m.group(2))
                        ? "xml:" + m.group(1) : m.group(1);
                String hint = attribute.equals("xml:lang") ? ", the language of its text (such as xml:lang=\"fr\")" : "";
                return "<" + m.group(3) + "> needs attribute " + attribute + hint;
            }
            case "cvc-elt.1.a": {
                String found = element == null ? quotedName(text) : describe(element);
                return "the root element must be <book>; found " + found;
            }
            default:
                return plain(text);
        }
    }

    /** What a value of a schema type looks like, in words. */
    private static String expectation(String type, Held facet) {
        if (facet != null && facet.key().startsWith("cvc-enumeration-valid")) {
            Matcher m = ENUMERATION.matcher(facet.text());
            if (m.find()) {
                return oneOf(Arrays.asList(m.group(1).split(", ")), false);
            }
        }
        return switch (type) {
            case "languageTag" -> "a language tag such as fr, en-GB or zh-Hant-TW (a 2 or 3 letter language,"
                    + " then optional script and region, joined by '-')";
            case "date" -> "a date written YYYY, YYYY-MM or YYYY-MM-DD, such as 2024-11-12";
            case "id", "idReference", "NCName", "ID" -> "a name that starts with a letter or '_' and holds only"
                    + " letters, digits, '-', '_' and '.' (no spaces, no colon)";
            case "indent" -> "a whole number from 1 to 20";
            case "codeLanguage" -> "a language's short name in lower case, without spaces, such as java, xml,"
                    + " json, shell or python";
            case "listStart" -> "a whole number from 0 to 999999";
            case "figureWidth" -> "a share of the measure such as 50% (at most 100%), or a length such as 6cm,"
                    + " 45mm, 2.5in or 120pt";
            case "cellSpan" -> "a whole number from 1 to 1000";
            case "columnWidth" -> "a column width: a share of the measure (30%), a length (4cm, 25mm, 1.5in, 72pt)"
                    + " or a share of what the other columns leave (*, 2*)";
            case "int", "integer" -> "a whole number";
            case "nonEmptyText", "path" -> "some text";
            default -> type.isEmpty() ? "another value" : "a value of type " + type;
        };
    }

    private static String typeOf(Held facet) {
        Matcher m = FOR_TYPE.matcher(facet.text());
        if (m.find()) {
            return m.group(1);
        }
        m = VALID_VALUE_FOR.matcher(facet.text());
        return m.find() ? m.group(1) : "";
    }

    private static String expectedList(String text) {
        Matcher m = EXPECTED.matcher(text);
        if (!m.find()) {
            return "something else";
        }
        List<String> names = new ArrayList<>();
        for (String item : m.group(1).split(", ")) {
            int colon = item.lastIndexOf("\":");
            names.add(colon >= 0 ? item.substring(colon + 2) : item);
        }
        return oneOf(names, true);
    }

    private static String oneOf(List<String> names, boolean elements) {
        List<String> shown = names.stream().map(n -> elements ? "<" + n + ">" : n).toList();
        if (shown.size() == 1) {
            return shown.get(0);
        }
        return "one of " + String.join(", ", shown.subList(0, shown.size() - 1)) + " or " + shown.get(shown.size() - 1);
    }

    private static String hintFor(Element element, Element parent) {
        if (parent == null || element == null) {
            return "";
        }
        String p = parent.getLocalName();
        String ns = element.getNamespaceURI();
        if (!BookReader.MANUSCRIPT_NS.equals(ns)) {
            if ("include".equals(element.getLocalName()) && ns != null && ns.contains("XInclude")) {
                return " (the XInclude namespace is " + Vocabulary.XINCLUDE_NS + ")";
            }
            if (ns == null) {
                return " (an element in no namespace: did an included file or an xmlns=\"\" leave out"
                        + " xmlns=\"" + BookReader.MANUSCRIPT_NS + "\"?)";
            }
            return "";
        }
        if (p.equals("metadata")) {
            return " (metadata elements go in this order: " + METADATA_ORDER + ")";
        }
        if ((p.equals("item") || p.equals("note")) && hasInlineContent(parent, element)) {
            return " (an <" + p + "> holds either running text or blocks such as <p>, not both)";
        }
        return "";
    }

    private static boolean hasInlineContent(Element parent, Element before) {
        for (Node n = parent.getFirstChild(); n != null && n != before; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE && !n.getNodeValue().isBlank()) {
                return true;
            }
            if (n instanceof Element e && !Vocabulary.isBlock(e.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    private static String textHint(Element parent) {
        if (parent == null) {
            return "";
        }
        return switch (parent.getLocalName()) {
            case "list" -> "; put it in an <item>";
            case "stanza" -> "; put it in a <line>";
            case "verse" -> "; put it in a <stanza> of <line>s";
            case "metadata" -> "; put it in the element it belongs to, such as <description>";
            case "book", "body", "front", "back", "part" -> "; running text goes in a <p> inside a division such as"
                    + " <chapter>";
            case "figure" -> "; put it in a <caption>";
            case "table", "thead", "tbody", "tfoot" -> "; put it in a <td> of a <tr>";
            case "tr" -> "; put it in a <td> or a <th>";
            case "blockquote" -> "; put it in a <p>, or an <attribution>";
            default -> "; put it in a <p>";
        };
    }

    private static String after(Element element) {
        if (element == null) {
            return "";
        }
        for (Node n = element.getPreviousSibling(); n != null; n = n.getPreviousSibling()) {
            if (n instanceof Element e) {
                return " after <" + e.getTagName() + ">";
            }
        }
        return "";
    }

    private static String describe(Element e) {
        String ns = e.getNamespaceURI();
        if (BookReader.MANUSCRIPT_NS.equals(ns)) {
            return "<" + e.getTagName() + ">";
        }
        return "<" + e.getTagName() + "> (" + (ns == null ? "in no namespace" : "in namespace '" + ns + "'")
                + ", not the manuscript's)";
    }

    private static String quotedName(String text) {
        Matcher m = Pattern.compile("element '(?:\\{\"[^\"]*\":)?([^'}]+)\\}?'").matcher(text);
        return m.find() ? "<" + m.group(1) + ">" : "?";
    }

    /**
     * The element called {@code name} that an error raised at {@code node} is about: the
     * node itself, a sibling before it (the validator may speak once the next node
     * began) or an ancestor.
     */
    private static Element near(Node node, String name) {
        for (Node n = node; n != null; n = n.getParentNode()) {
            for (Node s = n; s != null; s = s.getPreviousSibling()) {
                if (s instanceof Element e && e.getTagName().equals(name)) {
                    return e;
                }
            }
        }
        return null;
    }

    private static Node firstText(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE && !n.getNodeValue().isBlank()) {
                return n;
            }
        }
        return null;
    }

    private static Element lastChildElement(Element e) {
        for (Node n = e.getLastChild(); n != null; n = n.getPreviousSibling()) {
            if (n instanceof Element c) {
                return c;
            }
        }
        return null;
    }

    private static Element firstChildElement(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                return c;
            }
        }
        return null;
    }

    private static String snippet(Node text) {
        String s = text == null || text.getNodeValue() == null ? "" : text.getNodeValue().strip().replaceAll("\\s+", " ");
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** A validator message without its {@code cvc-} key, for the cases not rewritten. */
    private static String plain(String message) {
        if (message == null) {
            return "the manuscript does not follow the format";
        }
        Matcher m = KEYED.matcher(message);
        return m.matches() ? m.group(2) : message;
    }

    private void add(Node node, String message) {
        XmlSource.Location l = XmlSource.locationOf(node);
        diagnostics.add(Diagnostic.error(l.file(), l.line(), l.column(), message));
    }
}
