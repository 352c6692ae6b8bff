package org.colophon.pdf.flow;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.colophon.error.Warnings;
import org.colophon.model.Block;
import org.colophon.model.FigureWidth;
import org.colophon.pdf.css.Cascade;
import org.colophon.pdf.css.ComputedStyle;
import org.colophon.pdf.tags.ContentTag;
import org.colophon.pdf.tags.LogicalStructure;
import org.colophon.pdf.tags.StructNode;
import org.colophon.pdf.text.FontFace;
import org.colophon.pdf.text.ParagraphItem;
import org.colophon.pdf.text.HyphenLimits;
import org.colophon.pdf.text.Protrusion;
import org.colophon.pdf.text.ParagraphSpec;
import org.colophon.pdf.text.TextStyle;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Turns one parsed XHTML page into flow blocks: computes every element's style through
 * the cascade, collects inline content into paragraph items (text runs with their style
 * and link, markers for ids, forced breaks), and turns block elements into paragraphs,
 * images, spaces and page breaks. CSS anonymous blocks: inline content beside block
 * children becomes a paragraph of its own.
 */
public final class BlockBuilder {

    private static final String EPUB_NS = "http://www.idpf.org/2007/ops";

    /** Looks an image up by its path in the publication. */
    public interface ImageSource {
        /** The bytes and media type, or null when the publication has no such file. */
        Resolved find(String path);

        record Resolved(byte[] data, String mediaType) {}
    }

    private final Cascade cascade;
    private final FontResolver fonts;
    private final ImageSource images;
    private final Warnings warnings;
    private final float measure;
    private final float maxImageHeight;

    private final Map<TextStyle, TextStyle> styleCache = new HashMap<>();
    /** The book's logical structure: its tags travel with the blocks to the PDF. */
    private LogicalStructure structure;

    // state of the page being built
    private String pagePath;
    private List<FlowBlock> out;
    private List<String> pendingIds;
    private Paragraph paragraph;
    private String footnoteId;
    private boolean inContents;
    private StructNode node; // where the structure elements of the element being built go
    private FlowBlock.ListMarker pendingMarker; // a list item's marker waiting for its first paragraph

    /** An image of the publication the PDF cannot draw, and why: the build fails rather than leave it out. */
    public record Undrawn(String path, String reason) {}

    private final List<Undrawn> undrawn = new ArrayList<>();

    /** The images met so far that could not be drawn, in the order met. */
    public List<Undrawn> undrawn() {
        return List.copyOf(undrawn);
    }

    /** Which face a computed style is set in, and where what that face cannot set goes. */
    public interface FontResolver {
        FontFace face(ComputedStyle style);

        /** The faces of the style's other families, in its style and weight, in the order listed. */
        default List<FontFace> fallbacks(ComputedStyle style) {
            return List.of();
        }
    }

    public BlockBuilder(Cascade cascade, FontResolver fonts, ImageSource images, Warnings warnings, float measure,
                 float maxImageHeight) {
        this.cascade = cascade;
        this.fonts = fonts;
        this.images = images;
        this.warnings = warnings;
        this.measure = measure;
        this.maxImageHeight = maxImageHeight;
    }

    /** The blocks of a page that no division holds (the contents, a chapter outside any part). */
    public List<FlowBlock> build(Document document, String path, String bookLang) {
        return build(document, path, null, bookLang);
    }

    /**
     * The blocks of one page, starting with a page break. {@code enclosingPath} is the page
     * of the division that holds this page's (a chapter's part), or null: the page's
     * structure elements go inside that page's.
     */
    public List<FlowBlock> build(Document document, String path, String enclosingPath, String bookLang) {
        pagePath = path;
        out = new ArrayList<>();
        pendingIds = new ArrayList<>();
        paragraph = null;
        footnoteId = null;
        out.add(new FlowBlock.PageBreak(path, ComputedStyle.Break.PAGE));
        pendingIds.add(PdfLinks.pageAnchor(path));
        Element root = document.getDocumentElement();
        if (structure == null) {
            structure = new LogicalStructure(bookLang);
        }
        node = structure.beginPage(path, enclosingPath);
        ComputedStyle rootStyle = cascade.compute(root, ComputedStyle.initial(bookLang), measure);
        block(root, rootStyle, 0, measure, 0);
        return out;
    }

