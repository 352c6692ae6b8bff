package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.colophon.error.Warnings;
import org.colophon.pdf.css.ComputedStyle;
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
            if (p.frame() instanceof Frame.TextLine t) {
                out.add(t.line().markers().get(0).id());
            }
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
        items.add(new FlowItem.ForcedBreak("one.xhtml", ComputedStyle.Break.PAGE));
        items.add(new FlowItem.Glue(52));
        paragraph(items, "a", 2);
        items.add(new FlowItem.ForcedBreak("two.xhtml", ComputedStyle.Break.PAGE));
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

    @Test
    void aFigureThatDoesNotFitWaitsForTheNextPageWhileTheTextGoesOn() {
        List<FlowItem> items = new ArrayList<>();
        paragraph(items, "a", rows - 4);
        items.add(new FlowItem.Penalty(0));
        items.add(new FlowItem.Float(List.of(line("figure", 10 * GRID, true), line("caption", GRID, true))));
        paragraph(items, "b", 6);
        List<LaidOutPage> pages = new PageBreaker(master, GRID, FIRST).breakPages(items);
        assertEquals(2, pages.size());
        List<String> first = ids(pages.get(0));
        assertEquals(rows, first.size(), "the text fills the page the figure left: " + first);
        assertEquals("b3", first.get(first.size() - 1));
        assertEquals(List.of("figure", "caption", "b4", "b5"), ids(pages.get(1)));
    }

    @Test
    void aFigureThatFitsStaysWhereItIs() {
        List<FlowItem> items = new ArrayList<>();
        paragraph(items, "a", 3);
        items.add(new FlowItem.Penalty(0));
        items.add(new FlowItem.Float(List.of(line("figure", 5 * GRID, true))));
        paragraph(items, "b", 2);
        assertEquals(List.of("a0", "a1", "a2", "figure", "b0", "b1"),
                ids(new PageBreaker(master, GRID, FIRST).breakPages(items).get(0)));
    }

    @Test
    void aRectoBreakLeavesABlankVersoWhenItHasTo() {
        List<FlowItem> items = new ArrayList<>();
        items.add(new FlowItem.ForcedBreak("title.xhtml", ComputedStyle.Break.PAGE));
        items.add(line("title", GRID, true));
        items.add(new FlowItem.ForcedBreak("one.xhtml", ComputedStyle.Break.PAGE));
        items.add(new FlowItem.ForcedBreak(null, ComputedStyle.Break.RECTO));
        items.add(line("one", GRID, true));
        items.add(new FlowItem.ForcedBreak("two.xhtml", ComputedStyle.Break.PAGE));
        items.add(new FlowItem.ForcedBreak(null, ComputedStyle.Break.RECTO));
        paragraph(items, "two", 2);
        List<LaidOutPage> pages = new PageBreaker(master, GRID, FIRST).breakPages(items);
        assertEquals(5, pages.size());
        assertEquals(List.of("title"), ids(pages.get(0)));
        assertEquals(List.of(), pages.get(1).frames(), "a blank verso");
        assertEquals(List.of("one"), ids(pages.get(2)));
        assertEquals(List.of(), pages.get(3).frames());
        assertEquals(List.of("two0", "two1"), ids(pages.get(4)));
        assertEquals("two.xhtml", pages.get(4).pagePath());
    }

    @Test
    void aFootnoteGoesToTheFootOfThePageOfItsCallAndTakesItsRoom() {
        List<FlowItem> items = new ArrayList<>();
        for (int i = 0; i < rows + 5; i++) {
            items.add(new FlowItem.Penalty(0));
            FlowItem.Box l = line("p" + i, GRID, true);
            items.add(i == rows - 2 ? new FlowItem.Box(GRID, true, l.frames(), List.of("n1")) : l);
        }
        List<FlowItem.Box> note = List.of(line("n1a", 10, false), line("n1b", 10, false), line("n1c", 10, false));
        List<LaidOutPage> pages = new PageBreaker(master, GRID, FIRST, java.util.Map.of("n1", note)).breakPages(items);
        // the call (line rows-2) would fit alone, but not with 30 pt of note and a line of
        // separation: it moves to the next page, and its note with it
        String call = "p" + (rows - 2);
        assertTrue(!ids(pages.get(0)).contains(call) && ids(pages.get(0)).stream().noneMatch(i -> i.startsWith("n")));
        assertTrue(pages.get(0).frames().stream().noneMatch(p -> p.frame() instanceof Frame.Rule));
        List<String> second = ids(pages.get(1));
        assertEquals(call, second.get(0));
        assertEquals(List.of("n1a", "n1b", "n1c"), second.subList(second.size() - 3, second.size()));
        float lastBody = 0;
        float firstNote = 0;
        for (LaidOutPage.Placed p : pages.get(1).frames()) {
            if (p.frame() instanceof Frame.TextLine t) {
                String id = t.line().markers().get(0).id();
                if (id.startsWith("p")) {
                    lastBody = p.baseline();
                } else if (id.equals("n1a")) {
                    firstNote = p.baseline();
                }
            }
        }
        assertTrue(lastBody + GRID <= firstNote - 10 + 0.01f, "the notes sit below the text and a separator");
        assertTrue(pages.get(1).frames().stream().anyMatch(p -> p.frame() instanceof Frame.Rule));
        assertEquals(FIRST + (rows - 1) * GRID, firstNote + 20, 0.02f, "the last note line on the last grid line");
    }
}
