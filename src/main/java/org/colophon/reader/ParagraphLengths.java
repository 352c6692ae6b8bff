package org.colophon.reader;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.colophon.error.Diagnostic;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Holds every paragraph of a parsed book to {@link ReadLimits#MAX_PARAGRAPH_CHARACTERS},
 * all its inline elements together: each text node counts towards the nearest element
 * around it that the format sets as a paragraph of its own (a paragraph, a title, a verse
 * line, a note…), so that splitting a paragraph with {@code <em>} gains nothing, while a
 * note, set apart, does not count towards the paragraph that calls it.
 */
public final class ParagraphLengths {

    /** Which elements the format sets as paragraphs of their own. */
    @FunctionalInterface
    public interface Paragraphs {
        /**
         * Whether {@code element} starts a paragraph of its own; {@code enclosing} is the
         * nearest element around it that does, or null.
         */
        boolean startsParagraph(Element element, Element enclosing);
    }

    private record Open(Element element, CharacterCount count) {}

    private ParagraphLengths() {
    }

    /** The paragraphs under {@code root} that are too long, each at its start tag. */
    public static List<Diagnostic> check(Element root, Paragraphs paragraphs) {
        List<Diagnostic> out = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        // walked without recursion: the tree may nest as deep as ReadLimits allows
        Node n = root;
        while (n != null) {
            if (n instanceof Element e) {
                if (paragraphs.startsParagraph(e, open.isEmpty() ? null : open.peek().element())) {
                    open.push(new Open(e, new CharacterCount()));
                }
            } else if ((n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE)
                    && !open.isEmpty()) {
                open.peek().count().add(n.getNodeValue());
            }
            if (n.getFirstChild() != null) {
                n = n.getFirstChild();
                continue;
            }
            while (n != null) {
                close(n, open, out);
                if (n == root) {
                    n = null;
                } else if (n.getNextSibling() != null) {
                    n = n.getNextSibling();
                    break;
                } else {
                    n = n.getParentNode();
                }
            }
        }
        return out;
    }

    private static void close(Node n, Deque<Open> open, List<Diagnostic> out) {
        if (open.isEmpty() || open.peek().element() != n) {
            return;
        }
        Open closed = open.pop();
        long count = closed.count().count();
        if (count > ReadLimits.MAX_PARAGRAPH_CHARACTERS) {
            XmlSource.Location at = XmlSource.locationOf(closed.element());
            out.add(Diagnostic.error(at.file(), at.line(), at.column(), String.format(Locale.ROOT,
                    "<%s> holds %,d characters, its inline elements counted; Colophon sets paragraphs of at most"
                            + " %,d (about 400 printed pages): split it",
                    closed.element().getTagName(), count, ReadLimits.MAX_PARAGRAPH_CHARACTERS)));
        }
    }
}
