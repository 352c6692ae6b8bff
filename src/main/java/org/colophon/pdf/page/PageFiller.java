package org.colophon.pdf.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.colophon.pdf.flow.FlowItem;
import org.colophon.pdf.flow.FlowParagraph;
import org.colophon.pdf.flow.Frame;

/**
 * Fills one page from a given place in the vertical list and reports every place where
 * the page may end, with what the page holds there; the {@link PageBreaker} chooses among
 * them. Lines on the grid have their baselines snapped to it, so body text lines up across
 * pages and spreads. A float (a figure with its caption) that does not fit waits for the
 * top of the next page while the text goes on. Footnotes called on a line go to the foot
 * of its page: each page's {@link FootnoteArea} places them and says how low the text may
 * go beside them.
 *
 * <p>A page without notes may take one line past the foot: the breaker then closes a space
 * between blocks two grid lines high or more by one, sets one of its paragraphs a line
 * shorter, or sets the page a line long beside another that is.
 */
final class PageFiller {

    /** Ends leaving more grid lines empty than this are offered only when the page has no other. */
    static final int MOST_SHORT = 4;

    /**
     * What the page after a break starts from.
     *
     * @param deferred floats waiting for the top of the page, by item index
     * @param carried  lines of a footnote that did not fit on the page of its call: they
     *                 open the next page's notes
     */
    record Start(int item, boolean forced, String pagePath, List<Integer> deferred, List<FlowItem.Box> carried) {
        Start {
            deferred = List.copyOf(deferred);
            carried = List.copyOf(carried);
        }

        Start(int item, boolean forced, String pagePath, List<Integer> deferred) {
            this(item, forced, pagePath, deferred, List.of());
        }

        /** Floats and note lines still to place: each page places some. */
        int waiting() {
            return deferred.size() + carried.size();
        }
    }

    /** How a page ends. */
    enum Kind {
        /** at a penalty: the page may be short, the text goes on overleaf */
        NATURAL,
        /** no allowed break on the page: it ends before the line that does not fit */
        EMERGENCY,
        /** at a forced break: the last page of a chapter (or of any XHTML page) */
        FORCED,
        /** at the end of the book */
        LAST,
        /** a page turned a quarter, holding a table too wide for the measure, and nothing else */
        TURNED,
        /** a forced break to a recto (verso) met at the top of a verso (recto): a blank page */
        BLANK
    }

    /**
     * A place the page may end.
     *
     * @param item      the penalty or forced break where it ends ({@code items.size()} at the end)
     * @param cost      the penalty's cost
     * @param lines     boxes on the page
     * @param short_    whole grid lines left empty between the text and the foot (or its notes);
     *                  -1 when the text runs a line past the foot: the page is a line long
     *                  (so must be the other page of its spread), or a space between blocks
     *                  two or more lines high gives that line back
     * @param foot      whole grid lines left empty at the very foot of the page (0 when it has notes)
     * @param splitNote a footnote starts on the page and goes on overleaf
     * @param gaps      spaces between blocks on the page (above a quotation, a heading, a
     *                  scene break…), each of which may open by one grid line so that the page
     *                  ends lower
     * @param closable  of those, spaces two or more grid lines high, which may close by one
     * @param reset     what setting paragraphs of the page a line longer or shorter costs
     * @param next      where the next page starts
     */
    record End(int item, Kind kind, int cost, int lines, int short_, int foot, boolean splitNote, int gaps,
               int closable, Reset reset, Start next) {}

    /**
     * What it costs for a page to end lower or higher by setting paragraphs that stand
     * whole on it a line longer or shorter (the cheapest of them); -1 where it cannot.
     *
     * @param oneLower  one paragraph a line longer
     * @param twoLower  two paragraphs a line longer each
     * @param oneHigher one paragraph a line shorter
     */
    record Reset(int oneLower, int twoLower, int oneHigher) {
        static final Reset NONE = new Reset(-1, -1, -1);

        /** The cost of ending {@code lines} grid lines lower (higher when negative), or -1. */
        int cost(int lines) {
            return switch (lines) {
                case 0 -> 0;
                case 1 -> oneLower;
                case 2 -> twoLower;
                case -1 -> oneHigher;
                default -> -1;
            };
        }
    }

    private final PageMaster master;
    private final float grid;
    private final float firstBaseline;
    private final Map<String, List<FlowItem.Box>> footnotes;

    PageFiller(PageMaster master, float grid, float firstBaseline, Map<String, List<FlowItem.Box>> footnotes) {
        this.master = master;
        this.grid = grid;
        this.firstBaseline = firstBaseline;
        this.footnotes = footnotes;
    }

