package org.colophon.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Breaks the vertical list into pages, first fit: boxes fill a page until the next one
 * would not fit, and the page then ends at the last allowed break (a penalty below
 * {@link FlowItem#NEVER}); only when the page has no allowed break does it end at the
 * overflowing box. Lines on the grid have their baselines snapped to it, so body text
 * lines up across pages and spreads. A float (a figure with its caption) that does not
 * fit waits for the top of the next page while the text goes on. A later total-fit
 * breaker can replace this class and keep the same input and output.
 */
final class PageBreaker {

    private final PageMaster master;
    private final float grid;
    private final float firstBaseline;
    private final Map<String, List<FlowItem.Box>> footnotes;

    /**
     * @param grid          the body line height: distance between grid lines
     * @param firstBaseline the first grid line, from the top of the text block
     * @param footnotes     the lines of each footnote, by id; a line that calls a note
     *                      brings it to the foot of its page
     */
    PageBreaker(PageMaster master, float grid, float firstBaseline, Map<String, List<FlowItem.Box>> footnotes) {
        this.master = master;
        this.grid = grid;
        this.firstBaseline = firstBaseline;
        this.footnotes = footnotes;
    }

    PageBreaker(PageMaster master, float grid, float firstBaseline) {
        this(master, grid, firstBaseline, Map.of());
    }

    /** Height of a footnote's lines. */
    private float noteHeight(String id) {
        float h = 0;
        for (FlowItem.Box box : footnotes.getOrDefault(id, List.of())) {
            h += box.height();
        }
        return h;
    }

    /** A page being filled. */
    private final class Page {
        final float bottom;
        final float noteBottom;
        final List<LaidOutPage.Placed> placed = new ArrayList<>();
        float baseline;
        float glue;          // the largest positive space met since the last box
        float negativeGlue;  // and the most negative: CSS margins collapse this way
        boolean keepTopSpace; // after a forced break, space at the top of the page stays
        final List<String> notes = new ArrayList<>(); // footnotes called on this page, in order
        float notesHeight;

        Page(float bottom, boolean keepTopSpace) {
            this.bottom = bottom;
            this.keepTopSpace = keepTopSpace;
            // footnotes end on the last grid line, where a full page's text would end
            this.noteBottom = firstBaseline + (float) Math.floor((bottom - firstBaseline) / grid) * grid;
        }

        boolean isEmpty() {
            return placed.isEmpty();
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

        void keepNotesUpTo(int count) {
            notes.subList(count, notes.size()).clear();
            notesHeight = 0;
            for (String id : notes) {
                notesHeight += noteHeight(id);
            }
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
            if (!placed.isEmpty() || keepTopSpace) {
                glue = Math.max(glue, height);
                negativeGlue = Math.min(negativeGlue, height);
            }
        }

        /** Where the box's baseline would go. */
        float position(FlowItem.Box box, float after, float space) {
            float y = placed.isEmpty() && after == baseline
                    ? Math.max(0, space) + firstBaseline + box.height() - grid
                    : after + space + box.height();
            return box.onGrid() ? snap(y) : y;
        }

        float next(FlowItem.Box box) {
            return position(box, baseline, glue + negativeGlue);
        }

        void place(FlowItem.Box box, float y) {
            for (Frame f : box.frames()) {
                placed.add(new LaidOutPage.Placed(f, y));
            }
            for (String id : box.footnotes()) {
                if (footnotes.containsKey(id) && !notes.contains(id)) {
                    notes.add(id);
                    notesHeight += noteHeight(id);
                }
            }
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

    private record Mark(int item, int placedCount, int noteCount) {}

    /** Space between the text and the footnotes, where the separator rule sits. */
    private float separatorSpace() {
        return grid;
    }

    List<LaidOutPage> breakPages(List<FlowItem> items) {
        List<LaidOutPage> pages = new ArrayList<>();
        List<Integer> deferred = new ArrayList<>(); // floats waiting for the next page, by item index
        int start = 0;
        boolean forced = true;
        String pagePath = null;
        while (start < items.size() || !deferred.isEmpty()) {
            int pageIndex = pages.size();
            Page page = new Page(master.textHeight(pageIndex) + 0.01f, forced);
            // floats that waited go first, as many as fit
            while (!deferred.isEmpty()) {
                FlowItem.Float f = (FlowItem.Float) items.get(deferred.get(0));
                if (!page.isEmpty() && !page.fits(f)) {
                    break;
                }
                page.place(f);
                deferred.remove(0);
            }
            Mark lastBreak = null;
            int next = items.size();
            boolean nextForced = false;
            String startPath = pagePath;
            for (int j = start; j < items.size(); j++) {
                FlowItem item = items.get(j);
                if (item instanceof FlowItem.Glue g) {
                    page.glue(g.height());
                } else if (item instanceof FlowItem.ForcedBreak f) {
                    if (!page.isEmpty() || !deferred.isEmpty()) {
                        next = j; // floats of this part of the book stay in it
                        nextForced = true;
                        break;
                    }
                    if (f.wrongSide(pageIndex)) {
                        pages.add(new LaidOutPage(pageIndex, pagePath, List.of())); // a blank page
                        next = j;
                        nextForced = true;
                        break;
                    }
                    page.keepTopSpace = true;
                    page.glue = 0;
                    page.negativeGlue = 0;
                    if (f.pagePath() != null) {
                        pagePath = f.pagePath();
                        startPath = pagePath;
                    }
                } else if (item instanceof FlowItem.Penalty p) {
                    if (p.cost() < FlowItem.NEVER && !page.isEmpty()) {
                        lastBreak = new Mark(j, page.placed.size(), page.notes.size());
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
                        if (lastBreak != null) {
                            int mark = lastBreak.item();
                            page.placed.subList(lastBreak.placedCount(), page.placed.size()).clear();
                            page.keepNotesUpTo(lastBreak.noteCount());
                            deferred.removeIf(index -> index > mark);
                            next = mark + 1;
                        } else {
                            next = j;
                        }
                        nextForced = false;
                        break;
                    }
                    page.place(box, y);
                }
            }
            if (!page.isEmpty()) {
                page.placeNotes();
                pages.add(new LaidOutPage(pageIndex, startPath, page.placed));
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
