package org.colophon.pdf.flow;

import java.util.ArrayList;
import java.util.List;
import org.colophon.error.Warnings;
import org.colophon.pdf.tags.ContentTag;
import org.colophon.pdf.text.ParagraphItem;
import org.colophon.pdf.text.ParagraphSetter;
import org.colophon.pdf.text.ParagraphSpec;
import org.colophon.pdf.text.SetLine;
import org.colophon.pdf.text.TextStyle;

/**
 * Lays a table out as boxes of the vertical list: its caption's lines, then one box per
 * band of rows (a row, or rows that cells spanning down bind together), with booktabs
 * rules (a heavy rule above and below, a light one under the header rows and above the
 * footer rows, no vertical rule). The page may break between bands of the body, never
 * leaving a single row on either side when more are to come; the header rows are then
 * repeated on the next page, under the table's "continued" words, as artifacts (their
 * text is in the structure tree once).
 *
 * <p>Column widths: a width the manuscript gives (points, or a share of the measure) is
 * kept; the other columns take their content's widths as CSS's automatic table layout
 * does: each its widest line when all fit, else its widest word plus a share of what is
 * left in proportion to how much it would take more; columns given a share ({@code 2*})
 * divide what the others leave. A table whose words do not fit is set smaller, down to
 * {@link #SMALLEST} of its size, with a warning naming it; when even that is too wide, it is
 * set across the height of the text block, on pages of its own turned a quarter
 * ({@link FlowItem.Turned}), which wait for the next page as figures do.
 */
final class TableFlow {

    /** The smallest size a table too wide for the measure is set at, as a share of its own. */
    static final float SMALLEST = 0.8f;
    private static final float HEAVY_RULE = 0.8f;
    private static final float LIGHT_RULE = 0.4f;
    /** White space above and below a rule, and between rows, in the table's line heights. */
    private static final float RULE_SPACE = 0.3f;
    private static final float ROW_SPACE = 0.15f;
    /** Of a line height, the part below the baseline. */
    private static final float DESCENT = 0.25f;
    /** Added to a column's widest line so that the setter never turns it over for a rounding. */
    private static final float SLACK = 0.5f;

    /** Receives each cell line that is set, with where its text begins in its page. */
    interface Lines {
        void line(SetLine line, String element, int index, int count, int sourceOffset);
    }

    private final ParagraphSetter setter;
    private final float grid;
    private final float pageHeight;
    private final float turnedWidth;
    private final Warnings warnings;

    /**
     * @param grid       the body's line height: a caption on it stays on the baseline grid
     * @param pageHeight from the first baseline of the smallest text block to its last: a
     *                   row taller than that, less the header rows, is split between its lines
     * @param turnedWidth the text block's height: the measure of a table set on a page turned
     *                    a quarter when it is too wide for the page's measure (0: none is)
     */
    TableFlow(ParagraphSetter setter, float grid, float pageHeight, float turnedWidth, Warnings warnings) {
        this.setter = setter;
        this.grid = grid;
        this.pageHeight = pageHeight;
        this.turnedWidth = turnedWidth;
        this.warnings = warnings;
    }

    /** A cell set at its column's width, and how tall it is. */
    private record SetCell(FlowBlock.TableCell cell, List<SetText> texts, float height) {}

    /** A paragraph of a cell set: its lines, its left edge, how far each line moves right (to its decimal separator). */
    private record SetText(FlowBlock.Text text, List<SetLine> lines, float x, float[] shifts) {}

