package org.colophon.reader.tei;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.colophon.error.Diagnostic;
import org.colophon.reader.XmlSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What a TEI {@code text} may hold: a {@code front}, a {@code body} (or a {@code group} of
 * texts in its place) and a {@code back}, each once, and between them only what leaves nothing there ({@link
 * TeiElements#BETWEEN_ZONES}: page breaks, milestones, forme work, anchors), comments and
 * processing instructions, as exports of printed books write them. Anything else between
 * the zones would be lost, so it is refused at its place.
 */
final class TeiTextShape {

    private static final Set<String> ZONES = Set.of("front", "body", "group", "back");

    private static final String WHAT_HOLDS_TEXT = "only <front>, <body> (or <group>) and <back> may hold text";

    private TeiTextShape() {
    }

    /** What is wrong with {@code text}'s own children; empty when nothing is. */
    static List<Diagnostic> problems(Element text) {
        List<Diagnostic> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node n = text.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                String name = TeiDom.localName(e);
                boolean tei = TeiDom.isTei(e);
                if (tei && ZONES.contains(name)) {
                    if (!seen.add(name)) {
                        problems.add(at(e, "a second <" + e.getTagName() + "> inside <text>; a <text> holds one <front>,"
                                + " one <body> (or <group>) and one <back> at most: join the two"));
                    }
                } else if (!tei || !TeiElements.BETWEEN_ZONES.contains(name)) {
                    problems.add(at(e, "<" + e.getTagName() + "> inside <text> is not supported: " + WHAT_HOLDS_TEXT
                            + ", and between them only page breaks, milestones and forme work (<pb>, <cb>, <gb>, <lb>,"
                            + " <milestone>, <fw>, <anchor>); move it into <front>, <body> or <back>"));
                }
            } else if ((n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE)
                    && !n.getNodeValue().isBlank()) {
                problems.add(strayText(n));
            }
        }
        if (seen.contains("body") && seen.contains("group")) {
            problems.add(at(TeiDom.child(text, "group"), "<text> holds both a <body> and a <group>; a <group> of <text>s"
                    + " takes the place of the <body>: keep one of them"));
        } else if (!seen.contains("body") && !seen.contains("group")) {
            problems.add(at(text, "<text> has no <body>; expected <text><front>?<body>…</body><back>?</text>,"
                    + " or a <group> of <text>s in place of the <body>"));
        }
        return problems;
    }

    private static Diagnostic at(Node n, String message) {
        XmlSource.Location loc = XmlSource.locationOf(n);
        return Diagnostic.error(loc.file(), loc.line(), loc.column(), message);
    }

    /** Words written straight in {@code text}, reported where their first letter stands, not where the white space before it starts. */
    private static Diagnostic strayText(Node textNode) {
        XmlSource.Location loc = XmlSource.locationOf(textNode);
        String value = textNode.getNodeValue();
        int line = loc.line();
        int column = loc.column();
        int i = 0;
        for (; i < value.length() && Character.isWhitespace(value.charAt(i)); i++) {
            if (value.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        String words = TeiDom.collapse(value);
        if (words.length() > 40) {
            words = words.substring(0, 40) + "…";
        }
        return Diagnostic.error(loc.file(), line, column, "text written directly inside <text> (\"" + words + "\"); "
                + WHAT_HOLDS_TEXT + ": move it into one of them");
    }
}
