package org.colophon.reader.tei;

import static org.colophon.reader.tei.TeiElements.BLOCK;
import static org.colophon.reader.tei.TeiElements.SKIPPED;
import static org.colophon.reader.tei.TeiElements.children;
import static org.colophon.reader.tei.TeiElements.isKnownInline;
import static org.colophon.reader.tei.TeiElements.langOf;
import static org.colophon.reader.tei.TeiElements.langOr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.colophon.model.Block;
import org.colophon.model.Inline;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Maps TEI verse onto {@link Block.Verse}: an {@code lg} is a stanza (nested ones each a
 * stanza), an {@code l} a line indented by its {@code @rend}, a {@code head} a centred line
 * before the verse, a {@code bibl} the attribution, a note stays on the line it follows.
 */
final class TeiVerseReader {

    private final TeiReport report;
    private final TeiIds ids;
    private final TeiInlineReader inlines;

    TeiVerseReader(TeiReport report, TeiIds ids, TeiInlineReader inlines) {
        this.report = report;
        this.ids = ids;
        this.inlines = inlines;
    }

    List<Block> verse(Element lg, String contextLang) {
        List<Block> before = new ArrayList<>();
        List<Block.Stanza> stanzas = new ArrayList<>();
        List<Inline> attribution = new ArrayList<>();
        collectStanzas(lg, contextLang, before, stanzas, attribution);
        List<Block> out = new ArrayList<>(before);
        if (!stanzas.isEmpty()) {
            out.add(new Block.Verse(TeiDom.xmlId(lg) != null ? ids.idFor(lg, "verse") : null, langIfOther(lg, contextLang),
                    stanzas, TeiSpacing.normalize(attribution)));
        }
        return out;
    }

    void collectStanzas(Element lg, String contextLang, List<Block> before, List<Block.Stanza> stanzas, List<Inline> attribution) {
        List<Block.VerseLine> lines = new ArrayList<>();
        String lang = langOr(lg, contextLang);
        for (Node n = lg.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                if (n.getNodeType() == Node.TEXT_NODE && !n.getNodeValue().isBlank()) {
                    lines.add(new Block.VerseLine(0, TeiSpacing.normalize(List.of(new Inline.Text(n.getNodeValue())))));
                }
                continue;
            }
            String name = TeiDom.localName(e);
            if (!TeiDom.isTei(e)) {
                report.unknown(e);
                lines.add(new Block.VerseLine(0, TeiSpacing.normalize(inlines.inlines(List.of(e), lang))));
            } else if (name.equals("l")) {
                lines.add(verseLine(e, lang));
            } else if (name.equals("lg")) {
                addStanza(lines, stanzas);
                collectStanzas(e, lang, before, stanzas, attribution);
            } else if (name.equals("head") && stanzas.isEmpty() && lines.isEmpty()) {
                List<Inline> head = TeiSpacing.normalize(inlines.inlines(children(e), lang));
                if (!head.isEmpty()) {
                    before.add(new Block.Paragraph(null, "centered", head));
                }
            } else if (name.equals("bibl")) {
                attribution.addAll(inlines.inlines(children(e), lang));
            } else if (name.equals("milestone")) {
                addStanza(lines, stanzas);
            } else if (SKIPPED.contains(name)) {
                continue;
            } else if (name.equals("note") || name.equals("anchor")) {
                List<Inline> calls = inlines.inlines(List.of(e), lang);
                if (!lines.isEmpty()) {
                    Block.VerseLine last = lines.remove(lines.size() - 1);
                    List<Inline> c = new ArrayList<>(last.content());
                    c.addAll(calls);
                    lines.add(new Block.VerseLine(last.indent(), c));
                } else {
                    lines.add(new Block.VerseLine(0, calls));
                }
            } else {
                if (!BLOCK.contains(name) && !isKnownInline(name)) {
                    report.unknown(e);
                }
                List<Inline> c = TeiSpacing.normalize(inlines.inlines(List.of(e), lang));
                if (!c.isEmpty()) {
                    lines.add(new Block.VerseLine(0, c));
                }
            }
        }
        addStanza(lines, stanzas);
    }

    static void addStanza(List<Block.VerseLine> lines, List<Block.Stanza> stanzas) {
        if (!lines.isEmpty()) {
            stanzas.add(new Block.Stanza(lines));
            lines.clear();
        }
    }

    Block.VerseLine verseLine(Element l, String lang) {
        return new Block.VerseLine(indent(TeiDom.attr(l, "rend")), TeiSpacing.normalize(inlines.inlines(children(l), langOr(l, lang))));
    }

    /** Indentation steps from a line's {@code @rend}: "indent" is one, "indent(2)" or "indent2" two. */
    private static int indent(String rend) {
        if (rend == null) {
            return 0;
        }
        String r = rend.toLowerCase(Locale.ROOT);
        int at = r.indexOf("indent");
        if (at < 0) {
            return 0;
        }
        int n = 0;
        for (int i = at + 6; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c >= '0' && c <= '9') {
                n = n * 10 + (c - '0');
            } else if (c != '(' && c != '-') {
                break;
            }
        }
        return r.startsWith("noindent", Math.max(0, at - 2)) ? 0 : Math.max(n, 1);
    }

    static void splitLines(List<Inline> content, List<Block.VerseLine> lines) {
        List<Inline> current = new ArrayList<>();
        for (Inline i : content) {
            if (i instanceof Inline.LineBreak) {
                if (!current.isEmpty()) {
                    lines.add(new Block.VerseLine(0, TeiSpacing.normalize(current)));
                }
                current = new ArrayList<>();
            } else {
                current.add(i);
            }
        }
        if (!current.isEmpty()) {
            lines.add(new Block.VerseLine(0, current));
        }
    }

    /** Consecutive bare {@code l} elements: one verse block of one stanza. */
    Block.Verse bareLines(List<Element> lines, String lang) {
        List<Block.VerseLine> verseLines = new ArrayList<>();
        for (Element l : lines) {
            verseLines.add(verseLine(l, lang));
        }
        return new Block.Verse(null, null, List.of(new Block.Stanza(verseLines)), List.of());
    }

    private static String langIfOther(Element e, String contextLang) {
        String own = langOf(e);
        return own == null || own.equals(contextLang) ? null : own;
    }
}
