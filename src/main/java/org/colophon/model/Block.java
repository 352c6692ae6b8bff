package org.colophon.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A block of text inside a division: what an XHTML body holds between its headings. */
public sealed interface Block {

    /**
     * A paragraph.
     *
     * @param id    may be null
     * @param style null for an ordinary paragraph, otherwise a role the layouts style:
     *              {@code noindent}, {@code centered}, {@code right}, {@code trailer},
     *              {@code label}, {@code signature}, {@code salute}, {@code dateline}
     */
    record Paragraph(String id, String style, List<Inline> content) implements Block {
        public Paragraph {
            content = List.copyOf(content);
        }
    }

    /** A titled section inside a chapter; sections nest. {@code level} is 1 for the outermost. */
    record Section(String id, int level, List<Inline> title, List<Block> blocks) implements Block {
        public Section {
            title = List.copyOf(title);
            blocks = List.copyOf(blocks);
        }
    }

    /** A block quotation; the attribution may be empty. */
    record BlockQuote(String id, String lang, List<Block> blocks, List<Inline> attribution) implements Block {
        public BlockQuote {
            blocks = List.copyOf(blocks);
            attribution = List.copyOf(attribution);
        }
    }

    /**
     * A passage set apart from the running text: an admonition (a note, a tip, a warning…)
     * or a sidebar. The layouts print its title, or when it has none the word for its kind
     * in the book's language, above its blocks.
     */
    record Aside(String id, AsideKind kind, List<Inline> title, List<Block> blocks) implements Block {
        public Aside {
            title = List.copyOf(title);
            blocks = List.copyOf(blocks);
        }
    }

    /** What an aside is; its name in lower case is its CSS class and its label's key. */
    enum AsideKind { NOTE, TIP, IMPORTANT, CAUTION, WARNING, SIDEBAR }

    /** Verse: stanzas of lines. */
    record Verse(String id, String lang, List<Stanza> stanzas, List<Inline> attribution) implements Block {
        public Verse {
            stanzas = List.copyOf(stanzas);
            attribution = List.copyOf(attribution);
        }
    }

    record Stanza(List<VerseLine> lines) {
        public Stanza {
            lines = List.copyOf(lines);
        }
    }

    /** A line of verse; {@code indent} counts indentation steps (0 = flush). */
    record VerseLine(int indent, List<Inline> content) {
        public VerseLine {
            content = List.copyOf(content);
        }
    }

