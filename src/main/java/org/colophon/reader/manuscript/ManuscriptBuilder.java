package org.colophon.reader.manuscript;

import java.util.ArrayList;
import java.util.List;
import org.colophon.model.Block;
import org.colophon.model.Book;
import org.colophon.model.Creator;
import org.colophon.model.Division;
import org.colophon.model.FigureWidth;
import org.colophon.model.Inline;
import org.colophon.model.Metadata;
import org.colophon.reader.Assets;
import org.colophon.reader.IdAllocator;
import org.colophon.reader.InlineCollector;
import org.colophon.reader.LanguageTags;
import org.colophon.reader.Preformatted;
import org.colophon.reader.XmlSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Maps a manuscript that passed the schema and the checks onto the book model.
 *
 * <p>Languages: the model carries a language on divisions, block quotations, verse and
 * foreign phrases. A paragraph, list, figure or section in another language than the one
 * its surroundings carry gets its text wrapped in an {@link Inline.Foreign}, so that no
 * {@code xml:lang} is lost.
 */
final class ManuscriptBuilder {

    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private final Assets assets;
    private final IdAllocator ids;
    private final InlineCollector inlines = new InlineCollector(this::inline);
    private String bookLang;
    /** The language the model already expresses where inlines are being built. */
    private String carried;

    ManuscriptBuilder(Assets assets, IdAllocator ids) {
        this.assets = assets;
        this.ids = ids;
    }

    Book build(Element book) {
        bookLang = LanguageTags.canonical(book.getAttributeNS(XML_NS, "lang"));
        carried = bookLang;
        Metadata metadata = null;
        List<Division> front = List.of();
        List<Division> body = List.of();
        List<Division> back = List.of();
        for (Element e : children(book)) {
            switch (e.getLocalName()) {
                case "metadata" -> metadata = metadata(e);
                case "front" -> front = divisions(e, bookLang);
                case "body" -> body = divisions(e, bookLang);
                case "back" -> back = divisions(e, bookLang);
                default -> throw unexpected(e);
            }
        }
        return new Book(metadata, front, body, back, assets.all());
    }

    // ---------------------------------------------------------------- metadata

    private Metadata metadata(Element m) {
        Metadata.Builder metadata = Metadata.builder().language(bookLang);
        List<Creator> creators = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        for (Element e : children(m)) {
            String text = InlineCollector.collapse(e.getTextContent());
            switch (e.getLocalName()) {
                case "title" -> metadata.title(text);
                case "subtitle" -> metadata.subtitle(text);
                case "creator" -> creators.add(new Creator(text, optional(e, "file-as"), role(e.getAttribute("role"))));
                case "identifier" -> metadata.identifier(
                        new Metadata.Identifier(scheme(e.getAttribute("scheme")), text));
                case "publisher" -> metadata.publisher(text);
                case "date" -> metadata.date(text);
                case "rights" -> metadata.rights(text);
                case "description" -> metadata.description(text);
                case "subject" -> subjects.add(text);
                case "series" -> metadata.series(new Metadata.Series(text, optional(e, "position")));
                case "cover" -> metadata.cover(assets.hrefOf(e));
                case "source" -> metadata.source(text);
                case "accessibility" -> metadata.conformance(new Metadata.ConformanceClaim(
                        InlineCollector.collapse(e.getAttribute("conforms-to")),
                        InlineCollector.collapse(e.getAttribute("certified-by"))));
                default -> throw unexpected(e);
            }
        }
        return metadata.creators(creators).subjects(subjects).build();
    }

    private static Creator.Role role(String role) {
        return switch (role.strip()) {
            case "translator" -> Creator.Role.TRANSLATOR;
            case "editor" -> Creator.Role.EDITOR;
            case "illustrator" -> Creator.Role.ILLUSTRATOR;
            default -> Creator.Role.AUTHOR;
        };
    }

    private static Metadata.Identifier.Scheme scheme(String scheme) {
        return switch (scheme.strip()) {
            case "isbn" -> Metadata.Identifier.Scheme.ISBN;
            case "uuid" -> Metadata.Identifier.Scheme.UUID;
            case "uri" -> Metadata.Identifier.Scheme.URI;
            default -> Metadata.Identifier.Scheme.OTHER;
        };
    }

    // ---------------------------------------------------------------- divisions

    private List<Division> divisions(Element container, String lang) {
        List<Division> out = new ArrayList<>();
        for (Element e : children(container)) {
            out.add(division(e, lang));
        }
        return out;
    }

