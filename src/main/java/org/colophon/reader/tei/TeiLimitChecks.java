package org.colophon.reader.tei;

import java.util.ArrayList;
import java.util.List;
import org.colophon.error.Diagnostic;
import org.colophon.reader.ParagraphLengths;
import org.colophon.reader.ReadLimits;
import org.colophon.reader.XmlSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The {@link ReadLimits} that take TEI's vocabulary to apply, checked on the parsed
 * {@code <text>} before it is mapped: the length of each paragraph, all its phrases
 * together, and how deep divs nest (a div holding divs becomes a division holding
 * divisions, each level a level of the contents).
 */
final class TeiLimitChecks {

    private TeiLimitChecks() {
    }

    static List<Diagnostic> check(Element text) {
        List<Diagnostic> out = new ArrayList<>(ParagraphLengths.check(text, TeiElements::startsParagraph));
        Element tooDeep = firstTooDeepDiv(text);
        if (tooDeep != null) {
            XmlSource.Location at = XmlSource.locationOf(tooDeep);
            out.add(Diagnostic.error(at.file(), at.line(), at.column(), "<" + tooDeep.getTagName()
                    + "> sits " + (ReadLimits.MAX_DIVISION_DEPTH + 1) + " levels of divs deep here; Colophon sets"
                    + " divisions at most " + ReadLimits.MAX_DIVISION_DEPTH + " levels deep (volume, part, chapter…,"
                    + " each a level of the contents): flatten the deeper levels"));
        }
        return out;
    }

    /** The first div nested deeper than the limit, walked without recursion; null when none is. */
    private static Element firstTooDeepDiv(Element root) {
        Node n = root;
        int depth = 0; // divs open around n, n included
        while (n != null) {
            if (TeiDom.isDiv(n) && ++depth > ReadLimits.MAX_DIVISION_DEPTH) {
                return (Element) n;
            }
            Node child = firstElement(n.getFirstChild());
            if (child != null) {
                n = child;
                continue;
            }
            while (n != null && n != root && firstElement(n.getNextSibling()) == null) {
                if (TeiDom.isDiv(n)) {
                    depth--;
                }
                n = n.getParentNode();
            }
            if (n == null || n == root) {
                return null;
            }
            if (TeiDom.isDiv(n)) {
                depth--;
            }
            n = firstElement(n.getNextSibling());
        }
        return null;
    }

    private static Node firstElement(Node from) {
        Node n = from;
        while (n != null && !(n instanceof Element)) {
            n = n.getNextSibling();
        }
        return n;
    }
}
