package org.colophon.reader.docbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.colophon.model.Block;
import org.colophon.model.Inline;
import org.colophon.reader.IdAllocator;
import org.colophon.reader.InlineCollector;
import org.colophon.reader.LanguageTags;
import org.w3c.dom.Element;

/** DocBook's phrase-level elements, as the model's inlines. */
final class DocBookInlines {

    /** Computer text, set in the monospace face as written. */
    private static final Set<String> CODE = Set.of("literal", "code", "filename", "command", "option", "envar",
            "varname", "function", "classname", "methodname", "parameter", "constant", "prompt", "computeroutput",
            "systemitem", "tag", "markup", "token", "type", "uri", "property", "interfacename", "exceptionname",
            "package", "returnvalue", "symbol", "errorcode", "errorname", "database", "literallayout");
    private static final Set<String> KEYBOARD = Set.of("userinput", "keycap", "keycombo", "keysym", "shortcut",
            "mousebutton");
    private static final Set<String> ITALIC = Set.of("citetitle", "firstterm", "glossterm", "wordasword",
            "foreignphrase", "replaceable", "citebiblioid", "lineannotation", "remark");
    private static final Set<String> BOLD = Set.of("guimenu", "guimenuitem", "guisubmenu", "guibutton", "guilabel",
            "guiicon", "menuchoice", "interface");
    /** Elements whose content is text as it stands. */
    private static final Set<String> PLAIN = Set.of("phrase", "acronym", "abbrev", "trademark", "personname",
            "firstname", "surname", "othername", "honorific", "lineage", "author", "orgname", "productname",
            "productnumber", "citation", "hardware", "address", "street", "city", "country", "state", "postcode",
            "jobtitle", "affiliation", "org", "date", "year", "holder", "pubdate", "edition", "volumenum", "issuenum",
            "pagenums", "publishername", "contrib", "termdef", "editor", "bibliomisc", "title",
            "subtitle", "titleabbrev", "label", "coref", "co", "optional", "alt", "inlineequation",
            "mathphrase", "textobject", "application", "member");

    private final IdAllocator ids;
    private final UnknownElements unknown;
    /** Reads a footnote's blocks. */
    private final Function<Element, List<Block>> noteBlocks;

    DocBookInlines(IdAllocator ids, UnknownElements unknown, Function<Element, List<Block>> noteBlocks) {
        this.ids = ids;
        this.unknown = unknown;
        this.noteBlocks = noteBlocks;
    }

    /** The content of a block-level container (a para, a title, an entry), collapsed. */
    List<Inline> of(Element container) {
        return flattened(new InlineCollector(this::map).block(container));
    }

    /**
     * The inlines with each unstyled group ({@code Styled} with no style: what a phrase,
     * an acronym… map to, since the collector takes one inline per element) replaced by
     * its content, which the model and the layouts know no other way.
     */
    private static List<Inline> flattened(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>(inlines.size());
        for (Inline i : inlines) {
            if (i instanceof Inline.Styled s && s.style() == null) {
                flattened(s.content()).forEach(inner -> addMerged(inner, out));
            } else if (i instanceof Inline.Text) {
                addMerged(i, out);
            } else if (i instanceof Inline.Styled s) {
                out.add(new Inline.Styled(s.style(), flattened(s.content())));
            } else if (i instanceof Inline.Quote q) {
                out.add(new Inline.Quote(q.open(), q.close(), flattened(q.content())));
            } else if (i instanceof Inline.Foreign f) {
                out.add(new Inline.Foreign(f.lang(), flattened(f.content())));
            } else if (i instanceof Inline.Link l) {
                out.add(new Inline.Link(l.href(), flattened(l.content())));
            } else if (i instanceof Inline.CrossRef r) {
                out.add(r.withContent(flattened(r.content())));
            } else {
                out.add(i);
            }
        }
        return out;
    }

    /** Adds {@code i}, joined to the text before it when both are text. */
    private static void addMerged(Inline i, List<Inline> out) {
        if (i instanceof Inline.Text t && !out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text before) {
            out.set(out.size() - 1, new Inline.Text(before.text() + t.text()));
        } else {
            out.add(i);
        }
    }