    /** The table's items, in order; {@code offset} counts the visible characters before it on its page. */
    List<FlowItem> items(FlowBlock.Table table, String pagePath, int offset, Lines lines) {
        Fit fit = fit(table);
        if (fit.widths() != null) {
            if (fit.scale() < 0.999f) {
                warn(table, pagePath, "is too wide for the measure: set at " + percent(fit.scale()) + " % of its size");
            }
            return new Layout(table, fit.measured(), fit.widths(), offset, lines, 0, pageHeight).items();
        }
        if (turnedWidth > table.width() + grid) {
            // the text block's height for a measure, the rows going across the page
            FlowBlock.Table wide = new FlowBlock.Table(table.name(), table.caption(), table.continued(), table.columns(),
                    table.rows(), 0, turnedWidth, table.cellWidth());
            Fit turned = fit(wide);
            float[] widths = turned.widths() != null ? turned.widths() : widths(wide, turned.measured(), true);
            warn(table, pagePath, "is too wide for the measure: set on a page of its own turned a quarter (landscape)"
                    + (turned.scale() < 0.999f ? ", at " + percent(turned.scale()) + " % of its size" : "")
                    + (turned.widths() == null ? "; even so its columns are narrower than their longest words,"
                    + " which are cut: give its columns widths, or fewer columns" : ""));
            List<FlowItem> rows = new Layout(wide, turned.measured(), widths, offset, lines,
                    turnedWidth - table.width(), table.width()).items();
            return sheets(rows, table.width() - DESCENT * turned.measured().lineHeight());
        }
        warn(table, pagePath, "is too wide for the measure even at " + percent(SMALLEST)
                + " % of its size: its columns are set narrower than their longest words, which are cut;"
                + " give its columns widths, or fewer columns");
        return new Layout(table, fit.measured(), widths(table, fit.measured(), true), offset, lines, 0, pageHeight)
                .items();
    }

    /** The size a table's words fit the measure at, and its columns' widths there (null: not even at {@link #SMALLEST}). */
    private record Fit(float scale, Measured measured, float[] widths) {}

    private Fit fit(FlowBlock.Table table) {
        Fit fit = null;
        for (float s = 1; s >= SMALLEST - 0.001f; s -= 0.05f) {
            Measured m = measure(table, s);
            fit = new Fit(s, m, widths(table, m, false));
            if (fit.widths() != null) {
                break;
            }
        }
        return fit;
    }

    private static long percent(float scale) {
        return Math.round(scale * 100);
    }

    /**
     * A turned table's boxes as pages: each holds what fits above {@code lowest} (its lowest
     * baseline), breaking where the page may break between rows; a page it goes on to opens
     * with the header rows again and the one before closes with its bottom rule.
     */
    private static List<FlowItem> sheets(List<FlowItem> rows, float lowest) {
        List<FlowItem> out = new ArrayList<>();
        List<FlowItem.Sheet> sheet = new ArrayList<>();
        List<FlowItem.Box> chunk = new ArrayList<>(); // the boxes since the last place to break
        FlowItem.Penalty last = null;
        float y = 0;
        for (int i = 0; i <= rows.size(); i++) {
            FlowItem item = i < rows.size() ? rows.get(i) : null;
            if (item instanceof FlowItem.Box box) {
                chunk.add(box);
                continue;
            }
            if (item != null && !(item instanceof FlowItem.Penalty)) {
                continue;
            }
            float after = y;
            for (FlowItem.Box box : chunk) {
                after += box.height();
            }
            if (after > lowest && last != null && !sheet.isEmpty()) {
                for (Frame f : last.close()) {
                    sheet.add(new FlowItem.Sheet(f, y + last.closeDepth()));
                }
                out.add(new FlowItem.Turned(sheet));
                sheet = new ArrayList<>();
                y = place(last.repeat(), sheet, 0);
            }
            y = place(chunk, sheet, y);
            chunk.clear();
            if (item instanceof FlowItem.Penalty p) {
                last = p;
            }
        }
        out.add(new FlowItem.Turned(sheet));
        return out;
    }

    /** Places boxes one under the other from the baseline {@code y}; returns the last one's. */
    private static float place(List<FlowItem.Box> boxes, List<FlowItem.Sheet> sheet, float y) {
        for (FlowItem.Box box : boxes) {
            y += box.height();
            for (Frame f : box.frames()) {
                sheet.add(new FlowItem.Sheet(f, y));
            }
        }
        return y;
    }

