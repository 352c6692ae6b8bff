package org.colophon.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Where the cells of a group of table rows (a head, a body or a foot) stand, by HTML's
 * table model: each cell takes the first column its row leaves free of the cells spanning
 * down from rows above, and as many columns and rows as it spans. Readers use it to refuse
 * a row wider than the table or a span that runs out of its group; renderers to know the
 * column of every cell.
 *
 * @param columns the column where each cell of each row starts
 * @param width   the table's column count
 */
public record TableGrid(List<int[]> columns, int width) {

    /** A row that does not fit: {@code row} and {@code cell} are indexes in the group (cell -1: the row as a whole). */
    public record Problem(int row, int cell, String message) {}

    /** The spans of the cells of each row: {@code {colspan, rowspan}} per cell. */
    public interface Spans {
        int rows();

        int cells(int row);

        int colspan(int row, int cell);

        int rowspan(int row, int cell);

        /** The spans of cells held row by row, each cell's spans read by the two functions. */
        static <C> Spans of(List<List<C>> rows, ToIntFunction<C> colspan, ToIntFunction<C> rowspan) {
            return new Spans() {
                @Override
                public int rows() {
                    return rows.size();
                }

                @Override
                public int cells(int row) {
                    return rows.get(row).size();
                }

                @Override
                public int colspan(int row, int cell) {
                    return colspan.applyAsInt(rows.get(row).get(cell));
                }

                @Override
                public int rowspan(int row, int cell) {
                    return rowspan.applyAsInt(rows.get(row).get(cell));
                }
            };
        }
    }

    /**
     * The column count of a table that names no columns: its first row's, spans counted
     * (a later row may not be wider; one that is is refused where it stands).
     */
    public static int firstRowWidth(Spans spans) {
        int width = 0;
        for (int c = 0; spans.rows() > 0 && c < spans.cells(0); c++) {
            width += spans.colspan(0, c);
        }
        return width;
    }

    /**
     * Places a group's cells in {@code width} columns; the first problem found, or null and
     * the grid in {@code out}.
     */
    public static Problem place(Spans spans, int width, List<int[]> out) {
        int[] taken = new int[width]; // rows each column stays taken for, by cells from above
        for (int r = 0; r < spans.rows(); r++) {
            int[] starts = new int[spans.cells(r)];
            int col = 0;
            for (int c = 0; c < spans.cells(r); c++) {
                while (col < width && taken[col] > 0) {
                    col++;
                }
                int colspan = spans.colspan(r, c);
                if (col + colspan > width) {
                    return new Problem(r, c, "this row has more cells than the table has columns (" + width
                            + "); the cell would take column " + (col + colspan) + (col + colspan > col + 1
                            ? " (it spans " + colspan + ")" : ""));
                }
                for (int k = col; k < col + colspan; k++) {
                    if (taken[k] > 0) {
                        return new Problem(r, c, "this cell overlaps a cell of a row above that spans down into column "
                                + (k + 1));
                    }
                }
                if (r + spans.rowspan(r, c) > spans.rows()) {
                    return new Problem(r, c, "rowspan=\"" + spans.rowspan(r, c) + "\" runs past the last row of its "
                            + "group (" + (spans.rows() - r) + " row(s) from here)");
                }
                starts[c] = col;
                for (int k = col; k < col + colspan; k++) {
                    taken[k] = spans.rowspan(r, c);
                }
                col += colspan;
            }
            out.add(starts);
            for (int k = 0; k < width; k++) {
                taken[k] = Math.max(0, taken[k] - 1);
            }
        }
        return null;
    }

    /** The grid of a group of the model's rows; they were checked by the reader. */
    public static TableGrid of(List<Block.TableRow> rows, int width) {
        List<int[]> columns = new ArrayList<>();
        Problem p = place(spans(rows), width, columns);
        if (p != null) {
            throw new IllegalArgumentException("table rows were not checked: " + p.message());
        }
        return new TableGrid(columns, width);
    }

    /** The column count of a model table: its columns, or its first row's. */
    public static int widthOf(Block.Table table) {
        if (!table.columns().isEmpty()) {
            return table.columns().size();
        }
        List<Block.TableRow> rows = table.allRows();
        return firstRowWidth(spans(rows.isEmpty() ? rows : rows.subList(0, 1)));
    }

    public static Spans spans(List<Block.TableRow> rows) {
        return new Spans() {
            @Override
            public int rows() {
                return rows.size();
            }

            @Override
            public int cells(int row) {
                return rows.get(row).cells().size();
            }

            @Override
            public int colspan(int row, int cell) {
                return rows.get(row).cells().get(cell).colspan();
            }

            @Override
            public int rowspan(int row, int cell) {
                return rows.get(row).cells().get(cell).rowspan();
            }
        };
    }
}