    private Inline map(Element e, InlineCollector collector) {
        String name = DocBookDom.name(e);
        if (name == null) {
            unknown.report(e, "as plain text");
            return new Inline.Styled(null, List.of(new Inline.Text(DocBookDom.text(e))));
        }
        if (CODE.contains(name)) {
            return new Inline.Code(Inline.CodeKind.CODE, e.getTextContent());
        }
        if (KEYBOARD.contains(name)) {
            return new Inline.Code(Inline.CodeKind.KEYBOARD, DocBookDom.text(e));
        }
        return switch (name) {
            case "emphasis" -> new Inline.Styled(emphasis(e.getAttribute("role")), collector.content(e));
            case "superscript" -> new Inline.Styled(Inline.Style.SUPERSCRIPT, collector.content(e));
            case "subscript" -> new Inline.Styled(Inline.Style.SUBSCRIPT, collector.content(e));
            case "quote" -> new Inline.Quote(null, null, collector.content(e));
            case "footnote" -> new Inline.Note(ids.idFor(null, "note"), noteBlocks.apply(e));
            case "xref" -> crossRef(e.getAttribute("linkend"), List.of());
            case "link" -> link(e, collector);
            case "ulink" -> external(e.getAttribute("url"), collector.content(e));
            case "email" -> external("mailto:" + DocBookDom.text(e), List.of(new Inline.Text(DocBookDom.text(e))));
            case "anchor" -> new Inline.Anchor(ids.idFor(DocBookDom.id(e), "anchor"));
            case "indexterm" -> indexTerm(e);
            case "inlinemediaobject", "inlinegraphic" -> new Inline.Text(DocBookDom.text(DocBookDom.child(e, "textobject")));
            case "olink", "footnoteref" -> plain(e, collector);
            case "simplelist" -> simpleList(e, collector);
            default -> {
                if (ITALIC.contains(name)) {
                    List<Inline> content = collector.content(e);
                    String lang = DocBookDom.lang(e);
                    yield lang != null && LanguageTags.canonical(lang) != null
                            ? new Inline.Foreign(LanguageTags.canonical(lang), List.of(new Inline.Styled(Inline.Style.EMPHASIS, content)))
                            : new Inline.Styled(Inline.Style.EMPHASIS, content);
                }
                if (BOLD.contains(name)) {
                    yield new Inline.Styled(Inline.Style.STRONG, collector.content(e));
                }
                if (!PLAIN.contains(name)) {
                    unknown.report(e, "as plain text");
                }
                yield plain(e, collector);
            }
        };
    }

    /** An inline simple list: its members, separated by commas. */
    private static Inline simpleList(Element e, InlineCollector collector) {
        List<Inline> content = new ArrayList<>();
        for (Element member : DocBookDom.children(e, "member")) {
            if (!content.isEmpty()) {
                content.add(new Inline.Text(", "));
            }
            content.add(new Inline.Styled(null, collector.content(member)));
        }
        return new Inline.Styled(null, content);
    }

    /** The content as it stands; in its own language when it names one. */
    private static Inline plain(Element e, InlineCollector collector) {
        List<Inline> content = collector.content(e);
        String lang = DocBookDom.lang(e);
        String tag = lang == null ? null : LanguageTags.canonical(lang);
        return tag != null ? new Inline.Foreign(tag, content) : new Inline.Styled(null, content);
    }

    private static Inline.Style emphasis(String role) {
        return switch (role.strip().toLowerCase(Locale.ROOT)) {
            case "bold", "strong" -> Inline.Style.STRONG;
            case "underline" -> Inline.Style.UNDERLINE;
            case "smallcaps", "small-caps" -> Inline.Style.SMALL_CAPS;
            default -> Inline.Style.EMPHASIS;
        };
    }

    /** A reference to an id of the book; one to no element is set as its words by the layouts, which say so. */
    private static Inline crossRef(String target, List<Inline> content) {
        return new Inline.CrossRef(target.strip(), content);
    }

    private Inline link(Element e, InlineCollector collector) {
        if (!e.getAttribute("linkend").isBlank()) {
            return crossRef(e.getAttribute("linkend"), collector.content(e));
        }
        String href = e.getAttributeNS(DocBookDom.XLINK_NS, "href");
        if (href.startsWith("#")) {
            return crossRef(href.substring(1), collector.content(e));
        }
        return external(href, collector.content(e));
    }

    /** A link to the web or a mail address; anything else (a local file, ftp:) keeps its words only. */
    private static Inline external(String href, List<Inline> content) {
        String h = href.strip();
        List<Inline> words = content.isEmpty() ? List.of(new Inline.Text(h)) : content;
        String lower = h.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")) {
            return new Inline.Link(h, words);
        }
        return new Inline.Styled(null, words);
    }

    private Inline indexTerm(Element e) {
        String kind = e.getAttribute("class");
        if (kind.equals("endofrange")) {
            return new Inline.IndexTerm(ids.idFor(null, "index"), List.of(), Inline.IndexMark.RANGE_END,
                    e.getAttribute("startref").strip(), null, null);
        }
        List<String> path = new ArrayList<>();
        for (String level : List.of("primary", "secondary", "tertiary")) {
            Element l = DocBookDom.child(e, level);
            if (l == null || DocBookDom.text(l).isEmpty()) {
                break;
            }
            path.add(DocBookDom.text(l));
        }
        boolean start = kind.equals("startofrange");
        String see = DocBookDom.text(DocBookDom.child(e, "see"));
        String seeAlso = DocBookDom.text(DocBookDom.child(e, "seealso"));
        return new Inline.IndexTerm(ids.idFor(null, "index"), path,
                start ? Inline.IndexMark.RANGE_START : Inline.IndexMark.POINT, start ? DocBookDom.id(e) : null,
                see.isEmpty() ? null : see, seeAlso.isEmpty() ? null : seeAlso);
    }
}