    /** The computed style of the {@code <body>} (the book's text style: its line height is the grid). */
    public ComputedStyle bodyStyle(Document document, String bookLang) {
        Element root = document.getDocumentElement();
        ComputedStyle style = cascade.compute(root, ComputedStyle.initial(bookLang), measure);
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals("body")) {
                return cascade.compute(e, style, measure);
            }
        }
        return style;
    }

    private void block(Element element, ComputedStyle style, float indent, float width, int ordinal) {
        if (style.breakBefore().forcesPage()) {
            out.add(new FlowBlock.PageBreak(null, style.breakBefore()));
        }
        out.add(new FlowBlock.Space(style.marginTop()));
        String previousFootnote = footnoteId;
        boolean outerContents = inContents;
        String epubType = element.getAttributeNS(EPUB_NS, "type");
        // lists of figures and tables are contents too: their entries end in page numbers
        inContents |= Cascade.includesToken(epubType, "toc") || Cascade.includesToken(epubType, "loi")
                || Cascade.includesToken(epubType, "lot");
        StructNode outerNode = node;
        node = structure.enter(node, element, style.lang(), inContents);
        if (!element.getLocalName().equals("li")) {
            structure.listStyle(node, style.listStyle());
        }
        if (epubType.contains("footnote") || epubType.contains("endnote")) {
            footnoteId = element.getAttribute("id");
        }
        String id = element.getAttribute("id");
        if (!id.isEmpty()) {
            pendingIds.add(id);
        }
        float innerIndent = indent + style.marginLeft();
        float innerWidth = width - style.marginLeft() - style.marginRight();
        FlowBlock.ListMarker marker = style.display() == ComputedStyle.Display.LIST_ITEM
                ? listMarker(element, style, ordinal) : null;
        Paragraph outer = paragraph;
        paragraph = new Paragraph(element, node, style, innerIndent, innerWidth, marker);
        if (style.content() != null && !element.hasChildNodes()) {
            paragraph.text(style.content(), textStyle(style, 0), null);
        }
        int childOrdinal = 0;
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                ComputedStyle childStyle = cascade.compute(child, style, innerWidth);
                if (childStyle.display() == ComputedStyle.Display.NONE) {
                    continue;
                }
                if (childStyle.isBlock() && child.getLocalName().equals("table")) {
                    flushParagraph();
                    table(child, childStyle, innerIndent, innerWidth);
                    paragraph = new Paragraph(element, node, style, innerIndent, innerWidth, null);
                } else if (childStyle.isBlock()) {
                    flushParagraph();
                    if (paragraph.marker != null) {
                        // <li><p>…</p></li>: the item's marker goes with its first paragraph
                        pendingMarker = paragraph.marker;
                    }
                    if (childStyle.display() == ComputedStyle.Display.LIST_ITEM) {
                        childOrdinal++;
                    }
                    block(child, childStyle, innerIndent, innerWidth, childOrdinal);
                    paragraph = new Paragraph(element, node, style, innerIndent, innerWidth, null);
                } else {
                    inline(child, childStyle, null, 0);
                }
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                paragraph.text(n.getNodeValue(), textStyle(style, 0), null);
            }
        }
        flushParagraph();
        if (marker != null) {
            pendingMarker = null; // an item with no text at all keeps its marker to itself
        }
        paragraph = outer;
        node = outerNode;
        footnoteId = previousFootnote;
        inContents = outerContents;
        out.add(new FlowBlock.Space(style.marginBottom()));
        if (style.breakAfter().forcesPage()) {
            out.add(new FlowBlock.PageBreak(null, style.breakAfter()));
        }
    }

    /**
     * A table: its caption and cells become paragraphs (set later, at their columns'
     * widths), its rows keep their group and its cells their column and spans.
     */
    private void table(Element table, ComputedStyle style, float indent, float width) {
        if (style.breakBefore().forcesPage()) {
            out.add(new FlowBlock.PageBreak(null, style.breakBefore()));
        }
        out.add(new FlowBlock.Space(style.marginTop()));
        String id = table.getAttribute("id");
        if (!id.isEmpty()) {
            pendingIds.add(id);
        }
        StructNode outerNode = node;
        node = structure.enter(node, table, style.lang(), inContents);
        float innerIndent = indent + style.marginLeft();
        float innerWidth = width - style.marginLeft() - style.marginRight();
        List<FlowBlock.Text> caption = List.of();
        FlowBlock.Text continued = null;
        List<FlowBlock.TableColumn> columns = new ArrayList<>();
        List<FlowBlock.TableRow> rows = new ArrayList<>();
        List<Element> loose = new ArrayList<>();
        int columnCount = TableCells.columnCount(table);
        for (Element c : TableCells.children(table)) {
            ComputedStyle cs = cascade.compute(c, style, innerWidth);
            switch (c.getLocalName()) {
                case "caption" -> {
                    caption = texts(c, cs, innerWidth);
                    continued = continuedLine(table.getAttribute("data-continued"), cs, innerWidth);
                }
                case "colgroup" -> {
                    for (Element col : TableCells.children(c)) {
                        columns.add(TableCells.column(col));
                    }
                }
                case "thead" -> group(c, cs, FlowBlock.RowGroup.HEAD, columnCount, rows);
                case "tbody" -> group(c, cs, FlowBlock.RowGroup.BODY, columnCount, rows);
                case "tfoot" -> group(c, cs, FlowBlock.RowGroup.FOOT, columnCount, rows);
                case "tr" -> loose.add(c);
                default -> { }
            }
        }
        if (!loose.isEmpty()) {
            rows(loose, style, FlowBlock.RowGroup.BODY, columnCount, rows);
        }
        String name = !id.isEmpty() ? id
                : caption.isEmpty() ? "a table of " + pagePath : "the table \u201c" + TableCells.firstWords(caption) + "\u201d";
        out.add(new FlowBlock.Table(name, caption, continued, columns, rows, innerIndent, innerWidth, measure));
        node = outerNode;
        out.add(new FlowBlock.Space(style.marginBottom()));
        if (style.breakAfter().forcesPage()) {
            out.add(new FlowBlock.PageBreak(null, style.breakAfter()));
        }
    }

    private void group(Element group, ComputedStyle style, FlowBlock.RowGroup kind, int width,
                       List<FlowBlock.TableRow> rows) {
        StructNode outerNode = node;
        node = structure.enter(node, group, style.lang(), inContents);
        rows(TableCells.children(group), style, kind, width, rows);
        node = outerNode;
    }

    private void rows(List<Element> trs, ComputedStyle groupStyle, FlowBlock.RowGroup kind, int width,
                      List<FlowBlock.TableRow> rows) {
        List<int[]> columns = TableCells.columns(trs, width);
        for (int r = 0; r < trs.size(); r++) {
            Element tr = trs.get(r);
            ComputedStyle rowStyle = cascade.compute(tr, groupStyle, measure);
            StructNode outerNode = node;
            node = structure.enter(node, tr, rowStyle.lang(), inContents);
            List<FlowBlock.TableCell> cells = new ArrayList<>();
            List<Element> tds = TableCells.children(tr);
            for (int c = 0; c < tds.size(); c++) {
                Element td = tds.get(c);
                ComputedStyle cs = cascade.compute(td, rowStyle, measure);
                if (cs.display() == ComputedStyle.Display.NONE) {
                    continue;
                }
                char decimal = Cascade.includesToken(td.getAttribute("class"), "align-decimal")
                        ? TableCells.decimalSeparator(cs.lang()) : 0;
                cells.add(new FlowBlock.TableCell(columns.get(r)[c], TableCells.span(td, "colspan"),
                        TableCells.span(td, "rowspan"), td.getLocalName().equals("th"), texts(td, cs, measure), decimal));
            }
            node = outerNode;
            rows.add(new FlowBlock.TableRow(kind, cells));
        }
    }

    /** The paragraphs an element makes, set apart from the page's blocks. */
    private List<FlowBlock.Text> texts(Element element, ComputedStyle style, float width) {
        List<FlowBlock> page = out;
        out = new ArrayList<>();
        Paragraph outer = paragraph;
        block(element, style, 0, width, 0);
        paragraph = outer;
        List<FlowBlock.Text> texts = new ArrayList<>();
        for (FlowBlock b : out) {
            if (b instanceof FlowBlock.Text t) {
                texts.add(t);
            }
        }
        out = page;
        return texts;
    }

    /** "Tableau 1.4 (suite)", in the caption's style, as an artifact: its words are the layouts', not the book's. */
    private FlowBlock.Text continuedLine(String words, ComputedStyle style, float width) {
        if (words.isBlank()) {
            return null;
        }
        ParagraphSpec.Alignment alignment = switch (style.textAlign()) {
            case CENTER -> ParagraphSpec.Alignment.CENTER;
            case RIGHT -> ParagraphSpec.Alignment.RIGHT;
            default -> ParagraphSpec.Alignment.LEFT;
        };
        return new FlowBlock.Text("caption", 0, List.of(new ParagraphItem.TextRun(words.strip(), textStyle(style, 0), null)),
                new ParagraphSpec(width, 0, alignment, false), 0, 0, style.lineHeight(), null, null, true, false, true,
                null, 0, org.colophon.pdf.tags.ContentTag.Artifact.LAYOUT, Map.of(), Map.of());
    }

    private void inline(Element element, ComputedStyle style, String href, float rise) {
        String id = element.getAttribute("id");
        if (!id.isEmpty()) {
            paragraph.items.add(new ParagraphItem.Marker(id));
        }
        String name = element.getLocalName();
        if (name.equals("br")) {
            paragraph.forcedBreak();
            return;
        }
        if (name.equals("img")) {
            image(element);
            return;
        }
        if (paragraph.style.preserveWhiteSpace() && element.getAttribute("aria-hidden").equals("true")) {
            // in preformatted text, what screen readers skip (a code line's number) is a
            // label hung in the margin, drawn as an artifact: copied code comes without it
            paragraph.lineLabel(new FlowBlock.ListMarker(element.getTextContent().strip(), textStyle(style, 0),
                    ContentTag.Artifact.LAYOUT));
            return;
        }
        if (name.equals("a") && element.hasAttribute("href")) {
            href = PdfLinks.resolve(pagePath, element.getAttribute("href"));
            if (inContents && paragraph.pageReference == null && href.startsWith("#")) {
                paragraph.pageReference = href.substring(1);
            }
            if (isNoteCall(element) && href.startsWith("#")) {
                paragraph.noteCall(href.substring(1));
            }
        }
        float ownRise = rise + switch (style.verticalAlign()) {
            case SUPER -> style.fontSize() * 0.55f;
            case SUB -> -style.fontSize() * 0.3f;
            default -> 0f;
        };
        TextStyle textStyle = textStyle(style, ownRise);
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                ComputedStyle childStyle = cascade.compute(child, style, paragraph.width);
                if (childStyle.display() != ComputedStyle.Display.NONE) {
                    inline(child, childStyle, href, ownRise);
                }
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                paragraph.text(n.getNodeValue(), textStyle, href);
            }
        }
    }

    /**
     * A link that calls a note (EPUB's {@code noteref}, ARIA's {@code doc-noteref}) brings
     * the note to the foot of its page; any other link to a note, a cross-reference, only
     * links to it.
     */
    private static boolean isNoteCall(Element a) {
        return Cascade.includesToken(a.getAttributeNS(EPUB_NS, "type"), "noteref")
                || Cascade.includesToken(a.getAttribute("role"), "doc-noteref");
    }

    private static final String SVG = "image/svg+xml";
    private static final String MEDIA = "EPUB/media/";

    private void image(Element img) {
        Paragraph current = paragraph;
        flushParagraph();
        paragraph = new Paragraph(current.element, current.node, current.style, current.indent, current.width, null);
        String src = img.getAttribute("src");
        String path = PdfLinks.resolvePath(pagePath, src);
        ImageSource.Resolved found = images.find(path);
        if (found == null) {
            warnings.warn(pagePath, 0, 0, "image " + src + " is not in the publication; left out of the PDF");
            return;
        }
        float w;
        float h;
        int pixels;
        try {
            if (found.mediaType().equals(SVG)) {
                SvgDrawing drawing = SvgDrawing.read(found.data(), src);
                // a drawing that does not say its size is as wide as the measure
                w = drawing.sized() ? drawing.naturalWidth() : current.width;
                h = w * drawing.naturalHeight() / drawing.naturalWidth();
                pixels = 0;
            } else {
                ImageSize size = ImageSize.read(found.data());
                w = size.naturalWidth();
                h = size.naturalHeight();
                pixels = size.pixelWidth();
            }
        } catch (IOException e) {
            undrawn.add(new Undrawn(path, e.getMessage()));
            return;
        }
        FigureWidth asked = askedWidth(img);
        float scale = asked == null ? 1f : asked.points(current.width) / w;
        scale = Math.min(scale, Math.min(current.width / w, maxImageHeight / h));
        w *= scale;
        h *= scale;
        float x = current.indent + (current.width - w) / 2;
        double ppi = pixels / (w / 72.0);
        if (pixels > 0 && ppi < FlowBlock.Image.PRINT_PPI) {
            warnings.warn(pagePath, 0, 0, String.format(Locale.ROOT, "image %s is printed %.0f mm wide at %.0f ppi,"
                    + " below the %d ppi print asks for: give it %d pixels across or more, or print it smaller",
                    shown(path, src), w * 25.4 / 72, ppi, FlowBlock.Image.PRINT_PPI,
                    (int) Math.ceil(w / 72.0 * FlowBlock.Image.PRINT_PPI)));
        }
        boolean captioned = false;
        for (Node n = img.getNextSibling(); n != null; n = n.getNextSibling()) {
            captioned |= n instanceof Element e && e.getLocalName().equals("figcaption");
        }
        boolean here = img.getParentNode() instanceof Element figure && figure.getLocalName().equals("figure")
                && Cascade.includesToken(figure.getAttribute("class"), "here");
        out.add(new FlowBlock.Image(path, found.data(), found.mediaType(), w, h, x, takeIds(), captioned,
                structure.image(current.node, img), here ? Block.Placement.HERE : Block.Placement.FLOAT, pixels));
    }

    /** An image as the manuscript named it: the book's media files keep the manuscript's paths. */
    private static String shown(String path, String src) {
        return path.startsWith(MEDIA) ? path.substring(MEDIA.length()) : src;
    }

    /**
     * The width ContentRenderer gave the image ({@code style="width: 50%"}); no other style
     * attribute is read: the print style sheet styles the book, the manuscript only sizes figures.
     */
    private static FigureWidth askedWidth(Element img) {
        String style = img.getAttribute("style").strip();
        if (!style.startsWith("width:")) {
            return null;
        }
        return FigureWidth.parse(style.substring("width:".length()));
    }

    private List<String> takeIds() {
        List<String> ids = List.copyOf(pendingIds);
        pendingIds.clear();
        return ids;
    }

    /** The default table with print.css's amounts over it, where punctuation hangs; code never hangs. */
    private static Protrusion protrusion(ComputedStyle s) {
        if (!s.hangingPunctuation() || s.preserveWhiteSpace()) {
            return Protrusion.NONE;
        }
        Map<Integer, Protrusion.Amounts> changes = new HashMap<>();
        s.protrusion().forEach((c, h) -> changes.put(c, new Protrusion.Amounts(h.left(), h.right())));
        return Protrusion.DEFAULT.with(changes);
    }

    private void flushParagraph() {
        if (paragraph == null || !paragraph.hasText()) {
            return;
        }
        Paragraph p = paragraph;
        p.trimEnd();
        List<ParagraphItem> items = new ArrayList<>();
        for (String id : takeIds()) {
            items.add(new ParagraphItem.Marker(id));
        }
        items.addAll(p.items);
        ComputedStyle s = p.style;
        ParagraphSpec.Alignment alignment = switch (s.textAlign()) {
            case JUSTIFY -> s.preserveWhiteSpace() ? ParagraphSpec.Alignment.LEFT : ParagraphSpec.Alignment.JUSTIFY;
            case CENTER -> ParagraphSpec.Alignment.CENTER;
            case RIGHT -> ParagraphSpec.Alignment.RIGHT;
            default -> ParagraphSpec.Alignment.LEFT;
        };
        // a negative text-indent hangs the first line out into the margin; the setter gets
        // the measure of the other lines for every line and no first-line indent
        float hang = Math.max(0, -s.textIndent());
        // a contents entry leaves room at the right for its leaders and page number
        float reserve = p.pageReference == null ? 0 : 3 * s.fontSize();
        // code (pre-wrap) wraps after a space or between characters, its cuts marked by the hyphenate-character
        String codeWrap = s.preserveWhiteSpace() && s.preWrap()
                ? (s.hyphenateCharacter() == null ? "" : s.hyphenateCharacter()) : null;
        ComputedStyle.LimitChars limits = s.hyphenateLimitChars();
        ParagraphSpec spec = new ParagraphSpec(p.width - reserve, Math.max(0, s.textIndent()), alignment,
                s.hyphens() == ComputedStyle.Hyphens.AUTO && !s.preserveWhiteSpace(), s.balance() && !s.preserveWhiteSpace(),
                codeWrap, new HyphenLimits(limits.word(), limits.before(), limits.after()), protrusion(s));
        String name = p.element.getLocalName();
        int level = name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))
                ? name.charAt(1) - '0' : 0;
        FlowBlock.ListMarker marker = p.marker != null ? p.marker : pendingMarker;
        pendingMarker = null;
        out.add(new FlowBlock.Text(name, level, items, spec, p.indent - hang, hang, s.lineHeight(), marker, footnoteId,
                s.breakAfter() == ComputedStyle.Break.AVOID, s.breakBefore() == ComputedStyle.Break.AVOID,
                s.avoidBreakInside(), p.pageReference, reserve, structure.text(p.node), p.noteCalls, p.lineLabels));
        paragraph = new Paragraph(p.element, p.node, p.style, p.indent, p.width, null);
    }

    private FlowBlock.ListMarker listMarker(Element li, ComputedStyle style, int ordinal) {
        int start = 1;
        if (li.getParentNode() instanceof Element list && list.hasAttribute("start")) {
            try {
                start = Integer.parseInt(list.getAttribute("start").trim());
            } catch (NumberFormatException e) {
                warnings.warn(pagePath, 0, 0, "list start " + list.getAttribute("start") + " is not a number");
            }
        }
        TextStyle markerStyle = textStyle(style, 0);
        String text = ListNumbers.marker(style.listStyle(), start + ordinal - 1, markerStyle.font()::hasGlyph);
        return text == null ? null : new FlowBlock.ListMarker(text, markerStyle, structure.label(node));
    }

    private TextStyle textStyle(ComputedStyle style, float rise) {
        TextStyle t = new TextStyle(fonts.face(style), style.fontSize(), style.lang(), style.smallCaps(), rise,
                style.color(), fonts.fallbacks(style));
        return styleCache.computeIfAbsent(t, k -> k);
    }

    /** Inline content being collected for one paragraph, with CSS white-space collapsing. */
    private static final class Paragraph {
        final Element element;
        final StructNode node;
        final ComputedStyle style;
        final float indent;
        final float width;
        final FlowBlock.ListMarker marker;
        final List<ParagraphItem> items = new ArrayList<>();
        private final StringBuilder run = new StringBuilder();
        private TextStyle runStyle;
        private String runHref;
        private boolean spacePending;
        private boolean visible;
        String pageReference;
        final Map<String, String> noteCalls = new java.util.LinkedHashMap<>(); // marker id → note id
        final Map<String, FlowBlock.ListMarker> lineLabels = new java.util.LinkedHashMap<>(); // marker id → label

        Paragraph(Element element, StructNode node, ComputedStyle style, float indent, float width,
                  FlowBlock.ListMarker marker) {
            this.element = element;
            this.node = node;
            this.style = style;
            this.indent = indent;
            this.width = width;
            this.marker = marker;
        }

        boolean hasText() {
            return visible;
        }

        void text(String raw, TextStyle textStyle, String href) {
            if (textStyle != runStyle || !java.util.Objects.equals(href, runHref)) {
                if (spacePending) {
                    // a space between two styles belongs to the first: it is not part of a link
                    run.append(' ');
                    spacePending = false;
                }
                endRun();
                runStyle = textStyle;
                runHref = href;
            }
            if (style.preserveWhiteSpace()) {
                preformatted(raw);
                return;
            }
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                    spacePending = visible;
                } else {
                    if (spacePending) {
                        run.append(' ');
                        spacePending = false;
                    }
                    run.append(c);
                    visible = true;
                }
            }
        }

        private void preformatted(String raw) {
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '\n') {
                    forcedBreak();
                } else if (c == ' ') {
                    run.append('\u00A0'); // no-break spaces: the setter neither collapses nor breaks them
                    visible = true;
                } else if (c == '\t') {
                    run.append("\u00A0\u00A0\u00A0\u00A0");
                    visible = true;
                } else if (c != '\r') {
                    run.append(c);
                    visible = true;
                }
            }
        }

        /**
         * A note call starts here: a marker where it stands, whose line takes the note to
         * its page. Its id, with a space, is no element's.
         */
        void noteCall(String noteId) {
            if (spacePending) {
                run.append(' '); // the space before belongs to the text before, as between two styles
                spacePending = false;
            }
            endRun();
            String marker = "note call " + noteCalls.size();
            items.add(new ParagraphItem.Marker(marker));
            noteCalls.put(marker, noteId);
        }

        /** A label for the line being collected, hung in the margin; its marker id, with spaces, is no element's. */
        void lineLabel(FlowBlock.ListMarker label) {
            endRun();
            String marker = "line label " + lineLabels.size();
            items.add(new ParagraphItem.Marker(marker));
            lineLabels.put(marker, label);
        }

        void forcedBreak() {
            endRun();
            spacePending = false;
            items.add(new ParagraphItem.ForcedBreak());
            visible = true;
        }

        private void endRun() {
            if (!run.isEmpty()) {
                items.add(new ParagraphItem.TextRun(run.toString(), runStyle, runHref));
                run.setLength(0);
            }
        }

        void trimEnd() {
            endRun();
            while (!items.isEmpty() && items.get(items.size() - 1) instanceof ParagraphItem.ForcedBreak) {
                items.remove(items.size() - 1);
            }
        }
    }
}
