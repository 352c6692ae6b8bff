package org.colophon.reader.tei;

import static org.colophon.reader.tei.TeiElements.children;
import static org.colophon.reader.tei.TeiElements.isMeaningful;
import static org.colophon.reader.tei.TeiElements.isSkipped;
import static org.colophon.reader.tei.TeiElements.langOr;
import static org.colophon.reader.tei.TeiElements.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.colophon.error.Diagnostic;
import org.colophon.error.Warnings;
import org.colophon.model.Block;
import org.colophon.model.Division;
import org.colophon.model.Inline;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Maps the {@code front}, {@code body} and {@code back} of a TEI {@code text} onto
 * divisions. A {@code div} that holds other divs (with nothing but page breaks between
 * them) is a volume or a part with children; any other div is a leaf (a chapter in the
 * body), and divs inside its flow become sections ({@link TeiBlockReader}). A div with no
 * {@code head} takes its title from {@code @n}. Notes kept in a {@code div type="notes"}
 * go to their calls; those no call names stay in a notes division.
 */
final class TeiTextReader {

    /** The {@code divGen} types Colophon makes a division for (the TEI Guidelines' sample values, and plain names). */
    private static final java.util.Map<String, Division.Kind> GENERATED = java.util.Map.of(
            "index", Division.Kind.INDEX,
            "figlist", Division.Kind.LIST_OF_FIGURES, "figures", Division.Kind.LIST_OF_FIGURES,
            "tablist", Division.Kind.LIST_OF_TABLES, "tables", Division.Kind.LIST_OF_TABLES);

    enum Zone { FRONT, BODY, BACK }

    private final String bookLang;
    private final TeiIds ids;
    private final TeiBlockReader blockReader;
    private final TeiGroupReader groupReader;

    /** {@code errors} receives what is wrong with the grouped texts' shape ({@link TeiTextShape}). */
    TeiTextReader(Warnings warnings, String bookLang, TeiIds ids, TeiNotes notes, TeiImages images, List<Diagnostic> errors) {
        this.bookLang = bookLang;
        this.ids = ids;
        this.blockReader = new TeiBlockReader(new TeiReport(warnings), ids, notes, images);
        this.groupReader = new TeiGroupReader(this, blockReader, ids, errors);
    }

    /** Targets of the cross-references made, for a check that each names an id the book has. */
    List<String> crossRefTargets() {
        return blockReader.inlines().crossRefTargets();
    }

    /** The divisions of {@code front}, {@code body} or {@code back}; empty when absent. */
    List<Division> zone(Element zone, Zone which) {
        List<Division> out = new ArrayList<>();
        if (zone == null) {
            return out;
        }
        String lang = langOr(zone, bookLang);
        List<Node> loose = new ArrayList<>();
        for (Node n = zone.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (TeiDom.isDiv(n)) {
                flushLoose(loose, which, lang, out);
                Division d = division((Element) n, which, lang);
                if (d != null) {
                    out.add(d);
                }
            } else if (TeiDom.isTei(n, "titlePage")) {
                flushLoose(loose, which, lang, out);
                out.add(titlePage((Element) n, lang));
            } else if (TeiDom.isTei(n, "divGen") && GENERATED.containsKey(lower(TeiDom.attr((Element) n, "type")))) {
                // <divGen type="index"/>, "figlist", "tablist": where Colophon puts the index it
                // makes from the <index> terms, the list of figures, the list of tables
                flushLoose(loose, which, lang, out);
                Division.Kind kind = GENERATED.get(lower(TeiDom.attr((Element) n, "type")));
                out.add(new Division(kind, ids.idFor((Element) n, kind.epubType()), null, List.of(), List.of(),
                        List.of(), List.of()));
            } else {
                loose.add(n);
            }
        }
        flushLoose(loose, which, lang, out);
        return out;
    }

    /** The body of a text whose {@code group} of texts takes the place of its {@code body} ({@link TeiGroupReader}). */
    List<Division> group(Element group) {
        return groupReader.body(group, bookLang);
    }