    /** Receives the places a page may end. */
    interface Ends {
        void accept(End end);
    }

    /**
     * Fills a page of index {@code pageIndex} (only page 0 and the parity matter) from
     * {@code start}, reporting each place it may end; stops at the first forced break, at
     * the first line that does not fit, at the end of the list, or at {@code stopAt} (a
     * penalty, or a line the page may take past its foot but ends before); a page with a
     * {@code stopAt} (-1 for none) keeps its frames. Every filling offers at least one end
     * the breaker takes whatever the page beside it (see {@link Offers}). Returns
     * what is on the page when it stopped.
     */
    Page fill(List<FlowItem> items, Start start, int pageIndex, int stopAt, Ends ends) {
        return fill(items, start, pageIndex, stopAt, NO_GAPS, ends);
    }

    private static final int[] NO_GAPS = {};

    /**
     * As {@link #fill(List, Start, int, int, Ends)}, with the spaces between blocks (counted
     * from 0 down the page) made {@code adjust[k]} grid lines higher (lower when negative).
     */
    Page fill(List<FlowItem> items, Start start, int pageIndex, int stopAt, int[] adjust, Ends offered) {
        return fill(items, start, pageIndex, stopAt, adjust, offered, start.deferred().size());
    }

    /**
     * As above, placing at most {@code floatsFirst} of the floats that waited: when those
     * leave no room to end the page but after a heading (or inside what must stay whole),
     * the page is filled again with one float fewer, which waits for the next page.
     */
    private Page fill(List<FlowItem> items, Start start, int pageIndex, int stopAt, int[] adjust, Ends offered,
                      int floatsFirst) {
        Offers ends = new Offers(offered);
        // a page may run a line long only where the bottom margin has room for it above the folio
        Page page = new Page(master.textHeight(pageIndex) + 0.01f, start.forced(), stopAt >= 0,
                master.margins(pageIndex).bottom() >= 2 * grid, start.item());
        page.notes.carryIn(start.carried());
        List<Integer> deferred = new ArrayList<>(start.deferred());
        String pagePath = start.pagePath();
        // floats that waited go first, as many as fit
        int placedFirst = 0;
        while (!deferred.isEmpty() && placedFirst < floatsFirst) {
            if (items.get(deferred.get(0)) instanceof FlowItem.Turned turned) {
                if (!page.isEmpty() || !start.carried().isEmpty()) {
                    break; // it waits for a page with nothing else on it, notes included
                }
                deferred.remove(0);
                return turnedPage(page, turned, start, deferred, ends);
            }
            FlowItem.Float f = (FlowItem.Float) items.get(deferred.get(0));
            if (!page.isEmpty() && !page.fits(f)) {
                break;
            }
            page.place(f);
            deferred.remove(0);
            placedFirst++;
        }
        // a page a table goes on to opens with its header rows again
        if (start.item() > 0 && start.item() <= items.size()
                && items.get(start.item() - 1) instanceof FlowItem.Penalty p && !p.repeat().isEmpty()) {
            for (FlowItem.Box box : p.repeat()) {
                page.place(box, page.next(box));
            }
        }
        boolean anyEnd = false;
        End farEnd = null;
        boolean nearOffered = false;
        int farDeferred = 0;
        List<FlowItem.Box> farCarried = List.of();
        End beforeFoot = null; // the page ending before its first line past the foot
        for (int j = start.item(); j < items.size(); j++) {
            FlowItem item = items.get(j);
            if (item instanceof FlowItem.Glue g) {
                page.glue(g.height());
            } else if (item instanceof FlowItem.ForcedBreak f) {
                if (page.hasContent() || !deferred.isEmpty() || !page.notes.overleaf().isEmpty()) {
                    // floats and notes of this part of the book stay in it
                    ends.accept(end(page, j, Kind.FORCED, 0,
                            new Start(j, true, pagePath, deferred, page.notes.overleaf())));
                    if (ends.lacksInside()) {
                        ends.someInside(farEnd, farStart(farEnd, pagePath, deferred, farDeferred, farCarried), beforeFoot);
                    }
                    page.path = pagePath;
                    page.endedAt = j;
                    return page;
                }
                if (f.wrongSide(pageIndex)) {
                    ends.accept(new End(j, Kind.BLANK, 0, 0, 0, 0, false, 0, 0, Reset.NONE,
                            new Start(j, true, pagePath, deferred)));
                    page.path = pagePath;
                    return page;
                }
                page.keepTopSpace = true;
                page.glue = 0;
                page.negativeGlue = 0;
                if (f.pagePath() != null) {
                    pagePath = f.pagePath();
                }
            } else if (item instanceof FlowItem.Penalty p) {
                if (p.cost() < FlowItem.NEVER && !page.isEmpty()) {
                    anyEnd = true;
                    if (j == stopAt) {
                        page.path = pagePath;
                        page.endedAt = j;
                        return page;
                    }
                    if (page.emptyGridLines() <= MOST_SHORT) {
                        nearOffered = true;
                        ends.accept(end(page, j, Kind.NATURAL, p.cost(),
                                new Start(j + 1, false, pagePath, deferred, page.notes.overleaf())));
                    } else {
                        // far from the foot: offered only if the page has no better end
                        farEnd = end(page, j, Kind.NATURAL, p.cost(), null);
                        farDeferred = deferred.size();
                        farCarried = page.notes.overleaf();
                    }
                }
            } else if (item instanceof FlowItem.Turned turned) {
                if (page.isEmpty() && deferred.isEmpty() && start.carried().isEmpty()) {
                    return turnedPage(page, turned, new Start(j + 1, false, pagePath, deferred), deferred, ends);
                }
                deferred.add(j);
            } else if (item instanceof FlowItem.Float f) {
                if (page.isEmpty() || (deferred.isEmpty() && page.fits(f))) {
                    page.place(f);
                } else {
                    deferred.add(j);
                }
            } else if (item instanceof FlowItem.Box box) {
                float y = page.next(box);
                if (!page.isEmpty() && anyEnd && page.glue + page.negativeGlue > 0.5f) {
                    // a space between blocks: the page may open it by a grid line, or close
                    // one that leaves two empty grid lines or more by one; not one above the
                    // page's first place to break (under a chapter's or a section's heading
                    // at the top of a page), so that every opening looks the same
                    float spare = y - page.baseline - box.height();
                    if (box.onGrid() && spare > 2 * grid - 0.5f) {
                        page.shrinkable++;
                    }
                    if (page.recording) {
                        page.gapSpaces.add(spare);
                    }
                    if (page.gaps < adjust.length) {
                        y += adjust[page.gaps] * grid;
                    }
                    page.gaps++;
                }
                page.notes.takeRestFor(box.footnotes(), y);
                if (y > page.notes.limit(box.footnotes()) && page.placeSplitting(box, y)) {
                    continue;
                }
                float limit = page.notes.limit(box.footnotes());
                if (y > limit + page.overflow(box, anyEnd) && !page.isEmpty()) {
                    Start farNext = farStart(farEnd, pagePath, deferred, farDeferred, farCarried);
                    if (!nearOffered) {
                        offerFar(farEnd, farNext, ends);
                    }
                    if (!anyEnd && placedFirst > 0) {
                        return fill(items, start, pageIndex, stopAt, adjust, offered, placedFirst - 1);
                    }
                    if (!anyEnd) {
                        ends.accept(end(page, j, Kind.EMERGENCY, 0,
                                new Start(j, false, pagePath, deferred, page.notes.overleaf())));
                    }
                    ends.someInside(farEnd, farNext, beforeFoot);
                    page.path = pagePath;
                    return page;
                }
                if (y > limit && !page.isEmpty()) {
                    if (j == stopAt) {
                        page.path = pagePath; // the page the breaker took ending before this line (beforeFoot)
                        return page;
                    }
                    if (!page.overflowed) {
                        beforeFoot = end(page, j, Kind.EMERGENCY, 0,
                                new Start(j, false, pagePath, deferred, page.notes.overleaf()));
                    }
                    page.overflowed = true;
                }
                page.place(box, y);
            }
        }
        ends.accept(end(page, items.size(), Kind.LAST, 0,
                new Start(items.size(), false, pagePath, deferred, page.notes.overleaf())));
        if (ends.lacksInside()) {
            ends.someInside(farEnd, farStart(farEnd, pagePath, deferred, farDeferred, farCarried), beforeFoot);
        }
        page.path = pagePath;
        page.endedAt = items.size();
        return page;
    }

