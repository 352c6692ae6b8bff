package org.colophon.reader.manuscript;

import java.util.ArrayList;
import java.util.List;
import org.colophon.model.TableGrid;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A manuscript {@code <table>} as groups of rows: its {@code thead}, each {@code tbody}
 * (or the rows written straight in the table) and its {@code tfoot}, each a list of
 * {@code tr} elements. A span never reaches out of its group, as in HTML.
 */
final class TableElements {

    /** A group of rows and what it is. */
    record Group(String kind, List<Element> rows) {}

    private TableElements() {
    }

    static List<Group> groups(Element table) {
        List<Group> out = new ArrayList<>();
        List<Element> loose = new ArrayList<>();
        for (Element c : children(table)) {
            switch (c.getLocalName()) {
                case "thead", "tbody", "tfoot" -> out.add(new Group(c.getLocalName(), children(c)));
                case "tr" -> loose.add(c);
                default -> { }
            }
        }
        if (!loose.isEmpty()) {
            // rows straight in the table come after a thead and before a tfoot (the schema's order)
            int at = !out.isEmpty() && out.get(0).kind().equals("thead") ? 1 : 0;
            out.add(at, new Group("tbody", loose));
        }
        return out;
    }

    /** The {@code col}s of its {@code colgroup}, or none. */
    static List<Element> columns(Element table) {
        for (Element c : children(table)) {
            if (c.getLocalName().equals("colgroup")) {
                return children(c);
            }
        }
        return List.of();
    }

    static List<Element> cells(Element row) {
        return children(row);
    }

    /** A span attribute (validated: 1 to 1000), 1 when absent. */
    static int span(Element cell, String attribute) {
        String v = cell.getAttribute(attribute).strip();
        return v.isEmpty() ? 1 : Integer.parseInt(v);
    }

    /** The table's column count: its {@code col}s, else its first row's cells, spans counted. */
    static int width(Element table) {
        List<Element> cols = columns(table);
        if (!cols.isEmpty()) {
            return cols.size();
        }
        for (Group g : groups(table)) {
            if (!g.rows().isEmpty()) {
                return TableGrid.firstRowWidth(spans(g.rows()));
            }
        }
        return 0;
    }

    static TableGrid.Spans spans(List<Element> rows) {
        List<List<Element>> cells = new ArrayList<>();
        for (Element row : rows) {
            cells.add(cells(row));
        }
        return TableGrid.Spans.of(cells, c -> span(c, "colspan"), c -> span(c, "rowspan"));
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
}