    private void warn(FlowBlock.Table table, String pagePath, String what) {
        if (warnings != null) {
            warnings.warn(pagePath, 0, 0, table.name() + " " + what);
        }
    }

    // ------------------------------------------------------------ measuring

    /** The table's cells at a size, with each column's narrowest and widest content. */
    private record Measured(List<List<FlowBlock.TableCell>> rows, float[] min, float[] max, float[] before,
                            float[] after, float lineHeight) {}

    private Measured measure(FlowBlock.Table table, float scale) {
        int n = Math.max(table.columns().size(), columnCount(table));
        float[] min = new float[n];
        float[] max = new float[n];
        float[] before = new float[n];
        float[] after = new float[n];
        List<List<FlowBlock.TableCell>> rows = new ArrayList<>();
        float lineHeight = 0;
        List<FlowBlock.TableCell> spanning = new ArrayList<>();
        for (FlowBlock.TableRow row : table.rows()) {
            List<FlowBlock.TableCell> cells = new ArrayList<>();
            for (FlowBlock.TableCell c : row.cells()) {
                FlowBlock.TableCell cell = scale == 1 ? c : scaled(c, scale);
                cells.add(cell);
                for (FlowBlock.Text t : cell.content()) {
                    lineHeight = Math.max(lineHeight, t.lineHeight());
                }
                if (cell.colspan() > 1) {
                    spanning.add(cell);
                    continue;
                }
                int k = cell.column();
                min[k] = Math.max(min[k], minWidth(cell, table));
                max[k] = Math.max(max[k], maxWidth(cell, table));
                if (cell.decimal() != 0) {
                    for (FlowBlock.Text t : cell.content()) {
                        String text = text(t);
                        int at = text.indexOf(cell.decimal());
                        TextStyle style = firstStyle(t);
                        float whole = setter.width(text, style);
                        float b = at < 0 ? whole : setter.width(text.substring(0, at), style);
                        before[k] = Math.max(before[k], b + inset(t));
                        after[k] = Math.max(after[k], whole - b + rightInset(t, table));
                    }
                }
            }
            rows.add(cells);
        }
        for (int k = 0; k < n; k++) {
            float decimal = before[k] + after[k];
            if (decimal > 0) {
                min[k] = Math.max(min[k], decimal + SLACK);
                max[k] = Math.max(max[k], decimal + SLACK);
            }
        }
        for (FlowBlock.TableCell cell : spanning) {
            // what a spanning cell needs beyond its columns goes to them evenly
            int last = Math.min(n, cell.column() + cell.colspan());
            spread(min, cell.column(), last, minWidth(cell, table));
            spread(max, cell.column(), last, maxWidth(cell, table));
        }
        return new Measured(rows, min, max, before, after, lineHeight == 0 ? 12 : lineHeight);
    }

    private static void spread(float[] widths, int from, int to, float need) {
        float have = 0;
        for (int k = from; k < to; k++) {
            have += widths[k];
        }
        if (need > have && to > from) {
            for (int k = from; k < to; k++) {
                widths[k] += (need - have) / (to - from);
            }
        }
    }

    private static int columnCount(FlowBlock.Table table) {
        int n = 0;
        for (FlowBlock.TableRow row : table.rows()) {
            for (FlowBlock.TableCell c : row.cells()) {
                n = Math.max(n, c.column() + c.colspan());
            }
        }
        return n;
    }

    /** The widest unbreakable word, with the cell's insets. */
    private float minWidth(FlowBlock.TableCell cell, FlowBlock.Table table) {
        float w = 0;
        for (FlowBlock.Text t : cell.content()) {
            for (ParagraphItem item : t.items()) {
                if (item instanceof ParagraphItem.TextRun run) {
                    for (String word : run.text().split(" ")) {
                        if (!word.isEmpty()) {
                            w = Math.max(w, setter.width(word, run.style()) + t.spec().firstIndent() + insets(t, table));
                        }
                    }
                }
            }
        }
        return w + SLACK;
    }

