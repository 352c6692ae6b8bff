package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.colophon.error.Warnings;
import org.colophon.pdf.text.SetLine;
import org.junit.jupiter.api.Test;

class PageBreakerTest {

    private static final float GRID = 13;
    private static final float FIRST = 9;
    private final PageMaster master = PageMaster.from(List.of(), "t.css", Warnings.ignore());
    private final int rows = (int) Math.floor((master.textHeight(1) - FIRST) / GRID) + 1;

    /** A paragraph of n grid lines, with the widow and orphan rule FlowBuilder applies. */
    private static void paragraph(List<FlowItem> items, String name, int n) {
        if (!items.isEmpty()) {
            items.add(new FlowItem.Penalty(0));
        }
        for (int i = 0; i < n; i++) {
            if (i >= 2 && n - i >= 2) {
                items.add(new FlowItem.Penalty(0));
            }
            items.add(line(name + i, GRID, true));
        }
    }

    private static FlowItem.Box line(String id, float height, boolean onGrid) {
        SetLine l = new SetLine(List.of(), List.of(new SetLine.PlacedMarker(id, 0)), 100, 0, false, 8, 2);
        return new FlowItem.Box(height, onGrid, List.of(new Frame.TextLine(l, 0, 0)));
    }

    private static List<String> ids(LaidOutPage page) {
        List<String> out = new ArrayList<>();
        for (LaidOutPage.Placed p : page.frames()) {
            out.add(((Frame.TextLine) p.frame()).line().markers().get(0).id());
        }
        return out;
    }

    @Test
    void aFullPageHoldsWholeGridLinesAndNoMore() {
        List<FlowItem> items = new ArrayList<>();
        paragraph(items, "a", rows + 5);
        List<LaidOutPage> pages = new PageBreaker(master, GRID, FIRST).breakPages(items);
        assertEquals(2, pages.size());
        assertEquals(rows, pages.get(0).frames().size());
        for (LaidOutPage.Placed p : pages.get(0).frames()) {
            float k = (p.baseline() - FIRST) / GRID;
            assertEquals(Math.round(k), k, 0.001, "on the grid");
            assertTrue(p.baseline() <= master.textHeight(0));
        }
    }

    @Test
    void noOrphanAtTheFootOfAPage() {
        List<FlowItem> items = new ArrayList<>();
        paragraph(items, "a", rows - 1);
        paragraph(items, "b", 4); // only b0 would fit: it must move
        List<LaidOutPage> pages = new PageBreaker(master, GRID, FIRST).breakPages(items);
        assertEquals(rows - 1, pages.get(0).frames().size());
        assertEquals("b0", ids(pages.get(1)).get(0));
    }

    @Test
    void noWidowAtTheHeadOfAPage() {
        List<FlowItem> items = new ArrayList<>();
        paragraph(items, "a", rows - 3);
        paragraph(items, "b", 4); // three lines fit, the fourth would be a widow
        List<LaidOutPage> pages = new PageBreaker(master, GRID, FIRST).breakPages(items);
        assertEquals(List.of("b2", "b3"), ids(pages.get(1)));
    }

    @Test
    void forcedBreaksStartPagesAndKeepTheirSpaceWhileNaturalBreaksDropIt() {
        List<FlowItem> items = new ArrayList<>();
        items.add(new FlowItem.ForcedBreak("one.xhtml"));
        items.add(new FlowItem.Glue(52));
        paragraph(items, "a", 2);
        items.add(new FlowItem.ForcedBreak("two.xhtml"));
        paragraph(items, "b", rows);
        items.add(new FlowItem.Penalty(0));
        items.add(new FlowItem.Glue(26));
        items.add(line("c", GRID, true));
        List<LaidOutPage> pages = new PageBreaker(master, GRID, FIRST).breakPages(items);
        assertEquals(3, pages.size());
        assertEquals("one.xhtml", pages.get(0).pagePath());
        assertEquals(FIRST + 52, pages.get(0).frames().get(0).baseline(), 0.001);
        assertEquals("two.xhtml", pages.get(1).pagePath());
        assertEquals(FIRST, pages.get(2).frames().get(0).baseline(), 0.001, "glue after a natural break vanishes");
        assertEquals("two.xhtml", pages.get(2).pagePath());
    }

    @Test
    void gridLinesAfterAnOffGridHeadingSnapDownToTheGrid() {
        List<FlowItem> items = new ArrayList<>();
        items.add(new FlowItem.Glue(26));
        items.add(line("h", 26, false));
        items.add(new FlowItem.Glue(13));
        items.add(line("p", GRID, true));
        LaidOutPage page = new PageBreaker(master, GRID, FIRST).breakPages(items).get(0);
        float heading = page.frames().get(0).baseline();
        float body = page.frames().get(1).baseline();
        assertEquals(FIRST + 26 + 13, heading, 0.001);
        assertEquals(0, (body - FIRST) % GRID, 0.001);
        assertTrue(body >= heading + 13 + GRID - 0.001);
    }
}
