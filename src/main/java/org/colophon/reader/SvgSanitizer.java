package org.colophon.reader;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.colophon.confine.CssText;
import org.colophon.confine.UrlTarget;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;
import org.colophon.error.Warnings;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.ProcessingInstruction;
import org.w3c.dom.Text;

/**
 * An SVG image made fit for an EPUB. The file is parsed as the manuscripts are (no DTD, no
 * entity: {@link XmlSource}), refused when it is not an SVG, and written anew without what
 * an e-book must not carry: scripts, event handlers, embedded HTML, and every reference
 * that is not to the image itself ({@code #id}) or a PNG, JPEG or GIF carried in a
 * {@code data:} URL (other files would be missing from the EPUB, the network must not be
 * reached, {@code file:} is this computer). The rest of the drawing is kept, and what was
 * removed is warned about once per image. Sanitized rather than refused because SVGs come
 * from exports the user did not write and could not fix one by one; the drawing survives.
 *
 * <p>What ships is always the rewritten document, comments and processing instructions
 * left out: only what was parsed and checked reaches the book.
 */
public final class SvgSanitizer {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XLINK_NS = "http://www.w3.org/1999/xlink";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final String XML_EVENTS_NS = "http://www.w3.org/2001/xml-events";
    /** Elements that change an attribute over time: they could set a link or a handler the checks never saw. */
    private static final Set<String> ANIMATIONS = Set.of("animate", "set", "animateMotion", "animateTransform", "animateColor");
    private static final Pattern PSEUDO_HREF = Pattern.compile("href\\s*=\\s*([\"'])(.*?)\\1");

    /** What an SVG may hold that an EPUB must not carry, in the order the warning lists them. */
    enum Unsafe {
        EXTERNAL_STYLE_SHEET("external style sheet", "external style sheets"),
        SCRIPT("script", "scripts"),
        EVENT_HANDLER("event handler", "event handlers"),
        EMBEDDED_HTML("piece of embedded HTML", "pieces of embedded HTML"),
        EXTERNAL_REFERENCE("reference to another file or to the network", "references to other files or to the network");

        private final String one;
        private final String many;

        Unsafe(String one, String many) {
            this.one = one;
            this.many = many;
        }
    }

    /** One thing removed: what, an example of it for the message, and where it stood. */
    private record Removal(Unsafe what, String example, XmlSource.Location at) {}

    private final List<Removal> removed = new ArrayList<>();

    private SvgSanitizer() {
    }

    /**
     * The bytes of the SVG image {@code file} without what an EPUB must not carry; a
     * warning names the file and lists what went.
     *
     * @param shownAs how messages name the file
     * @throws BuildException when the file is not well-formed XML, has a DOCTYPE, or is not an SVG image
     */
    public static byte[] sanitize(Path file, String shownAs, Warnings warnings) throws BuildException {
        Document doc = parse(file, shownAs);
        SvgSanitizer sanitizer = new SvgSanitizer();
        sanitizer.instructions(doc);
        Element root = doc.getDocumentElement();
        if (!SVG_NS.equals(root.getNamespaceURI()) || !"svg".equals(root.getLocalName())) {
            XmlSource.Location at = XmlSource.locationOf(root);
            throw new BuildException(at.file(), at.line(), at.column(), "this is not an SVG image: its root element is <"
                    + root.getTagName() + ">, where an SVG image has <svg> in the namespace " + SVG_NS);
        }
        sanitizer.clean(root);
        sanitizer.warn(warnings);
        return serialize(doc, shownAs);
    }

    /** The file parsed as manuscripts are; a DOCTYPE's refusal says what to do in an SVG's own terms. */
    private static Document parse(Path file, String shownAs) throws BuildException {
        try {
            return XmlSource.parse(file, shownAs);
        } catch (BuildException e) {
            List<Diagnostic> reworded = new ArrayList<>();
            for (Diagnostic d : e.diagnostics()) {
                reworded.add(d.message().equals(ParserMessages.DOCTYPE) ? Diagnostic.error(d.file(), d.line(), d.column(),
                        "a DOCTYPE declaration is not allowed in an SVG image: Colophon reads no DTD and no entity;"
                                + " remove the <!DOCTYPE …> line, which SVG does not need") : d);
            }
            throw new BuildException(reworded);
        }
    }