    /** The widest line the cell's paragraphs make on an unbounded measure, with the cell's insets. */
    private float maxWidth(FlowBlock.TableCell cell, FlowBlock.Table table) {
        float w = 0;
        for (FlowBlock.Text t : cell.content()) {
            List<SetLine> lines = setter.set(t.items(), new ParagraphSpec(100_000, t.spec().firstIndent(),
                    ParagraphSpec.Alignment.LEFT, false));
            for (SetLine line : lines) {
                w = Math.max(w, line.width() + t.spec().firstIndent() + insets(t, table));
            }
        }
        return w + SLACK;
    }

    /** A cell's paddings (its margins in print.css) on both sides: what its paragraph's measure lacks of the width it was built at. */
    private static float insets(FlowBlock.Text t, FlowBlock.Table table) {
        return Math.max(0, table.cellWidth() - t.spec().measure() - t.reserve());
    }

    private static float inset(FlowBlock.Text t) {
        return t.indent() + t.hang();
    }

    private static float rightInset(FlowBlock.Text t, FlowBlock.Table table) {
        return Math.max(0, insets(t, table) - inset(t));
    }

    // ------------------------------------------------------------ widths

    /** Each column's width, or null when the words do not fit and {@code force} is false. */
    private static float[] widths(FlowBlock.Table table, Measured m, boolean force) {
        int n = m.min().length;
        float measure = table.width();
        float[] w = new float[n];
        boolean[] given = new boolean[n];
        float fixed = 0;
        float shares = 0;
        float autoMin = 0;
        float autoMax = 0;
        float shareMin = 0;
        for (int k = 0; k < n; k++) {
            FlowBlock.TableColumn c = k < table.columns().size() ? table.columns().get(k) : FlowBlock.TableColumn.AUTO;
            if (c.points() >= 0 || c.percent() >= 0) {
                w[k] = Math.max(m.min()[k], c.points() >= 0 ? c.points() : measure * c.percent() / 100);
                given[k] = true;
                fixed += w[k];
            } else if (c.share() > 0) {
                shares += c.share();
                shareMin += m.min()[k];
            } else {
                autoMin += m.min()[k];
                autoMax += m.max()[k];
            }
        }
        float rest = measure - fixed;
        if (!force && autoMin + shareMin > rest + 0.01f) {
            return null;
        }
        if (force) {
            // everything in proportion to its narrowest: every column gives up the same share
            float all = fixed + autoMin + shareMin;
            for (int k = 0; k < n; k++) {
                float base = given[k] ? w[k] : m.min()[k];
                w[k] = base * measure / all;
            }
            return w;
        }
        float forAuto = shares > 0 ? Math.min(autoMax, rest - shareMin) : Math.min(autoMax, rest);
        float spare = autoMax - autoMin;
        for (int k = 0; k < n; k++) {
            FlowBlock.TableColumn c = k < table.columns().size() ? table.columns().get(k) : FlowBlock.TableColumn.AUTO;
            if (given[k] || c.share() > 0) {
                continue;
            }
            w[k] = forAuto >= autoMax ? m.max()[k]
                    : m.min()[k] + (spare <= 0 ? 0 : (m.max()[k] - m.min()[k]) * (forAuto - autoMin) / spare);
        }
        if (shares > 0) {
            float left = rest - Math.min(autoMax, forAuto);
            // share what is left by share, each column at least its narrowest
            for (int k = 0; k < n; k++) {
                FlowBlock.TableColumn c = k < table.columns().size() ? table.columns().get(k) : FlowBlock.TableColumn.AUTO;
                if (!given[k] && c.share() > 0) {
                    w[k] = Math.max(m.min()[k], left * c.share() / shares);
                }
            }
        }
        return w;
    }

    // ------------------------------------------------------------ scaling

    private static FlowBlock.TableCell scaled(FlowBlock.TableCell c, float s) {
        List<FlowBlock.Text> content = new ArrayList<>();
        for (FlowBlock.Text t : c.content()) {
            content.add(scaled(t, s));
        }
        return new FlowBlock.TableCell(c.column(), c.colspan(), c.rowspan(), c.header(), content, c.decimal());
    }

