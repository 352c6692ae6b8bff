package org.colophon.pdf.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.colophon.pdf.flow.Frame;

/**
 * Sets the pages of the index in two balanced columns. The index is set and broken into
 * pages as one column of lines as narrow as a column (print.css gives its letter groups a
 * right margin); this pass then takes its lines row by row, keeping the space between
 * them, and fills the left column of each page and then its right one, under the title on
 * the first page. The last page's rows are split so that both columns end at about the
 * same height. The pages it frees are taken out, and a blank page keeps the sides of
 * the pages after the index when an odd number went.
 */
public final class IndexColumns {

    /** Where the right column starts, as a share of the measure (the lines are narrower). */
    static final float RIGHT_COLUMN = 0.52f;

    /** The ids index.vm gives letter groups; they mark the rows that open one. */
    private static final String GROUP_ID = "index-group-";

    private final float measure;
    private final float grid;

    public IndexColumns(float measure, float grid) {
        this.measure = measure;
        this.grid = grid;
    }

    /** A line of the index: its frames, and how far below the row before it it stands. */
    private record Row(List<Frame> frames, float advance) {}

    public List<LaidOutPage> arrange(List<LaidOutPage> pages, Predicate<String> isIndex) {
        List<LaidOutPage> out = new ArrayList<>(pages.size());
        int i = 0;
        while (i < pages.size()) {
            LaidOutPage page = pages.get(i);
            if (page.blank() || page.pagePath() == null || !isIndex.test(page.pagePath())) {
                out.add(renumbered(page, out.size()));
                i++;
                continue;
            }
            int end = i;
            while (end < pages.size() && !pages.get(end).blank() && pages.get(end).pagePath() != null
                    && pages.get(end).pagePath().equals(page.pagePath())) {
                end++;
            }
            List<LaidOutPage> set = columns(pages.subList(i, end), out.size());
            out.addAll(set);
            int freed = (end - i) - set.size();
            if (freed % 2 == 1 && end < pages.size()) {
                out.add(LaidOutPage.blank(out.size(), page.pagePath()));
            }
            i = end;
        }
        return List.copyOf(out);
    }

    private static LaidOutPage renumbered(LaidOutPage page, int index) {
        return page.index() == index ? page : new LaidOutPage(index, page.pagePath(), page.frames(), page.blank(), page.turned());
    }

    private List<LaidOutPage> columns(List<LaidOutPage> run, int firstIndex) {
        List<LaidOutPage.Placed> head = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        float firstTop = -1;
        float laterTop = -1;
        float bottom = 0;
        for (int p = 0; p < run.size(); p++) {
            List<LaidOutPage.Placed> frames = run.get(p).frames();
            float headEnd = Float.NEGATIVE_INFINITY;
            if (p == 0) {
                for (LaidOutPage.Placed f : frames) {
                    if (f.frame() instanceof Frame.TextLine) {
                        headEnd = f.baseline(); // the title's line: it stays across the page
                        break;
                    }
                }
            }
            TreeMap<Float, List<Frame>> byBaseline = new TreeMap<>();
            for (LaidOutPage.Placed f : frames) {
                if (f.baseline() <= headEnd) {
                    head.add(f);
                } else {
                    byBaseline.computeIfAbsent(f.baseline(), b -> new ArrayList<>()).add(f.frame());
                }
            }
            Float previous = null;
            for (Map.Entry<Float, List<Frame>> row : byBaseline.entrySet()) {
                if (p == 0 && firstTop < 0) {
                    firstTop = row.getKey();
                } else if (p > 0 && laterTop < 0) {
                    laterTop = row.getKey();
                }
                rows.add(new Row(row.getValue(), previous == null ? grid : row.getKey() - previous));
                previous = row.getKey();
                bottom = Math.max(bottom, row.getKey());
            }
        }
        if (rows.isEmpty() || firstTop < 0) {
            return renumber(run, firstIndex);
        }
        if (laterTop < 0) {
            laterTop = firstTop;
        }
        float line = Float.MAX_VALUE;
        for (Row r : rows) {
            if (r.advance() > 0.01f) {
                line = Math.min(line, r.advance());
            }
        }
        boolean[] opens = new boolean[rows.size()];
        float groupAdvance = 0;
        for (int r = 0; r < rows.size(); r++) {
            // a row after a space opens a letter group: its heading must not end a column
            opens[r] = rows.get(r).advance() > 1.5f * line;
            if (opens[r]) {
                groupAdvance = Math.max(groupAdvance, rows.get(r).advance());
            }
        }
        for (int r = 1; r < rows.size(); r++) {
            // a group that opened a page of the one-column setting lost its space above: give it back
            if (!opens[r] && groupAdvance > 0 && opensGroup(rows.get(r))) {
                rows.set(r, new Row(rows.get(r).frames(), groupAdvance));
                opens[r] = true;
            }
        }
        // greedy filling: the rows of each page, its two columns one after the other
        List<List<Row>> pageRows = new ArrayList<>();
        List<Row> current = new ArrayList<>();
        int column = 0;
        float top = firstTop;
        float y = -1;
        for (int k = 0; k < rows.size(); k++) {
            Row r = rows.get(k);
            float at = y < 0 ? top : y + r.advance();
            boolean alone = opens[k] && k + 1 < rows.size() && at + rows.get(k + 1).advance() > bottom + 0.01f;
            if (at > bottom + 0.01f || (alone && y >= 0)) {
                column++;
                if (column == 2) {
                    pageRows.add(current);
                    current = new ArrayList<>();
                    column = 0;
                    top = laterTop;
                }
                current.add(null); // the start of a column
                at = top;
            }
            current.add(r);
            y = at;
        }
        pageRows.add(current);
        List<LaidOutPage> out = new ArrayList<>();
        for (int p = 0; p < pageRows.size(); p++) {
            float pageTop = p == 0 ? firstTop : laterTop;
            List<Row> content = pageRows.get(p);
            List<Row> left = new ArrayList<>();
            List<Row> right = new ArrayList<>();
            boolean inRight = false;
            for (Row r : content) {
                if (r == null) {
                    inRight = true;
                } else {
                    (inRight ? right : left).add(r);
                }
            }
            if (p == pageRows.size() - 1) {
                List<Row> all = new ArrayList<>(left);
                all.addAll(right);
                int split = balancedSplit(all, line);
                left = all.subList(0, split);
                right = all.subList(split, all.size());
            }
            List<LaidOutPage.Placed> frames = new ArrayList<>();
            if (p == 0) {
                frames.addAll(head);
            }
            place(left, pageTop, 0, frames);
            place(right, pageTop, measure * RIGHT_COLUMN, frames);
            out.add(new LaidOutPage(firstIndex + p, run.get(Math.min(p, run.size() - 1)).pagePath(), frames));
        }
        return out;
    }

