package org.colophon.pdf.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.colophon.error.Warnings;
import org.colophon.pdf.css.ComputedStyle;
import org.colophon.pdf.flow.FlowItem;
import org.colophon.pdf.flow.FlowParagraph;
import org.colophon.pdf.flow.Frame;
import org.colophon.pdf.text.SetLine;
import org.junit.jupiter.api.Test;

class PageBreakerTest {

    private static final float GRID = 13;
    private static final float FIRST = 9;
    private final PageMaster master = PageMaster.from(List.of(), "t.css", Warnings.ignore());
    private final int rows = (int) Math.floor((master.textHeight(1) - FIRST) / GRID) + 1;

    /** A paragraph of n grid lines, with the widow and orphan penalties FlowBuilder gives. */
    private static void paragraph(List<FlowItem> items, String name, int n) {
        if (!items.isEmpty() && !(items.get(items.size() - 1) instanceof FlowItem.ForcedBreak)) {
            items.add(new FlowItem.Penalty(0));
        }
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                int cost = (i < 2 ? FlowItem.WIDOW : 0) + (n - i < 2 ? FlowItem.WIDOW : 0);
                items.add(new FlowItem.Penalty(Math.min(cost, FlowItem.NEVER - 1)));
            }
            items.add(line(name + i, GRID, true));
        }
    }

    /** The page (0-based) holding the line {@code id}. */
    private static int pageOf(List<LaidOutPage> pages, String id) {
        for (LaidOutPage page : pages) {
            if (ids(page).contains(id)) {
                return page.index();
            }
        }
        return -1;
    }

    /** Text lines on each page. */
    private static List<Integer> counts(List<LaidOutPage> pages) {
        return pages.stream().map(p -> ids(p).size()).toList();
    }

    private static FlowItem.Box line(String id, float height, boolean onGrid) {
        SetLine l = new SetLine(List.of(), List.of(new SetLine.PlacedMarker(id, 0)), 100, 0, false, 0, 8, 2);
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

    /** A turned page holding two rows of a table, {@code name}0 and {@code name}1. */
    private static FlowItem.Turned turned(String name) {
        List<FlowItem.Sheet> frames = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            frames.add(new FlowItem.Sheet(line(name + i, GRID, false).frames().get(0), (i + 1) * GRID));
        }
        return new FlowItem.Turned(frames);
    }

    @Test
    void aTurnedPageWaitsForTheNextPageAloneWhileTheTextGoesOn() {
        List<FlowItem> items = new ArrayList<>();
        paragraph(items, "a", 10);
        items.add(new FlowItem.Penalty(0));
        items.add(turned("t"));
        items.add(turned("u"));
        paragraph(items, "b", 2 * rows);
        List<LaidOutPage> pages = new PageBreaker(master, GRID, FIRST).breakPages(items);
        // the text fills the page it was called on; the two turned pages follow, alone and turned
        assertEquals(rows, ids(pages.get(0)).size());
        assertEquals(List.of("t0", "t1"), ids(pages.get(1)));
        assertEquals(List.of("u0", "u1"), ids(pages.get(2)));
        assertTrue(pages.get(1).turned() && pages.get(2).turned() && !pages.get(0).turned() && !pages.get(3).turned());
        assertEquals("b" + (rows - 10), ids(pages.get(3)).get(0), "the text goes on where it stopped");
        assertEquals(10 + 2 * rows + 4, pages.stream().mapToInt(p -> ids(p).size()).sum(), "every line is placed once");
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

    @Test
    void aWidowIsLeftOnlyWhenNoOtherBreakExists() {
        // one paragraph of rows + 1 lines alone in its chapter: page one must hold rows - 1
        // lines (one short) so that two go overleaf
        List<FlowItem> items = new ArrayList<>();
        paragraph(items, "a", rows + 1);
        List<LaidOutPage> pages = new PageBreaker(master, GRID, FIRST).breakPages(items);
        assertEquals(List.of(rows - 1, 2), counts(pages));
        // a paragraph that cannot break but at its last line: the widow it must leave
        List<FlowItem> two = new ArrayList<>();
        for (int i = 0; i < rows + 1; i++) {
            if (i == rows) {
                two.add(new FlowItem.Penalty(FlowItem.WIDOW));
            }
            two.add(line("b" + i, GRID, true));
        }
        assertEquals(List.of(rows, 1), counts(new PageBreaker(master, GRID, FIRST).breakPages(two)));
    }

    @Test
    void theTwoPagesOfASpreadEndOnTheSameBaseline() {
        // page 0 is a recto; pages 1 and 2 are a spread. Paragraphs of two lines (which
        // cannot break) make page 1 hold an even number of lines; page 2 follows it
        List<FlowItem> items = new ArrayList<>();
        paragraph(items, "a", rows);
        for (int i = 0; i < 3 * rows / 2; i++) {
            paragraph(items, "p" + i + "-", 2);
        }
        List<LaidOutPage> pages = new PageBreaker(master, GRID, FIRST).breakPages(items);
        List<Integer> counts = counts(pages);
        assertTrue(counts.size() >= 4, "pages: " + counts);
        assertEquals(counts.get(1), counts.get(2), "verso and recto of the spread: " + counts);
        assertTrue(counts.get(1) >= rows - 1, "a spread runs one line short at most: " + counts);
    }

    @Test
    void aChaptersLastPageHoldsMoreThanALineAndThePageBeforeSaysWhyItIsShort() {
        // a chapter of 2 × rows + 1 lines in one-line paragraphs, none of which may be set
        // otherwise: full pages would leave a single line on page 3; page 2 a line short
        // gives it two, and the report the reason
        List<FlowItem> items = new ArrayList<>();
        for (int i = 0; i < 2 * rows + 1; i++) {
            paragraph(items, "l" + i + "-", 1);
        }
        items.add(new FlowItem.ForcedBreak("next.xhtml", ComputedStyle.Break.PAGE));
        paragraph(items, "n", 3);
        List<LaidOutPage> pages = new PageBreaker(master, GRID, FIRST).breakPages(items);
        List<Integer> counts = counts(pages);
        assertEquals(List.of(2, 3), counts.subList(2, 4), "pages: " + counts);
        assertEquals(2 * rows - 1, counts.get(0) + counts.get(1), "one of the first two pages a line short: " + counts);
        LaidOutPage shorter = counts.get(0) < rows ? pages.get(0) : pages.get(1);
        LaidOutPage full = counts.get(0) < rows ? pages.get(1) : pages.get(0);
        assertNull(full.shortFoot());
        assertEquals(ShortFoot.Why.CHAPTER_END, shorter.shortFoot().why(), shorter.shortFoot().toString());
        assertEquals(1, shorter.shortFoot().lastLines());
    }

    @Test
    void aHeadingKeepsTwoLinesWithIt() {
        List<FlowItem> items = new ArrayList<>();
        paragraph(items, "a", rows - 3);
        items.add(new FlowItem.Penalty(0));
        items.add(new FlowItem.Glue(GRID));
        items.add(line("h", GRID, true)); // a heading: no break after it
        items.add(line("b", GRID, true)); // a one-line paragraph, the last line the page has room for
        items.add(new FlowItem.Penalty(FlowItem.WIDOW)); // FlowBuilder: only one line under the heading
        for (int i = 0; i < 3; i++) {
            items.add(line("c" + i, GRID, true));
        }
        List<LaidOutPage> pages = new PageBreaker(master, GRID, FIRST).breakPages(items);
        assertEquals(pageOf(pages, "h") , pageOf(pages, "c0"), "the heading goes overleaf with its text: "
                + ids(pages.get(0)));
    }

    /**
     * A spread built so that only one tool lines it up: page 0 is full and cannot break;
     * page 1 (a verso) holds paragraphs of two lines, with a space of {@code space} grid
     * lines after the eighth; page 2 (the recto) holds the rest of them, then a block of 33
     * lines that cannot break; paragraphs of one line follow, so the recto does not end the
     * chapter.
     */
    private List<LaidOutPage> spread(int twoLine, int space) {
        return spread(twoLine, space, 0, 0);
    }

    /**
     * As {@link #spread(int, int)}, where the paragraph {@code s3-} (two lines, on the verso)
     * may also be set in {@code tighter} lines or {@code looser} lines (0: not so).
     */
    private List<LaidOutPage> spread(int twoLine, int space, int tighter, int looser) {
        List<FlowItem> items = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            items.add(line("z" + i, GRID, true)); // no break inside: a full page 0
        }
        for (int p = 0; p < twoLine; p++) {
            if (p == 8 && space > 0) {
                items.add(new FlowItem.Penalty(0));
                items.add(new FlowItem.Glue(space * GRID));
                items.add(line("s" + p + "-0", GRID, true));
                items.add(new FlowItem.Penalty(FlowItem.NEVER - 1));
                items.add(line("s" + p + "-1", GRID, true));
            } else {
                paragraph(items, "s" + p + "-", 2);
            }
            if (p == 3 && (tighter > 0 || looser > 0)) {
                FlowParagraph.Setting t = tighter == 0 ? null : new FlowParagraph.Setting(lines("t3-", tighter), 900);
                FlowParagraph.Setting l = looser == 0 ? null : new FlowParagraph.Setting(lines("l3-", looser), 600);
                int last = items.size() - 1;
                FlowItem.Box box = (FlowItem.Box) items.get(last);
                items.set(last, new FlowItem.Box(box.height(), true, box.frames(), List.of(),
                        new FlowParagraph(last - 2, last, t, l)));
            }
        }
        items.add(new FlowItem.Penalty(0));
        for (int i = 0; i < 33; i++) {
            items.add(line("b" + i, GRID, true));
        }
        for (int p = 0; p < 40; p++) {
            paragraph(items, "o" + p + "-", 1);
        }
        return new PageBreaker(master, GRID, FIRST).breakPages(items);
    }

    private static List<FlowItem.Box> lines(String name, int n) {
        List<FlowItem.Box> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(line(name + i, GRID, true));
        }
        return out;
    }

    @Test
    void aParagraphSetALineLongerLinesUpASpreadThatWouldRunLong() {
        // as in aSpreadRunsALineLong…: the verso holds 34 or 36 lines; with s3 in three lines,
        // 17 paragraphs fill it, and the recto holds the last one and the block
        List<LaidOutPage> pages = spread(18, 0, 0, 3);
        assertEquals(List.of(35, 35, 35), counts(pages).subList(0, 3));
        assertEquals(List.of("l3-0", "l3-1", "l3-2"), ids(pages.get(1)).subList(6, 9), "s3 in its looser setting");
        assertTrue(!ids(pages.get(1)).contains("s3-0") && pageOf(pages, "s3-0") < 0, "its usual lines are gone");
        assertSpreadEndsOn(pages, FIRST + (rows - 1) * GRID);
        for (int i = 0; i < ids(pages.get(1)).size(); i++) {
            assertEquals(FIRST + i * GRID, pages.get(1).frames().get(i).baseline(), 0.01f, "on the grid, no gap");
        }
    }

    @Test
    void aParagraphSetALineShorterLinesUpASpreadThatWouldRunLong() {
        // the verso takes all 18 paragraphs, s3 in one line (35); the recto, the block and two more
        List<LaidOutPage> pages = spread(18, 0, 1, 0);
        assertEquals(List.of(35, 35, 35), counts(pages).subList(0, 3));
        assertEquals(1, pageOf(pages, "t3-0"));
        assertEquals(1, pageOf(pages, "s17-1"));
        assertTrue(pageOf(pages, "s3-0") < 0 && pageOf(pages, "s3-1") < 0, "its usual lines are gone");
        assertSpreadEndsOn(pages, FIRST + (rows - 1) * GRID);
    }

    @Test
    void aParagraphSetOtherwiseFillsASpreadThatWouldEndALineShort() {
        // 17 paragraphs: the verso would hold 16 and the recto one and the block, both a line
        // short; s3 set otherwise fills them, which costs less than two short pages
        List<LaidOutPage> pages = spread(17, 0, 1, 3);
        assertEquals(List.of(35, 35, 35), counts(pages).subList(0, 3));
        assertTrue(pageOf(pages, "l3-0") >= 0 || pageOf(pages, "t3-0") >= 0, "s3 in another setting");
        assertTrue(pageOf(pages, "s3-0") < 0, "its usual lines are gone");
        assertSpreadEndsOn(pages, FIRST + (rows - 1) * GRID);
    }

    /** Both pages of the spread on pages 1 and 2 end on {@code baseline}. */
    private static void assertSpreadEndsOn(List<LaidOutPage> pages, float baseline) {
        assertEquals(baseline, lastBaseline(pages.get(1)), 0.01f, "verso");
        assertEquals(baseline, lastBaseline(pages.get(2)), 0.01f, "recto");
    }

    private static float lastBaseline(LaidOutPage page) {
        return page.frames().get(page.frames().size() - 1).baseline();
    }

    private static float baselineOf(LaidOutPage page, String id) {
        for (LaidOutPage.Placed p : page.frames()) {
            if (p.frame() instanceof Frame.TextLine t && t.line().markers().get(0).id().equals(id)) {
                return p.baseline();
            }
        }
        return Float.NaN;
    }

    @Test
    void aSpaceBetweenBlocksOpensByAGridLineToLineUpASpread() {
        // 17 paragraphs of two lines: the verso holds 16 and the space (34 lines); the recto,
        // one of them and the block (35): opening the space makes the verso full
        assertEquals(35, rows, "the sums below are made for 35 lines");
        List<LaidOutPage> pages = spread(17, 2);
        assertEquals(List.of(35, 32, 35), counts(pages).subList(0, 3));
        assertSpreadEndsOn(pages, FIRST + (rows - 1) * GRID);
        assertEquals(4 * GRID, baselineOf(pages.get(1), "s8-0") - baselineOf(pages.get(1), "s7-1"), 0.01f,
                "three empty grid lines where two were asked for");
    }

    @Test
    void aSpaceOfTwoGridLinesClosesByOneToLineUpASpread() {
        // 18 paragraphs of two lines: opening the space would leave the recto two of them
        // and the block (37 lines); closing it lets the verso take 17, the recto one and the block
        List<LaidOutPage> pages = spread(18, 2);
        assertEquals(List.of(35, 34, 35), counts(pages).subList(0, 3));
        assertSpreadEndsOn(pages, FIRST + (rows - 1) * GRID);
        assertEquals(2 * GRID, baselineOf(pages.get(1), "s8-0") - baselineOf(pages.get(1), "s7-1"), 0.01f,
                "one empty grid line where two were asked for");
    }

    @Test
    void aSpreadRunsALineLongOnBothPagesWhenNothingElseLinesItUp() {
        // 18 paragraphs of two lines, no space: the verso holds 34 or 36 lines, the recto
        // then one of them and the block (35) or the block and three one-line paragraphs
        // (36): only 36 and 36 line up
        List<LaidOutPage> pages = spread(18, 0);
        assertEquals(List.of(35, 36, 36), counts(pages).subList(0, 3));
        assertSpreadEndsOn(pages, FIRST + rows * GRID);
        assertTrue(lastBaseline(pages.get(3)) <= FIRST + (rows - 1) * GRID + 0.01f, "the next page is not long");
    }

    @Test
    void aChaptersLastPageNeverRunsALineLong() {
        // a chapter one line longer than two pages: a long page would hold it, but a
        // chapter's last page has no partner
        List<FlowItem> items = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            items.add(line("z" + i, GRID, true));
        }
        items.add(new FlowItem.Penalty(0));
        for (int i = 0; i < rows + 1; i++) {
            items.add(line("y" + i, GRID, true)); // one block of rows + 1 lines, breakable at its end only
        }
        items.add(new FlowItem.Penalty(0));
        paragraph(items, "x", 2);
        items.add(new FlowItem.ForcedBreak("next.xhtml", ComputedStyle.Break.PAGE));
        paragraph(items, "n", 3);
        List<LaidOutPage> pages = new PageBreaker(master, GRID, FIRST).breakPages(items);
        for (LaidOutPage page : pages) {
            assertTrue(page.frames().isEmpty() || lastBaseline(page) <= FIRST + (rows - 1) * GRID + 0.01f,
                    "page " + page.index() + " runs long: " + counts(pages));
        }
    }

    @Test
    void aChapterThatCouldOnlyEndALineLongStillHasItsPages() {
        // a line, a place to break far from the foot, then a block one line taller than
        // the rest of the page and the chapter's end: the filler let the block's last line
        // run past the foot (a page may run long beside another that does), but a chapter's
        // opening and last page may not, so no way through was left and the book had no page
        List<FlowItem> items = new ArrayList<>();
        items.add(line("a0", GRID, true));
        items.add(new FlowItem.Penalty(0));
        for (int i = 0; i < rows; i++) {
            items.add(line("b" + i, GRID, true));
        }
        List<LaidOutPage> pages = new PageBreaker(master, GRID, FIRST).breakPages(items);
        assertEquals(List.of(1, rows), counts(pages), "the line, then the block on a page of its own");
        assertEquals(1, pageOf(pages, "b" + (rows - 1)), "the block's last line is placed");
        for (LaidOutPage page : pages) {
            assertTrue(lastBaseline(page) <= FIRST + (rows - 1) * GRID + 0.01f, "page " + page.index() + " runs long");
        }
    }

    @Test
    void aFigureTallerThanWhatIsLeftOfTheChapterOpeningStillLeavesPages() {
        // the case of the manuscript that gave "0 pages": a paragraph, a figure, then a
        // section whose heading keeps four lines with it, five grid lines left for six, and
        // no space wide enough to close
        List<FlowItem> items = new ArrayList<>();
        items.add(new FlowItem.ForcedBreak("c.xhtml", ComputedStyle.Break.RECTO));
        paragraph(items, "p", 3);
        items.add(new FlowItem.Penalty(0));
        int figure = rows - 3 - 5;
        items.add(new FlowItem.Float(List.of(line("figure", figure * GRID, true))));
        items.add(new FlowItem.Penalty(0));
        items.add(new FlowItem.Glue(GRID));
        items.add(line("heading", GRID, true));
        for (int i = 0; i < 4; i++) {
            items.add(line("text" + i, GRID, true));
        }
        List<LaidOutPage> pages = new PageBreaker(master, GRID, FIRST).breakPages(items);
        assertEquals(0, pageOf(pages, "p0"));
        assertEquals(List.of(4, 5), counts(pages), "the paragraph and the figure, then the section");
        assertEquals(1, pageOf(pages, "text3"));
        for (LaidOutPage page : pages) {
            assertTrue(lastBaseline(page) <= FIRST + (rows - 1) * GRID + 0.01f, "page " + page.index() + " runs long");
        }
    }

    @Test
    void aBookOfAThousandPagesBreaksQuickly() {
        List<FlowItem> items = new ArrayList<>();
        for (int c = 0; c < 100; c++) {
            items.add(new FlowItem.ForcedBreak("c" + c + ".xhtml", ComputedStyle.Break.RECTO));
            for (int p = 0; p < 120; p++) {
                paragraph(items, "c" + c + "p" + p + "-", 1 + (p * 7 + c) % 6);
            }
        }
        List<LaidOutPage> pages = new PageBreaker(master, GRID, FIRST).breakPages(items);
        assertTrue(pages.size() > 1_000, "pages: " + pages.size());
        // CPU time of this thread: the machine may be busy with other work
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long t = bean.getCurrentThreadCpuTime();
        new PageBreaker(master, GRID, FIRST).breakPages(items);
        long ms = (bean.getCurrentThreadCpuTime() - t) / 1_000_000;
        System.out.println("page breaking: " + pages.size() + " pages in " + ms + " ms of CPU (second run)");
    }
}
