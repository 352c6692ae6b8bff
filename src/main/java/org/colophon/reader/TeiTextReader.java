package org.colophon.reader;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.colophon.error.Warnings;
import org.colophon.model.Block;
import org.colophon.model.Division;
import org.colophon.model.Inline;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Maps the {@code text} element of a TEI document onto divisions, blocks and inlines.
 *
 * <p>Divisions: a {@code div} that holds other divs (and nothing after them) is a
 * volume or part with children; any other div is a leaf (a chapter in the body), and
 * divs inside its flow become {@link Block.Section}s. Text the reader does not know is
 * kept as plain text and reported once per element name: no word is dropped silently.
 */
final class TeiTextReader {

    enum Zone { FRONT, BODY, BACK }

    /** Elements that are blocks even inside a paragraph: meeting one splits the paragraph. */
    private static final Set<String> BLOCK_IN_PARAGRAPH = Set.of(
            "p", "ab", "lg", "l", "list", "table", "figure", "milestone", "floatingText",
            "div", "div1", "div2", "div3", "div4", "div5", "div6", "div7", "sp", "titlePage");

    /** Elements that are blocks where blocks are expected (in a div, a quote, a note). */
    private static final Set<String> BLOCK = Set.of(
            "p", "ab", "head", "label", "trailer", "salute", "signed", "dateline", "byline",
            "docAuthor", "docTitle", "titlePart", "docImprint", "docDate", "docEdition", "bibl",
            "opener", "closer", "lg", "l", "list", "table", "figure", "milestone", "epigraph",
            "argument", "cit", "quote", "q", "said", "floatingText", "titlePage",
            "div", "div1", "div2", "div3", "div4", "div5", "div6", "div7");

    /** Quotations: a block when they hold blocks, an inline {@link Inline.Quote} otherwise. */
    private static final Set<String> QUOTATIONS = Set.of("quote", "q", "said", "cit", "epigraph");

    /** Phrase-level elements whose content is kept as it is, with no look of their own. */
    private static final Set<String> TRANSPARENT = Set.of(
            "sic", "corr", "reg", "orig", "abbr", "expan", "add", "supplied", "unclear",
            "name", "persName", "placeName", "orgName", "geogName", "roleName", "forename",
            "surname", "addName", "genName", "nameLink", "rs", "term", "date", "time", "num",
            "measure", "seg", "w", "c", "pc", "distinct", "label", "bibl", "author", "editor",
            "pubPlace", "publisher", "idno", "s", "phr", "cl", "m", "docAuthor", "docTitle",
            "titlePart", "docImprint", "docDate", "docEdition", "byline", "salute", "signed",
            "dateline", "trailer", "head", "speaker", "stage", "item");

    private static final Set<String> SKIPPED = Set.of("pb", "cb");

    private static final Set<String> VERSE_TYPES = Set.of("song", "verse", "poem", "poetry", "lyric", "hymn", "ballad");

    private final Warnings warnings;
    private final String bookLang;
    private final TeiIds ids;
    private final TeiNotes notes;
    private final TeiImages images;
    private final Set<String> warned = new HashSet<>();
    private final List<String> crossRefTargets = new ArrayList<>();

    TeiTextReader(Warnings warnings, String bookLang, TeiIds ids, TeiNotes notes, TeiImages images) {
        this.warnings = warnings;
        this.bookLang = bookLang;
        this.ids = ids;
        this.notes = notes;
        this.images = images;
    }

    /** Targets of the cross-references made, for a check that each names an id the book has. */
    List<String> crossRefTargets() {
        return crossRefTargets;
    }

    /** A paragraph's context: the language in force, the section depth, the default style. */
    private record Ctx(String lang, int sectionLevel, String style) {
        Ctx withStyle(String s) {
            return new Ctx(lang, sectionLevel, s);
        }

        Ctx withLang(String l) {
            return l == null ? this : new Ctx(l, sectionLevel, style);
        }
    }