    /** Content written straight in front/body/back, outside any div, becomes an untitled division. */
    private void flushLoose(List<Node> loose, Zone zone, String lang, List<Division> out) {
        if (loose.stream().allMatch(TeiTextReader::marksNoText)) {
            // page breaks, milestones, forme work between divisions: the printed source's
            // furniture, not a division of its own (a milestone there is no scene break)
            loose.clear();
            return;
        }
        List<Block> blocks = blockReader.blocks(loose, new TeiBlockReader.Ctx(lang, 1, null));
        loose.clear();
        if (!blocks.isEmpty()) {
            out.add(untitled(zone == Zone.BODY ? Division.Kind.CHAPTER : Division.Kind.OTHER, blocks, lang));
        }
    }

    /** White space, a comment, or an element that stands between divisions without text ({@code pb}, {@code milestone}…). */
    private static boolean marksNoText(Node n) {
        if (n instanceof Element e) {
            return TeiDom.isTei(e) && TeiElements.BETWEEN_ZONES.contains(TeiDom.localName(e));
        }
        return n.getNodeType() != Node.TEXT_NODE && n.getNodeType() != Node.CDATA_SECTION_NODE
                || n.getNodeValue().isBlank();
    }

    /** A division with no title of its own, for text that stands outside any div. */
    Division untitled(Division.Kind kind, List<Block> blocks, String lang) {
        return new Division(kind, ids.next(prefix(kind)), langIfOther(lang), List.of(), List.of(), blocks, List.of());
    }

    private Division titlePage(Element titlePage, String parentLang) {
        String lang = langOr(titlePage, parentLang);
        String id = ids.idFor(titlePage, "titlepage");
        List<Block> blocks = blockReader.blocks(children(titlePage), new TeiBlockReader.Ctx(lang, 1, "centered"));
        return new Division(Division.Kind.OTHER, id, langIfOther(lang), List.of(), List.of(), blocks, List.of());
    }

    /** A div (or a grouped text): its kind from its type and content, its heads as title, its content. */
    Division division(Element div, Zone zone, String parentLang) {
        String type = lower(TeiDom.attr(div, "type"));
        String lang = langOr(div, parentLang);
        if ("notes".equals(type)) {
            return notesDivision(div, lang);
        }
        TeiBlockReader.Heading heading = blockReader.heading(div, lang);
        List<Node> content = heading.rest();
        boolean container = !"chapter".equals(type) && holdsDivisions(content);
        Division.Kind kind = container ? containerKind(type, zone) : leafKind(type, zone, heading.title());
        boolean titlePage = type != null && type.replace("_", "").replace("-", "").equals("titlepage");
        String id = ids.idFor(div, titlePage ? "titlepage" : prefix(kind));
        String style = titlePage ? "centered" : null;
        Content read = content(content, zone, new TeiBlockReader.Ctx(lang, 1, style), container);
        return new Division(kind, id, langIfOther(lang), heading.title(), heading.subtitle(), read.blocks(), read.children());
    }

    /** A division's own blocks and, for a container (a part, a volume), the divisions it holds. */
    record Content(List<Block> blocks, List<Division> children) {}