    static FlowBlock.Text scaled(FlowBlock.Text t, float s) {
        List<ParagraphItem> items = new ArrayList<>();
        for (ParagraphItem item : t.items()) {
            if (item instanceof ParagraphItem.TextRun run) {
                TextStyle st = run.style();
                items.add(new ParagraphItem.TextRun(run.text(),
                        new TextStyle(st.font(), st.size() * s, st.lang(), st.smallCaps(), st.rise() * s, st.color(),
                                st.fallbacks()), run.href()));
            } else {
                items.add(item);
            }
        }
        return new FlowBlock.Text(t.element(), t.headingLevel(), items, t.spec(), t.indent(), t.hang(),
                t.lineHeight() * s, t.marker(), t.footnoteId(), t.keepWithNext(), t.keepWithPrevious(),
                t.keepTogether(), t.pageReference(), t.reserve(), t.tag(), t.noteCalls(), t.lineLabels());
    }

    private static String text(FlowBlock.Text t) {
        StringBuilder sb = new StringBuilder();
        for (ParagraphItem item : t.items()) {
            if (item instanceof ParagraphItem.TextRun run) {
                sb.append(run.text());
            }
        }
        return sb.toString().strip();
    }

    private static TextStyle firstStyle(FlowBlock.Text t) {
        for (ParagraphItem item : t.items()) {
            if (item instanceof ParagraphItem.TextRun run) {
                return run.style();
            }
        }
        throw new IllegalStateException("a cell paragraph without text");
    }

    // ------------------------------------------------------------ layout

    /** The boxes of one table at its chosen widths and size. */
    private final class Layout {
        private final FlowBlock.Table table;
        private final Measured m;
        private final float[] x;      // left edge of each column, from the text block's
        private final float[] widths;
        private final float total;
        private final float lh;
        private final Lines sink;
        private final float widen;      // how much wider than its own the caption's measure is
        private final float rowsHeight; // the most a page holds of a row
        private int offset;

        Layout(FlowBlock.Table table, Measured m, float[] widths, int offset, Lines sink, float widen,
               float rowsHeight) {
            this.table = table;
            this.widen = widen;
            this.rowsHeight = rowsHeight;
            this.m = m;
            this.widths = widths;
            this.lh = m.lineHeight();
            this.sink = sink;
            this.offset = offset;
            float sum = 0;
            for (float w : widths) {
                sum += w;
            }
            total = Math.min(sum, table.width() + 0.01f);
            x = new float[widths.length + 1];
            // a table narrower than the measure stands in its middle, as its caption does
            x[0] = table.indent() + Math.max(0, (table.width() - sum) / 2);
            for (int k = 0; k < widths.length; k++) {
                x[k + 1] = x[k] + widths[k];
            }
        }