    /**
     * A page that holds a turned table's page alone: it ends there, and the page after it
     * starts where {@code start} did (or after the table, when it came there), with the
     * floats still waiting.
     */
    private Page turnedPage(Page page, FlowItem.Turned turned, Start start, List<Integer> deferred, Ends ends) {
        page.turn(turned);
        Start next = new Start(start.item(), start.forced(), start.pagePath(), deferred, start.carried());
        ends.accept(new End(start.item(), Kind.TURNED, 0, page.lines, 0, 0, false, 0, 0, Reset.NONE, next));
        page.path = start.pagePath();
        page.endedAt = start.item();
        return page;
    }

    /** Where the page after the far end starts: the floats and note lines waiting there. */
    private static Start farStart(End far, String pagePath, List<Integer> deferred, int farDeferred,
                                  List<FlowItem.Box> farCarried) {
        return far == null ? null : new Start(far.item() + 1, false, pagePath, deferred.subList(0, farDeferred), farCarried);
    }

    /**
     * The ends a filling offers, and whether one keeps the text inside the foot: it is short,
     * or it runs a line past the foot that a space closing by one or a paragraph set a line
     * shorter gives back. The breaker takes a page a line long only beside another that is,
     * never at a chapter's opening or end (see {@link PageBreaker}): a page that offered no
     * other end would leave the book no way through, and no page at all.
     */
    private static final class Offers implements Ends {
        private final Ends out;
        private boolean inside;

