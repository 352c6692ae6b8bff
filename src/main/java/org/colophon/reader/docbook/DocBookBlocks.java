package org.colophon.reader.docbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.colophon.error.Diagnostic;
import org.colophon.model.Block;
import org.colophon.model.Inline;
import org.colophon.reader.Assets;
import org.colophon.reader.IdAllocator;
import org.colophon.reader.LanguageTags;
import org.colophon.reader.Preformatted;
import org.colophon.reader.XmlSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** DocBook's block-level elements, as the model's blocks. */
final class DocBookBlocks {

    /** Elements that make divisions: an error where blocks are expected. */
    static final Set<String> DIVISIONS = Set.of("book", "part", "chapter", "preface", "appendix", "dedication",
            "colophon", "acknowledgements", "reference", "article", "set", "partintro");
    private static final Set<String> SECTIONS = Set.of("section", "sect1", "sect2", "sect3", "sect4", "sect5",
            "simplesect", "refsect1", "refsect2", "refsect3", "refsection", "glossdiv", "bibliodiv");
    /** Children read by their parent (titles, metadata), or that print nothing. */
    private static final Set<String> SKIPPED = Set.of("title", "subtitle", "titleabbrev", "info", "bookinfo",
            "chapterinfo", "sectioninfo", "sect1info", "sect2info", "sect3info", "prefaceinfo", "appendixinfo",
            "partinfo", "articleinfo", "attribution", "toc", "lot", "remark", "beginpage", "indexterm", "anchor");
    private static final Set<String> CODE = Set.of("programlisting", "screen", "synopsis", "programlistingco",
            "screenco", "funcsynopsis", "classsynopsis", "cmdsynopsis");

    private final DocBookInlines inlines;
    private final IdAllocator ids;
    private final UnknownElements unknown;
    private final Assets assets;
    private final List<Diagnostic> errors;

    DocBookBlocks(IdAllocator ids, UnknownElements unknown, Assets assets, List<Diagnostic> errors) {
        this.ids = ids;
        this.unknown = unknown;
        this.assets = assets;
        this.errors = errors;
        this.inlines = new DocBookInlines(ids, unknown, e -> blocks(e, 1));
    }

    DocBookInlines inlines() {
        return inlines;
    }