        List<FlowItem> items() {
            List<FlowItem> out = new ArrayList<>();
            for (FlowBlock.Text caption : table.caption()) {
                for (SetLine line : setText(caption, table.width(), true, false).lines()) {
                    out.add(new FlowItem.Box(caption.lineHeight(), Math.abs(caption.lineHeight() - grid) < 0.01f,
                            List.of(new Frame.TextLine(line, table.indent() + caption.indent(), 0, caption.tag()))));
                }
            }
            List<List<SetCell>> rows = new ArrayList<>();
            for (List<FlowBlock.TableCell> row : m.rows()) {
                List<SetCell> set = new ArrayList<>();
                for (FlowBlock.TableCell cell : row) {
                    set.add(setCell(cell));
                }
                rows.add(set);
            }
            float[] heights = rowHeights(rows);
            List<Band> bands = bands(rows, heights);
            boolean first = true;
            float previousBaseline = 0;
            Band lastHead = null;
            int bodyBands = 0;
            for (Band b : bands) {
                bodyBands += b.group == FlowBlock.RowGroup.BODY ? 1 : 0;
            }
            List<FlowItem.Box> repeat = new ArrayList<>();
            if (table.continued() != null) {
                for (SetLine line : setText(table.continued(), table.width(), true, false).lines()) {
                    repeat.add(new FlowItem.Box(table.continued().lineHeight(), false, List.of(
                            new Frame.TextLine(line, table.indent(), 0, ContentTag.Artifact.LAYOUT))));
                }
            }
            int body = 0;
            for (Band b : bands) {
                float height = first ? DESCENT * lh + RULE_SPACE * lh + b.baseline : b.baseline - previousBaseline;
                FlowItem.Box box = new FlowItem.Box(height, false, b.frames);
                if (b.group == FlowBlock.RowGroup.HEAD) {
                    repeat.add(new FlowItem.Box(height, false, artifacts(b.frames)));
                    lastHead = b;
                } else if (b.group == FlowBlock.RowGroup.BODY) {
                    if (body > 0) {
                        int cost = (body < 2 ? FlowItem.WIDOW : 0) + (bodyBands - body < 2 ? FlowItem.WIDOW : 0);
                        // the part of the table on the page ends with its bottom rule
                        float depth = (DESCENT + RULE_SPACE) * lh + HEAVY_RULE / 2;
                        out.add(new FlowItem.Penalty(Math.min(cost, FlowItem.NEVER - 1), repeated(repeat, lastHead),
                                List.of(new Frame.TableRule(x[0], 0, total, HEAVY_RULE)), depth,
                                cost > 0 ? FlowItem.Fault.TABLE : FlowItem.Fault.NONE));
                    }
                    body++;
                }
                out.add(box);
                first = false;
                previousBaseline = b.baseline;
            }
            return out;
        }

        /** The boxes that head a page the table goes on to: the "continued" line, the header rows, the rule under them. */
        private List<FlowItem.Box> repeated(List<FlowItem.Box> repeat, Band lastHead) {
            if (lastHead == null) {
                return List.copyOf(repeat);
            }
            List<FlowItem.Box> out = new ArrayList<>(repeat);
            // the rule under the header takes more room than the space between two rows
            out.add(new FlowItem.Box(Math.max(0, (2 * RULE_SPACE - ROW_SPACE) * lh + LIGHT_RULE), false, List.of()));
            return out;
        }

        private List<Frame> artifacts(List<Frame> frames) {
            List<Frame> out = new ArrayList<>(frames.size());
            for (Frame f : frames) {
                if (f instanceof Frame.TextLine t) {
                    out.add(new Frame.TextLine(t.line(), t.x(), t.dy(), ContentTag.Artifact.LAYOUT));
                } else if (f instanceof Frame.TableRule r) {
                    out.add(new Frame.TableRule(r.x(), r.dy(), r.width(), r.thickness()));
                }
            }
            return out;
        }

        private SetCell setCell(FlowBlock.TableCell cell) {
            int last = Math.min(widths.length, cell.column() + cell.colspan());
            float width = x[last] - x[cell.column()];
            List<SetText> texts = new ArrayList<>();
            float height = 0;
            for (FlowBlock.Text t : cell.content()) {
                boolean decimal = cell.decimal() != 0 && cell.colspan() == 1;
                SetText set = setText(t, width, false, decimal);
                float left = x[cell.column()] + t.indent() + t.hang();
                float[] shifts = new float[set.lines().size()];
                if (decimal) {
                    // the separator stands where the column's widest part after it leaves it, flush right
                    String text = text(t);
                    int at = text.indexOf(cell.decimal());
                    float b = at < 0 ? setter.width(text, firstStyle(t)) : setter.width(text.substring(0, at), firstStyle(t));
                    float separator = x[cell.column() + 1] - SLACK - m.after()[cell.column()];
                    java.util.Arrays.fill(shifts, Math.max(0, separator - b - left));
                }
                texts.add(new SetText(t, set.lines(), left - t.hang(), shifts));
                height += set.lines().size() * t.lineHeight();
            }
            return new SetCell(cell, texts, Math.max(lh, height));
        }

