package org.colophon.reader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.colophon.error.BuildException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses an XML file safely into a DOM whose elements remember where they stood.
 *
 * <p>DTDs are refused outright (so no external entity, no entity expansion bomb can
 * even start), and every element carries its {@link Location} as user data, because
 * the JDK's DOM builder forgets line numbers and every later error must name one.
 */
public final class XmlSource {

    /** The DOM user-data key under which each element's {@link Location} is stored. */
    public static final String LOCATION_KEY = "colophon.location";

    /** Where an element starts: the file as shown to the user, 1-based line and column. */
    public record Location(String file, int line, int column) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column;
        }
    }

    private XmlSource() {
    }

    /** The location stored on an element by {@link #parse}; a best guess for other nodes. */
    public static Location locationOf(Node node) {
        for (Node n = node; n != null; n = n.getParentNode()) {
            Object loc = n.getUserData(LOCATION_KEY);
            if (loc instanceof Location l) {
                return l;
            }
        }
        return new Location("?", 0, 0);
    }

    /**
     * Parses {@code file}; {@code shownAs} is how messages name it (usually the path the
     * user typed). Not well-formed input, a DOCTYPE or bad encoding gives a
     * {@link BuildException} naming the line and column.
     */
    public static Document parse(Path file, String shownAs) throws BuildException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, shownAs);
        } catch (NoSuchFileException e) {
            throw new BuildException(shownAs, 0, 0, "no such file");
        } catch (IOException e) {
            throw new BuildException(shownAs, 0, 0, "cannot read the file: " + e.getMessage());
        }
    }

    public static Document parse(InputStream in, String shownAs) throws BuildException {
        Document doc;
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            doc = dbf.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        DomBuilder builder = new DomBuilder(doc, shownAs);
        try {
            SAXParser parser = secureParserFactory().newSAXParser();
            InputSource source = new InputSource(in);
            source.setSystemId(shownAs);
            parser.parse(source, builder);
        } catch (SAXParseException e) {
            throw new BuildException(shownAs, Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0),
                    explain(e.getMessage()));
        } catch (SAXException e) {
            throw new BuildException(shownAs, 0, 0, explain(e.getMessage()));
        } catch (CharacterCodingException e) {
            throw new BuildException(shownAs, builder.line(), builder.column(), "the file is not valid UTF-8");
        } catch (IOException e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new BuildException(shownAs, builder.line(), builder.column(),
                    msg.contains("UTF-8") || msg.contains("byte") ? "the file is not valid UTF-8 (" + msg + ")" : "cannot read the file: " + msg);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        return doc;
    }

    private static SAXParserFactory secureParserFactory() throws ParserConfigurationException, SAXException {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setXIncludeAware(false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f;
    }

    private static String explain(String parserMessage) {
        if (parserMessage == null) {
            return "the file is not well-formed XML";
        }
        if (parserMessage.contains("DOCTYPE")) {
            return "a DOCTYPE declaration is not allowed: manuscripts may not use DTDs or entities";
        }
        if (parserMessage.contains("Invalid byte") || parserMessage.contains("UTF-8")) {
            return "the file is not valid UTF-8 (" + parserMessage + ")";
        }
        return "not well-formed XML: " + parserMessage;
    }

    /** Builds the DOM from SAX events, stamping each element with its location. */
    private static final class DomBuilder extends DefaultHandler {
        private final Document doc;
        private final String shownAs;
        private final Deque<Node> open = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private Locator locator;

        DomBuilder(Document doc, String shownAs) {
            this.doc = doc;
            this.shownAs = shownAs;
            open.push(doc);
        }

        int line() {
            return locator == null ? 0 : locator.getLineNumber();
        }

        int column() {
            return locator == null ? 0 : locator.getColumnNumber();
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            flushText();
            Element e = doc.createElementNS(uri.isEmpty() ? null : uri, qName);
            for (int i = 0; i < atts.getLength(); i++) {
                String attUri = atts.getURI(i);
                String attQName = atts.getQName(i);
                if (attQName.equals("xmlns") || attQName.startsWith("xmlns:")) {
                    e.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, attQName, atts.getValue(i));
                } else {
                    e.setAttributeNS(attUri.isEmpty() ? null : attUri, attQName, atts.getValue(i));
                }
            }
            // The SAX locator points just past the start tag; that is close enough to find it.
            e.setUserData(LOCATION_KEY, new Location(shownAs, line(), column()), null);
            open.peek().appendChild(e);
            open.push(e);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            flushText();
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        @Override
        public void processingInstruction(String target, String data) {
            flushText();
        }

        private void flushText() {
            if (text.length() > 0) {
                if (open.peek() != doc) {
                    open.peek().appendChild(doc.createTextNode(text.toString()));
                }
                text.setLength(0);
            }
        }
    }
}
