package org.colophon.reader.manuscript;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.colophon.error.Diagnostic;
import org.colophon.reader.XmlSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Validates a manuscript's DOM (after XInclude expansion) against the bundled
 * {@code manuscript.xsd}, collecting every error with the file, line and column of the
 * node it concerns, in plain words.
 *
 * <p>The DOM is streamed to a {@link ValidatorHandler} by hand rather than validated as a
 * {@code DOMSource}: that way the validator's "current position" is the location each
 * node got when its own file was parsed, so errors inside an included chapter point
 * into that chapter's file.
 */
final class ManuscriptSchema {

    static final String RESOURCE = "/org/colophon/reader/manuscript.xsd";
    private static final String XSI_NS = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    /** Compiled once per JVM: a {@link Schema} is immutable and safe to share between threads. */
    private static final class Compiled {
        static final Schema SCHEMA = compile();
    }

    List<Diagnostic> validate(Element root) {
        ValidatorHandler handler = Compiled.SCHEMA.newValidatorHandler();
        SchemaMessages messages = new SchemaMessages();
        Feed feed = new Feed(handler, messages);
        try {
            // The messages are parsed for their arguments, so they must be the untranslated
            // (English) ones; Locale.ENGLISH would fall back to the JVM's locale, ROOT does not.
            handler.setProperty("http://apache.org/xml/properties/locale", Locale.ROOT);
        } catch (SAXException e) {
            throw new IllegalStateException("the XML Schema validator does not take a locale", e);
        }
        handler.setErrorHandler(messages);
        handler.setDocumentLocator(feed);
        try {
            handler.startDocument();
            feed.element(root);
            handler.endDocument();
        } catch (SAXException e) {
            // Only a fatal error stops the validator; what was collected so far still stands.
            messages.fatal(e);
        }
        return messages.diagnostics(feed.extraDiagnostics);
    }

    private static Schema compile() {
        URL url = ManuscriptSchema.class.getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the class path");
        }
        try {
            // The JDK's own validator, whatever else is on the class path: its messages are reworded.
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // Only the bundled schema documents are ever read, never anything from a network.
            factory.setResourceResolver((type, namespace, publicId, systemId, baseURI) -> {
                if ("xml.xsd".equals(systemId)) {
                    return new BundledSchemaInput("/org/colophon/reader/xml.xsd", baseURI);
                }
                throw new IllegalStateException("the manuscript schema refers to an unknown document " + systemId);
            });
            try (InputStream in = url.openStream()) {
                return factory.newSchema(new StreamSource(in, url.toExternalForm()));
            }
        } catch (SAXException e) {
            throw new IllegalStateException("the bundled manuscript schema is broken: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Streams DOM nodes to the validator and answers the validator's "where are we" with
     * the location of the node being streamed.
     */
    private static final class Feed implements Locator {
        private final ValidatorHandler handler;
        private final SchemaMessages messages;
        private final List<Diagnostic> extraDiagnostics = new ArrayList<>();
        /** The node being streamed; its location is looked up only if the validator asks. */
        private Node current;

        Feed(ValidatorHandler handler, SchemaMessages messages) {
            this.handler = handler;
            this.messages = messages;
        }

        void element(Element e) throws SAXException {
            at(e);
            AttributesImpl atts = new AttributesImpl();
            NamedNodeMap map = e.getAttributes();
            List<String> prefixes = new ArrayList<>();
            for (int i = 0; i < map.getLength(); i++) {
                Attr a = (Attr) map.item(i);
                String ns = a.getNamespaceURI();
                if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ns)) {
                    String prefix = a.getPrefix() == null ? "" : a.getLocalName();
                    handler.startPrefixMapping(prefix, a.getValue());
                    prefixes.add(prefix);
                } else if (XSI_NS.equals(ns)) {
                    String local = localName(a);
                    if (!local.equals("schemaLocation") && !local.equals("noNamespaceSchemaLocation")) {
                        // xsi:type or xsi:nil would let a manuscript change its own rules.
                        XmlSource.Location l = XmlSource.locationOf(e);
                        extraDiagnostics.add(Diagnostic.error(l.file(), l.line(), l.column(), "attribute " + a.getName()
                                + " is not allowed: a manuscript is always checked against Colophon's own schema"));
                    }
                    // Schema locations are for the author's XML editor; Colophon never follows them.
                } else {
                    atts.addAttribute(ns == null ? "" : ns, localName(a), a.getName(), "CDATA", a.getValue());
                }
            }
            String ns = e.getNamespaceURI() == null ? "" : e.getNamespaceURI();
            messages.at(e);
            handler.startElement(ns, localName(e), e.getTagName(), atts);
            for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element ce) {
                    element(ce);
                } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                    at(child);
                    messages.at(child);
                    char[] chars = child.getNodeValue().toCharArray();
                    handler.characters(chars, 0, chars.length);
                }
            }
            at(e);
            messages.at(e);
            handler.endElement(ns, localName(e), e.getTagName());
            for (int i = prefixes.size() - 1; i >= 0; i--) {
                handler.endPrefixMapping(prefixes.get(i));
            }
        }

        private void at(Node node) {
            current = node;
        }

        private static String localName(Node n) {
            return n.getLocalName() == null ? n.getNodeName() : n.getLocalName();
        }

        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public String getSystemId() {
            return XmlSource.locationOf(current).file();
        }

        @Override
        public int getLineNumber() {
            return XmlSource.locationOf(current).line();
        }

        @Override
        public int getColumnNumber() {
            return XmlSource.locationOf(current).column();
        }
    }
}
