package org.colophon.reader.tei;

import java.util.ArrayList;
import java.util.List;
import org.colophon.model.Inline;

/**
 * Collapses white space in a block's inline content the way HTML does: every run of
 * spaces, tabs and line ends becomes one space where it stands (so a space before an
 * italic phrase stays outside it), none at the start or end of the block or around a
 * forced line break, and none before a footnote call (the space moves after the call,
 * which belongs to the word before it). No-break spaces are text, not white space.
 */
final class TeiSpacing {

    private boolean lastWasSpace = true;
    /** A space taken away before a note call, still owed to the next word. */
    private boolean owed;

    private TeiSpacing() {
    }

    /** The normalised copy of a block's content; empty text and empty styling are gone. */
    static List<Inline> normalize(List<Inline> content) {
        List<Inline> out = new TeiSpacing().run(content);
        trimEnd(out);
        // A forced break at either end of a block breaks nothing.
        while (!out.isEmpty() && out.get(0) instanceof Inline.LineBreak) {
            out.remove(0);
        }
        while (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.LineBreak) {
            out.remove(out.size() - 1);
            trimEnd(out);
        }
        return out;
    }

    private List<Inline> run(List<Inline> content) {
        List<Inline> out = new ArrayList<>(content.size());
        for (Inline inline : content) {
            one(inline, out);
        }
        return out;
    }

    private void one(Inline inline, List<Inline> out) {
        if (inline instanceof Inline.Text t) {
            String s = text(t.text());
            if (!s.isEmpty()) {
                out.add(new Inline.Text(s));
            }
        } else if (inline instanceof Inline.Styled s) {
            List<Inline> c = run(s.content());
            if (!c.isEmpty()) {
                out.add(new Inline.Styled(s.style(), c));
            }
        } else if (inline instanceof Inline.Quote q) {
            List<Inline> c = run(q.content());
            if (!c.isEmpty()) {
                out.add(new Inline.Quote(q.open(), q.close(), c));
            }
        } else if (inline instanceof Inline.Foreign f) {
            List<Inline> c = run(f.content());
            if (!c.isEmpty()) {
                out.add(new Inline.Foreign(f.lang(), c));
            }
        } else if (inline instanceof Inline.CrossRef r) {
            List<Inline> c = run(r.content());
            if (!c.isEmpty()) {
                out.add(r.withContent(c));
            }
        } else if (inline instanceof Inline.Link l) {
            List<Inline> c = run(l.content());
            if (!c.isEmpty()) {
                out.add(new Inline.Link(l.href(), c));
            }
        } else if (inline instanceof Inline.LineBreak) {
            trimEnd(out);
            lastWasSpace = true;
            owed = false;
            out.add(inline);
        } else if (inline instanceof Inline.Note) {
            if (trimEnd(out)) {
                owed = true;
            }
            out.add(inline);
        } else {
            out.add(inline);
        }
    }

    private String text(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                if (!lastWasSpace) {
                    sb.append(' ');
                    lastWasSpace = true;
                }
            } else {
                if (owed) {
                    if (sb.length() == 0 || sb.charAt(sb.length() - 1) != ' ') {
                        sb.append(' ');
                    }
                    owed = false;
                }
                sb.append(c);
                lastWasSpace = false;
            }
        }
        return sb.toString();
    }

    /** Removes one trailing space from the end of {@code out} (looking inside styling); true if it did. */
    private static boolean trimEnd(List<Inline> out) {
        for (int i = out.size() - 1; i >= 0; i--) {
            Inline last = out.get(i);
            if (last instanceof Inline.Anchor) {
                continue;
            }
            if (last instanceof Inline.Text t) {
                if (!t.text().endsWith(" ")) {
                    return false;
                }
                String s = t.text().substring(0, t.text().length() - 1);
                if (s.isEmpty()) {
                    out.remove(i);
                } else {
                    out.set(i, new Inline.Text(s));
                }
                return true;
            }
            List<Inline> inner = contentOf(last);
            if (inner == null) {
                return false;
            }
            List<Inline> copy = new ArrayList<>(inner);
            if (!trimEnd(copy)) {
                return false;
            }
            if (copy.isEmpty()) {
                out.remove(i);
            } else {
                out.set(i, withContent(last, copy));
            }
            return true;
        }
        return false;
    }

    private static List<Inline> contentOf(Inline i) {
        if (i instanceof Inline.Styled s) {
            return s.content();
        }
        if (i instanceof Inline.Quote q) {
            return q.content();
        }
        if (i instanceof Inline.Foreign f) {
            return f.content();
        }
        if (i instanceof Inline.CrossRef r) {
            return r.content();
        }
        if (i instanceof Inline.Link l) {
            return l.content();
        }
        return null;
    }

    private static Inline withContent(Inline i, List<Inline> content) {
        if (i instanceof Inline.Styled s) {
            return new Inline.Styled(s.style(), content);
        }
        if (i instanceof Inline.Quote q) {
            return new Inline.Quote(q.open(), q.close(), content);
        }
        if (i instanceof Inline.Foreign f) {
            return new Inline.Foreign(f.lang(), content);
        }
        if (i instanceof Inline.CrossRef r) {
            return r.withContent(content);
        }
        return new Inline.Link(((Inline.Link) i).href(), content);
    }
}
