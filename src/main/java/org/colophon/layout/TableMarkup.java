package org.colophon.layout;

import java.util.List;
import java.util.Locale;
import org.colophon.model.Block;
import org.colophon.model.Inline;
import org.colophon.model.TableGrid;

/**
 * Writes a table as HTML's: {@code <caption>} with its label, {@code <colgroup>} with the
 * manuscript's widths, {@code <thead>}, {@code <tbody>}, {@code <tfoot>}, header cells
 * with their {@code scope} (a column's heading in the head, a row's elsewhere), spans, and
 * an {@code align-*} class on every cell whose column or own alignment is not flush left.
 * The typesetter reads the same markup: {@code data-width} keeps the manuscript's width
 * (a share such as {@code 2*} has no CSS form) and {@code data-continued} the words that
 * head the rest of a table broken across pages ("Tableau 1.4 (suite)").
 */
final class TableMarkup {

    /** Writes blocks or inlines into a page being built. */
    interface Writer<T> {
        void write(List<T> content, StringBuilder sb);
    }

    private final Writer<Block> blocks;
    private final Writer<Inline> inlines;
    private final References refs;

    TableMarkup(Writer<Block> blocks, Writer<Inline> inlines, References refs) {
        this.blocks = blocks;
        this.inlines = inlines;
        this.refs = refs;
    }

    void table(Block.Table t, StringBuilder sb) {
        int width = TableGrid.widthOf(t);
        String label = refs.captionLabel(Numbers.TargetKind.TABLE, refs.numbers().of(t));
        String continued = refs.labels().getOrDefault("tableContinued", "(continued)");
        sb.append("<table");
        String id = refs.numbers().idOf(t, t.id());
        if (id != null && !id.isEmpty()) {
            sb.append(" id=\"");
            Xml.append(sb, id);
            sb.append('"');
        }
        sb.append(" data-continued=\"");
        Xml.append(sb, label == null ? continued : label + " " + continued);
        sb.append("\">\n");
        if (!t.caption().isEmpty()) {
            sb.append("<caption>");
            if (label != null) {
                sb.append("<span class=\"label\">");
                Xml.append(sb, label);
                sb.append("</span>");
                Xml.append(sb, refs.labels().getOrDefault("captionSeparator", ". "));
            }
            inlines.write(t.caption(), sb);
            sb.append("</caption>\n");
        }
        if (!t.columns().isEmpty()) {
            sb.append("<colgroup>");
            for (Block.TableColumn c : t.columns()) {
                sb.append("<col");
                if (c.width() != null) {
                    sb.append(" data-width=\"").append(widthValue(c.width())).append('"');
                    String css = cssWidth(c.width());
                    if (css != null) {
                        sb.append(" style=\"width: ").append(css).append('"');
                    }
                }
                if (c.align() != null && c.align() != Block.Alignment.LEFT) {
                    sb.append(" class=\"").append(alignClass(c.align())).append('"');
                }
                sb.append("/>");
            }
            sb.append("</colgroup>\n");
        }
        group("thead", t.head(), width, t, sb);
        group("tbody", t.body(), width, t, sb);
        group("tfoot", t.foot(), width, t, sb);
        sb.append("</table>\n");
    }

    private void group(String tag, List<Block.TableRow> rows, int width, Block.Table t, StringBuilder sb) {
        if (rows.isEmpty()) {
            return;
        }
        TableGrid grid = TableGrid.of(rows, width);
        boolean head = tag.equals("thead");
        sb.append('<').append(tag).append(">\n");
        for (int r = 0; r < rows.size(); r++) {
            sb.append("<tr>");
            List<Block.TableCell> cells = rows.get(r).cells();
            for (int c = 0; c < cells.size(); c++) {
                Block.TableCell cell = cells.get(c);
                String name = cell.header() ? "th" : "td";
                sb.append('<').append(name);
                if (cell.header()) {
                    sb.append(" scope=\"").append(head ? (cell.colspan() > 1 ? "colgroup" : "col")
                            : (cell.rowspan() > 1 ? "rowgroup" : "row")).append('"');
                }
                if (cell.colspan() > 1) {
                    sb.append(" colspan=\"").append(cell.colspan()).append('"');
                }
                if (cell.rowspan() > 1) {
                    sb.append(" rowspan=\"").append(cell.rowspan()).append('"');
                }
                Block.Alignment align = alignment(cell, grid.columns().get(r)[c], t, head);
                if (align != Block.Alignment.LEFT) {
                    sb.append(" class=\"").append(alignClass(align)).append('"');
                }
                sb.append('>');
                blocks.write(cell.blocks(), sb);
                sb.append("</").append(name).append('>');
            }
            sb.append("</tr>\n");
        }
        sb.append("</").append(tag).append(">\n");
    }

    /**
     * A cell's own alignment, else its column's. A heading over a decimal column is set
     * flush right above the figures: its text has no separator to line up.
     */
    private static Block.Alignment alignment(Block.TableCell cell, int column, Block.Table t, boolean head) {
        if (cell.align() != null) {
            return cell.align();
        }
        if (column >= t.columns().size() || t.columns().get(column).align() == null) {
            return Block.Alignment.LEFT;
        }
        Block.Alignment a = t.columns().get(column).align();
        return a == Block.Alignment.DECIMAL && (head || cell.header() || cell.colspan() > 1) ? Block.Alignment.RIGHT : a;
    }

    static String alignClass(Block.Alignment a) {
        return "align-" + a.name().toLowerCase(Locale.ROOT);
    }

    /** As the manuscript wrote it, in points for a length: 30%, 113.39pt, 2*. */
    static String widthValue(Block.ColumnWidth w) {
        return switch (w.unit()) {
            case PERCENT -> number(w.value()) + "%";
            case POINTS -> number(w.value()) + "pt";
            case SHARE -> number(w.value()) + "*";
        };
    }

    private static String cssWidth(Block.ColumnWidth w) {
        return w.unit() == Block.ColumnWidth.WidthUnit.SHARE ? null : widthValue(w);
    }

    private static String number(double v) {
        if (v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "");
    }
}
