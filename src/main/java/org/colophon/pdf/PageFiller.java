package org.colophon.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fills one page from a given place in the vertical list and reports every place where
 * the page may end, with what the page holds there; the {@link PageBreaker} chooses among
 * them. Lines on the grid have their baselines snapped to it, so body text lines up across
 * pages and spreads. A float (a figure with its caption) that does not fit waits for the
 * top of the next page while the text goes on. Footnotes called on a line go to the foot
 * of its page, under a rule, ending on the last grid line.
 */
final class PageFiller {

    /** Ends leaving more grid lines empty than this are offered only when the page has no other. */
    static final int MOST_SHORT = 4;

    /** What the page after a break starts from. */
    record Start(int item, boolean forced, String pagePath, List<Integer> deferred) {
        Start {
            deferred = List.copyOf(deferred);
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
        /** a forced break to a recto (verso) met at the top of a verso (recto): a blank page */
        BLANK
    }

    /**
     * A place the page may end.
     *
     * @param item      the penalty or forced break where it ends ({@code items.size()} at the end)
     * @param cost      the penalty's cost
     * @param lines     boxes on the page
     * @param short_    whole grid lines left empty between the text and the foot (or its notes)
     * @param foot      whole grid lines left empty at the very foot of the page (0 when it has notes)
     * @param next      where the next page starts
     */
    record End(int item, Kind kind, int cost, int lines, int short_, int foot, Start next) {}

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
     * the first line that does not fit, at the end of the list, or at the penalty
     * {@code stopAt}; a page with a {@code stopAt} (-1 for none) keeps its frames. Returns
     * what is on the page when it stopped.
     */
    Page fill(List<FlowItem> items, Start start, int pageIndex, int stopAt, Ends ends) {
        Page page = new Page(master.textHeight(pageIndex) + 0.01f, start.forced(), stopAt >= 0);
        List<Integer> deferred = new ArrayList<>(start.deferred());
        String pagePath = start.pagePath();
        // floats that waited go first, as many as fit
        while (!deferred.isEmpty()) {
            FlowItem.Float f = (FlowItem.Float) items.get(deferred.get(0));
            if (!page.isEmpty() && !page.fits(f)) {
                break;
            }
            page.place(f);
            deferred.remove(0);
        }
        boolean anyEnd = false;
        End farEnd = null;
        boolean nearOffered = false;
        int farDeferred = 0;
        for (int j = start.item(); j < items.size(); j++) {
            FlowItem item = items.get(j);
            if (item instanceof FlowItem.Glue g) {
                page.glue(g.height());
            } else if (item instanceof FlowItem.ForcedBreak f) {
                if (!page.isEmpty() || !deferred.isEmpty()) {
                    // floats of this part of the book stay in it
                    ends.accept(end(page, j, Kind.FORCED, 0, new Start(j, true, pagePath, deferred)));
                    page.path = pagePath;
                    return page;
                }
                if (f.wrongSide(pageIndex)) {
                    ends.accept(new End(j, Kind.BLANK, 0, 0, 0, 0, new Start(j, true, pagePath, deferred)));
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
                        return page;
                    }
                    if (page.emptyGridLines() <= MOST_SHORT) {
                        nearOffered = true;
                        ends.accept(end(page, j, Kind.NATURAL, p.cost(), new Start(j + 1, false, pagePath, deferred)));
                    } else {
                        // far from the foot: offered only if the page has no better end
                        farEnd = end(page, j, Kind.NATURAL, p.cost(), null);
                        farDeferred = deferred.size();
                    }
                }
            } else if (item instanceof FlowItem.Float f) {
                if (page.isEmpty() || (deferred.isEmpty() && page.fits(f))) {
                    page.place(f);
                } else {
                    deferred.add(j);
                }
            } else if (item instanceof FlowItem.Box box) {
                float y = page.next(box);
                if (y > page.limit(box.footnotes()) && !page.isEmpty()) {
                    if (!nearOffered) {
                        offerFar(farEnd, farDeferred, pagePath, deferred, ends);
                    }
                    if (!anyEnd) {
                        ends.accept(end(page, j, Kind.EMERGENCY, 0, new Start(j, false, pagePath, deferred)));
                    }
                    page.path = pagePath;
                    return page;
                }
                page.place(box, y);
            }
        }
        ends.accept(end(page, items.size(), Kind.LAST, 0, new Start(items.size(), false, pagePath, deferred)));
        page.path = pagePath;
        return page;
    }

