package org.colophon.reader.docbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.error.Diagnostic;
import org.colophon.model.Block;
import org.colophon.model.Inline;
import org.colophon.model.TableGrid;
import org.w3c.dom.Element;

/**
 * DocBook tables, CALS ({@code tgroup}, {@code colspec}, {@code row}, {@code entry} with
 * {@code namest}/{@code nameend} and {@code morerows} spans) and HTML ({@code tr},
 * {@code th}, {@code td} with {@code colspan}/{@code rowspan}), as the model's table.
 */
final class DocBookTables {

    private static final Pattern WIDTH = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)?\\s*(\\*|%|pt|in|cm|mm|px)?\\s*");

    private final DocBookBlocks blocks;
    private final List<Diagnostic> errors;

    DocBookTables(DocBookBlocks blocks, List<Diagnostic> errors) {
        this.blocks = blocks;
        this.errors = errors;
    }

    void table(Element table, List<Block> out) {
        List<Inline> caption = new ArrayList<>(blocks.title(table));
        Element htmlCaption = DocBookDom.child(table, "caption");
        if (caption.isEmpty() && htmlCaption != null) {
            caption.addAll(blocks.inlines().of(htmlCaption));
        }
        String id = DocBookDom.id(table);
        List<Element> groups = DocBookDom.children(table, "tgroup");
        if (groups.isEmpty()) {
            html(table, id, caption, out);
            return;
        }
        if (groups.size() > 1) {
            blocks.error(groups.get(1), "a table with more than one <tgroup> is not supported; make each group a"
                    + " table of its own");
            return;
        }
        Element group = groups.get(0);
        List<Element> colspecs = DocBookDom.children(group, "colspec");
        int cols;
        try {
            cols = Integer.parseInt(group.getAttribute("cols").strip());
        } catch (NumberFormatException e) {
            cols = colspecs.size();
        }
        if (cols < 1) {
            blocks.error(group, "<tgroup> needs cols=\"N\", the number of its columns");
            return;
        }
        Map<String, Integer> columnOf = new HashMap<>();
        Block.TableColumn[] columns = new Block.TableColumn[cols];
        int next = 0;
        for (Element spec : colspecs) {
            int number = next;
            if (!spec.getAttribute("colnum").isBlank()) {
                try {
                    number = Integer.parseInt(spec.getAttribute("colnum").strip()) - 1;
                } catch (NumberFormatException e) {
                    blocks.error(spec, "colnum=\"" + spec.getAttribute("colnum") + "\" is not a column number");
                }
            }
            if (number < 0 || number >= cols) {
                blocks.error(spec, "this <colspec> is column " + (number + 1) + " of a <tgroup cols=\"" + cols + "\">");
                return;
            }
            if (!spec.getAttribute("colname").isBlank()) {
                columnOf.put(spec.getAttribute("colname").strip(), number);
            }
            columns[number] = new Block.TableColumn(width(spec), align(spec.getAttribute("align")));
            next = number + 1;
        }
        List<Block.TableColumn> columnList = new ArrayList<>();
        for (Block.TableColumn c : columns) {
            columnList.add(c == null ? new Block.TableColumn(null, null) : c);
        }
        List<Block.TableRow> head = calsRows(DocBookDom.child(group, "thead"), true, columnOf, cols);
        List<Block.TableRow> body = calsRows(DocBookDom.child(group, "tbody"), false, columnOf, cols);
        List<Block.TableRow> foot = calsRows(DocBookDom.child(group, "tfoot"), false, columnOf, cols);
        if (head != null && body != null && foot != null) {
            out.add(new Block.Table(id, caption, columnList, head, body, foot));
        }
    }

    private List<Block.TableRow> calsRows(Element group, boolean header, Map<String, Integer> columnOf, int cols) {
        if (group == null) {
            return List.of();
        }
        List<Element> rowElements = DocBookDom.children(group, "row");
        List<Block.TableRow> rows = new ArrayList<>();
        for (Element row : rowElements) {
            List<Block.TableCell> cells = new ArrayList<>();
            for (Element entry : DocBookDom.children(row)) {
                if (!DocBookDom.is(entry, "entry") && !DocBookDom.is(entry, "entrytbl")) {
                    continue;
                }
                int colspan = 1;
                String start = entry.getAttribute("namest").strip();
                String end = entry.getAttribute("nameend").strip();
                if (!start.isEmpty() || !end.isEmpty()) {
                    Integer from = columnOf.get(start);
                    Integer to = columnOf.get(end);
                    if (from == null || to == null || to < from) {
                        blocks.error(entry, "namest=\"" + start + "\" nameend=\"" + end + "\" do not name two columns"
                                + " of this <tgroup>'s <colspec colname=\"…\">, the first before the second");
                        return null;
                    }
                    colspan = to - from + 1;
                }
                int rowspan = 1;
                if (!entry.getAttribute("morerows").isBlank()) {
                    try {
                        rowspan = Integer.parseInt(entry.getAttribute("morerows").strip()) + 1;
                    } catch (NumberFormatException e) {
                        rowspan = 0;
                    }
                    if (rowspan < 1) {
                        blocks.error(entry, "morerows=\"" + entry.getAttribute("morerows") + "\" is not a number of rows");
                        return null;
                    }
                }
                cells.add(new Block.TableCell(header, colspan, rowspan, align(entry.getAttribute("align")),
                        cellBlocks(entry)));
            }
            rows.add(new Block.TableRow(cells));
        }
        return checked(rows, rowElements, cols) ? rows : null;
    }

    private void html(Element table, String id, List<Inline> caption, List<Block> out) {
        List<Block.TableRow> head = new ArrayList<>();
        List<Block.TableRow> body = new ArrayList<>();
        List<Block.TableRow> foot = new ArrayList<>();
        List<Element> headRows = new ArrayList<>();
        List<Element> bodyRows = new ArrayList<>();
        List<Element> footRows = new ArrayList<>();
        for (Element child : DocBookDom.children(table)) {
            String name = String.valueOf(DocBookDom.name(child));
            List<Element> into = name.equals("thead") ? headRows : name.equals("tfoot") ? footRows : bodyRows;
            if (name.equals("tr")) {
                bodyRows.add(child);
            } else if (name.equals("thead") || name.equals("tbody") || name.equals("tfoot")) {
                into.addAll(DocBookDom.children(child, "tr"));
            }
        }
        if (headRows.isEmpty() && bodyRows.isEmpty()) {
            blocks.error(table, "<" + table.getTagName() + "> has no rows; expected a CALS <tgroup> or HTML <tr> rows");
            return;
        }
        for (Element row : headRows) {
            head.add(htmlRow(row));
        }
        for (Element row : bodyRows) {
            body.add(htmlRow(row));
        }
        for (Element row : footRows) {
            foot.add(htmlRow(row));
        }
        List<Block.TableRow> first = !head.isEmpty() ? head : body;
        int cols = TableGrid.firstRowWidth(TableGrid.spans(first.subList(0, 1)));
        if (checked(head, headRows, cols) && checked(body, bodyRows, cols) && checked(foot, footRows, cols)) {
            out.add(new Block.Table(id, caption, List.of(), head, body, foot));
        }
    }

    private Block.TableRow htmlRow(Element tr) {
        List<Block.TableCell> cells = new ArrayList<>();
        for (Element cell : DocBookDom.children(tr)) {
            boolean th = DocBookDom.is(cell, "th");
            if (th || DocBookDom.is(cell, "td")) {
                cells.add(new Block.TableCell(th, span(cell, "colspan"), span(cell, "rowspan"),
                        align(cell.getAttribute("align")), cellBlocks(cell)));
            }
        }
        return new Block.TableRow(cells);
    }

    private int span(Element cell, String attribute) {
        String v = cell.getAttribute(attribute).strip();
        if (v.isEmpty()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= 1000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        blocks.error(cell, attribute + "=\"" + v + "\" is not a number of cells from 1 to 1000");
        return 1;
    }

    /** Whether the rows fit the columns; when not, the problem is reported at the row or cell. */
    private boolean checked(List<Block.TableRow> rows, List<Element> rowElements, int cols) {
        TableGrid.Problem problem = TableGrid.place(TableGrid.spans(rows), cols, new ArrayList<>());
        if (problem == null) {
            return true;
        }
        Element row = rowElements.get(problem.row());
        List<Element> cells = DocBookDom.children(row);
        Element at = problem.cell() >= 0 && problem.cell() < cells.size() ? cells.get(problem.cell()) : row;
        blocks.error(at, problem.message());
        return false;
    }

    /** A cell's blocks: its paragraphs, or its words as one paragraph. */
    private List<Block> cellBlocks(Element cell) {
        for (Element child : DocBookDom.children(cell)) {
            String name = DocBookDom.name(child);
            if ("para".equals(name) || "simpara".equals(name) || "itemizedlist".equals(name)
                    || "orderedlist".equals(name) || "programlisting".equals(name) || "note".equals(name)) {
                return blocks.blocks(cell, 1);
            }
        }
        List<Inline> content = blocks.inlines().of(cell);
        return content.isEmpty() ? List.of() : List.of(new Block.Paragraph(null, null, content));
    }

    private static Block.Alignment align(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "right" -> Block.Alignment.RIGHT;
            case "center" -> Block.Alignment.CENTER;
            case "char" -> Block.Alignment.DECIMAL;
            case "left", "justify" -> Block.Alignment.LEFT;
            default -> null;
        };
    }

    /** CALS widths: {@code 2*} (a share), {@code 30%}, {@code 1.5in}, {@code 72pt}; mixed forms keep their share. */
    private Block.ColumnWidth width(Element spec) {
        String v = spec.getAttribute("colwidth").strip();
        if (v.isEmpty()) {
            return null;
        }
        Matcher m = WIDTH.matcher(v.replaceFirst("\\*.*$", "*"));
        if (!m.matches() || (m.group(1) == null && !"*".equals(m.group(2)))) {
            blocks.error(spec, "colwidth=\"" + v + "\" is not a width; expected 2*, 30%, 1.5in, 2cm or 72pt");
            return null;
        }
        double n = m.group(1) == null ? 1 : Double.parseDouble(m.group(1));
        if (!(n > 0)) {
            blocks.error(spec, "colwidth=\"" + v + "\" is not above 0");
            return null;
        }
        String unit = m.group(2) == null ? "pt" : m.group(2);
        return switch (unit) {
            case "*" -> new Block.ColumnWidth(Block.ColumnWidth.WidthUnit.SHARE, n);
            case "%" -> new Block.ColumnWidth(Block.ColumnWidth.WidthUnit.PERCENT, n);
            case "in" -> new Block.ColumnWidth(Block.ColumnWidth.WidthUnit.POINTS, n * 72);
            case "cm" -> new Block.ColumnWidth(Block.ColumnWidth.WidthUnit.POINTS, n * 72 / 2.54);
            case "mm" -> new Block.ColumnWidth(Block.ColumnWidth.WidthUnit.POINTS, n * 72 / 25.4);
            case "px" -> new Block.ColumnWidth(Block.ColumnWidth.WidthUnit.POINTS, n * 0.75);
            default -> new Block.ColumnWidth(Block.ColumnWidth.WidthUnit.POINTS, n);
        };
    }
}