    private Division division(Element e, String parentLang) {
        String name = e.getLocalName();
        Division.Kind kind = Vocabulary.DIVISIONS.get(name);
        if (kind == null) {
            throw unexpected(e);
        }
        String id = ids.idFor(optional(e, "id"), name);
        String lang = langOf(e, parentLang);
        String saved = carried;
        carried = lang;
        List<Inline> title = List.of();
        List<Inline> subtitle = List.of();
        List<Block> blocks = new ArrayList<>();
        List<Division> children = new ArrayList<>();
        for (Element c : children(e)) {
            switch (c.getLocalName()) {
                case "title" -> title = inlines(c, lang);
                case "subtitle" -> subtitle = inlines(c, lang);
                case "chapter" -> children.add(division(c, lang));
                default -> blocks.add(block(c, lang, 1));
            }
        }
        carried = saved;
        return new Division(kind, id, lang.equals(bookLang) ? null : lang, title, subtitle, blocks, children);
    }

    /** The schema allows only the known words, so every word maps. */
    private static List<Inline.RefPart> refParts(String show) {
        List<Inline.RefPart> out = new ArrayList<>();
        for (String word : show.strip().split("\\s+")) {
            switch (word) {
                case "label" -> out.add(Inline.RefPart.LABEL);
                case "Label" -> out.add(Inline.RefPart.CAPITAL_LABEL);
                case "number" -> out.add(Inline.RefPart.NUMBER);
                case "title" -> out.add(Inline.RefPart.TITLE);
                case "page" -> out.add(Inline.RefPart.PAGE);
                case "on-page" -> out.add(Inline.RefPart.ON_PAGE);
                default -> { }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- blocks

    private List<Block> blocks(Element container, String lang, int sectionLevel) {
        List<Block> out = new ArrayList<>();
        for (Element c : children(container)) {
            out.add(block(c, lang, sectionLevel));
        }
        return out;
    }

    private Block block(Element e, String parentLang, int sectionLevel) {
        String lang = langOf(e, parentLang);
        String id = optional(e, "id");
        switch (e.getLocalName()) {
            case "p":
                return new Block.Paragraph(id, optional(e, "style"), inlines(e, lang));
            case "section": {
                List<Inline> title = List.of();
                List<Block> blocks = new ArrayList<>();
                for (Element c : children(e)) {
                    if (c.getLocalName().equals("title")) {
                        title = inlines(c, lang);
                    } else {
                        blocks.add(block(c, lang, sectionLevel + 1));
                    }
                }
                return new Block.Section(id, sectionLevel, title, blocks);
            }
            case "blockquote": {
                String saved = carried;
                String own = lang.equals(carried) ? null : lang;
                carried = lang;
                List<Block> blocks = new ArrayList<>();
                List<Inline> attribution = List.of();
                for (Element c : children(e)) {
                    if (c.getLocalName().equals("attribution")) {
                        attribution = inlines(c, lang);
                    } else {
                        blocks.add(block(c, lang, sectionLevel));
                    }
                }
                carried = saved;
                return new Block.BlockQuote(id, own, blocks, attribution);
            }
            case "verse": {
                String saved = carried;
                String own = lang.equals(carried) ? null : lang;
                carried = lang;
                List<Block.Stanza> stanzas = new ArrayList<>();
                List<Inline> attribution = List.of();
                for (Element c : children(e)) {
                    if (c.getLocalName().equals("attribution")) {
                        attribution = inlines(c, lang);
                    } else {
                        List<Block.VerseLine> lines = new ArrayList<>();
                        for (Element line : children(c)) {
                            String indent = optional(line, "indent");
                            lines.add(new Block.VerseLine(indent == null ? 0 : Integer.parseInt(indent),
                                    inlines(line, lang)));
                        }
                        stanzas.add(new Block.Stanza(lines));
                    }
                }
                carried = saved;
                return new Block.Verse(id, own, stanzas, attribution);
            }
            case "list": {
                String start = optional(e, "start");
                List<Block.ListItem> items = new ArrayList<>();
                for (Element item : children(e)) {
                    items.add(new Block.ListItem(itemBlocks(item, lang, sectionLevel)));
                }
                return new Block.ListBlock(id, "ordered".equals(e.getAttribute("type").strip()),
                        start == null ? 1 : Integer.parseInt(start), items);
            }
            case "figure": {
                List<Inline> caption = List.of();
                for (Element c : children(e)) {
                    caption = inlines(c, lang);
                }
                String alt = e.hasAttribute("alt") ? InlineCollector.collapse(e.getAttribute("alt")) : null;
                String width = optional(e, "width");
                return new Block.Figure(id, assets.hrefOf(e), alt, "true".equals(e.getAttribute("decorative").strip()),
                        caption, width == null ? null : FigureWidth.parse(width),
                        "here".equals(e.getAttribute("placement").strip()) ? Block.Placement.HERE : Block.Placement.FLOAT);
            }
            case "table":
                return table(e, id, lang, sectionLevel);
            case "scene-break":
                return new Block.SceneBreak(e.getAttribute("mark").strip());
            case "pre":
                return new Block.Preformatted(id, Preformatted.trimmed(e.getTextContent()));
            case "code-block":
                return codeBlock(e, id, lang);
            default:
                throw unexpected(e);
        }
    }

    private Block.Table table(Element e, String id, String lang, int sectionLevel) {
        List<Inline> caption = List.of();
        for (Element c : children(e)) {
            if (c.getLocalName().equals("caption")) {
                caption = inlines(c, lang);
            }
        }
        List<Block.TableColumn> columns = new ArrayList<>();
        for (Element col : TableElements.columns(e)) {
            columns.add(new Block.TableColumn(columnWidth(optional(col, "width")), alignment(optional(col, "align"))));
        }
        List<Block.TableRow> head = new ArrayList<>();
        List<Block.TableRow> body = new ArrayList<>();
        List<Block.TableRow> foot = new ArrayList<>();
        for (TableElements.Group g : TableElements.groups(e)) {
            List<Block.TableRow> into = switch (g.kind()) {
                case "thead" -> head;
                case "tfoot" -> foot;
                default -> body;
            };
            for (Element tr : g.rows()) {
                List<Block.TableCell> cells = new ArrayList<>();
                for (Element cell : TableElements.cells(tr)) {
                    cells.add(new Block.TableCell(cell.getLocalName().equals("th"),
                            TableElements.span(cell, "colspan"), TableElements.span(cell, "rowspan"),
                            alignment(optional(cell, "align")), itemBlocks(cell, langOf(cell, lang), sectionLevel)));
                }
                into.add(new Block.TableRow(cells));
            }
        }
        return new Block.Table(id, caption, columns, head, body, foot);
    }

    /** A width the schema let through: 30%, 4cm, 25mm, 1.5in, 72pt, *, 2*; null when absent. */
    static Block.ColumnWidth columnWidth(String width) {
        if (width == null) {
            return null;
        }
        if (width.endsWith("*")) {
            String n = width.substring(0, width.length() - 1);
            return new Block.ColumnWidth(Block.ColumnWidth.WidthUnit.SHARE, n.isEmpty() ? 1 : Double.parseDouble(n));
        }
        if (width.endsWith("%")) {
            return new Block.ColumnWidth(Block.ColumnWidth.WidthUnit.PERCENT,
                    Double.parseDouble(width.substring(0, width.length() - 1)));
        }
        double v = Double.parseDouble(width.substring(0, width.length() - 2));
        double points = switch (width.substring(width.length() - 2)) {
            case "mm" -> v * 72 / 25.4;
            case "cm" -> v * 72 / 2.54;
            case "in" -> v * 72;
            default -> v;
        };
        return new Block.ColumnWidth(Block.ColumnWidth.WidthUnit.POINTS, points);
    }

    private static Block.Alignment alignment(String align) {
        if (align == null) {
            return null;
        }
        return switch (align) {
            case "right" -> Block.Alignment.RIGHT;
            case "center" -> Block.Alignment.CENTER;
            case "decimal" -> Block.Alignment.DECIMAL;
            default -> Block.Alignment.LEFT;
        };
    }

    /** The code is the text after the optional caption (the checks refuse text before it). */
    private Block codeBlock(Element e, String id, String lang) {
        List<Inline> caption = List.of();
        StringBuilder code = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                caption = inlines(c, lang);
                code.setLength(0);
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                code.append(n.getNodeValue());
            }
        }
        String language = optional(e, "language");
        Block.LineNumbers numbers = "true".equals(e.getAttribute("line-numbers").strip())
                ? Block.LineNumbers.SHOWN : Block.LineNumbers.HIDDEN;
        return new Block.CodeBlock(id, language, numbers, caption, Preformatted.trimmed(code.toString()));
    }

    /** A list item or a note: blocks, or running text made into one paragraph. */
    private List<Block> itemBlocks(Element item, String lang, int sectionLevel) {
        for (Element c : children(item)) {
            if (Vocabulary.isBlock(c.getLocalName())) {
                return blocks(item, lang, sectionLevel);
            }
        }
        List<Inline> content = inlines(item, lang);
        return content.isEmpty() ? List.of() : List.of(new Block.Paragraph(null, null, content));
    }

    // ---------------------------------------------------------------- inlines

    /** The inline content of a block-level container, in a Foreign when its language is not carried. */
    private List<Inline> inlines(Element container, String lang) {
        List<Inline> content = inlines.block(container);
        if (!lang.equals(carried) && !content.isEmpty()) {
            return List.of(new Inline.Foreign(lang, content));
        }
        return content;
    }

    private Inline inline(Element e, InlineCollector collector) {
        switch (e.getLocalName()) {
            case "em":
                return new Inline.Styled(Inline.Style.EMPHASIS, collector.content(e));
            case "strong":
                return new Inline.Styled(Inline.Style.STRONG, collector.content(e));
            case "sc":
                return new Inline.Styled(Inline.Style.SMALL_CAPS, collector.content(e));
            case "sup":
                return new Inline.Styled(Inline.Style.SUPERSCRIPT, collector.content(e));
            case "sub":
                return new Inline.Styled(Inline.Style.SUBSCRIPT, collector.content(e));
            case "code":
                return new Inline.Code(Inline.CodeKind.CODE, e.getTextContent());
            case "kbd":
                return new Inline.Code(Inline.CodeKind.KEYBOARD, e.getTextContent());
            case "q": {
                Inline quote = new Inline.Quote(null, null, collector.content(e));
                String lang = optionalLang(e);
                // a quotation in another language takes that language's marks, as in TEI
                return lang != null && !lang.equals(effectiveLang((Element) e.getParentNode()))
                        ? new Inline.Foreign(lang, List.of(quote)) : quote;
            }
            case "foreign":
                return new Inline.Foreign(LanguageTags.canonical(e.getAttributeNS(XML_NS, "lang")), collector.content(e));
            case "note":
                return note(e);
            case "ref":
                return new Inline.CrossRef(e.getAttribute("target").strip(), refParts(e.getAttribute("show")),
                        collector.content(e));
            case "link":
                return new Inline.Link(e.getAttribute("href").strip(), collector.content(e));
            case "anchor":
                return new Inline.Anchor(e.getAttribute("id").strip());
            case "ix":
                return indexTerm(e);
            default:
                throw unexpected(e);
        }
    }

    private Inline indexTerm(Element e) {
        String id = ids.idFor(optional(e, "id"), "ix");
        String end = optional(e, "end");
        if (end != null) {
            return new Inline.IndexTerm(id, List.of(), Inline.IndexMark.RANGE_END, end, null, null);
        }
        List<String> path = new ArrayList<>(3);
        for (String level : List.of("term", "sub", "subsub")) {
            String heading = optional(e, level);
            if (heading != null) {
                path.add(InlineCollector.collapse(heading));
            }
        }
        String start = optional(e, "start");
        return new Inline.IndexTerm(id, path, start == null ? Inline.IndexMark.POINT : Inline.IndexMark.RANGE_START,
                start, optional(e, "see"), optional(e, "see-also"));
    }

    private Inline note(Element e) {
        String id = ids.idFor(optional(e, "id"), "note");
        // The note is read in the language of where it is called.
        return new Inline.Note(id, itemBlocks(e, effectiveLang(e), 1));
    }

    // ---------------------------------------------------------------- helpers

    /** The element's own xml:lang, or {@code inherited}. */
    private static String langOf(Element e, String inherited) {
        String own = optionalLang(e);
        return own != null ? own : inherited;
    }

    /** The xml:lang in force at {@code e}: its own or its nearest ancestor's. */
    private String effectiveLang(Element e) {
        for (Node n = e; n instanceof Element el; n = el.getParentNode()) {
            String l = optionalLang(el);
            if (l != null) {
                return l;
            }
        }
        return bookLang;
    }

    private static String optionalLang(Element e) {
        String l = LanguageTags.canonical(e.getAttributeNS(XML_NS, "lang"));
        return l.isEmpty() ? null : l;
    }

    private static String optional(Element e, String attribute) {
        if (!e.hasAttribute(attribute)) {
            return null;
        }
        String v = e.getAttribute(attribute).strip();
        return v.isEmpty() ? null : v;
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c);
            }
        }
        return out;
    }

    /** The schema has let through what the builder does not know: a bug, not bad input. */
    private static IllegalStateException unexpected(Element e) {
        return new IllegalStateException("the reader does not handle <" + e.getTagName() + "> at "
                + XmlSource.locationOf(e) + " (validated, so this is a Colophon bug)");
    }
}