    /** Processing instructions outside the root: a linked style sheet is noted, all are left out. */
    private void instructions(Document doc) {
        for (Node n = doc.getFirstChild(); n != null; ) {
            Node next = n.getNextSibling();
            if (n instanceof ProcessingInstruction pi) {
                if (pi.getTarget().equalsIgnoreCase("xml-stylesheet")) {
                    Matcher href = PSEUDO_HREF.matcher(pi.getData());
                    note(Unsafe.EXTERNAL_STYLE_SHEET, href.find() ? href.group(2) : "<?xml-stylesheet?>", pi);
                }
                doc.removeChild(pi);
            }
            n = next;
        }
    }

    private void clean(Element e) {
        cleanAttributes(e);
        for (Node n = e.getFirstChild(); n != null; ) {
            Node next = n.getNextSibling();
            if (n instanceof Element child) {
                Unsafe unsafe = unsafe(child);
                if (unsafe != null) {
                    note(unsafe, "<" + child.getTagName() + ">", child);
                    e.removeChild(child);
                } else if (SVG_NS.equals(child.getNamespaceURI()) && "style".equals(child.getLocalName())) {
                    cleanStyleSheet(child);
                } else {
                    clean(child);
                }
            }
            n = next;
        }
    }

    /** Why a whole element must go, or null. */
    private static Unsafe unsafe(Element e) {
        String name = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
        if (name.equals("script") || name.equals("handler")) {
            return Unsafe.SCRIPT;
        }
        if (name.equals("foreignObject") || XHTML_NS.equals(e.getNamespaceURI())) {
            return Unsafe.EMBEDDED_HTML;
        }
        if (ANIMATIONS.contains(name)) {
            String target = e.getAttribute("attributeName");
            String local = target.substring(target.indexOf(':') + 1).toLowerCase(Locale.ROOT);
            if (local.equals("href")) {
                return Unsafe.EXTERNAL_REFERENCE;
            }
            if (local.startsWith("on")) {
                return Unsafe.EVENT_HANDLER;
            }
        }
        return null;
    }

