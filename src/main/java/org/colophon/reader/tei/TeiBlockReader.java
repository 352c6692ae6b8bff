package org.colophon.reader.tei;

import static org.colophon.reader.tei.TeiElements.BLOCK;
import static org.colophon.reader.tei.TeiElements.QUOTATIONS;
import static org.colophon.reader.tei.TeiElements.SKIPPED;
import static org.colophon.reader.tei.TeiElements.children;
import static org.colophon.reader.tei.TeiElements.hasBlockChild;
import static org.colophon.reader.tei.TeiElements.isBlockInParagraph;
import static org.colophon.reader.tei.TeiElements.isKnownInline;
import static org.colophon.reader.tei.TeiElements.isMeaningful;
import static org.colophon.reader.tei.TeiElements.isSkipped;
import static org.colophon.reader.tei.TeiElements.langOf;
import static org.colophon.reader.tei.TeiElements.langOr;
import static org.colophon.reader.tei.TeiElements.lower;
import static org.colophon.reader.tei.TeiElements.sceneBreak;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.colophon.model.Block;
import org.colophon.model.FigureWidth;
import org.colophon.model.Inline;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Maps the content of a TEI division onto blocks: paragraphs (split around any block they
 * hold), headings of inner divs as sections, quotations (a song or a poem becomes verse),
 * {@code lg}/{@code l}, lists, figures, scene breaks, and the roles {@code label},
 * {@code trailer}, {@code salute}, {@code signed}, {@code dateline} as paragraph styles.
 * Inline runs between blocks become paragraphs, so loose text is never lost.
 */
final class TeiBlockReader {

    private static final Set<String> VERSE_TYPES = Set.of("song", "verse", "poem", "poetry", "lyric", "hymn", "ballad");

    private final TeiReport report;
    private final TeiIds ids;
    private final TeiNotes notes;
    private final TeiImages images;
    private final TeiInlineReader inlines;
    private final TeiVerseReader verse;

    TeiBlockReader(TeiReport report, TeiIds ids, TeiNotes notes, TeiImages images) {
        this.report = report;
        this.ids = ids;
        this.notes = notes;
        this.images = images;
        this.inlines = new TeiInlineReader(report, ids, notes, this::noteBlocks);
        this.verse = new TeiVerseReader(report, ids, inlines);
    }

    TeiInlineReader inlines() {
        return inlines;
    }

    /** A paragraph's context: the language in force, the section depth, the default style. */
    record Ctx(String lang, int sectionLevel, String style) {
        Ctx withStyle(String s) {
            return new Ctx(lang, sectionLevel, s);
        }

        Ctx withLang(String l) {
            return l == null ? this : new Ctx(l, sectionLevel, style);
        }
    }

    private List<Block> noteBlocks(Element note, String lang) {
        return blocks(children(note), new Ctx(lang, 1, null));
    }

    /** A div's title and subtitle (from its leading heads, or its {@code @n}) and what follows them. */
    record Heading(List<Inline> title, List<Inline> subtitle, List<Node> rest) {}