        /**
         * A paragraph set at {@code width} less its insets (a caption at its own measure),
         * each line given to the sink unless it is an artifact; a cell is set ragged, a
         * decimal one flush left (its lines move to their separator).
         */
        private SetText setText(FlowBlock.Text t, float width, boolean caption, boolean decimal) {
            ParagraphSpec s = t.spec();
            float measure = caption ? s.measure() + widen : Math.max(1, width - insets(t, table));
            ParagraphSpec.Alignment align = decimal ? ParagraphSpec.Alignment.LEFT
                    : s.alignment() == ParagraphSpec.Alignment.JUSTIFY && !caption
                    ? ParagraphSpec.Alignment.LEFT : s.alignment();
            List<SetLine> lines = setter.set(t.items(), new ParagraphSpec(measure, s.firstIndent(), align,
                    s.hyphenate(), s.balance()));
            if (t.tag() instanceof ContentTag.Artifact) {
                return new SetText(t, lines, 0, new float[lines.size()]);
            }
            int[] starts = SourceOffsets.lineStarts(t.items(), lines, offset);
            offset += SourceOffsets.visible(t.items());
            for (int i = 0; i < lines.size(); i++) {
                sink.line(lines.get(i), t.element(), i, lines.size(), starts[i]);
            }
            return new SetText(t, lines, 0, new float[lines.size()]);
        }

        private float[] rowHeights(List<List<SetCell>> rows) {
            float[] h = new float[rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                h[r] = lh;
                for (SetCell c : rows.get(r)) {
                    if (c.cell().rowspan() == 1) {
                        h[r] = Math.max(h[r], c.height());
                    }
                }
            }
            for (int r = 0; r < rows.size(); r++) {
                for (SetCell c : rows.get(r)) {
                    int lastRow = Math.min(rows.size(), r + c.cell().rowspan()) - 1;
                    if (lastRow > r) {
                        float have = (lastRow - r) * ROW_SPACE * lh;
                        for (int k = r; k <= lastRow; k++) {
                            have += h[k];
                        }
                        if (c.height() > have) {
                            h[lastRow] += c.height() - have;
                        }
                    }
                }
            }
            return h;
        }

        /** Rows that spans bind together, with their frames about the band's baseline. */
        private final class Band {
            final FlowBlock.RowGroup group;
            final List<Frame> frames = new ArrayList<>();
            float baseline;

            Band(FlowBlock.RowGroup group) {
                this.group = group;
            }
        }

        /**
         * A row taller than a page, as bands of its lines that a page holds each: the one
         * row that is split. {@code band} has its rules and baseline; {@code lines} are about it.
         */
        private List<Band> slices(Band band, List<Frame> lines, float top, float limit) {
            List<Frame.TextLine> sorted = new ArrayList<>();
            for (Frame f : lines) {
                sorted.add((Frame.TextLine) f);
            }
            sorted.sort((a, b) -> Float.compare(a.dy(), b.dy()));
            List<Band> out = new ArrayList<>();
            List<Frame.TextLine> slice = new ArrayList<>();
            float from = band.baseline; // the first slice is the band itself: its baseline moves
            float sliceEnd = top + limit;
            float last = top;
            Band current = band;
            for (Frame.TextLine line : sorted) {
                float abs = from + line.dy();
                if (abs > sliceEnd && !slice.isEmpty()) {
                    current.baseline = last;
                    close(current, slice, from);
                    out.add(current);
                    current = new Band(band.group);
                    slice.clear();
                    sliceEnd = last + limit;
                }
                slice.add(line);
                last = abs;
            }
            current.baseline = from;
            close(current, slice, from);
            out.add(current);
            return out;
        }