    /** The blocks of a container; sections in it are at {@code level}. */
    List<Block> blocks(Element container, int level) {
        List<Block> out = new ArrayList<>();
        List<Inline> pendingMarks = new ArrayList<>(); // block-level index terms and anchors, for the next paragraph
        for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                if (n.getNodeType() == Node.TEXT_NODE && !n.getNodeValue().isBlank()) {
                    // loose text where blocks are expected (a listitem written without para)
                    out.add(new Block.Paragraph(null, null, List.of(new Inline.Text(n.getNodeValue().strip()))));
                }
                continue;
            }
            String name = DocBookDom.name(e);
            if ("indexterm".equals(name) || "anchor".equals(name)) {
                pendingMarks.addAll(inlines.of(wrapper(e)));
                continue;
            }
            int before = out.size();
            block(e, name, level, out);
            if (!pendingMarks.isEmpty() && out.size() > before && out.get(before) instanceof Block.Paragraph p) {
                List<Inline> content = new ArrayList<>(pendingMarks);
                content.addAll(p.content());
                out.set(before, new Block.Paragraph(p.id(), p.style(), content));
                pendingMarks.clear();
            }
        }
        if (!pendingMarks.isEmpty()) {
            out.add(new Block.Paragraph(null, null, pendingMarks));
        }
        return out;
    }

    /** An element holding only {@code e}, so that it is read as an inline. */
    private static Element wrapper(Element e) {
        Element w = e.getOwnerDocument().createElementNS(null, "phrase");
        w.appendChild(e.cloneNode(true));
        w.setUserData(XmlSource.LOCATION_KEY, XmlSource.locationOf(e), null);
        return w;
    }

    private void block(Element e, String name, int level, List<Block> out) {
        if (name == null) {
            unknown.report(e, "as a paragraph");
            out.add(new Block.Paragraph(null, null, List.of(new Inline.Text(DocBookDom.text(e)))));
            return;
        }
        if (SKIPPED.contains(name)) {
            return;
        }
        if (SECTIONS.contains(name)) {
            out.add(new Block.Section(ids.idFor(DocBookDom.id(e), "section"), level, title(e), blocks(e, level + 1)));
            return;
        }
        if (DIVISIONS.contains(name)) {
            XmlSource.Location at = XmlSource.locationOf(e);
            errors.add(Diagnostic.error(at.file(), at.line(), at.column(), "<" + e.getTagName() + "> cannot stand"
                    + " inside <" + ((Element) e.getParentNode()).getTagName() + ">; expected it directly in <book>"
                    + " (a chapter in a <part>)"));
            return;
        }
        if (CODE.contains(name)) {
            out.add(code(e, List.of()));
            return;
        }
        switch (name) {
            case "para", "simpara" -> paragraphs(e, level, out);
            case "formalpara" -> {
                List<Inline> content = new ArrayList<>();
                List<Inline> title = title(e);
                if (!title.isEmpty()) {
                    content.add(new Inline.Styled(Inline.Style.STRONG, title));
                    content.add(new Inline.Text(" "));
                }
                Element para = DocBookDom.child(e, "para");
                if (para != null) {
                    content.addAll(inlines.of(para));
                }
                out.add(new Block.Paragraph(DocBookDom.id(e), "noindent", content));
            }
            case "itemizedlist", "orderedlist" -> {
                titleParagraph(e, out);
                List<Block.ListItem> items = new ArrayList<>();
                for (Element item : DocBookDom.children(e, "listitem")) {
                    items.add(new Block.ListItem(blocks(item, level)));
                }
                int start = 1;
                try {
                    start = e.getAttribute("startingnumber").isBlank() ? 1
                            : Integer.parseInt(e.getAttribute("startingnumber").strip());
                } catch (NumberFormatException bad) {
                    error(e, "startingnumber=\"" + e.getAttribute("startingnumber") + "\" is not a whole number");
                }
                out.add(new Block.ListBlock(DocBookDom.id(e), name.equals("orderedlist"), start, items));
            }
            case "variablelist" -> {
                titleParagraph(e, out);
                List<Block.ListItem> items = new ArrayList<>();
                for (Element entry : DocBookDom.children(e, "varlistentry")) {
                    items.add(termItem(DocBookDom.children(entry, "term"), DocBookDom.child(entry, "listitem"), level));
                }
                out.add(new Block.ListBlock(DocBookDom.id(e), false, 1, items));
            }
            case "glossary", "glosslist" -> {
                if (name.equals("glossary")) {
                    List<Inline> title = title(e);
                    if (!title.isEmpty()) {
                        out.add(new Block.Section(ids.idFor(DocBookDom.id(e), "section"), level, title,
                                glossary(e, level + 1)));
                        return;
                    }
                }
                out.addAll(glossary(e, level));
            }
            case "bibliography", "bibliolist" -> {
                List<Inline> title = title(e);
                List<Block> content = bibliography(e, level + (title.isEmpty() ? 0 : 1));
                if (title.isEmpty()) {
                    out.addAll(content);
                } else {
                    out.add(new Block.Section(ids.idFor(DocBookDom.id(e), "section"), level, title, content));
                }
            }
            case "simplelist" -> {
                List<Element> members = DocBookDom.children(e, "member");
                if (e.getAttribute("type").equals("inline")) {
                    List<Inline> content = new ArrayList<>();
                    for (Element m : members) {
                        if (!content.isEmpty()) {
                            content.add(new Inline.Text(", "));
                        }
                        content.addAll(inlines.of(m));
                    }
                    out.add(new Block.Paragraph(DocBookDom.id(e), null, content));
                } else {
                    List<Block.ListItem> items = new ArrayList<>();
                    for (Element m : members) {
                        items.add(new Block.ListItem(List.of(new Block.Paragraph(null, null, inlines.of(m)))));
                    }
                    out.add(new Block.ListBlock(DocBookDom.id(e), false, 1, items));
                }
            }
            case "literallayout", "address" -> out.add(new Block.Preformatted(DocBookDom.id(e),
                    Preformatted.trimmed(e.getTextContent())));
            case "blockquote", "epigraph" -> {
                titleParagraph(e, out);
                Element attribution = DocBookDom.child(e, "attribution");
                String lang = DocBookDom.lang(e);
                out.add(new Block.BlockQuote(DocBookDom.id(e), lang == null ? null : LanguageTags.canonical(lang),
                        blocks(e, level), attribution == null ? List.of() : inlines.of(attribution)));
            }
            case "note", "tip", "important", "caution", "warning", "sidebar", "danger" -> out.add(new Block.Aside(
                    DocBookDom.id(e), Block.AsideKind.valueOf(name.equals("danger") ? "WARNING"
                            : name.toUpperCase(Locale.ROOT)), title(e), blocks(e, level)));
            case "abstract", "partintro", "highlights", "procedure", "task", "qandaset", "msgset", "segmentedlist",
                    "calloutlist", "annotation", "legalnotice" -> {
                titleParagraph(e, out);
                if (name.equals("procedure")) {
                    List<Block.ListItem> steps = new ArrayList<>();
                    for (Element step : DocBookDom.children(e, "step")) {
                        steps.add(new Block.ListItem(blocks(step, level)));
                    }
                    out.add(new Block.ListBlock(DocBookDom.id(e), true, 1, steps));
                } else {
                    if (!Set.of("abstract", "partintro", "highlights", "legalnotice").contains(name)) {
                        unknown.report(e, "as its paragraphs");
                    }
                    out.addAll(blocks(e, level));
                }
            }
            case "figure", "informalfigure", "mediaobject", "screenshot", "equation", "informalequation" ->
                    figure(e, out);
            case "table", "informaltable" -> new DocBookTables(this, errors).table(e, out);
            case "example", "informalexample" -> example(e, level, out);
            case "bridgehead" -> out.add(new Block.Paragraph(DocBookDom.id(e), "label", inlines.of(e)));
            case "index", "setindex" -> { } // Colophon makes the index from the terms (see the reader's divisions)
            default -> {
                unknown.report(e, "as its paragraphs");
                if (DocBookDom.children(e).isEmpty()) {
                    out.add(new Block.Paragraph(DocBookDom.id(e), null, inlines.of(e)));
                } else {
                    out.addAll(blocks(e, level));
                }
            }
        }
    }

    /** A para, which in DocBook may hold lists and listings among its words: split around them. */
    private void paragraphs(Element para, int level, List<Block> out) {
        boolean holdsBlocks = false;
        for (Element child : DocBookDom.children(para)) {
            holdsBlocks |= isBlock(child);
        }
        if (!holdsBlocks) {
            out.add(new Block.Paragraph(DocBookDom.id(para), null, inlines.of(para)));
            return;
        }
        Element run = null;
        boolean first = true;
        for (Node n = para.getFirstChild(); n != null; ) {
            Node next = n.getNextSibling();
            if (n instanceof Element child && isBlock(child)) {
                if (run != null) {
                    addRun(run, first ? DocBookDom.id(para) : null, out);
                    first = false;
                    run = null;
                }
                block(child, DocBookDom.name(child), level, out);
            } else {
                if (run == null) {
                    run = para.getOwnerDocument().createElementNS(para.getNamespaceURI(), para.getTagName());
                    run.setUserData(XmlSource.LOCATION_KEY, XmlSource.locationOf(n), null);
                }
                run.appendChild(n.cloneNode(true));
            }
            n = next;
        }
        if (run != null) {
            addRun(run, first ? DocBookDom.id(para) : null, out);
        }
    }

    private void addRun(Element run, String id, List<Block> out) {
        List<Inline> content = inlines.of(run);
        if (!content.isEmpty()) {
            out.add(new Block.Paragraph(id, out.isEmpty() ? null : "noindent", content));
        }
    }

    private static boolean isBlock(Element e) {
        String name = DocBookDom.name(e);
        if ("simplelist".equals(name) && e.getAttribute("type").equals("inline")) {
            return false;
        }
        return name != null && (CODE.contains(name) || Set.of("itemizedlist", "orderedlist", "variablelist",
                "simplelist", "literallayout", "blockquote", "note", "tip", "important", "caution", "warning",
                "figure", "informalfigure", "mediaobject", "table", "informaltable", "example", "informalexample",
                "equation", "informalequation", "sidebar", "para", "formalpara", "glosslist", "bibliolist",
                "procedure", "screenshot").contains(name));
    }

    /** A list item made of its term(s), in bold, then its blocks. */
    private Block.ListItem termItem(List<Element> terms, Element body, int level) {
        List<Inline> term = new ArrayList<>();
        for (Element t : terms) {
            if (!term.isEmpty()) {
                term.add(new Inline.Text(", "));
            }
            term.addAll(inlines.of(t));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(null, "noindent", List.of(new Inline.Styled(Inline.Style.STRONG, term))));
        if (body != null) {
            blocks.addAll(blocks(body, level));
        }
        return new Block.ListItem(blocks);
    }

    /** A glossary: a list of its entries, each its terms in bold, then its definition and its cross-references. */
    private List<Block> glossary(Element e, int level) {
        return entryList(e, level, DocBookDom.id(e), Set.of("glossentry"), entry -> {
            Block.ListItem item = termItem(DocBookDom.children(entry, "glossterm"), DocBookDom.child(entry, "glossdef"), level);
            List<Block> blocks = new ArrayList<>(item.blocks());
            for (String see : List.of("glosssee", "glossseealso")) {
                for (Element s : DocBookDom.children(entry, see)) {
                    List<Inline> content = new ArrayList<>();
                    content.add(new Inline.Styled(Inline.Style.EMPHASIS, List.of(new Inline.Text(
                            see.equals("glosssee") ? "See " : "See also "))));
                    content.addAll(inlines.of(s));
                    blocks.add(new Block.Paragraph(null, "noindent", content));
                }
            }
            return new Block.ListItem(blocks);
        });
    }

    /** A bibliography: each entry one paragraph of a list, its parts in order. */
    private List<Block> bibliography(Element e, int level) {
        return entryList(e, level, null, Set.of("biblioentry", "bibliomixed"), entry -> {
            List<Inline> content = new ArrayList<>();
            if (DocBookDom.is(entry, "bibliomixed")) {
                content.addAll(inlines.of(entry));
            } else {
                for (Element part : DocBookDom.children(entry)) {
                    List<Inline> words = "title".equals(DocBookDom.name(part))
                            ? List.of(new Inline.Styled(Inline.Style.EMPHASIS, inlines.of(part))) : inlines.of(part);
                    if (words.isEmpty()) {
                        continue;
                    }
                    if (!content.isEmpty()) {
                        content.add(new Inline.Text(". "));
                    }
                    content.addAll(words);
                }
            }
            return new Block.ListItem(List.of(new Block.Paragraph(DocBookDom.id(entry), "noindent", content)));
        });
    }

    /**
     * The entries of a glossary or bibliography as lists, one item an entry; what stands
     * between entries (a glossdiv, a bibliodiv, a paragraph) ends the list before it and is
     * read as blocks. The last list takes {@code listId}.
     */
    private List<Block> entryList(Element e, int level, String listId, Set<String> entryNames,
                                  java.util.function.Function<Element, Block.ListItem> item) {
        List<Block> out = new ArrayList<>();
        List<Block.ListItem> items = new ArrayList<>();
        for (Element child : DocBookDom.children(e)) {
            String name = DocBookDom.name(child);
            if (entryNames.contains(String.valueOf(name))) {
                items.add(item.apply(child));
            } else if (name != null && !SKIPPED.contains(name)) {
                if (!items.isEmpty()) {
                    out.add(new Block.ListBlock(null, false, 1, items));
                    items = new ArrayList<>();
                }
                block(child, name, level, out);
            }
        }
        if (!items.isEmpty()) {
            out.add(new Block.ListBlock(listId, false, 1, items));
        }
        return out;
    }

    private void example(Element e, int level, List<Block> out) {
        List<Element> content = new ArrayList<>();
        for (Element child : DocBookDom.children(e)) {
            if (!SKIPPED.contains(String.valueOf(DocBookDom.name(child)))) {
                content.add(child);
            }
        }
        List<Inline> title = title(e);
        if (content.size() == 1 && CODE.contains(String.valueOf(DocBookDom.name(content.get(0))))) {
            Block.CodeBlock code = code(content.get(0), title);
            String id = DocBookDom.id(e);
            out.add(id == null ? code : new Block.CodeBlock(id, code.language(), code.lineNumbers(), code.caption(),
                    code.text()));
            return;
        }
        titleParagraph(e, out);
        out.addAll(blocks(e, level));
    }

    private Block.CodeBlock code(Element e, List<Inline> caption) {
        String language = e.getAttribute("language");
        return new Block.CodeBlock(DocBookDom.id(e), language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT),
                e.getAttribute("linenumbering").equals("numbered") ? Block.LineNumbers.SHOWN : Block.LineNumbers.HIDDEN,
                caption, Preformatted.trimmed(e.getTextContent()));
    }

    /**
     * A figure (or an equation) from its mediaobject: the first imageobject's imagedata
     * names the image, a textobject gives the alt text, the title or caption the caption.
     * An equation with no image keeps its text as a centred paragraph.
     */
    private void figure(Element e, List<Block> out) {
        Element media = DocBookDom.is(e, "mediaobject") ? e : DocBookDom.firstChild(e, "mediaobject", "screenshot");
        if (media != null && DocBookDom.is(media, "screenshot")) {
            media = DocBookDom.child(media, "mediaobject");
        }
        Element data = null;
        if (media != null) {
            for (Element object : DocBookDom.children(media, "imageobject")) {
                data = DocBookDom.child(object, "imagedata");
                if (data != null) {
                    break;
                }
            }
        }
        if (DocBookDom.is(e, "screenshot") || DocBookDom.is(e, "informalfigure")) {
            data = data == null ? DocBookDom.child(e, "graphic") : data;
        }
        List<Inline> caption = new ArrayList<>(title(e));
        Element mediaCaption = media == null ? null : DocBookDom.child(media, "caption");
        if (caption.isEmpty() && mediaCaption != null) {
            caption.addAll(inlines.of(mediaCaption));
        }
        if (data == null) {
            List<Inline> text = new ArrayList<>(caption);
            Element math = DocBookDom.firstChild(e, "mathphrase", "literallayout");
            Element alt = media == null ? null : DocBookDom.child(media, "textobject");
            Element words = math != null ? math : alt != null ? alt : DocBookDom.child(e, "alt");
            if (words != null) {
                if (!text.isEmpty()) {
                    text.add(new Inline.Text(": "));
                }
                text.addAll(inlines.of(words));
            }
            out.add(new Block.Paragraph(DocBookDom.id(e), "centered", text));
            return;
        }
        String src = data.getAttribute("fileref");
        if (src.isBlank()) {
            error(data, "<" + data.getTagName() + "> has no fileref; expected fileref=\"images/…\" naming the image");
            return;
        }
        assets.register(data, src.strip(), true, errors);
        Element textObject = media == null ? null : DocBookDom.child(media, "textobject");
        Element altElement = DocBookDom.child(e, "alt");
        String alt = altElement != null ? DocBookDom.text(altElement) : DocBookDom.text(textObject);
        if (alt.isEmpty()) {
            alt = DocBookDom.text(DocBookDom.child(e, "title"));
        }
        String href = assets.hrefOf(data);
        out.add(new Block.Figure(ids.idFor(DocBookDom.id(e), "figure"), href, alt.isEmpty() ? null : alt,
                alt.isEmpty(), caption));
    }

    /** The element's title: its own {@code title}, else its info's. */
    List<Inline> title(Element e) {
        Element title = DocBookDom.child(e, "title");
        if (title == null) {
            title = DocBookDom.child(DocBookDom.firstChild(e, "info", "blockinfo"), "title");
        }
        return title == null ? List.of() : inlines.of(title);
    }

    private void titleParagraph(Element e, List<Block> out) {
        List<Inline> title = title(e);
        if (!title.isEmpty()) {
            out.add(new Block.Paragraph(null, "noindent", List.of(new Inline.Styled(Inline.Style.STRONG, title))));
        }
    }

    void error(Element e, String message) {
        XmlSource.Location at = XmlSource.locationOf(e);
        errors.add(Diagnostic.error(at.file(), at.line(), at.column(), message));
    }
}