    Heading heading(Element div, String lang) {
        List<Element> heads = new ArrayList<>();
        List<Node> rest = new ArrayList<>();
        boolean leading = true;
        for (Node n = div.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (leading && TeiDom.isTei(n, "head")) {
                heads.add((Element) n);
            } else {
                // an epigraph (or an argument) before the head still follows the title, as printed books set it
                boolean beforeHead = TeiDom.isTei(n, "epigraph") || TeiDom.isTei(n, "argument");
                if (leading && isMeaningful(n) && !isSkipped(n) && !beforeHead) {
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
            target.addAll(inlines.inlines(children(head), langOr(head, lang)));
        }
        if (heads.isEmpty()) {
            String n = TeiDom.attr(div, "n");
            if (n != null) {
                title.add(new Inline.Text(n));
            }
        }
        return new Heading(TeiSpacing.normalize(title), TeiSpacing.normalize(subtitle), rest);
    }

    List<Block> notesBlocks(List<Node> nodes, Ctx ctx) {
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

    List<Block> blocks(List<Node> nodes, Ctx ctx) {
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
                report.unknown(e);
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
                out.add(verse.bareLines(lines, ctx.lang()));
                continue;
            }
            if (BLOCK.contains(name) && !(QUOTATIONS.contains(name) && !hasBlockChild(e) && !run.isEmpty() && hasWords(run))) {
                flush(run, ctx.style(), null, ctx.lang(), out);
                block(e, ctx, out);
            } else if (!BLOCK.contains(name) && !isKnownInline(name)) {
                report.unknown(e);
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

    /**
     * The index of the last {@code l} of the lines that start at {@code first}: those with
     * nothing between them but white space, page breaks and anchors.
     */
    private static int lastOfLines(List<Node> nodes, int first) {
        int last = first;
        for (int j = first + 1; j < nodes.size(); j++) {
            Node m = nodes.get(j);
            if (TeiDom.isTei(m, "l")) {
                last = j;
            } else if (isMeaningful(m) && !isSkipped(m)) {
                break;
            }
        }
        return last;
    }

    /** Ends a run of inline content as a paragraph; a run that is only note calls joins the paragraph before. */
    private void flush(List<Node> run, String style, String id, String lang, List<Block> out) {
        if (run.isEmpty()) {
            return;
        }
        List<Inline> content = TeiSpacing.normalize(inlines.inlines(run, lang));
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
            case "lg" -> out.addAll(verse.verse(e, ctx.lang()));
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
            case "eg" -> out.add(example(e));
            default -> {
                if (TeiDom.isDiv(e)) {
                    out.addAll(section(e, ctx));
                } else {
                    paragraph(e, ctx, out);
                }
            }
        }
    }

    /**
     * An example of code, {@code <eg>}: its language from a {@code <code lang="…">} it wraps
     * (or its own {@code lang}), its line numbers when its {@code rend} says {@code numbered}.
     */
    private Block example(Element eg) {
        String language = lower(TeiDom.attr(eg, "lang"));
        for (org.w3c.dom.Node n : children(eg)) {
            if (n instanceof Element c && TeiDom.isTei(c, "code") && language == null) {
                language = lower(TeiDom.attr(c, "lang"));
            }
        }
        String rend = lower(TeiDom.attr(eg, "rend"));
        Block.LineNumbers numbers = rend != null && java.util.Arrays.asList(rend.split("\\s+")).contains("numbered")
                ? Block.LineNumbers.SHOWN : Block.LineNumbers.HIDDEN;
        if (language != null && org.colophon.highlight.CodeLanguage.named(language).isEmpty()) {
            report.once("eg language " + language, eg, "<eg> in " + language + ": Colophon does not highlight it;"
                    + " the code is set plain (it highlights " + org.colophon.highlight.CodeLanguage.knownNames() + ")");
        }
        String id = TeiDom.xmlId(eg) != null ? ids.idFor(eg, "listing") : null;
        return new Block.CodeBlock(id, language, numbers, List.of(),
                org.colophon.reader.Preformatted.trimmed(eg.getTextContent()));
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
        List<Node> kids = children(p);
        for (int i = 0; i < kids.size(); i++) {
            Node n = kids.get(i);
            if (n instanceof Element e && TeiDom.isTei(e) && isBlockInParagraph(e)) {
                int before = out.size();
                flush(run, style, first ? id : null, ctx.lang(), out);
                if (out.size() > before) {
                    first = false;
                }
                int last = TeiDom.isTei(e, "l") ? lastOfLines(kids, i) : i;
                // lines of verse that follow one another are one stanza, not a verse each
                out.addAll(blocks(kids.subList(i, last + 1), ctx));
                i = last;
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
                attribution.addAll(inlines.inlines(children((Element) n), lang));
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
                    lines.add(verse.verseLine(e, lang));
                } else if (name.equals("lg")) {
                    TeiVerseReader.addStanza(lines, stanzas);
                    verse.collectStanzas(e, lang, before, stanzas, attribution);
                } else {
                    // A paragraph of a song is a line of it; forced breaks inside it start new lines.
                    TeiVerseReader.splitLines(TeiSpacing.normalize(inlines.inlines(children(e), langOr(e, lang))), lines);
                }
            }
            TeiVerseReader.addStanza(lines, stanzas);
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
                report.unknown(e);
                items.add(new Block.ListItem(blocks(List.of(e), inner)));
            } else if (name.equals("head")) {
                paragraph(e, ctx.withStyle("centered"), out);
            } else if (name.equals("label")) {
                label.addAll(inlines.inlines(children(e), ctx.lang()));
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
                    content.addAll(inlines.inlines(children(e), langOr(e, ctx.lang())));
                    List<Inline> normalized = TeiSpacing.normalize(content);
                    blocks = normalized.isEmpty() ? List.of() : List.of(new Block.Paragraph(null, null, normalized));
                }
                label = new ArrayList<>();
                items.add(new Block.ListItem(blocks));
            } else if (!SKIPPED.contains(name)) {
                if (!BLOCK.contains(name) && !isKnownInline(name)) {
                    report.unknown(e);
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

    /**
     * A table: its {@code head} the caption, leading rows of {@code role="label"} the header
     * rows, cells of {@code role="label"} header cells, {@code cols} and {@code rows} their
     * spans. A table whose spans do not fit (a row wider than the first, an overlap) is
     * reported and set as one paragraph per row, its cells' text kept: a library export is
     * read, not refused.
     */
    private List<Block> table(Element table, Ctx ctx) {
        List<Inline> caption = new ArrayList<>();
        List<Block.TableRow> head = new ArrayList<>();
        List<Block.TableRow> body = new ArrayList<>();
        List<Element> rowElements = new ArrayList<>();
        List<Block> around = new ArrayList<>();
        for (Element e : TeiDom.elements(table)) {
            if (TeiDom.isTei(e, "row")) {
                List<Block.TableCell> cells = new ArrayList<>();
                for (Element cell : TeiDom.elements(e)) {
                    if (!TeiDom.isTei(cell, "cell")) {
                        continue;
                    }
                    List<Inline> content = TeiSpacing.normalize(inlines.inlines(children(cell), langOr(cell, ctx.lang())));
                    cells.add(new Block.TableCell("label".equals(cell.getAttribute("role").strip()),
                            span(cell, "cols"), span(cell, "rows"), null,
                            content.isEmpty() ? List.of() : List.of(new Block.Paragraph(null, null, content))));
                }
                boolean label = "label".equals(e.getAttribute("role").strip());
                (label && body.isEmpty() ? head : body).add(new Block.TableRow(cells));
                rowElements.add(e);
            } else if (TeiDom.isTei(e, "head") && caption.isEmpty()) {
                caption.addAll(TeiSpacing.normalize(inlines.inlines(children(e), ctx.lang())));
            } else {
                around.addAll(blocks(List.of(e), ctx));
            }
        }
        Block.Table t = new Block.Table(TeiDom.xmlId(table) != null ? ids.idFor(table, "table") : null, caption,
                List.of(), head, body, List.of());
        int width = org.colophon.model.TableGrid.widthOf(t);
        for (List<Block.TableRow> group : List.of(head, body)) {
            org.colophon.model.TableGrid.Problem p = org.colophon.model.TableGrid.place(
                    org.colophon.model.TableGrid.spans(group), width, new ArrayList<>());
            if (p != null) {
                Element row = rowElements.get((group == body ? head.size() : 0) + p.row());
                report.once("table spans", row, "row " + (p.row() + 1) + " of this <table>: " + p.message()
                        + "; the table is set as one paragraph per row (other tables are not reported)");
                return rowsAsParagraphs(t, around);
            }
        }
        List<Block> out = new ArrayList<>(around);
        if (width > 0) {
            out.add(0, t);
        }
        return out;
    }

    private static int span(Element cell, String attribute) {
        try {
            int n = Integer.parseInt(cell.getAttribute(attribute).strip());
            return Math.max(1, Math.min(1000, n));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Each row a paragraph, its cells' text separated by spaces. */
    private static List<Block> rowsAsParagraphs(Block.Table t, List<Block> around) {
        List<Block> out = new ArrayList<>();
        for (Block.TableRow r : t.allRows()) {
            List<Inline> row = new ArrayList<>();
            for (Block.TableCell cell : r.cells()) {
                for (Block b : cell.blocks()) {
                    if (!row.isEmpty()) {
                        row.add(new Inline.Text(" "));
                    }
                    row.addAll(((Block.Paragraph) b).content());
                }
            }
            if (!row.isEmpty()) {
                out.add(new Block.Paragraph(null, "noindent", row));
            }
        }
        out.addAll(around);
        return out;
    }

    private Block figure(Element figure, Ctx ctx) {
        String src = null;
        boolean sawGraphic = false;
        FigureWidth width = null;
        List<Inline> caption = new ArrayList<>();
        String alt = null;
        for (Element e : TeiDom.elements(figure)) {
            String name = TeiDom.localName(e);
            if (TeiDom.isTei(e, "graphic")) {
                if (!sawGraphic) {
                    src = images.resolve(e);
                    width = graphicWidth(e);
                    sawGraphic = true;
                }
            } else if (TeiDom.isTei(e, "figDesc")) {
                alt = TeiDom.plainText(e);
            } else if (TeiDom.isTei(e) && (name.equals("head") || name.equals("p") || name.equals("label")
                    || name.equals("ab") || name.equals("bibl"))) {
                if (!caption.isEmpty()) {
                    caption.add(new Inline.LineBreak());
                }
                caption.addAll(inlines.inlines(children(e), ctx.lang()));
            } else if (!SKIPPED.contains(name)) {
                if (!isKnownInline(name) || !TeiDom.isTei(e)) {
                    report.unknown(e);
                }
                if (!caption.isEmpty()) {
                    caption.add(new Inline.LineBreak());
                }
                caption.addAll(inlines.inlines(List.of(e), ctx.lang()));
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
            alt = TeiInlineReader.plain(normalized);
        }
        String id = ids.idFor(figure, "figure");
        // TEI's own word for "not moved": a figure placed inline, or rendered "here"
        boolean here = hasToken(figure.getAttribute("place"), "inline") || hasToken(figure.getAttribute("rend"), "here");
        return new Block.Figure(id, src, alt, alt == null, normalized, width,
                here ? Block.Placement.HERE : Block.Placement.FLOAT);
    }

    private static boolean hasToken(String attribute, String token) {
        return List.of(attribute.strip().toLowerCase(Locale.ROOT).split("\\s+")).contains(token);
    }

    /** A graphic's {@code @width} as a printed width, when it is one Colophon honours (50%, 6cm). */
    private FigureWidth graphicWidth(Element graphic) {
        String width = graphic.getAttribute("width").strip();
        if (width.isEmpty()) {
            return null;
        }
        FigureWidth parsed = FigureWidth.parse(width);
        if (parsed == null) {
            report.once("graphic@width " + width, graphic, "<graphic width=\"" + width + "\"> is not a width Colophon"
                    + " reads (a share of the measure such as 50%, or a length such as 6cm, 45mm, 2.5in, 120pt);"
                    + " the image keeps its own size");
        }
        return parsed;
    }

    private static boolean hasWords(List<Node> run) {
        for (Node n : run) {
            if (n instanceof Element || !n.getNodeValue().isBlank()) {
                return true;
            }
        }
        return false;
    }
}
