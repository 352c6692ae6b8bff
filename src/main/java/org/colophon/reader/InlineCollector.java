package org.colophon.reader;

import java.util.ArrayList;
import java.util.List;
import org.colophon.model.Inline;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Turns the mixed content of a block (a paragraph, a title, a verse line…) into inlines,
 * collapsing XML indentation the way HTML does: a run of spaces, tabs and line ends
 * becomes one space, even across element boundaries, and none is kept at the start or
 * end of the block or around a line break. Every other character is kept as written.
 *
 * <p>A space that falls at an element boundary goes outside the element
 * ({@code <em>word </em>next} gives {@code word} in italics, then {@code " next"}), so
 * that emphasis never starts or ends with a space.
 */
public final class InlineCollector {

    /** Maps an inline element (other than a line break) to the model; may call back for its content. */
    @FunctionalInterface
    public interface ElementMapper {
        Inline map(Element element, InlineCollector collector);
    }

    private final ElementMapper mapper;
    private boolean lineStart;
    private boolean pendingSpace;
    private boolean lastWasSpace;

    public InlineCollector(ElementMapper mapper) {
        this.mapper = mapper;
    }

    /** The content of a block-level container, collapsed, trimmed at both ends. */
    public List<Inline> block(Element container) {
        boolean savedLineStart = lineStart;
        boolean savedPending = pendingSpace;
        boolean savedLast = lastWasSpace;
        lineStart = true;
        pendingSpace = false;
        lastWasSpace = false;
        List<Inline> out = content(container);
        lineStart = savedLineStart;
        pendingSpace = savedPending;
        lastWasSpace = savedLast;
        return out;
    }

    /** The content of an inline element, in the flow of the block around it. */
    public List<Inline> content(Element element) {
        List<Inline> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            short type = n.getNodeType();
            if (type == Node.TEXT_NODE || type == Node.CDATA_SECTION_NODE) {
                appendCollapsed(n.getNodeValue(), text);
            } else if (n instanceof Element child) {
                if (isLineBreak(child)) {
                    pendingSpace = false;
                    flush(text, out);
                    out.add(new Inline.LineBreak());
                    lineStart = true;
                    lastWasSpace = false;
                } else {
                    if (pendingSpace) {
                        text.append(' ');
                        pendingSpace = false;
                        lastWasSpace = true;
                    }
                    flush(text, out);
                    Inline mapped = mapper.map(child, this);
                    out.add(mapped);
                    if (printsWords(mapped)) {
                        // its words were not collected as text here, yet a space after them counts
                        lineStart = false;
                        lastWasSpace = false;
                    }
                }
            }
        }
        flush(text, out);
        return out;
    }

    private void appendCollapsed(String s, StringBuilder text) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                if (!lineStart && !lastWasSpace) {
                    pendingSpace = true;
                }
            } else {
                if (pendingSpace) {
                    text.append(' ');
                    pendingSpace = false;
                }
                text.append(c);
                lineStart = false;
                lastWasSpace = false;
            }
        }
    }

    /** Inlines whose text is not read through this collector: code, and a reference that prints its target's words. */
    private static boolean printsWords(Inline inline) {
        return inline instanceof Inline.Code
                || inline instanceof Inline.CrossRef r && r.content().isEmpty();
    }

    private static boolean isLineBreak(Element e) {
        return "br".equals(e.getLocalName()) && BookReader.MANUSCRIPT_NS.equals(e.getNamespaceURI());
    }

    private static void flush(StringBuilder text, List<Inline> out) {
        if (text.length() > 0) {
            out.add(new Inline.Text(text.toString()));
            text.setLength(0);
        }
    }

    /** Collapses and trims plain text (metadata values): runs of XML white space become one space. */
    public static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