        Offers(Ends out) {
            this.out = out;
        }

        @Override
        public void accept(End end) {
            inside |= end.short_() >= 0 || end.closable() > 0 || end.reset().oneHigher() >= 0;
            out.accept(end);
        }

        /** Whether every end offered so far runs a line long (asked first, so that a start is made only when needed). */
        boolean lacksInside() {
            return !inside;
        }

        /**
         * When every end offered runs a line long: the far end, or else the page ending
         * before its first line past the foot.
         */
        void someInside(End far, Start farNext, End beforeFoot) {
            if (inside) {
                return;
            }
            if (far != null) {
                offerFar(far, farNext, this);
            } else if (beforeFoot != null) {
                accept(beforeFoot);
            }
        }
    }

    /** The end nearest the foot when it is further than {@link #MOST_SHORT} lines from it. */
    private static void offerFar(End far, Start next, Ends ends) {
        if (far != null) {
            ends.accept(new End(far.item(), far.kind(), far.cost(), far.lines(), far.short_(), far.foot(),
                    far.splitNote(), far.gaps(), far.closable(), far.reset(), next));
        }
    }

    private End end(Page page, int item, Kind kind, int cost, Start next) {
        int shortLines = page.overflowed ? -1 : page.emptyGridLines();
        Reset reset = page.longer1 < 0 && page.shorter1 < 0 ? Reset.NONE
                : new Reset(page.longer1, page.longer2 < 0 ? -1 : page.longer1 + page.longer2, page.shorter1);
        return new End(item, kind, cost, page.lines, shortLines, page.notes.hasLines() ? 0 : shortLines,
                page.notes.splitsNote(), page.gaps, page.shrinkable, reset, next);
    }

    /** The first grid line at or below {@code y}. */
    private float snap(float y) {
        float k = (float) Math.ceil((y - firstBaseline) / grid - 0.001f);
        return firstBaseline + Math.max(0, k) * grid;
    }

    /** A page being filled: its text column here, its notes in its {@link FootnoteArea}. */
    final class Page {
        final FootnoteArea notes;
        final List<LaidOutPage.Placed> placed = new ArrayList<>();
        boolean turned; // holds a table's page turned a quarter, and nothing else
        String path;
        int lines;
        float baseline;
        float glue;          // the largest positive space met since the last box
        float negativeGlue;  // and the most negative: CSS margins collapse this way
        boolean keepTopSpace; // after a forced break, space at the top of the page stays
        int gaps;          // spaces between blocks met so far
        int shrinkable;    // of which leaving two empty grid lines or more
        boolean overflowed; // a line stands a grid line past the foot (see overflow)
        final List<Float> gapSpaces = new ArrayList<>(); // their white space, on the page that is set

        final boolean recording; // frames are kept only for the page that is set
        final boolean mayRunLong;
        final int startItem;
        int endedAt = -1; // the penalty, forced break or end of the list the page ended at; -1 before a line that did not fit
        // of the paragraphs whole on the page: the two cheapest a line longer, the cheapest a line shorter
        int longer1 = -1;
        int longer2 = -1;
        int shorter1 = -1;
        final List<FlowParagraph> whole = new ArrayList<>(); // on the page that is set

        /** {@code bottom}: the lowest baseline a line may have when the page has no notes. */
        Page(float bottom, boolean keepTopSpace, boolean recording, boolean mayRunLong, int startItem) {
            this.notes = new FootnoteArea(footnotes, bottom, firstBaseline, grid);
            this.startItem = startItem;
            this.mayRunLong = mayRunLong;
            this.recording = recording;
            this.keepTopSpace = keepTopSpace;
        }

        /** Whether no line or figure is on the page yet (notes continued from before may be). */
        boolean isEmpty() {
            return lines == 0;
        }

        boolean hasContent() {
            return lines > 0 || notes.hasLines();
        }

