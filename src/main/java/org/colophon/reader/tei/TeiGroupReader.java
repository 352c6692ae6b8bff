package org.colophon.reader.tei;

import static org.colophon.reader.tei.TeiElements.children;
import static org.colophon.reader.tei.TeiElements.isMeaningful;
import static org.colophon.reader.tei.TeiElements.isSkipped;
import static org.colophon.reader.tei.TeiElements.langOr;
import static org.colophon.reader.tei.TeiElements.lower;

import java.util.ArrayList;
import java.util.List;
import org.colophon.error.Diagnostic;
import org.colophon.model.Block;
import org.colophon.model.Division;
import org.colophon.model.Inline;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A {@code group} of {@code text}s (an anthology, the issues of a journal's volume) onto
 * the body: one division per text, in order, mapped as a {@code div} would be, so that the
 * contents page, the EPUB's navigation and the PDF's outline list each text with its
 * chapters under it.
 *
 * <ul>
 * <li>A text that holds chapters (divs in its body, or a group of its own) becomes a part
 *     ({@code @type="volume"}: a volume) holding them, its front's divs before them and its
 *     back's after. A text that is one flow of text (a story, an article) becomes a
 *     chapter, unless its front or back has divs of its own: then that flow is an
 *     untitled chapter of its part.</li>
 * <li>Its title: the {@code docTitle} of its {@code titlePage} (the main {@code titlePart};
 *     the others are the subtitle), else a {@code docTitle} or the {@code head}s that open
 *     its front, else the {@code head}s that open its body, else its {@code @n}. The rest of
 *     its front outside divs (the title page's byline, an epigraph) opens the division.</li>
 * <li>A group inside the group is a part of its texts, titled by its heads or {@code @n}.</li>
 * <li>What a group holds besides texts (a heading of the whole group, a trailer) keeps its
 *     words: before the first text it opens the body (or the nested group's part), after the
 *     last it ends that text, between two texts it is an untitled chapter of its own.</li>
 * </ul>
 */
final class TeiGroupReader {

    private final TeiTextReader texts;
    private final TeiBlockReader blockReader;
    private final TeiIds ids;
    private final List<Diagnostic> errors;

    TeiGroupReader(TeiTextReader texts, TeiBlockReader blockReader, TeiIds ids, List<Diagnostic> errors) {
        this.texts = texts;
        this.blockReader = blockReader;
        this.ids = ids;
        this.errors = errors;
    }

    /** The body of a text whose {@code group} takes the place of its {@code body}. */
    List<Division> body(Element group, String parentLang) {
        String lang = langOr(group, parentLang);
        TeiTextReader.Content members = members(children(group), lang);
        if (members.blocks().isEmpty()) {
            return members.children();
        }
        List<Division> body = new ArrayList<>();
        body.add(texts.untitled(Division.Kind.CHAPTER, members.blocks(), lang));
        body.addAll(members.children());
        return body;
    }

    /** Texts and groups become divisions; what stands around them, blocks (see the class comment). */
    private TeiTextReader.Content members(List<Node> nodes, String lang) {
        TeiBlockReader.Ctx ctx = new TeiBlockReader.Ctx(lang, 1, null);
        List<Block> opening = new ArrayList<>();
        List<Division> children = new ArrayList<>();
        List<Node> loose = new ArrayList<>();
        for (Node n : nodes) {
            boolean text = TeiDom.isTei(n, "text");
            if (!text && !TeiDom.isTei(n, "group")) {
                loose.add(n);
                continue;
            }
            List<Block> before = blockReader.blocks(loose, ctx);
            loose.clear();
            if (children.isEmpty()) {
                opening.addAll(before);
            } else if (!before.isEmpty()) {
                children.add(texts.untitled(Division.Kind.CHAPTER, before, lang));
            }
            children.add(text ? text((Element) n, lang) : group((Element) n, lang));
        }
        List<Block> after = blockReader.blocks(loose, ctx);
        if (!after.isEmpty()) {
            if (children.isEmpty()) {
                opening.addAll(after);
            } else {
                int last = children.size() - 1;
                children.set(last, TeiTextReader.appendAtEnd(children.get(last), after));
            }
        }
        return new TeiTextReader.Content(opening, children);
    }

    private Division group(Element group, String parentLang) {
        String lang = langOr(group, parentLang);
        String id = ids.idFor(group, "group");
        TeiBlockReader.Heading heading = blockReader.heading(group, lang);
        TeiTextReader.Content members = members(heading.rest(), lang);
        return new Division(Division.Kind.PART, id, texts.langIfOther(lang), heading.title(), heading.subtitle(),
                members.blocks(), members.children());
    }

    private Division text(Element text, String parentLang) {
        errors.addAll(TeiTextShape.problems(text));
        String lang = langOr(text, parentLang);
        // One prefix whatever the text turns out to be, so that its id is given before its content's.
        String id = ids.idFor(text, "text");
        Element front = TeiDom.child(text, "front");
        Element body = TeiDom.child(text, "body");
        Element group = TeiDom.child(text, "group");
        Title title = title(text, front, body, lang);

        List<Block> opening = new ArrayList<>();
        List<Division> frontDivisions = new ArrayList<>();
        if (front != null) {
            readFront(front, title, langOr(front, lang), opening, frontDivisions);
        }
        boolean holdsDivisions;
        TeiTextReader.Content main;
        if (body != null) {
            String bodyLang = langOr(body, lang);
            List<Node> content = title.source() == Title.Source.BODY ? title.rest() : children(body);
            holdsDivisions = TeiTextReader.holdsDivisions(content);
            main = texts.content(content, TeiTextReader.Zone.BODY, new TeiBlockReader.Ctx(bodyLang, 1, null), holdsDivisions);
        } else if (group != null) {
            holdsDivisions = true;
            main = members(children(group), langOr(group, lang));
        } else {
            holdsDivisions = false;
            main = new TeiTextReader.Content(List.of(), List.of());
        }
        List<Division> backDivisions = texts.zone(TeiDom.child(text, "back"), TeiTextReader.Zone.BACK);

        if (!holdsDivisions && frontDivisions.isEmpty() && backDivisions.isEmpty()) {
            opening.addAll(main.blocks());
            return new Division(Division.Kind.CHAPTER, id, texts.langIfOther(lang), title.title(), title.subtitle(),
                    opening, List.of());
        }
        List<Division> children = new ArrayList<>(frontDivisions);
        if (holdsDivisions) {
            opening.addAll(main.blocks());
            children.addAll(main.children());
        } else if (!main.blocks().isEmpty()) {
            children.add(texts.untitled(Division.Kind.CHAPTER, main.blocks(), lang));
        }
        children.addAll(backDivisions);
        Division.Kind kind = "volume".equals(lower(TeiDom.attr(text, "type"))) ? Division.Kind.VOLUME : Division.Kind.PART;
        return new Division(kind, id, texts.langIfOther(lang), title.title(), title.subtitle(), opening, children);
    }

    /**
     * A text's title, where it was found, and what to read of that place: the docTitle that
     * gave it is left out of its front, the heads that gave it out of its body.
     */
    private record Title(List<Inline> title, List<Inline> subtitle, Source source, Node used, List<Node> rest) {
        enum Source { TITLE_PAGE, FRONT, BODY, NUMBER, NONE }
    }

    private Title title(Element text, Element front, Element body, String lang) {
        Element titlePage = TeiDom.child(front, "titlePage");
        Element docTitle = TeiDom.child(titlePage, "docTitle");
        if (docTitle != null) {
            return docTitle(docTitle, Title.Source.TITLE_PAGE, lang);
        }
        docTitle = TeiDom.child(front, "docTitle");
        if (docTitle != null) {
            return docTitle(docTitle, Title.Source.FRONT, lang);
        }
        if (opensWithHead(front)) {
            TeiBlockReader.Heading heading = blockReader.heading(front, langOr(front, lang));
            return new Title(heading.title(), heading.subtitle(), Title.Source.FRONT, null, heading.rest());
        }
        if (opensWithHead(body)) {
            TeiBlockReader.Heading heading = blockReader.heading(body, langOr(body, lang));
            return new Title(heading.title(), heading.subtitle(), Title.Source.BODY, null, heading.rest());
        }
        String n = TeiDom.attr(text, "n");
        if (n != null) {
            return new Title(List.of(new Inline.Text(n)), List.of(), Title.Source.NUMBER, null, List.of());
        }
        return new Title(List.of(), List.of(), Title.Source.NONE, null, List.of());
    }

    /** The main (or first untyped) titlePart is the title, the others the subtitle; a docTitle of plain text is the title. */
    private Title docTitle(Element docTitle, Title.Source source, String parentLang) {
        String lang = langOr(docTitle, parentLang);
        List<Element> parts = TeiDom.elements(docTitle, "titlePart");
        List<Inline> title = new ArrayList<>();
        List<Inline> subtitle = new ArrayList<>();
        if (parts.isEmpty()) {
            title.addAll(blockReader.inlines().inlines(children(docTitle), lang));
        }
        for (Element part : parts) {
            String type = lower(TeiDom.attr(part, "type"));
            boolean main = type == null ? title.isEmpty() : type.equals("main");
            List<Inline> target = main ? title : subtitle;
            if (!target.isEmpty()) {
                target.add(new Inline.LineBreak());
            }
            target.addAll(blockReader.inlines().inlines(children(part), langOr(part, lang)));
        }
        if (title.isEmpty()) {
            return new Title(TeiSpacing.normalize(subtitle), List.of(), source, docTitle, List.of());
        }
        return new Title(TeiSpacing.normalize(title), TeiSpacing.normalize(subtitle), source, docTitle, List.of());
    }

    /** Whether the first thing in {@code e} that leaves a trace is a {@code head}. */
    private static boolean opensWithHead(Element e) {
        if (e == null) {
            return false;
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (isMeaningful(n) && !isSkipped(n)) {
                return TeiDom.isTei(n, "head");
            }
        }
        return false;
    }

    /**
     * A grouped text's front: its divs become divisions (a preface of the text…); all else,
     * in order, opens the text's own division, a title page's lines centred, without what
     * gave the title.
     */
    private void readFront(Element front, Title title, String lang, List<Block> opening, List<Division> divisions) {
        List<Node> nodes = title.source() == Title.Source.FRONT && title.used() == null ? title.rest() : children(front);
        TeiBlockReader.Ctx ctx = new TeiBlockReader.Ctx(lang, 1, null);
        List<Node> loose = new ArrayList<>();
        for (Node n : nodes) {
            if (n == title.used()) {
                continue;
            }
            if (TeiDom.isDiv(n)) {
                opening.addAll(blockReader.blocks(loose, ctx));
                loose.clear();
                Division d = texts.division((Element) n, TeiTextReader.Zone.FRONT, lang);
                if (d != null) {
                    divisions.add(d);
                }
            } else if (TeiDom.isTei(n, "titlePage")) {
                opening.addAll(blockReader.blocks(loose, ctx));
                loose.clear();
                List<Node> lines = new ArrayList<>(children((Element) n));
                lines.remove(title.used());
                String pageLang = langOr((Element) n, lang);
                opening.addAll(blockReader.blocks(lines, new TeiBlockReader.Ctx(pageLang, 1, "centered")));
            } else {
                loose.add(n);
            }
        }
        opening.addAll(blockReader.blocks(loose, ctx));
    }
}