    /** The end nearest the foot when it is further than {@link #MOST_SHORT} lines from it. */
    private static void offerFar(End far, int deferredCount, String pagePath, List<Integer> deferred, Ends ends) {
        if (far != null) {
            Start next = new Start(far.item() + 1, false, pagePath, deferred.subList(0, deferredCount));
            ends.accept(new End(far.item(), far.kind(), far.cost(), far.lines(), far.short_(), far.foot(), next));
        }
    }

    private End end(Page page, int item, Kind kind, int cost, Start next) {
        int shortLines = page.emptyGridLines();
        return new End(item, kind, cost, page.lines, shortLines, page.notes.isEmpty() ? shortLines : 0, next);
    }

    /** Space between the text and the footnotes, where the separator rule sits. */
    private float separatorSpace() {
        return grid;
    }

    /** Height of a footnote's lines. */
    private float noteHeight(String id) {
        float h = 0;
        for (FlowItem.Box box : footnotes.getOrDefault(id, List.of())) {
            h += box.height();
        }
        return h;
    }

    /** The first grid line at or below {@code y}. */
    private float snap(float y) {
        float k = (float) Math.ceil((y - firstBaseline) / grid - 0.001f);
        return firstBaseline + Math.max(0, k) * grid;
    }

    /** A page being filled. */
    final class Page {
        final float bottom;
        final float noteBottom;
        final List<LaidOutPage.Placed> placed = new ArrayList<>();
        String path;
        int lines;
        float baseline;
        float glue;          // the largest positive space met since the last box
        float negativeGlue;  // and the most negative: CSS margins collapse this way
        boolean keepTopSpace; // after a forced break, space at the top of the page stays
        final List<String> notes = new ArrayList<>(); // footnotes called on this page, in order
        float notesHeight;

        final boolean recording; // frames are kept only for the page that is set

        Page(float bottom, boolean keepTopSpace, boolean recording) {
            this.bottom = bottom;
            this.recording = recording;
            this.keepTopSpace = keepTopSpace;
            // footnotes end on the last grid line, where a full page's text would end
            this.noteBottom = firstBaseline + (float) Math.floor((bottom - firstBaseline) / grid) * grid;
        }

        boolean isEmpty() {
            return lines == 0;
        }

        /** Whole grid lines free between the last line and the lowest place a line may take. */
        int emptyGridLines() {
            float limit = notesHeight == 0 ? noteBottom : noteBottom - notesHeight - separatorSpace();
            return Math.max(0, (int) Math.floor((limit - baseline) / grid + 0.01f));
        }

        /** The lowest baseline a line calling {@code calls} may have, leaving room for the notes. */
        float limit(List<String> calls) {
            float extra = 0;
            for (String id : calls) {
                if (footnotes.containsKey(id) && !notes.contains(id)) {
                    extra += noteHeight(id);
                }
            }
            float total = notesHeight + extra;
            return total == 0 ? bottom : noteBottom - total - separatorSpace();
        }

        /** The footnotes at the foot of the page, under a short rule; the last line on the bottom. */
        void placeNotes() {
            if (notes.isEmpty()) {
                return;
            }
            float y = noteBottom - notesHeight;
            placed.add(new LaidOutPage.Placed(new Frame.Rule(0, 0, master.measure() / 4),
                    y - separatorSpace() / 2));
            for (String id : notes) {
                for (FlowItem.Box box : footnotes.get(id)) {
                    y += box.height();
                    for (Frame f : box.frames()) {
                        placed.add(new LaidOutPage.Placed(f, y));
                    }
                }
            }
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

        void place(FlowItem.Box box, float y) {
            if (recording) {
                for (Frame f : box.frames()) {
                    placed.add(new LaidOutPage.Placed(f, y));
                }
            }
            for (String id : box.footnotes()) {
                if (footnotes.containsKey(id) && !notes.contains(id)) {
                    notes.add(id);
                    notesHeight += noteHeight(id);
                }
            }
            lines++;
            baseline = y;
            glue = 0;
            negativeGlue = 0;
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
            return y <= limit(List.of());
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
