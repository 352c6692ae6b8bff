package org.colophon.layout;

import java.util.List;
import org.colophon.model.Inline;

/** Small helpers over inline content. */
final class Inlines {

    private Inlines() {
    }

    /** The phrasing content inside an inline (empty for text, breaks, anchors and notes). */
    static List<Inline> children(Inline inline) {
        if (inline instanceof Inline.Styled s) {
            return s.content();
        } else if (inline instanceof Inline.Quote q) {
            return q.content();
        } else if (inline instanceof Inline.Foreign f) {
            return f.content();
        } else if (inline instanceof Inline.CrossRef c) {
            return c.content();
        } else if (inline instanceof Inline.Link l) {
            return l.content();
        }
        return List.of();
    }

    /**
     * Plain text for navigation and metadata: notes and anchors dropped, a line break
     * becomes a space, quotation marks kept.
     */
    static String plainText(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        appendPlain(inlines, sb);
        return collapseSpaces(sb);
    }

    private static void appendPlain(List<Inline> inlines, StringBuilder sb) {
        for (Inline i : inlines) {
            if (i instanceof Inline.Text t) {
                sb.append(t.text());
            } else if (i instanceof Inline.Code c) {
                sb.append(c.text());
            } else if (i instanceof Inline.LineBreak) {
                sb.append(' ');
            } else if (i instanceof Inline.Quote q) {
                sb.append(q.open() == null ? "\u201C" : q.open());
                appendPlain(q.content(), sb);
                sb.append(q.close() == null ? "\u201D" : q.close());
            } else if (!(i instanceof Inline.Note) && !(i instanceof Inline.Anchor)
                    && !(i instanceof Inline.IndexTerm)) {
                appendPlain(children(i), sb);
            }
        }
    }

    private static String collapseSpaces(StringBuilder sb) {
        StringBuilder out = new StringBuilder(sb.length());
        boolean space = false;
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            // only ASCII white space collapses: no-break spaces are typography, kept as set
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
