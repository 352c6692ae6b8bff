package org.colophon.reader.tei;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.colophon.model.Block;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** What the TEI reader knows about elements: which are blocks, which are phrases, which leave no trace. */
final class TeiElements {

    /** Elements that are blocks even inside a paragraph: meeting one splits the paragraph. */
    static final Set<String> BLOCK_IN_PARAGRAPH = Set.of(
            "p", "ab", "lg", "l", "list", "table", "figure", "milestone", "floatingText", "eg",
            "div", "div1", "div2", "div3", "div4", "div5", "div6", "div7", "sp", "titlePage");

    /** Elements that are blocks where blocks are expected (in a div, a quote, a note). */
    static final Set<String> BLOCK = Set.of(
            "p", "ab", "head", "label", "trailer", "salute", "signed", "dateline", "byline",
            "docAuthor", "docTitle", "titlePart", "docImprint", "docDate", "docEdition", "bibl",
            "opener", "closer", "lg", "l", "list", "table", "figure", "milestone", "epigraph",
            "argument", "cit", "quote", "q", "said", "floatingText", "titlePage", "eg",
            "div", "div1", "div2", "div3", "div4", "div5", "div6", "div7");

    /** Quotations: a block when they hold blocks, an inline {@link Inline.Quote} otherwise. */
    static final Set<String> QUOTATIONS = Set.of("quote", "q", "said", "cit", "epigraph");

    /** Phrase-level elements whose content is kept as it is, with no look of their own. */
    static final Set<String> TRANSPARENT = Set.of(
            "sic", "corr", "reg", "orig", "abbr", "expan", "add", "supplied", "unclear",
            "name", "persName", "placeName", "orgName", "geogName", "roleName", "forename",
            "surname", "addName", "genName", "nameLink", "rs", "term", "date", "time", "num",
            "measure", "seg", "w", "c", "pc", "distinct", "label", "bibl", "author", "editor",
            "pubPlace", "publisher", "idno", "s", "phr", "cl", "m", "docAuthor", "docTitle",
            "titlePart", "docImprint", "docDate", "docEdition", "byline", "salute", "signed",
            "dateline", "trailer", "head", "speaker", "stage", "item");

    /**
     * Elements that leave nothing where they stand: page, column and gathering breaks of the
     * source edition, and its forme work ({@code fw}: running heads, page numbers,
     * catchwords, signatures), which belongs to the printed source's pages, not to the text.
     */
    static final Set<String> SKIPPED = Set.of("pb", "cb", "gb", "fw");

    /**
     * What may stand in a {@code text} between its front, body (or group) and back: marks of
     * the source edition's layout and anchors. They leave nothing there, as {@code pb} leaves
     * nothing anywhere.
     */
    static final Set<String> BETWEEN_ZONES = Set.of("pb", "cb", "gb", "lb", "milestone", "fw", "anchor");

    /** Elements whose loose text, between the blocks they hold, becomes paragraphs. */
    private static final Set<String> TEXT_CONTAINERS = Set.of("text", "group", "front", "body", "back", "note");

    /**
     * Elements whose own text is running text: a block among them is a phrase of theirs
     * ({@code <p>…<label>…</label>…</p>}), not a paragraph apart.
     */
    private static final Set<String> RUNNING_TEXT = Set.of(
            "p", "ab", "l", "head", "label", "trailer", "salute", "signed", "dateline", "byline", "docAuthor",
            "docTitle", "titlePart", "docImprint", "docDate", "docEdition", "bibl", "item", "cell");

    private TeiElements() {
    }

    /** Whether the element holds a block (verse, a list, a quotation of paragraphs…) and so cannot stay one paragraph. */
    static boolean hasBlockChild(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && TeiDom.isTei(c) && isBlockInParagraph(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element is a block even inside a paragraph (a visible milestone, a quotation of paragraphs…). */
    static boolean isBlockInParagraph(Element e) {
        String name = TeiDom.localName(e);
        if (BLOCK_IN_PARAGRAPH.contains(name)) {
            return !name.equals("milestone") || sceneBreak(e) != null;
        }
        return QUOTATIONS.contains(name) && hasBlockChild(e);
    }

    /**
     * Whether the reader sets {@code e}'s text apart from the text around it, as paragraphs
     * of its own, for {@link org.colophon.reader.ParagraphLengths}: when unsure, no, so that
     * a paragraph is counted too long rather than too short. Quotations are phrases
     * ({@code <q>} and a paragraph of {@code <quote>} add to the text they stand in).
     */
    static boolean startsParagraph(Element e, Element enclosing) {
        if (!TeiDom.isTei(e)) {
            return false;
        }
        String name = TeiDom.localName(e);
        if (BLOCK_IN_PARAGRAPH.contains(name) || TEXT_CONTAINERS.contains(name)) {
            return true;
        }
        boolean blockOfItsOwn = (BLOCK.contains(name) && !QUOTATIONS.contains(name))
                || name.equals("item") || name.equals("cell");
        return blockOfItsOwn && (enclosing == null || !RUNNING_TEXT.contains(TeiDom.localName(enclosing)));
    }

    static boolean isKnownInline(String name) {
        return TRANSPARENT.contains(name) || SKIPPED.contains(name) || switch (name) {
            case "hi", "emph", "title", "mentioned", "foreign", "q", "quote", "said", "soCalled", "cit",
                 "note", "ref", "ptr", "lb", "anchor", "gap", "choice", "milestone" -> true;
            default -> false;
        };
    }

    static boolean isMeaningful(Node n) {
        if (n instanceof Element) {
            return true;
        }
        return (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE)
                && !n.getNodeValue().isBlank();
    }

    /** Whether the node leaves no visible trace here (a page break, an anchor, a page milestone). */
    static boolean isSkipped(Node n) {
        if (!(n instanceof Element e) || !TeiDom.isTei(e)) {
            return false;
        }
        String name = TeiDom.localName(e);
        return SKIPPED.contains(name) || name.equals("anchor") || (name.equals("milestone") && sceneBreak(e) == null);
    }

    /** A scene break; page, line and column milestones are not visible. */
    static Block sceneBreak(Element milestone) {
        String unit = lower(TeiDom.attr(milestone, "unit"));
        if (unit != null && (unit.equals("page") || unit.equals("line") || unit.equals("column"))) {
            return null;
        }
        String rend = lower(TeiDom.attr(milestone, "rend"));
        if (rend == null) {
            return new Block.SceneBreak("* * *");
        }
        if (rend.contains("asterism")) {
            return new Block.SceneBreak("\u2042");
        }
        if (rend.contains("space") || rend.contains("blank") || rend.equals("none") || rend.contains("white")) {
            return new Block.SceneBreak("");
        }
        return new Block.SceneBreak("* * *");
    }

    static List<Node> children(Element e) {
        List<Node> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            out.add(n);
        }
        return out;
    }

    static String langOf(Element e) {
        return TeiLanguage.toBcp47(TeiDom.xmlLang(e));
    }

    static String langOr(Element e, String fallback) {
        String own = langOf(e);
        return own != null ? own : fallback;
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