        /** Adds {@code lines}, placed about {@code from}, to a slice about its own baseline. */
        private void close(Band slice, List<Frame.TextLine> lines, float from) {
            List<Frame> moved = new ArrayList<>();
            for (Frame f : slice.frames) {
                moved.add(f instanceof Frame.TableRule r && slice.baseline != from
                        ? new Frame.TableRule(r.x(), r.dy() + from - slice.baseline, r.width(), r.thickness()) : f);
            }
            slice.frames.clear();
            slice.frames.addAll(moved);
            for (Frame.TextLine l : lines) {
                slice.frames.add(new Frame.TextLine(l.line(), l.x(), l.dy() + from - slice.baseline, l.tag()));
            }
        }

        private List<Band> bands(List<List<SetCell>> rows, float[] heights) {
            List<FlowBlock.TableRow> source = table.rows();
            List<Band> out = new ArrayList<>();
            float y = 0; // down from the top of the table
            float ruleX = x[0];
            float ruleWidth = total;
            List<float[]> rules = new ArrayList<>(); // {y, thickness}
            rules.add(new float[] {y + HEAVY_RULE / 2, HEAVY_RULE});
            y += HEAVY_RULE + RULE_SPACE * lh;
            int r = 0;
            float headEnd = -1; // where the body's rows begin
            FlowBlock.RowGroup previous = null;
            while (r < rows.size()) {
                FlowBlock.RowGroup group = source.get(r).group();
                if (previous != null && group != previous) {
                    // a light rule where the header ends and where the footer begins, drawn
                    // with the rows above it: a header repeated overleaf brings its rule
                    y += (RULE_SPACE - ROW_SPACE) * lh;
                    Band above = out.get(out.size() - 1);
                    above.frames.add(new Frame.TableRule(ruleX, y + LIGHT_RULE / 2 - above.baseline, ruleWidth, LIGHT_RULE));
                    y += LIGHT_RULE + RULE_SPACE * lh;
                }
                int end = r + 1; // rows bound to r by spans
                for (int k = r; k < end; k++) {
                    for (SetCell c : rows.get(k)) {
                        end = Math.max(end, Math.min(rows.size(), k + c.cell().rowspan()));
                    }
                }
                Band band = new Band(group);
                List<Frame> lines = new ArrayList<>();
                float[] tops = new float[end - r + 1];
                float top = y;
                for (int k = r; k < end; k++) {
                    tops[k - r] = top;
                    top += heights[k] + (k < end - 1 ? ROW_SPACE * lh : 0);
                }
                float bottom = top;
                band.baseline = bottom - DESCENT * lh;
                for (int k = r; k < end; k++) {
                    for (SetCell c : rows.get(k)) {
                        float baseline = tops[k - r] + (1 - DESCENT) * lh;
                        for (SetText t : c.texts()) {
                            for (int i = 0; i < t.lines().size(); i++) {
                                lines.add(new Frame.TextLine(t.lines().get(i), t.x() + t.shifts()[i],
                                        baseline - band.baseline, t.text().tag()));
                                baseline += t.text().lineHeight();
                            }
                        }
                    }
                }
                for (float[] rule : rules) {
                    band.frames.add(new Frame.TableRule(ruleX, rule[0] - band.baseline, ruleWidth, rule[1]));
                }
                rules.clear();
                if (group == FlowBlock.RowGroup.BODY && headEnd < 0) {
                    headEnd = y;
                }
                float sliceLimit = rowsHeight - Math.max(0, headEnd) - 2 * grid;
                if (group == FlowBlock.RowGroup.BODY && end == r + 1 && bottom - y > sliceLimit && sliceLimit > 2 * lh) {
                    out.addAll(slices(band, lines, y, sliceLimit));
                } else {
                    band.frames.addAll(lines);
                    out.add(band);
                }
                y = bottom + ROW_SPACE * lh;
                previous = group;
                r = end;
            }
            y += (RULE_SPACE - ROW_SPACE) * lh;
            if (!out.isEmpty()) {
                Band last = out.get(out.size() - 1);
                last.frames.add(new Frame.TableRule(ruleX, y + HEAVY_RULE / 2 - last.baseline, ruleWidth, HEAVY_RULE));
            }
            return out;
        }
    }
}
