package org.colophon.pdf.flow;

import java.awt.geom.Dimension2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.batik.anim.dom.SVGDOMImplementation;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.BridgeException;
import org.apache.batik.bridge.DocumentLoader;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.NoLoadExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.dom.util.DOMUtilities;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.ParsedURL;
import org.colophon.error.BuildException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * An SVG image as a drawing the PDF can carry as vectors: Batik builds its graphics tree
 * from the document the reader already sanitized (no script, no outside reference), and
 * {@code PdfAssembler} paints that tree into a PDF form. Batik never parses the file
 * itself nor loads anything: the document is read by {@link XhtmlParser}, closed to the
 * outside, and Batik's own loaders are told to refuse scripts and external resources.
 */
public final class SvgDrawing {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XLINK_NS = "http://www.w3.org/1999/xlink";
    /** CSS pixels, Batik's user unit, to points. */
    private static final float PX = 72f / 96f;

    private final GraphicsNode root;
    private final float width;
    private final float height;
    private final boolean sized;

    private SvgDrawing(GraphicsNode root, float width, float height, boolean sized) {
        this.root = root;
        this.width = width;
        this.height = height;
        this.sized = sized;
    }

    /** Reads the (sanitized) SVG {@code data}; {@code path} names it in messages. */
    public static SvgDrawing read(byte[] data, String path) throws IOException {
        Document parsed;
        try {
            parsed = new XhtmlParser().parse(new String(data, StandardCharsets.UTF_8), path);
        } catch (BuildException e) {
            throw new IOException(e.getMessage(), e);
        }
        Element svg = parsed.getDocumentElement();
        toSvg11(svg);
        boolean sized = !svg.getAttribute("width").isBlank() && !svg.getAttribute("width").strip().endsWith("%")
                && !svg.getAttribute("height").isBlank() && !svg.getAttribute("height").strip().endsWith("%");
        Document document = DOMUtilities.deepCloneDocument(parsed, SVGDOMImplementation.getDOMImplementation());
        Refusing agent = new Refusing();
        BridgeContext context = new BridgeContext(agent, new DocumentLoader(agent));
        context.setDynamicState(BridgeContext.STATIC);
        GraphicsNode root;
        try {
            root = new GVTBuilder().build(context, document);
        } catch (BridgeException | IllegalArgumentException | IllegalStateException e) {
            throw new IOException("Batik cannot draw it: " + oneLine(e.getMessage()), e);
        } finally {
            context.dispose();
        }
        if (!agent.errors.isEmpty()) {
            throw new IOException("Batik cannot draw it: " + oneLine(String.valueOf(agent.errors.get(0))));
        }
        Dimension2D size = context.getDocumentSize();
        if (root == null || size == null || !(size.getWidth() > 0) || !(size.getHeight() > 0)) {
            throw new IOException("it has no size to draw at (give the <svg> a width and a height, or a viewBox)");
        }
        return new SvgDrawing(root, (float) size.getWidth(), (float) size.getHeight(), sized);
    }

    /**
     * Says in SVG 1.1, which Batik reads, what SVG 2 lets a drawing say otherwise: a plain
     * {@code href} is {@code xlink:href}, and an image without one (the reader removed a
     * reference to another file) draws nothing rather than stopping the drawing.
     */
    private static void toSvg11(Element e) {
        if (e.hasAttribute("href") && !e.hasAttributeNS(XLINK_NS, "href")) {
            e.setAttributeNS(XLINK_NS, "xlink:href", e.getAttribute("href"));
        }
        for (Node child = e.getFirstChild(); child != null; ) {
            Node next = child.getNextSibling();
            if (child instanceof Element c) {
                if (SVG_NS.equals(c.getNamespaceURI()) && c.getLocalName().equals("image")
                        && !c.hasAttributeNS(XLINK_NS, "href") && !c.hasAttribute("href")) {
                    e.removeChild(c);
                } else {
                    toSvg11(c);
                }
            }
            child = next;
        }
    }

    /** Its width in points, from its {@code width} attribute (or its viewBox when it has none). */
    public float naturalWidth() {
        return width * PX;
    }

    public float naturalHeight() {
        return height * PX;
    }

    /** Whether the SVG says how large it is; one that does not is drawn across the measure. */
    public boolean sized() {
        return sized;
    }

    /** Batik's graphics tree, in user units of {@link #userWidth()} × {@link #userHeight()}. */
    public GraphicsNode root() {
        return root;
    }

    public float userWidth() {
        return width;
    }

    public float userHeight() {
        return height;
    }

    /** A user agent that loads nothing, runs nothing, and keeps what went wrong. */
    private static final class Refusing extends UserAgentAdapter {
        final List<String> errors = new ArrayList<>();

        @Override
        public ScriptSecurity getScriptSecurity(String scriptType, ParsedURL scriptURL, ParsedURL docURL) {
            return new NoLoadScriptSecurity(scriptType);
        }

        @Override
        public ExternalResourceSecurity getExternalResourceSecurity(ParsedURL resourceURL, ParsedURL docURL) {
            // pixels carried in the drawing itself (data: URLs, kept by the reader) are not outside it
            if (resourceURL != null && "data".equals(resourceURL.getProtocol())) {
                return () -> { };
            }
            return new NoLoadExternalResourceSecurity();
        }

        @Override
        public void displayError(Exception e) {
            errors.add(e.getMessage());
        }

        @Override
        public void displayError(String message) {
            errors.add(message);
        }

        @Override
        public void displayMessage(String message) {
            // Batik's progress notes
        }
    }

    /** Batik's message without the "null:-1" place it gives for a document read from memory, on one line. */
    private static String oneLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        return message.replaceFirst("^null:-?\\d+\\s*", "").replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