    // ------------------------------------------------------------------ divisions

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
            } else {
                loose.add(n);
            }
        }
        flushLoose(loose, which, lang, out);
        return out;
    }

    /** Content written straight in front/body/back, outside any div, becomes an untitled division. */
    private void flushLoose(List<Node> loose, Zone zone, String lang, List<Division> out) {
        if (loose.isEmpty()) {
            return;
        }
        List<Block> blocks = blocks(loose, new Ctx(lang, 1, null));
        loose.clear();
        if (!blocks.isEmpty()) {
            Division.Kind kind = zone == Zone.BODY ? Division.Kind.CHAPTER : Division.Kind.OTHER;
            out.add(new Division(kind, ids.next(prefix(kind)), langIfOther(lang), List.of(), List.of(), blocks, List.of()));
        }
    }

    private Division titlePage(Element titlePage, String parentLang) {
        String lang = langOr(titlePage, parentLang);
        String id = ids.idFor(titlePage, "titlepage");
        List<Block> blocks = blocks(children(titlePage), new Ctx(lang, 1, "centered"));
        return new Division(Division.Kind.OTHER, id, langIfOther(lang), List.of(), List.of(), blocks, List.of());
    }

    private Division division(Element div, Zone zone, String parentLang) {
        String type = lower(TeiDom.attr(div, "type"));
        String lang = langOr(div, parentLang);
        if ("notes".equals(type)) {
            return notesDivision(div, lang);
        }
        Heading heading = heading(div, lang);
        List<Node> content = heading.rest();
        int firstDiv = -1;
        int lastDiv = -1;
        for (int i = 0; i < content.size(); i++) {
            if (TeiDom.isDiv(content.get(i))) {
                firstDiv = firstDiv < 0 ? i : firstDiv;
                lastDiv = i;
            }
        }
        // Text between child divs means they are sections of one flow, not chapters of a part.
        boolean flowBetweenDivs = false;
        for (int i = firstDiv + 1; i < lastDiv; i++) {
            Node n = content.get(i);
            if (!TeiDom.isDiv(n) && isMeaningful(n) && !isSkipped(n)) {
                flowBetweenDivs = true;
            }
        }
        boolean container = firstDiv >= 0 && !flowBetweenDivs && !"chapter".equals(type);
        Division.Kind kind = container ? containerKind(type, zone) : leafKind(type, zone, heading.title());
        boolean titlePage = type != null && type.replace("_", "").replace("-", "").equals("titlepage");
        String id = ids.idFor(div, titlePage ? "titlepage" : prefix(kind));
        String style = titlePage ? "centered" : null;
        Ctx ctx = new Ctx(lang, 1, style);
        List<Block> blocks;
        List<Division> children = new ArrayList<>();
        if (container) {
            blocks = blocks(content.subList(0, firstDiv), ctx);
            for (Node n : content.subList(firstDiv, lastDiv + 1)) {
                if (TeiDom.isDiv(n)) {
                    Division child = division((Element) n, zone, lang);
                    if (child != null) {
                        children.add(child);
                    }
                }
            }
            // What follows the last child (a closing trailer, "FIN") is read at the end of it.
            List<Block> tail = blocks(content.subList(lastDiv + 1, content.size()), ctx);
            if (!tail.isEmpty()) {
                if (children.isEmpty()) {
                    blocks = new ArrayList<>(blocks);
                    blocks.addAll(tail);
                } else {
                    children.set(children.size() - 1, appendAtEnd(children.get(children.size() - 1), tail));
                }
            }
        } else {
            blocks = blocks(content, ctx);
        }
        return new Division(kind, id, langIfOther(lang), heading.title(), heading.subtitle(), blocks, children);
    }

    private static Division appendAtEnd(Division d, List<Block> tail) {
        if (d.children().isEmpty()) {
            List<Block> blocks = new ArrayList<>(d.blocks());
            blocks.addAll(tail);
            return d.withContent(d.title(), d.subtitle(), blocks, d.children());
        }
        List<Division> children = new ArrayList<>(d.children());
        children.set(children.size() - 1, appendAtEnd(children.get(children.size() - 1), tail));
        return d.withContent(d.title(), d.subtitle(), d.blocks(), children);
    }

    /** A div's title and subtitle (from its leading heads, or its {@code @n}) and what follows them. */
    private record Heading(List<Inline> title, List<Inline> subtitle, List<Node> rest) {}

    private Heading heading(Element div, String lang) {
        List<Element> heads = new ArrayList<>();
        List<Node> rest = new ArrayList<>();
        boolean leading = true;
        for (Node n = div.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (leading && TeiDom.isTei(n, "head")) {
                heads.add((Element) n);
            } else {
                if (leading && isMeaningful(n) && !isSkipped(n)) {
                    leading = false;
                }
                rest.add(n);
            }
        }
        List<Inline> title = new ArrayList<>();
        List<Inline> subtitle = new ArrayList<>();
        for (Element head : heads) {
            boolean sub = "sub".equals(TeiDom.attr(head, "type")) || (!title.isEmpty() && !"main".equals(TeiDom.attr(head, "type")));
            List<Inline> target = sub ? subtitle : title;
            if (!target.isEmpty()) {
                target.add(new Inline.LineBreak());
            }
            target.addAll(inlines(children(head), langOr(head, lang)));
        }
        if (heads.isEmpty()) {
            String n = TeiDom.attr(div, "n");
            if (n != null) {
                title.add(new Inline.Text(n));
            }
        }
        return new Heading(TeiSpacing.normalize(title), TeiSpacing.normalize(subtitle), rest);
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
            String head = plain(title).toLowerCase(Locale.ROOT);
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
        Heading heading = heading(div, lang);
        List<Block> blocks = notesBlocks(heading.rest(), new Ctx(lang, 1, null));
        if (blocks.isEmpty()) {
            return null;
        }
        return new Division(Division.Kind.NOTES, ids.idFor(div, "notes"), langIfOther(lang),
                heading.title(), heading.subtitle(), blocks, List.of());
    }

    private List<Block> notesBlocks(List<Node> nodes, Ctx ctx) {
        List<Block> out = new ArrayList<>();
        List<Node> other = new ArrayList<>();
        for (Node n : nodes) {
            if (TeiDom.isTei(n, "note")) {
                out.addAll(blocks(other, ctx));
                other.clear();
                Element note = (Element) n;
                if (notes.isCalled(note)) {
                    continue;
                }
                List<Block> content = blocks(children(note), ctx.withLang(langOf(note)));
                if (!content.isEmpty() && content.get(0) instanceof Block.Paragraph p && p.id() == null) {
                    content.set(0, new Block.Paragraph(ids.idFor(note, "note"), p.style(), p.content()));
                }
                out.addAll(content);
            } else {
                other.add(n);
            }
        }
        out.addAll(blocks(other, ctx));
        return out;
    }

    // ------------------------------------------------------------------ blocks

    private List<Block> blocks(List<Node> nodes, Ctx ctx) {
        List<Block> out = new ArrayList<>();
        List<Node> run = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                run.add(n);
                continue;
            }
            if (!(n instanceof Element e)) {
                continue;
            }
            String name = TeiDom.localName(e);
            if (!TeiDom.isTei(e)) {
                warnUnknown(e);
                if (hasBlockChild(e)) {
                    flush(run, ctx.style(), null, ctx.lang(), out);
                    out.addAll(blocks(children(e), ctx));
                } else {
                    run.add(e);
                }
                continue;
            }
            if (SKIPPED.contains(name)) {
                continue;
            }
            if (name.equals("l")) {
                flush(run, ctx.style(), null, ctx.lang(), out);
                List<Element> lines = new ArrayList<>();
                int j = i;
                for (; j < nodes.size(); j++) {
                    Node m = nodes.get(j);
                    if (TeiDom.isTei(m, "l")) {
                        lines.add((Element) m);
                    } else if (isMeaningful(m) && !isSkipped(m)) {
                        break;
                    }
                }
                i = j - 1;
                List<Block.VerseLine> verseLines = new ArrayList<>();
                for (Element l : lines) {
                    verseLines.add(verseLine(l, ctx.lang()));
                }
                out.add(new Block.Verse(null, null, List.of(new Block.Stanza(verseLines)), List.of()));
                continue;
            }
            if (BLOCK.contains(name) && !(QUOTATIONS.contains(name) && !hasBlockChild(e) && !run.isEmpty() && hasWords(run))) {
                flush(run, ctx.style(), null, ctx.lang(), out);
                block(e, ctx, out);
            } else if (!BLOCK.contains(name) && !isKnownInline(name)) {
                warnUnknown(e);
                if (hasBlockChild(e)) {
                    flush(run, ctx.style(), null, ctx.lang(), out);
                    out.addAll(blocks(children(e), ctx.withLang(langOf(e))));
                } else {
                    run.add(e);
                }
            } else {
                run.add(e);
            }
        }
        flush(run, ctx.style(), null, ctx.lang(), out);
        return out;
    }

    /** Ends a run of inline content as a paragraph; a run that is only note calls joins the paragraph before. */
    private void flush(List<Node> run, String style, String id, String lang, List<Block> out) {
        if (run.isEmpty()) {
            return;
        }
        List<Inline> content = TeiSpacing.normalize(inlines(run, lang));
        run.clear();
        if (content.isEmpty()) {
            return;
        }
        boolean onlyNotes = content.stream().allMatch(x -> x instanceof Inline.Note || x instanceof Inline.Anchor);
        if (onlyNotes && !out.isEmpty() && out.get(out.size() - 1) instanceof Block.Paragraph before) {
            List<Inline> joined = new ArrayList<>(before.content());
            joined.addAll(content);
            out.set(out.size() - 1, new Block.Paragraph(before.id(), before.style(), joined));
            return;
        }
        out.add(new Block.Paragraph(id, style, content));
    }

    private void block(Element e, Ctx ctx, List<Block> out) {
        String name = TeiDom.localName(e);
        Ctx here = ctx.withLang(langOf(e));
        switch (name) {
            case "p", "ab" -> paragraph(e, ctx.withStyle(paragraphStyle(e, ctx.style())), out);
            case "head", "byline", "docAuthor", "titlePart", "docImprint", "docDate", "docEdition" ->
                    paragraph(e, ctx.withStyle("centered"), out);
            case "docTitle" -> out.addAll(blocks(children(e), here.withStyle("centered")));
            case "label" -> paragraph(e, ctx.withStyle("label"), out);
            case "trailer" -> paragraph(e, ctx.withStyle("trailer"), out);
            case "salute" -> paragraph(e, ctx.withStyle("salute"), out);
            case "signed" -> paragraph(e, ctx.withStyle("signature"), out);
            case "dateline" -> paragraph(e, ctx.withStyle("dateline"), out);
            case "bibl" -> paragraph(e, ctx.withStyle("right"), out);
            case "opener" -> out.addAll(blocks(children(e), here.withStyle("noindent")));
            case "closer" -> out.addAll(blocks(children(e), here.withStyle("right")));
            case "lg" -> out.addAll(verse(e, ctx));
            case "list" -> out.addAll(list(e, here));
            case "table" -> out.addAll(table(e, here));
            case "figure" -> {
                Block f = figure(e, here);
                if (f != null) {
                    out.add(f);
                }
            }
            case "milestone" -> {
                Block b = sceneBreak(e);
                if (b != null) {
                    out.add(b);
                }
            }
            case "quote", "q", "said", "cit", "epigraph", "argument" -> out.add(quotation(e, ctx));
            case "titlePage", "floatingText" -> out.addAll(blocks(children(e), here));
            default -> {
                if (TeiDom.isDiv(e)) {
                    out.addAll(section(e, ctx));
                } else {
                    paragraph(e, ctx, out);
                }
            }
        }
    }

    private static String paragraphStyle(Element p, String inherited) {
        String rend = lower(TeiDom.attr(p, "rend"));
        if (rend == null) {
            return inherited;
        }
        if (rend.contains("center") || rend.contains("centre")) {
            return "centered";
        }
        if (rend.contains("right")) {
            return "right";
        }
        if (rend.contains("noindent") || rend.contains("no-indent") || rend.contains("indent(0)")) {
            return "noindent";
        }
        return inherited;
    }

    /**
     * A paragraph; one that holds blocks (a quotation, verse, a list) is split around them.
     * A paragraph in another language than its surroundings has its content marked foreign,
     * since the model's paragraphs carry no language of their own.
     */
    private void paragraph(Element p, Ctx ctx, List<Block> out) {
        String own = langOf(p);
        if (own == null || own.equals(ctx.lang())) {
            paragraphIn(p, ctx, out);
            return;
        }
        List<Block> made = new ArrayList<>();
        paragraphIn(p, ctx.withLang(own), made);
        for (Block b : made) {
            if (b instanceof Block.Paragraph para) {
                out.add(new Block.Paragraph(para.id(), para.style(), List.of(new Inline.Foreign(own, para.content()))));
            } else {
                out.add(b);
            }
        }
    }

    private void paragraphIn(Element p, Ctx ctx, List<Block> out) {
        String id = TeiDom.xmlId(p) != null ? ids.idFor(p, "p") : null;
        if (!hasBlockChild(p)) {
            List<Block> one = new ArrayList<>();
            flush(children(p), ctx.style(), id, ctx.lang(), one);
            if (one.size() == 1 && one.get(0) instanceof Block.Paragraph para && para.content().stream()
                    .allMatch(x -> x instanceof Inline.Note || x instanceof Inline.Anchor)
                    && !out.isEmpty() && out.get(out.size() - 1) instanceof Block.Paragraph before) {
                List<Inline> joined = new ArrayList<>(before.content());
                joined.addAll(para.content());
                out.set(out.size() - 1, new Block.Paragraph(before.id(), before.style(), joined));
            } else {
                out.addAll(one);
            }
            return;
        }
        List<Node> run = new ArrayList<>();
        String style = ctx.style();
        boolean first = true;
        for (Node n : children(p)) {
            if (n instanceof Element e && TeiDom.isTei(e) && isBlockInParagraph(e)) {
                int before = out.size();
                flush(run, style, first ? id : null, ctx.lang(), out);
                if (out.size() > before) {
                    first = false;
                }
                List<Node> single = List.of(e);
                out.addAll(blocks(single, ctx));
                // What follows a quotation inside a paragraph continues it: no new indent.
                style = style == null ? "noindent" : style;
            } else {
                run.add(n);
            }
        }
        flush(run, style, first ? id : null, ctx.lang(), out);
    }

    private List<Block> section(Element div, Ctx ctx) {
        String lang = langOr(div, ctx.lang());
        if ("notes".equals(lower(TeiDom.attr(div, "type")))) {
            Heading heading = heading(div, lang);
            List<Block> blocks = notesBlocks(heading.rest(), new Ctx(lang, ctx.sectionLevel() + 1, null));
            if (blocks.isEmpty()) {
                return List.of();
            }
            return List.of(new Block.Section(ids.idFor(div, "notes"), ctx.sectionLevel(), heading.title(), blocks));
        }
        String id = ids.idFor(div, "section");
        Heading heading = heading(div, lang);
        List<Block> blocks = blocks(heading.rest(), new Ctx(lang, ctx.sectionLevel() + 1, null));
        List<Inline> title = new ArrayList<>(heading.title());
        if (!heading.subtitle().isEmpty()) {
            title.add(new Inline.LineBreak());
            title.addAll(heading.subtitle());
        }
        return List.of(new Block.Section(id, ctx.sectionLevel(), title, blocks));
    }

    // ------------------------------------------------------------------ verse, quotations

    private List<Block> verse(Element lg, Ctx ctx) {
        List<Block> before = new ArrayList<>();
        List<Block.Stanza> stanzas = new ArrayList<>();
        List<Inline> attribution = new ArrayList<>();
        collectStanzas(lg, ctx, before, stanzas, attribution);
        List<Block> out = new ArrayList<>(before);
        if (!stanzas.isEmpty()) {
            out.add(new Block.Verse(TeiDom.xmlId(lg) != null ? ids.idFor(lg, "verse") : null, langIfOther(lg, ctx),
                    stanzas, TeiSpacing.normalize(attribution)));
        }
        return out;
    }

    private void collectStanzas(Element lg, Ctx ctx, List<Block> before, List<Block.Stanza> stanzas, List<Inline> attribution) {
        List<Block.VerseLine> lines = new ArrayList<>();
        String lang = langOr(lg, ctx.lang());
        for (Node n = lg.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                if (n.getNodeType() == Node.TEXT_NODE && !n.getNodeValue().isBlank()) {
                    lines.add(new Block.VerseLine(0, TeiSpacing.normalize(List.of(new Inline.Text(n.getNodeValue())))));
                }
                continue;
            }
            String name = TeiDom.localName(e);
            if (!TeiDom.isTei(e)) {
                warnUnknown(e);
                lines.add(new Block.VerseLine(0, TeiSpacing.normalize(inlines(List.of(e), lang))));
            } else if (name.equals("l")) {
                lines.add(verseLine(e, lang));
            } else if (name.equals("lg")) {
                addStanza(lines, stanzas);
                collectStanzas(e, ctx.withLang(lang), before, stanzas, attribution);
            } else if (name.equals("head") && stanzas.isEmpty() && lines.isEmpty()) {
                paragraph(e, new Ctx(lang, ctx.sectionLevel(), "centered"), before);
            } else if (name.equals("bibl")) {
                attribution.addAll(inlines(children(e), lang));
            } else if (name.equals("milestone")) {
                addStanza(lines, stanzas);
            } else if (SKIPPED.contains(name)) {
                continue;
            } else if (name.equals("note") || name.equals("anchor")) {
                List<Inline> calls = inlines(List.of(e), lang);
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
                    warnUnknown(e);
                }
                List<Inline> c = TeiSpacing.normalize(inlines(List.of(e), lang));
                if (!c.isEmpty()) {
                    lines.add(new Block.VerseLine(0, c));
                }
            }
        }
        addStanza(lines, stanzas);
    }

    private static void addStanza(List<Block.VerseLine> lines, List<Block.Stanza> stanzas) {
        if (!lines.isEmpty()) {
            stanzas.add(new Block.Stanza(lines));
            lines.clear();
        }
    }

    private Block.VerseLine verseLine(Element l, String lang) {
        return new Block.VerseLine(indent(TeiDom.attr(l, "rend")), TeiSpacing.normalize(inlines(children(l), langOr(l, lang))));
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

    /**
     * A block quotation. A song or a poem (by its {@code @type}, or because it holds only
     * lines) becomes verse, each paragraph of it a line; a {@code bibl} is the attribution.
     */
    private Block quotation(Element q, Ctx ctx) {
        String lang = langOr(q, ctx.lang());
        String type = lower(TeiDom.attr(q, "type"));
        List<Inline> attribution = new ArrayList<>();
        List<Node> body = new ArrayList<>();
        boolean onlyLines = true;
        boolean anyLine = false;
        boolean allLineLike = true;
        for (Node n : children(q)) {
            if (TeiDom.isTei(n, "bibl")) {
                if (!attribution.isEmpty()) {
                    attribution.add(new Inline.Text(" "));
                }
                attribution.addAll(inlines(children((Element) n), lang));
                continue;
            }
            body.add(n);
            if (n instanceof Element e) {
                String name = TeiDom.localName(e);
                boolean line = TeiDom.isTei(e) && (name.equals("l") || name.equals("lg"));
                anyLine |= line;
                if (!line && !SKIPPED.contains(name)) {
                    onlyLines = false;
                }
                if (!TeiDom.isTei(e) || !(line || name.equals("p") || name.equals("ab") || SKIPPED.contains(name))) {
                    allLineLike = false;
                }
            } else if (n.getNodeType() == Node.TEXT_NODE && !n.getNodeValue().isBlank()) {
                onlyLines = false;
                allLineLike = false;
            }
        }
        String id = TeiDom.xmlId(q) != null ? ids.idFor(q, "quote") : null;
        String ownLang = lang.equals(ctx.lang()) ? null : lang;
        boolean verseType = type != null && VERSE_TYPES.contains(type);
        if ((anyLine && onlyLines) || (verseType && allLineLike && !body.isEmpty())) {
            List<Block.Stanza> stanzas = new ArrayList<>();
            List<Block.VerseLine> lines = new ArrayList<>();
            List<Block> before = new ArrayList<>();
            for (Node n : body) {
                if (!(n instanceof Element e) || SKIPPED.contains(TeiDom.localName(e))) {
                    continue;
                }
                String name = TeiDom.localName(e);
                if (name.equals("l")) {
                    lines.add(verseLine(e, lang));
                } else if (name.equals("lg")) {
                    addStanza(lines, stanzas);
                    collectStanzas(e, ctx.withLang(lang), before, stanzas, attribution);
                } else {
                    // A paragraph of a song is a line of it; forced breaks inside it start new lines.
                    splitLines(TeiSpacing.normalize(inlines(children(e), langOr(e, lang))), lines);
                }
            }
            addStanza(lines, stanzas);
            if (before.isEmpty()) {
                return new Block.Verse(id, ownLang, stanzas, TeiSpacing.normalize(attribution));
            }
            List<Block> blocks = new ArrayList<>(before);
            blocks.add(new Block.Verse(null, null, stanzas, List.of()));
            return new Block.BlockQuote(id, ownLang, blocks, TeiSpacing.normalize(attribution));
        }
        Ctx inner = new Ctx(lang, ctx.sectionLevel(), null);
        List<Block> blocks = new ArrayList<>();
        for (Node n : body) {
            if (TeiDom.isTei(n, "quote") || TeiDom.isTei(n, "q")) {
                // cit/quote: the quotation itself, whose own blocks join ours
                Block inside = quotation((Element) n, inner);
                if (inside instanceof Block.BlockQuote bq && bq.lang() == null && bq.attribution().isEmpty()) {
                    blocks.addAll(bq.blocks());
                } else {
                    blocks.add(inside);
                }
            } else {
                blocks.addAll(blocks(List.of(n), inner));
            }
        }
        if (blocks.size() == 1 && attribution.isEmpty() && blocks.get(0) instanceof Block.Verse v) {
            return v;
        }
        if (blocks.size() == 1 && blocks.get(0) instanceof Block.Verse v && v.attribution().isEmpty()) {
            return new Block.Verse(v.id(), v.lang(), v.stanzas(), TeiSpacing.normalize(attribution));
        }
        return new Block.BlockQuote(id, ownLang, blocks, TeiSpacing.normalize(attribution));
    }

    private static void splitLines(List<Inline> content, List<Block.VerseLine> lines) {
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

    // ------------------------------------------------------------------ lists, tables, figures, breaks

    private List<Block> list(Element list, Ctx ctx) {
        List<Block> out = new ArrayList<>();
        String kind = lower((TeiDom.attr(list, "type") == null ? "" : TeiDom.attr(list, "type")) + " "
                + (TeiDom.attr(list, "rend") == null ? "" : TeiDom.attr(list, "rend")));
        boolean ordered = kind.contains("ordered") && !kind.contains("unordered") || kind.contains("numbered")
                || kind.contains("decimal") || kind.contains("enumerated");
        List<Block.ListItem> items = new ArrayList<>();
        List<Inline> label = new ArrayList<>();
        Ctx inner = new Ctx(ctx.lang(), ctx.sectionLevel(), null);
        for (Element e : TeiDom.elements(list)) {
            String name = TeiDom.localName(e);
            if (!TeiDom.isTei(e)) {
                warnUnknown(e);
                items.add(new Block.ListItem(blocks(List.of(e), inner)));
            } else if (name.equals("head")) {
                paragraph(e, ctx.withStyle("centered"), out);
            } else if (name.equals("label")) {
                label.addAll(inlines(children(e), ctx.lang()));
            } else if (name.equals("item")) {
                List<Block> blocks;
                if (hasBlockChild(e)) {
                    blocks = new ArrayList<>();
                    if (!label.isEmpty()) {
                        blocks.add(new Block.Paragraph(null, "label", TeiSpacing.normalize(label)));
                    }
                    blocks.addAll(blocks(children(e), inner.withLang(langOf(e))));
                } else {
                    List<Inline> content = new ArrayList<>(label);
                    if (!label.isEmpty()) {
                        content.add(new Inline.Text(" "));
                    }
                    content.addAll(inlines(children(e), langOr(e, ctx.lang())));
                    List<Inline> normalized = TeiSpacing.normalize(content);
                    blocks = normalized.isEmpty() ? List.of() : List.of(new Block.Paragraph(null, null, normalized));
                }
                label = new ArrayList<>();
                items.add(new Block.ListItem(blocks));
            } else if (!SKIPPED.contains(name)) {
                if (!BLOCK.contains(name) && !isKnownInline(name)) {
                    warnUnknown(e);
                }
                items.add(new Block.ListItem(blocks(List.of(e), inner)));
            }
        }
        if (!label.isEmpty()) {
            items.add(new Block.ListItem(List.of(new Block.Paragraph(null, "label", TeiSpacing.normalize(label)))));
        }
        if (!items.isEmpty()) {
            out.add(new Block.ListBlock(TeiDom.xmlId(list) != null ? ids.idFor(list, "list") : null, ordered, 1, items));
        }
        return out;
    }

    /** Colophon has no tables: each row becomes a paragraph, its cells separated by spaces. */
    private List<Block> table(Element table, Ctx ctx) {
        warnOnce("table", table, "<table> is set as one paragraph per row; the cells' text is kept");
        List<Block> out = new ArrayList<>();
        for (Element e : TeiDom.elements(table)) {
            if (TeiDom.isTei(e, "row")) {
                List<Inline> row = new ArrayList<>();
                for (Element cell : TeiDom.elements(e)) {
                    if (!row.isEmpty()) {
                        row.add(new Inline.Text(" "));
                    }
                    row.addAll(inlines(children(cell), ctx.lang()));
                }
                List<Inline> normalized = TeiSpacing.normalize(row);
                if (!normalized.isEmpty()) {
                    out.add(new Block.Paragraph(null, "noindent", normalized));
                }
            } else {
                out.addAll(blocks(List.of(e), ctx));
            }
        }
        return out;
    }

    private Block figure(Element figure, Ctx ctx) {
        String src = null;
        boolean sawGraphic = false;
        List<Inline> caption = new ArrayList<>();
        String alt = null;
        for (Element e : TeiDom.elements(figure)) {
            String name = TeiDom.localName(e);
            if (TeiDom.isTei(e, "graphic")) {
                if (!sawGraphic) {
                    src = images.resolve(e);
                    sawGraphic = true;
                }
            } else if (TeiDom.isTei(e, "figDesc")) {
                alt = TeiDom.plainText(e);
            } else if (TeiDom.isTei(e) && (name.equals("head") || name.equals("p") || name.equals("label")
                    || name.equals("ab") || name.equals("bibl"))) {
                if (!caption.isEmpty()) {
                    caption.add(new Inline.LineBreak());
                }
                caption.addAll(inlines(children(e), ctx.lang()));
            } else if (!SKIPPED.contains(name)) {
                if (!isKnownInline(name) || !TeiDom.isTei(e)) {
                    warnUnknown(e);
                }
                if (!caption.isEmpty()) {
                    caption.add(new Inline.LineBreak());
                }
                caption.addAll(inlines(List.of(e), ctx.lang()));
            }
        }
        List<Inline> normalized = TeiSpacing.normalize(caption);
        if (src == null && normalized.isEmpty()) {
            return null;
        }
        if (alt != null && alt.isEmpty()) {
            alt = null;
        }
        if (alt == null && !normalized.isEmpty()) {
            alt = plain(normalized);
        }
        String id = ids.idFor(figure, "figure");
        return new Block.Figure(id, src, alt, alt == null, normalized);
    }

    /** A scene break; page, line and column milestones are not visible. */
    private static Block sceneBreak(Element milestone) {
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

    // ------------------------------------------------------------------ inlines

    private List<Inline> inlines(List<Node> nodes, String lang) {
        List<Inline> out = new ArrayList<>();
        for (Node n : nodes) {
            short type = n.getNodeType();
            if (type == Node.TEXT_NODE || type == Node.CDATA_SECTION_NODE) {
                out.add(new Inline.Text(n.getNodeValue()));
            } else if (n instanceof Element e) {
                inline(e, lang, out);
            }
        }
        return out;
    }

    private void inline(Element e, String lang, List<Inline> out) {
        if (!TeiDom.isTei(e)) {
            warnUnknown(e);
            out.addAll(inlines(children(e), lang));
            return;
        }
        String name = TeiDom.localName(e);
        String own = langOf(e);
        String inner = own != null ? own : lang;
        List<Inline> made = new ArrayList<>();
        boolean langDone = false;
        switch (name) {
            case "hi", "emph" -> made.addAll(styled(e, inlines(children(e), inner), inner, Inline.Style.EMPHASIS));
            case "title", "mentioned" -> made.addAll(styled(e, inlines(children(e), inner), inner, Inline.Style.EMPHASIS));
            case "foreign" -> {
                List<Inline> content = TeiDom.attr(e, "rend") == null ? inlines(children(e), inner)
                        : styled(e, inlines(children(e), inner), inner, null);
                if (own != null && !own.equals(lang)) {
                    made.add(new Inline.Foreign(own, content));
                } else {
                    made.addAll(content);
                }
                langDone = true;
            }
            case "q", "quote", "said", "soCalled" -> made.add(new Inline.Quote(null, null, inlines(children(e), inner)));
            case "cit", "epigraph", "argument" -> made.addAll(inlines(children(e), inner));
            case "note" -> {
                if (!notes.isCalled(e)) {
                    Inline.Note note = note(e, inner);
                    if (note != null) {
                        made.add(note);
                    }
                }
            }
            case "ref", "ptr" -> reference(e, inner, made);
            case "lb" -> {
                if (!"no".equals(TeiDom.attr(e, "break"))) {
                    made.add(new Inline.LineBreak());
                }
            }
            case "pb", "cb", "milestone" -> { }
            case "anchor" -> {
                String id = TeiDom.xmlId(e);
                if (id != null && notes.notesCalledAt(id).isEmpty()) {
                    made.add(new Inline.Anchor(ids.idFor(e, "anchor")));
                }
            }
            case "gap" -> made.add(new Inline.Text("[\u2026]"));
            case "choice" -> made.addAll(inlines(List.of(chosen(e)), inner));
            default -> {
                if (BLOCK.contains(name) || BLOCK_IN_PARAGRAPH.contains(name) || name.equals("l") || name.equals("lg")) {
                    // a block where only phrases may stand (a paragraph inside a heading…): keep its words, on a line of its own
                    if (!out.isEmpty()) {
                        made.add(new Inline.LineBreak());
                    }
                    made.addAll(inlines(children(e), inner));
                } else {
                    if (!TRANSPARENT.contains(name)) {
                        warnUnknown(e);
                    }
                    made.addAll(inlines(children(e), inner));
                }
            }
        }
        if (!langDone && own != null && !own.equals(lang) && !made.isEmpty()) {
            List<Inline> wrapped = List.of(new Inline.Foreign(own, made));
            made = new ArrayList<>(wrapped);
        }
        String id = TeiDom.xmlId(e);
        if (id != null) {
            for (Element note : notes.notesCalledAt(id)) {
                if (notes.place(note)) {
                    Inline.Note n = note(note, lang);
                    if (n != null) {
                        made.add(n);
                    }
                }
            }
        }
        out.addAll(made);
    }

    /** In a {@code choice}, the corrected, regularised or expanded reading. */
    private static Node chosen(Element choice) {
        for (String preferred : new String[] {"corr", "reg", "expan"}) {
            Element e = TeiDom.child(choice, preferred);
            if (e != null) {
                return e;
            }
        }
        List<Element> all = TeiDom.elements(choice);
        return all.isEmpty() ? choice.getOwnerDocument().createTextNode("") : all.get(0);
    }

    private Inline.Note note(Element note, String lang) {
        String id = ids.idFor(note, "note");
        List<Block> content = blocks(children(note), new Ctx(langOr(note, lang), 1, null));
        return content.isEmpty() ? null : new Inline.Note(id, content);
    }

    private void reference(Element ref, String lang, List<Inline> out) {
        String target = TeiDom.attr(ref, "target");
        List<Inline> content = inlines(children(ref), lang);
        String id = TeiNotes.firstPointer(target);
        Element note = notes.noteFor(id);
        if (note != null) {
            if (!TeiNotes.isCallMark(ref.getTextContent())) {
                out.addAll(content);
            }
            if (notes.place(note)) {
                Inline.Note n = note(note, lang);
                if (n != null) {
                    out.add(n);
                }
            }
            return;
        }
        if (id != null && ids.isInManuscript(id) && !content.isEmpty()) {
            crossRefTargets.add(id);
            out.add(new Inline.CrossRef(id, content));
            return;
        }
        String first = target == null ? null : target.trim().split("\\s+", 2)[0];
        if (first != null && !content.isEmpty()
                && (first.startsWith("http://") || first.startsWith("https://") || first.startsWith("mailto:"))) {
            out.add(new Inline.Link(first, content));
            return;
        }
        out.addAll(content);
    }

    /** Applies {@code @rend} (or the element's default look) to its content. */
    private List<Inline> styled(Element e, List<Inline> content, String lang, Inline.Style defaultStyle) {
        String rend = TeiDom.attr(e, "rend");
        if (rend == null) {
            return defaultStyle == null ? content : List.of(new Inline.Styled(defaultStyle, content));
        }
        List<Inline.Style> styles = new ArrayList<>();
        boolean capitals = false;
        for (String token : rend.toLowerCase(Locale.ROOT).split("[\\s,;]+")) {
            switch (token) {
                case "italic", "italics", "i", "it", "ital", "emph" -> styles.add(Inline.Style.EMPHASIS);
                case "bold", "b", "strong", "bolditalic" -> {
                    styles.add(Inline.Style.STRONG);
                    if (token.equals("bolditalic")) {
                        styles.add(Inline.Style.EMPHASIS);
                    }
                }
                case "sup", "superscript", "super", "exponent" -> styles.add(Inline.Style.SUPERSCRIPT);
                case "sub", "subscript" -> styles.add(Inline.Style.SUBSCRIPT);
                case "smallcaps", "small-caps", "small_caps", "sc", "smcap" -> styles.add(Inline.Style.SMALL_CAPS);
                case "underline", "underlined", "ul", "u" -> styles.add(Inline.Style.UNDERLINE);
                // The model has no "capitals" look: the letters themselves are set in capitals.
                case "caps", "capitals", "uppercase", "allcaps", "upper" -> capitals = true;
                case "none", "roman", "normal", "upright", "plain", "" -> { }
                default -> warnOnce("rend=" + token, e, "<" + TeiDom.localName(e) + " rend=\"" + token
                        + "\">: this rendition is not supported; the text is kept in its surrounding style");
            }
        }
        List<Inline> result = capitals ? upper(content, lang) : content;
        for (int i = styles.size() - 1; i >= 0; i--) {
            result = List.of(new Inline.Styled(styles.get(i), result));
        }
        return result;
    }

    private static List<Inline> upper(List<Inline> content, String lang) {
        Locale locale = Locale.forLanguageTag(lang == null ? "und" : lang);
        List<Inline> out = new ArrayList<>(content.size());
        for (Inline i : content) {
            if (i instanceof Inline.Text t) {
                out.add(new Inline.Text(t.text().toUpperCase(locale)));
            } else if (i instanceof Inline.Styled s) {
                out.add(new Inline.Styled(s.style(), upper(s.content(), lang)));
            } else if (i instanceof Inline.Foreign f) {
                out.add(new Inline.Foreign(f.lang(), upper(f.content(), f.lang())));
            } else if (i instanceof Inline.Quote q) {
                out.add(new Inline.Quote(q.open(), q.close(), upper(q.content(), lang)));
            } else {
                out.add(i);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ helpers

    private boolean hasBlockChild(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && TeiDom.isTei(c) && isBlockInParagraph(c)) {
                return true;
            }
        }
        return false;
    }

    private boolean isBlockInParagraph(Element e) {
        String name = TeiDom.localName(e);
        if (BLOCK_IN_PARAGRAPH.contains(name)) {
            return !name.equals("milestone") || sceneBreak(e) != null;
        }
        return QUOTATIONS.contains(name) && hasBlockChild(e);
    }

    private static boolean isKnownInline(String name) {
        return TRANSPARENT.contains(name) || SKIPPED.contains(name) || switch (name) {
            case "hi", "emph", "title", "mentioned", "foreign", "q", "quote", "said", "soCalled", "cit",
                 "note", "ref", "ptr", "lb", "anchor", "gap", "choice", "milestone" -> true;
            default -> false;
        };
    }

    private static boolean hasWords(List<Node> run) {
        for (Node n : run) {
            if (n instanceof Element || !n.getNodeValue().isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMeaningful(Node n) {
        if (n instanceof Element) {
            return true;
        }
        return (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE)
                && !n.getNodeValue().isBlank();
    }

    /** Whether the node leaves no visible trace here (a page break, an anchor, a page milestone). */
    private static boolean isSkipped(Node n) {
        if (!(n instanceof Element e) || !TeiDom.isTei(e)) {
            return false;
        }
        String name = TeiDom.localName(e);
        return SKIPPED.contains(name) || name.equals("anchor") || (name.equals("milestone") && sceneBreak(e) == null);
    }

    private void warnUnknown(Element e) {
        String name = TeiDom.isTei(e) ? TeiDom.localName(e)
                : (e.getNamespaceURI() == null ? "" : "{" + e.getNamespaceURI() + "}") + TeiDom.localName(e);
        warnOnce(name, e, "<" + name + "> is not an element Colophon knows; its text is kept as plain text"
                + " (other <" + name + "> elements are not reported)");
    }

    private void warnOnce(String key, Element at, String message) {
        if (warned.add(key)) {
            XmlSource.Location loc = XmlSource.locationOf(at);
            warnings.warn(loc.file(), loc.line(), loc.column(), message);
        }
    }

    private static List<Node> children(Element e) {
        List<Node> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            out.add(n);
        }
        return out;
    }

    private static String langOf(Element e) {
        return TeiLanguage.toBcp47(TeiDom.xmlLang(e));
    }

    private static String langOr(Element e, String fallback) {
        String own = langOf(e);
        return own != null ? own : fallback;
    }

    private String langIfOther(String lang) {
        return lang == null || lang.equals(bookLang) ? null : lang;
    }

    private String langIfOther(Element e, Ctx ctx) {
        String own = langOf(e);
        return own == null || own.equals(ctx.lang()) ? null : own;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    /** The text of inline content, for alt text and for recognising headings. */
    static String plain(List<Inline> content) {
        StringBuilder sb = new StringBuilder();
        appendPlain(content, sb);
        return sb.toString().trim();
    }

    private static void appendPlain(List<Inline> content, StringBuilder sb) {
        for (Inline i : content) {
            if (i instanceof Inline.Text t) {
                sb.append(t.text());
            } else if (i instanceof Inline.Styled s) {
                appendPlain(s.content(), sb);
            } else if (i instanceof Inline.Quote q) {
                appendPlain(q.content(), sb);
            } else if (i instanceof Inline.Foreign f) {
                appendPlain(f.content(), sb);
            } else if (i instanceof Inline.CrossRef r) {
                appendPlain(r.content(), sb);
            } else if (i instanceof Inline.Link l) {
                appendPlain(l.content(), sb);
            } else if (i instanceof Inline.LineBreak) {
                sb.append(' ');
            }
        }
    }
}