    /**
     * Whether what follows a div's heads makes the div a container: it holds divs, with
     * nothing but page breaks between them. Text between them makes them sections of one flow.
     */
    static boolean holdsDivisions(List<Node> content) {
        int firstDiv = firstDiv(content);
        int lastDiv = lastDiv(content);
        if (firstDiv < 0) {
            return false;
        }
        for (int i = firstDiv + 1; i < lastDiv; i++) {
            Node n = content.get(i);
            if (!TeiDom.isDiv(n) && isMeaningful(n) && !isSkipped(n)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads a division's content: one flow of blocks, or for a container the blocks before
     * its first div, then its divs as divisions (what follows the last one, a closing
     * trailer or "FIN", is read at the end of it).
     */
    Content content(List<Node> content, Zone zone, TeiBlockReader.Ctx ctx, boolean container) {
        if (!container) {
            return new Content(blockReader.blocks(content, ctx), List.of());
        }
        int firstDiv = firstDiv(content);
        int lastDiv = lastDiv(content);
        List<Block> blocks = blockReader.blocks(content.subList(0, firstDiv), ctx);
        List<Division> children = new ArrayList<>();
        for (Node n : content.subList(firstDiv, lastDiv + 1)) {
            if (TeiDom.isDiv(n)) {
                Division child = division((Element) n, zone, ctx.lang());
                if (child != null) {
                    children.add(child);
                }
            }
        }
        List<Block> tail = blockReader.blocks(content.subList(lastDiv + 1, content.size()), ctx);
        if (!tail.isEmpty()) {
            if (children.isEmpty()) {
                blocks = new ArrayList<>(blocks);
                blocks.addAll(tail);
            } else {
                children.set(children.size() - 1, appendAtEnd(children.get(children.size() - 1), tail));
            }
        }
        return new Content(blocks, children);
    }

    private static int firstDiv(List<Node> content) {
        for (int i = 0; i < content.size(); i++) {
            if (TeiDom.isDiv(content.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastDiv(List<Node> content) {
        for (int i = content.size() - 1; i >= 0; i--) {
            if (TeiDom.isDiv(content.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** {@code d} with {@code tail} read at its very end, inside its last child if it has children. */
    static Division appendAtEnd(Division d, List<Block> tail) {
        if (d.children().isEmpty()) {
            List<Block> blocks = new ArrayList<>(d.blocks());
            blocks.addAll(tail);
            return d.withContent(d.title(), d.subtitle(), blocks, d.children());
        }
        List<Division> children = new ArrayList<>(d.children());
        children.set(children.size() - 1, appendAtEnd(children.get(children.size() - 1), tail));
        return d.withContent(d.title(), d.subtitle(), d.blocks(), children);
    }

    private static Division.Kind containerKind(String type, Zone zone) {
        if (zone != Zone.BODY) {
            return Division.Kind.OTHER;
        }
        return "volume".equals(type) ? Division.Kind.VOLUME : Division.Kind.PART;
    }

    private static Division.Kind leafKind(String type, Zone zone, List<Inline> title) {
        String t = type == null ? "" : type.replace("-", "").replace("_", "");
        switch (t) {
            case "dedication": return Division.Kind.DEDICATION;
            case "epigraph": return Division.Kind.EPIGRAPH;
            case "preface": return Division.Kind.PREFACE;
            case "foreword": return Division.Kind.FOREWORD;
            case "introduction": return Division.Kind.INTRODUCTION;
            case "prologue": return Division.Kind.PROLOGUE;
            case "epilogue": return Division.Kind.EPILOGUE;
            case "afterword", "postface": return Division.Kind.AFTERWORD;
            case "acknowledgements", "acknowledgments": return Division.Kind.ACKNOWLEDGEMENTS;
            case "appendix": return Division.Kind.APPENDIX;
            case "colophon": return Division.Kind.COLOPHON;
            case "halftitle": return Division.Kind.HALF_TITLE;
            default: break;
        }
        if (t.equals("liminal") && zone == Zone.FRONT) {
            // ELTeC calls every preface-like text "liminal"; its heading says what it is.
            String head = TeiInlineReader.plain(title).toLowerCase(Locale.ROOT);
            if (head.startsWith("preface") || head.startsWith("préface") || head.startsWith("avant-propos")) {
                return Division.Kind.PREFACE;
            }
            if (head.startsWith("dedication") || head.startsWith("dédicace")) {
                return Division.Kind.DEDICATION;
            }
            if (head.startsWith("introduction")) {
                return Division.Kind.INTRODUCTION;
            }
        }
        if (zone == Zone.BODY && !t.equals("liminal") && !t.equals("titlepage")) {
            return Division.Kind.CHAPTER;
        }
        return Division.Kind.OTHER;
    }

    private static String prefix(Division.Kind kind) {
        return kind == Division.Kind.OTHER ? "division" : kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A notes div: the notes not moved to a call, each a block run whose first paragraph has the note's id. */
    private Division notesDivision(Element div, String lang) {
        TeiBlockReader.Heading heading = blockReader.heading(div, lang);
        List<Block> blocks = blockReader.notesBlocks(heading.rest(), new TeiBlockReader.Ctx(lang, 1, null));
        if (blocks.isEmpty()) {
            return null;
        }
        return new Division(Division.Kind.NOTES, ids.idFor(div, "notes"), langIfOther(lang),
                heading.title(), heading.subtitle(), blocks, List.of());
    }

    /** {@code lang} when it is not the book's, for {@link Division#lang()}. */
    String langIfOther(String lang) {
        return lang == null || lang.equals(bookLang) ? null : lang;
    }
}
