package org.colophon.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks the vertical list into pages, first fit: boxes fill a page until the next one
 * would not fit, and the page then ends at the last allowed break (a penalty below
 * {@link FlowItem#NEVER}); only when the page has no allowed break does it end at the
 * overflowing box. Lines on the grid have their baselines snapped to it, so body text
 * lines up across pages and spreads. A later total-fit breaker can replace this class
 * and keep the same input and output.
 */
final class PageBreaker {

    private final PageMaster master;
    private final float grid;
    private final float firstBaseline;

    /**
     * @param grid          the body line height: distance between grid lines
     * @param firstBaseline the first grid line, from the top of the text block
     */
    PageBreaker(PageMaster master, float grid, float firstBaseline) {
        this.master = master;
        this.grid = grid;
        this.firstBaseline = firstBaseline;
    }

    private record Mark(int item, int placedCount) {}

    List<LaidOutPage> breakPages(List<FlowItem> items) {
        List<LaidOutPage> pages = new ArrayList<>();
        int start = 0;
        boolean forced = true;
        String pagePath = null;
        while (start < items.size()) {
            int pageIndex = pages.size();
            float bottom = master.textHeight(pageIndex) + 0.01f;
            List<LaidOutPage.Placed> placed = new ArrayList<>();
            float glue = 0;        // the largest positive space met since the last box
            float negativeGlue = 0; // and the most negative: CSS margins collapse this way
            float baseline = 0;
            Mark lastBreak = null;
            int next = items.size();
            boolean nextForced = false;
            String startPath = pagePath;
            for (int j = start; j < items.size(); j++) {
                FlowItem item = items.get(j);
                if (item instanceof FlowItem.Glue g) {
                    if (!placed.isEmpty() || forced) {
                        glue = Math.max(glue, g.height());
                        negativeGlue = Math.min(negativeGlue, g.height());
                    }
                } else if (item instanceof FlowItem.ForcedBreak f) {
                    if (!placed.isEmpty()) {
                        next = j;
                        nextForced = true;
                        break;
                    }
                    forced = true;
                    glue = 0;
                    negativeGlue = 0;
                    if (f.pagePath() != null) {
                        pagePath = f.pagePath();
                        startPath = pagePath;
                    }
                } else if (item instanceof FlowItem.Penalty p) {
                    if (p.cost() < FlowItem.NEVER && !placed.isEmpty()) {
                        lastBreak = new Mark(j, placed.size());
                    }
                } else if (item instanceof FlowItem.Box box) {
                    float space = glue + negativeGlue;
                    float y = placed.isEmpty() ? Math.max(0, space) + firstBaseline + box.height() - grid
                            : baseline + space + box.height();
                    if (box.onGrid()) {
                        y = snap(y);
                    }
                    if (y > bottom && !placed.isEmpty()) {
                        if (lastBreak != null) {
                            placed.subList(lastBreak.placedCount(), placed.size()).clear();
                            next = lastBreak.item() + 1;
                        } else {
                            next = j;
                        }
                        nextForced = false;
                        break;
                    }
                    for (Frame f : box.frames()) {
                        placed.add(new LaidOutPage.Placed(f, y));
                    }
                    baseline = y;
                    glue = 0;
                    negativeGlue = 0;
                }
            }
            if (!placed.isEmpty()) {
                pages.add(new LaidOutPage(pageIndex, startPath, placed));
            }
            start = next;
            forced = nextForced;
        }
        return pages;
    }

    /** The first grid line at or below {@code y}. */
    private float snap(float y) {
        float k = (float) Math.ceil((y - firstBaseline) / grid - 0.001f);
        return firstBaseline + Math.max(0, k) * grid;
    }
}