    private void cleanAttributes(Element e) {
        NamedNodeMap attributes = e.getAttributes();
        List<Attr> all = new ArrayList<>(attributes.getLength());
        for (int i = 0; i < attributes.getLength(); i++) {
            all.add((Attr) attributes.item(i));
        }
        for (Attr a : all) {
            String ns = a.getNamespaceURI();
            String name = a.getLocalName() == null ? a.getName() : a.getLocalName();
            String value = a.getValue();
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ns)) {
                continue;
            }
            Unsafe unsafe = null;
            if (XML_EVENTS_NS.equals(ns) || ns == null && name.toLowerCase(Locale.ROOT).startsWith("on")) {
                unsafe = Unsafe.EVENT_HANDLER;
                value = name;
            } else if (name.equals("href") && (ns == null || XLINK_NS.equals(ns))) {
                unsafe = linkAllowed(value) ? null : Unsafe.EXTERNAL_REFERENCE;
            } else if (name.equals("base") && XMLConstants.XML_NS_URI.equals(ns)) {
                unsafe = Unsafe.EXTERNAL_REFERENCE; // would make every other link resolve elsewhere
            } else if (ns == null && value.indexOf('(') >= 0) {
                // presentation attributes (fill, filter, clip-path…) and style are CSS: url() fetches
                CssText css = new CssText(value);
                List<CssText.Reference> bad = forbidden(css.references());
                if (!bad.isEmpty()) {
                    if (name.equals("style")) {
                        a.setValue(cleaned(css, bad, e).css());
                    } else {
                        unsafe = kind(bad.get(0));
                        value = bad.get(0).target();
                    }
                }
            }
            if (unsafe != null) {
                note(unsafe, value, e);
                e.removeAttributeNode(a);
            }
        }
    }

    /** A {@code <style>}: what it would fetch is cut out of its text, the rest of the sheet is kept. */
    private void cleanStyleSheet(Element style) {
        CssText css = new CssText(style.getTextContent());
        List<CssText.Reference> bad = forbidden(css.references());
        if (bad.isEmpty()) {
            return;
        }
        Node first = style.getFirstChild();
        XmlSource.Location textAt = XmlSource.locationOf(first == null ? style : first);
        for (CssText.Reference r : bad) {
            // the reference's place in the SVG file: its line and column in the sheet, from where the text starts
            XmlSource.Location at = new XmlSource.Location(textAt.file(), textAt.line() + r.line() - 1,
                    r.line() == 1 ? textAt.column() + r.column() - 1 : r.column());
            removed.add(new Removal(kind(r), r.target().isEmpty() ? r.written() : r.target(), at));
        }
        CssText kept = css.without(bad);
        while (style.getFirstChild() != null) {
            style.removeChild(style.getFirstChild());
        }
        if (forbidden(kept.references()).isEmpty()) {
            Text text = style.getOwnerDocument().createTextNode(kept.css());
            text.setUserData(XmlSource.LOCATION_KEY, textAt, null);
            style.appendChild(text);
        } // else: cutting made a new reference out of the pieces; the sheet stays empty
    }

    /** A {@code style} attribute's declarations without what they would fetch. */
    private CssText cleaned(CssText css, List<CssText.Reference> bad, Element owner) {
        for (CssText.Reference r : bad) {
            note(kind(r), r.target().isEmpty() ? r.written() : r.target(), owner);
        }
        CssText kept = css.without(bad);
        return forbidden(kept.references()).isEmpty() ? kept : new CssText("");
    }

    /** The references CSS inside an SVG may not make: any import, any url() but #fragments and data:. */
    private static List<CssText.Reference> forbidden(List<CssText.Reference> references) {
        List<CssText.Reference> out = new ArrayList<>();
        for (CssText.Reference r : references) {
            UrlTarget target = r.points();
            boolean allowed = r.kind() == CssText.ReferenceKind.URL
                    && (target == UrlTarget.FRAGMENT || target == UrlTarget.DATA || target == UrlTarget.EMPTY);
            if (!allowed) {
                out.add(r);
            }
        }
        return out;
    }

    private static Unsafe kind(CssText.Reference r) {
        return r.kind() == CssText.ReferenceKind.IMPORT ? Unsafe.EXTERNAL_STYLE_SHEET : Unsafe.EXTERNAL_REFERENCE;
    }

    /** A link an SVG in an EPUB may keep: to a part of itself, or to a raster image carried in the link. */
    private static boolean linkAllowed(String href) {
        UrlTarget target = UrlTarget.of(href);
        return target == UrlTarget.FRAGMENT || target == UrlTarget.EMPTY || UrlTarget.isDataImage(href);
    }

    private void note(Unsafe what, String example, Node where) {
        removed.add(new Removal(what, example, XmlSource.locationOf(where)));
    }

    /** One warning for the image, at the first thing removed, listing every kind with a count and an example. */
    private void warn(Warnings warnings) {
        if (removed.isEmpty()) {
            return;
        }
        Removal first = removed.get(0);
        for (Removal r : removed) {
            if (r.at().line() < first.at().line()
                    || r.at().line() == first.at().line() && r.at().column() < first.at().column()) {
                first = r;
            }
        }
        Map<Unsafe, List<Removal>> byKind = new EnumMap<>(Unsafe.class);
        for (Removal r : removed) {
            byKind.computeIfAbsent(r.what(), k -> new ArrayList<>()).add(r);
        }
        List<String> parts = new ArrayList<>();
        byKind.forEach((kind, list) -> parts.add((list.size() == 1 ? "1 " + kind.one : list.size() + " " + kind.many)
                + " (" + shorten(list.get(0).example()) + (list.size() > 1 ? ", …" : "") + ")"));
        warnings.warn(first.at().file(), first.at().line(), first.at().column(),
                "removed from this SVG image what an EPUB may not carry: " + String.join(", ", parts)
                        + "; the rest of the drawing is kept");
    }

    private static String shorten(String example) {
        String s = example.strip();
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }

    private static byte[] serialize(Document doc, String shownAs) throws BuildException {
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer identity = factory.newTransformer();
            identity.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            identity.setOutputProperty(OutputKeys.METHOD, "xml");
            doc.setXmlStandalone(true); // no standalone="no" in the declaration
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            identity.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new BuildException(shownAs, 0, 0, "cannot write the SVG image anew: " + e.getMessage());
        }
    }
}
