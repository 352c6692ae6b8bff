package org.colophon.pdf.flow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.colophon.model.Block;
import org.colophon.pdf.tags.ContentTag;
import org.colophon.pdf.text.ParagraphItem;
import org.colophon.pdf.text.ParagraphSpec;
import org.colophon.pdf.text.TextStyle;

/**
 * What an XHTML page becomes before its lines are set: paragraphs with their shape,
 * images, vertical space and page breaks, in reading order.
 */
public sealed interface FlowBlock {

    /**
     * A paragraph (or heading, list item, verse line, caption…).
     *
     * @param element      the XHTML element it came from ({@code p}, {@code h1}, {@code li}…)
     * @param headingLevel 1–6 for h1–h6, 0 otherwise (the outline will use it)
     * @param indent       left edge of the first line from the text block's left edge
     * @param hang         how much further in the other lines start (a hanging indent)
     * @param lineHeight   distance between baselines
     * @param marker       a list marker hung before the first line, or null
     * @param footnoteId   the id of the footnote this text belongs to, or null
     * @param keepWithNext no page break between this block and the next
     * @param keepWithPrevious no page break between the previous block and this
     * @param keepTogether no page break inside
     * @param pageReference the id whose page number ends the last line (a contents entry),
     *                     or null; {@code spec.measure()} then leaves {@code reserve} points
     *                     free at the right for the leaders' end and the number
     * @param tag          where its text goes in the tagged PDF
     * @param noteCalls    its note calls (links marked {@code epub:type="noteref"}): the
     *                     id of the marker among its items where each call stands → the id
     *                     of the note called; other links to a note only link to it
     * @param lineLabels   labels hung in the margin before the line a marker stands on
     *                     (the line numbers of code): the marker's id → the label
     */
    record Text(String element, int headingLevel, List<ParagraphItem> items, ParagraphSpec spec, float indent,
                float hang, float lineHeight, ListMarker marker, String footnoteId, boolean keepWithNext,
                boolean keepWithPrevious, boolean keepTogether, String pageReference, float reserve,
                ContentTag tag, Map<String, String> noteCalls, Map<String, ListMarker> lineLabels)
            implements FlowBlock {
        public Text {
            items = List.copyOf(items);
            noteCalls = Collections.unmodifiableMap(new LinkedHashMap<>(noteCalls));
            lineLabels = Collections.unmodifiableMap(new LinkedHashMap<>(lineLabels));
        }
    }

    /** A list item's number or bullet, set in {@code style} and hung in the margin. */
    record ListMarker(String text, TextStyle style, ContentTag tag) {}

    /**
     * An image, sized in points, drawn at {@code indent} from the text block's left edge.
     *
     * @param source     the path in the publication, for messages
     * @param ids        element ids that point here
     * @param tag        a Figure's place in the tagged PDF, or an artifact for a decorative image
     * @param placement  whether its figure may float to the next page
     * @param pixelWidth the raster's width in pixels, 0 for a vector drawing (an SVG)
     */
    record Image(String source, byte[] data, String mediaType, float width, float height, float indent,
                 List<String> ids, boolean keepWithNext, ContentTag tag, Block.Placement placement,
                 int pixelWidth) implements FlowBlock {

        /** The resolution offset printing asks of an image at its printed size. */
        public static final int PRINT_PPI = 300;

        public Image {
            ids = List.copyOf(ids);
        }

        public Image(String source, byte[] data, String mediaType, float width, float height, float indent,
              List<String> ids, boolean keepWithNext) {
            this(source, data, mediaType, width, height, indent, ids, keepWithNext, null, Block.Placement.FLOAT, 0);
        }

        /** The same image drawn at another size, its centre where it was. */
        public Image scaled(float scale) {
            float w = width * scale;
            return new Image(source, data, mediaType, w, height * scale, indent + (width - w) / 2, ids, keepWithNext,
                    tag, placement, pixelWidth);
        }

        /** Pixels per inch at the printed size; 0 for a vector drawing. */
        public double printedPpi() {
            return pixelWidth == 0 ? 0 : pixelWidth / (width / 72.0);
        }
    }

    /** Vertical space (a CSS margin); adjacent spaces collapse to the largest. */
    record Space(float height) implements FlowBlock {}

    /**
     * A forced page break; {@code pagePath} names the XHTML page that starts, or null;
     * {@code side} is {@code PAGE}, {@code RECTO} or {@code VERSO}.
     */
    record PageBreak(String pagePath, org.colophon.pdf.css.ComputedStyle.Break side) implements FlowBlock {}

    /**
     * A table, as its cells' paragraphs before their columns are measured: its caption, the
     * words that head the rest of it on a following page, its columns and rows.
     *
     * @param name      how warnings name it: its id, or its caption's first words
     * @param caption   the caption's paragraphs (set above the table, kept with it)
     * @param continued the line above the repeated header rows on a following page ("Tableau
     *                  1.4 (suite)"), an artifact; null for none
     * @param indent    left edge of the space it may take, from the text block's left edge
     * @param width     the width it may take
     * @param cellWidth the width its cells' paragraphs were built at: what a cell's
     *                  paragraph's measure lacks of it is the cell's padding
     */
    record Table(String name, List<Text> caption, Text continued, List<TableColumn> columns, List<TableRow> rows,
                 float indent, float width, float cellWidth) implements FlowBlock {
        public Table {
            caption = List.copyOf(caption);
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /**
     * A column as the XHTML's {@code col} gives it: a width in points, or a share of the
     * measure ({@code percent}), or a share of what the other columns leave ({@code share});
     * all three absent (-1, -1, 0) for a width from the content.
     */
    record TableColumn(float points, float percent, float share) {
        public static final TableColumn AUTO = new TableColumn(-1, -1, 0);
    }

    enum RowGroup { HEAD, BODY, FOOT }

    record TableRow(RowGroup group, List<TableCell> cells) {
        public TableRow {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A cell at {@code column} (its first), its paragraphs set as {@code spec}s say except
     * for the measure, which its column gives.
     *
     * @param decimal   the decimal separator the cell's figures line up on, in its column;
     *                  0 when the cell is not aligned on one
     */
    record TableCell(int column, int colspan, int rowspan, boolean header, List<Text> content, char decimal) {
        public TableCell {
            content = List.copyOf(content);
        }
    }
}