    /** An ordered or unordered list. {@code start} is the first number of an ordered list. */
    record ListBlock(String id, boolean ordered, int start, List<ListItem> items) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }
    }

    record ListItem(List<Block> blocks) {
        public ListItem {
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * A figure. {@code src} is an {@link Asset#href()}, or null for a figure without an
     * image. {@code alt} is null only when {@code decorative} is true.
     *
     * @param width     the printed width the manuscript asks for, or null for the image's own
     *                  (either way no wider than the measure, no taller than the text block)
     * @param placement whether the figure may move to the next page while the text goes on
     */
    record Figure(String id, String src, String alt, boolean decorative, List<Inline> caption,
                  FigureWidth width, Placement placement) implements Block {
        public Figure {
            caption = List.copyOf(caption);
            if (placement == null) {
                throw new IllegalArgumentException("a figure has a placement");
            }
        }

        /** A figure of its image's own size, floating. */
        public Figure(String id, String src, String alt, boolean decorative, List<Inline> caption) {
            this(id, src, alt, decorative, caption, null, Placement.FLOAT);
        }

        /** The same figure with its words rewritten (the typography pass, resolved references). */
        public Figure withText(String alt, List<Inline> caption) {
            return new Figure(id, src, alt, decorative, caption, width, placement);
        }
    }

    /** Where a figure goes when it does not fit in the rest of its page. */
    enum Placement {
        /** To the top of the next page, the text going on below where it was called (the default). */
        FLOAT,
        /** Nowhere else: the page ends before it, and it opens the next one. */
        HERE
    }

    /** A break between scenes; {@code mark} is what is printed (e.g. "* * *"), or empty for white space. */
    record SceneBreak(String mark) implements Block {}

    /** Preformatted text, set line by line in a monospaced or fixed manner; never retouched. */
    record Preformatted(String id, String text) implements Block {}

    /**
     * A table: an optional caption, its columns, header rows, body rows and footer rows.
     * The rows hold cells as written: a cell spanning rows is written only in its first row,
     * as in HTML ({@link TableGrid} places them). {@code columns} is empty when the manuscript
     * gives none: the widths then come from the content and the cells are flush left.
     */
    record Table(String id, List<Inline> caption, List<TableColumn> columns, List<TableRow> head,
                 List<TableRow> body, List<TableRow> foot) implements Block {
        public Table {
            caption = List.copyOf(caption);
            columns = List.copyOf(columns);
            head = List.copyOf(head);
            body = List.copyOf(body);
            foot = List.copyOf(foot);
        }

        /** The same table with its caption and the blocks of every cell rewritten (for passes over the model). */
        public Table map(UnaryOperator<List<Inline>> inlines, UnaryOperator<List<Block>> blocks) {
            return new Table(id, inlines.apply(caption), columns, rows(head, blocks), rows(body, blocks),
                    rows(foot, blocks));
        }

        private static List<TableRow> rows(List<TableRow> rows, UnaryOperator<List<Block>> blocks) {
            List<TableRow> out = new ArrayList<>(rows.size());
            for (TableRow row : rows) {
                List<TableCell> cells = new ArrayList<>(row.cells().size());
                for (TableCell c : row.cells()) {
                    cells.add(new TableCell(c.header(), c.colspan(), c.rowspan(), c.align(), blocks.apply(c.blocks())));
                }
                out.add(new TableRow(cells));
            }
            return out;
        }

        /** Every row, head, body then foot: the order a reader meets them in. */
        public List<TableRow> allRows() {
            List<TableRow> out = new ArrayList<>(head.size() + body.size() + foot.size());
            out.addAll(head);
            out.addAll(body);
            out.addAll(foot);
            return out;
        }
    }

    /** A column: its width (null: from the content) and its cells' alignment (null: flush left). */
    record TableColumn(ColumnWidth width, Alignment align) {}

    /**
     * A column width as the manuscript gives it: a share of the measure ({@code PERCENT}),
     * a length in points ({@code POINTS}), or a share of what the other columns leave
     * ({@code SHARE}: {@code *} is 1, {@code 2*} is 2).
     */
    record ColumnWidth(WidthUnit unit, double value) {
        public enum WidthUnit { PERCENT, POINTS, SHARE }
    }

    record TableRow(List<TableCell> cells) {
        public TableRow {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A cell; {@code header} for a {@code th}. {@code align} is null when the cell takes its
     * column's. Its content is paragraphs (running text becomes one paragraph without id or style).
     */
    record TableCell(boolean header, int colspan, int rowspan, Alignment align, List<Block> blocks) {
        public TableCell {
            if (colspan < 1 || rowspan < 1) {
                throw new IllegalArgumentException("a cell spans at least one column and one row");
            }
            blocks = List.copyOf(blocks);
        }
    }

    /** How a cell's lines stand in its column; {@code DECIMAL} lines up the decimal separators of a column. */
    enum Alignment { LEFT, RIGHT, CENTER, DECIMAL }

    /**
     * A block of source code, set as written: never retouched by the typography pass.
     *
     * @param language the language it is written in, lower case ({@code java}, {@code xml}),
     *                 or null: the layouts highlight the languages they know
     * @param caption  empty for a code block that is not a numbered listing
     * @param text     the code, its lines separated by {@code \n}
     */
    record CodeBlock(String id, String language, LineNumbers lineNumbers, List<Inline> caption, String text)
            implements Block {
        public CodeBlock {
            caption = List.copyOf(caption);
        }
    }

    /** Whether a code block's lines are printed with their numbers. */
    enum LineNumbers { HIDDEN, SHOWN }
}
