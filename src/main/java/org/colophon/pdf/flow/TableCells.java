package org.colophon.pdf.flow;

import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import org.colophon.model.TableGrid;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** What the typesetter reads of an XHTML table's elements: columns, spans, where each cell stands. */
final class TableCells {

    private TableCells() {
    }

    static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c);
            }
        }
        return out;
    }

    /** A span attribute, 1 when absent or not a number (the layouts write whole numbers). */
    static int span(Element cell, String attribute) {
        try {
            return Math.max(1, Math.min(1000, Integer.parseInt(cell.getAttribute(attribute).strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * A {@code col}'s width from its {@code data-width} (the manuscript's: {@code 30%},
     * {@code 113.4pt}, {@code 2*}), else its CSS {@code style="width: …"}; from the content otherwise.
     */
    static FlowBlock.TableColumn column(Element col) {
        String w = col.getAttribute("data-width").strip();
        if (w.isEmpty()) {
            String style = col.getAttribute("style");
            int at = style.indexOf("width:");
            if (at >= 0) {
                w = style.substring(at + 6).split(";")[0].strip();
            }
        }
        try {
            if (w.endsWith("*")) {
                String n = w.substring(0, w.length() - 1);
                return new FlowBlock.TableColumn(-1, -1, n.isEmpty() ? 1 : Float.parseFloat(n));
            }
            if (w.endsWith("%")) {
                return new FlowBlock.TableColumn(-1, Float.parseFloat(w.substring(0, w.length() - 1)), 0);
            }
            if (w.endsWith("pt")) {
                return new FlowBlock.TableColumn(Float.parseFloat(w.substring(0, w.length() - 2)), -1, 0);
            }
        } catch (NumberFormatException e) {
            // not a width the layouts write: from the content
        }
        return FlowBlock.TableColumn.AUTO;
    }

    /** The table's columns: its {@code col}s, else its first row's cells, spans counted. */
    static int columnCount(Element table) {
        int cols = 0;
        Element first = null;
        for (Element c : children(table)) {
            switch (c.getLocalName()) {
                case "colgroup" -> cols += children(c).size();
                case "thead", "tbody", "tfoot" -> {
                    List<Element> rows = children(c);
                    if (first == null && !rows.isEmpty()) {
                        first = rows.get(0);
                    }
                }
                case "tr" -> first = first == null ? c : first;
                default -> { }
            }
        }
        if (cols > 0 || first == null) {
            return cols;
        }
        int width = 0;
        for (Element cell : children(first)) {
            width += span(cell, "colspan");
        }
        return width;
    }

    /** The column of each cell of each row; cells that do not fit (the reader refuses them) follow each other. */
    static List<int[]> columns(List<Element> rows, int width) {
        List<List<Element>> cells = new ArrayList<>();
        for (Element row : rows) {
            cells.add(children(row));
        }
        TableGrid.Spans spans = TableGrid.Spans.of(cells, c -> span(c, "colspan"), c -> span(c, "rowspan"));
        List<int[]> out = new ArrayList<>();
        if (TableGrid.place(spans, width, out) == null) {
            return out;
        }
        out.clear();
        for (List<Element> row : cells) {
            int[] starts = new int[row.size()];
            int col = 0;
            for (int c = 0; c < row.size(); c++) {
                starts[c] = Math.min(col, Math.max(0, width - 1));
                col += span(row.get(c), "colspan");
            }
            out.add(starts);
        }
        return out;
    }

    /** The decimal separator of a language (a comma in French, a point in English), by CLDR. */
    static char decimalSeparator(String lang) {
        String tag = lang == null || lang.isBlank() ? "en" : lang;
        return DecimalFormatSymbols.getInstance(ULocale.forLanguageTag(tag)).getDecimalSeparator();
    }

    /** The first words of a caption, for a warning that names its table. */
    static String firstWords(List<FlowBlock.Text> caption) {
        StringBuilder sb = new StringBuilder();
        for (FlowBlock.Text t : caption) {
            for (org.colophon.pdf.text.ParagraphItem item : t.items()) {
                if (item instanceof org.colophon.pdf.text.ParagraphItem.TextRun run) {
                    sb.append(run.text());
                }
            }
        }
        String s = sb.toString().strip();
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