        /** Whole grid lines free between the last line and the lowest place a line may take. */
        int emptyGridLines() {
            float limit = notes.textFoot();
            return Math.max(0, (int) Math.floor((limit - baseline) / grid + 0.01f));
        }

        /**
         * How far past the foot {@code box} may go: a grid line, for a page with no notes
         * (whose place is the foot) that has a space between blocks that can close by one or
         * a paragraph that can be set a line shorter, or that could end higher (a page a line
         * long is a last resort: it needs a partner).
         */
        float overflow(FlowItem.Box box, boolean mayEndHigher) {
            boolean free = notes.isEmpty() && box.footnotes().isEmpty();
            // the last line of a paragraph that began on this page and can be set a line shorter
            FlowParagraph ends = box.ends();
            boolean itselfShorter = ends != null && ends.tighter() != null && ends.first() >= startItem;
            return free && (shrinkable > 0 || shorter1 >= 0 || itselfShorter || mayRunLong && mayEndHigher) ? grid : 0;
        }

        /** The footnotes at the foot of the page, under a short rule; the last line on the bottom. */
        void placeNotes() {
            notes.place(placed, master.measure());
        }

        /**
         * Places a line whose notes do not all fit below it by letting its last note go on
         * overleaf (see {@link FootnoteArea#callSplitting}). Returns whether the line was placed.
         */
        boolean placeSplitting(FlowItem.Box box, float y) {
            if (!notes.callSplitting(box.footnotes(), y)) {
                return false;
            }
            placeLine(box, y);
            return true;
        }

        void glue(float height) {
            if (!isEmpty() || keepTopSpace) {
                glue = Math.max(glue, height);
                negativeGlue = Math.min(negativeGlue, height);
            }
        }

        /** Where the box's baseline would go. */
        float position(FlowItem.Box box, float after, float space) {
            float y = isEmpty() && after == baseline
                    ? Math.max(0, space) + firstBaseline + box.height() - grid
                    : after + space + box.height();
            return box.onGrid() ? snap(y) : y;
        }

        float next(FlowItem.Box box) {
            return position(box, baseline, glue + negativeGlue);
        }

        /** Fills the page with a turned table's page: nothing else goes on it. */
        void turn(FlowItem.Turned turnedPage) {
            if (recording) {
                for (FlowItem.Sheet f : turnedPage.frames()) {
                    placed.add(new LaidOutPage.Placed(f.frame(), f.baseline()));
                }
            }
            turned = true;
            lines++;
        }

        /** Places a line and brings its notes to the foot. */
        void place(FlowItem.Box box, float y) {
            notes.call(box.footnotes());
            placeLine(box, y);
        }

        private void placeLine(FlowItem.Box box, float y) {
            if (recording) {
                for (Frame f : box.frames()) {
                    placed.add(new LaidOutPage.Placed(f, y));
                }
            }
            lines++;
            baseline = y;
            glue = 0;
            negativeGlue = 0;
            FlowParagraph ended = box.ends();
            if (ended != null && ended.first() >= startItem) {
                whole(ended);
            }
        }

        private void whole(FlowParagraph paragraph) {
            if (recording) {
                whole.add(paragraph);
            }
            FlowParagraph.Setting looser = paragraph.looser();
            if (looser != null) {
                int c = looser.cost();
                if (longer1 < 0 || c < longer1) {
                    longer2 = longer1;
                    longer1 = c;
                } else if (longer2 < 0 || c < longer2) {
                    longer2 = c;
                }
            }
            FlowParagraph.Setting tighter = paragraph.tighter();
            if (tighter != null && (shorter1 < 0 || tighter.cost() < shorter1)) {
                shorter1 = tighter.cost();
            }
        }

        /** Whether a float's boxes fit below what is on the page. */
        boolean fits(FlowItem.Float f) {
            float y = baseline;
            float space = glue + negativeGlue;
            boolean first = true;
            for (FlowItem item : f.content()) {
                if (item instanceof FlowItem.Glue g) {
                    space = Math.max(space, g.height());
                } else if (item instanceof FlowItem.Box box) {
                    y = first ? position(box, baseline, space) : snapIf(box, y + space + box.height());
                    first = false;
                    space = 0;
                }
            }
            return y <= notes.limit(List.of());
        }

        void place(FlowItem.Float f) {
            for (FlowItem item : f.content()) {
                if (item instanceof FlowItem.Glue g) {
                    glue(g.height());
                } else if (item instanceof FlowItem.Box box) {
                    place(box, next(box));
                }
            }
        }

        private float snapIf(FlowItem.Box box, float y) {
            return box.onGrid() ? snap(y) : y;
        }
    }
}