    /** Whether a row holds the id index.vm gives a letter group ({@code index-group-…}). */
    private static boolean opensGroup(Row row) {
        for (Frame f : row.frames()) {
            if (f instanceof Frame.Anchor a && a.id().startsWith(GROUP_ID)) {
                return true;
            }
            if (f instanceof Frame.TextLine t) {
                for (var m : t.line().markers()) {
                    if (m.id().startsWith(GROUP_ID)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Where to start the right column so that neither column is much longer than the other. */
    private static int balancedSplit(List<Row> rows, float line) {
        int best = rows.size();
        float bestHeight = Float.MAX_VALUE;
        float[] prefix = new float[rows.size() + 1];
        for (int i = 0; i < rows.size(); i++) {
            prefix[i + 1] = prefix[i] + (i == 0 ? 0 : rows.get(i).advance());
        }
        for (int k = 1; k <= rows.size(); k++) {
            float leftHeight = prefix[k];
            float rightHeight = k == rows.size() ? 0 : prefix[rows.size()] - prefix[k + 1];
            float height = Math.max(leftHeight, rightHeight);
            boolean headingLast = k < rows.size() && rows.get(k - 1).advance() > 1.5f * line;
            if (!headingLast && height < bestHeight - 0.01f) {
                bestHeight = height;
                best = k;
            }
        }
        return best;
    }

    private static void place(List<Row> rows, float top, float dx, List<LaidOutPage.Placed> out) {
        float y = -1;
        for (Row r : rows) {
            y = y < 0 ? top : y + r.advance();
            for (Frame f : r.frames()) {
                out.add(new LaidOutPage.Placed(shifted(f, dx), y));
            }
        }
    }

    private static Frame shifted(Frame f, float dx) {
        if (dx == 0) {
            return f;
        }
        if (f instanceof Frame.TextLine t) {
            return new Frame.TextLine(t.line(), t.x() + dx, t.dy(), t.tag());
        } else if (f instanceof Frame.Anchor a) {
            return new Frame.Anchor(a.id(), a.x() + dx, a.dy());
        } else if (f instanceof Frame.Picture pic) {
            return new Frame.Picture(pic.image(), pic.x() + dx, pic.dy());
        } else if (f instanceof Frame.Rule r) {
            return new Frame.Rule(r.x() + dx, r.dy(), r.width());
        }
        return f;
    }

    private static List<LaidOutPage> renumber(List<LaidOutPage> run, int firstIndex) {
        List<LaidOutPage> out = new ArrayList<>(run.size());
        for (int p = 0; p < run.size(); p++) {
            out.add(renumbered(run.get(p), firstIndex + p));
        }
        return out;
    }
}
