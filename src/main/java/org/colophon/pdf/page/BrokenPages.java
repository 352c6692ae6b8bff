package org.colophon.pdf.page;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.colophon.pdf.flow.FlowItem;

/**
 * What the page breaker of one build keeps for the next build of the same book: the
 * states its program had reached at each chapter's opening (a forced break no page
 * crossed), with the items they were reached on. A chapter opens on a new page, so those
 * states depend only on the items up to the opening: a rebuild whose items are the same
 * up to an opening (an edit further on) starts its program there, with those states, and
 * breaks into pages only what follows; the pages before are then filled again from its
 * own items, along the way the program chooses. The items are compared by
 * {@link SameForPages}, which is what the breaker reads of them, so the pages are a clean
 * build's. For one build at a time.
 */
public final class BrokenPages {

    private List<FlowItem> items = List.of();
    private Map<String, List<FlowItem.Box>> footnotes = Map.of();
    private PageMaster master;
    private float grid;
    private float firstBaseline;
    /** The states at each opening, never worked on (the breaker works on copies). */
    private TreeMap<Integer, List<PageBreaker.Node>> openings = new TreeMap<>();
    private TreeMap<Integer, List<PageBreaker.Node>> kept = new TreeMap<>();
    private int restoredAt;

    /**
     * Puts in {@code nodes} the states of the last opening up to which {@code newItems}
     * are those of the last build, as copies the program may work on, and returns its
     * item; 0 when there is none (or the master or the grid changed): the program starts
     * from the beginning.
     */
    int restore(List<FlowItem> newItems, Map<String, List<FlowItem.Box>> newFootnotes, PageMaster newMaster,
                float newGrid, float newFirstBaseline, List<PageBreaker.Node>[] nodes) {
        kept = new TreeMap<>();
        restoredAt = 0;
        if (openings.isEmpty() || !newMaster.equals(master) || Float.compare(newGrid, grid) != 0
                || Float.compare(newFirstBaseline, firstBaseline) != 0) {
            return 0;
        }
        SameForPages same = new SameForPages(footnotes, newFootnotes);
        int last = Math.min(openings.lastKey(), newItems.size() - 1);
        int equalUpTo = -1; // items 0..equalUpTo are the same
        while (equalUpTo < last && same.items(items.get(equalUpTo + 1), newItems.get(equalUpTo + 1))) {
            equalUpTo++;
        }
        Integer at = openings.floorKey(equalUpTo);
        if (at == null || at == 0) {
            return 0;
        }
        // the ways to those states, on this build's note lines (a state carries those that go overleaf)
        Map<PageBreaker.Node, PageBreaker.Node> copies = new IdentityHashMap<>();
        TreeMap<Integer, List<PageBreaker.Node>> moved = new TreeMap<>();
        for (Map.Entry<Integer, List<PageBreaker.Node>> e : openings.headMap(at, true).entrySet()) {
            List<PageBreaker.Node> states = new ArrayList<>();
            for (PageBreaker.Node node : e.getValue()) {
                PageBreaker.Node copy = moved(node, same, copies);
                if (copy == null) {
                    return 0; // a note line not among this build's: start from the beginning
                }
                states.add(copy);
            }
            moved.put(e.getKey(), states);
        }
        kept.putAll(moved);
        List<PageBreaker.Node> here = new ArrayList<>();
        for (PageBreaker.Node node : moved.get(at)) {
            here.add(node.copy(node.start, node.previous));
        }
        nodes[at] = here;
        restoredAt = at;
        return at;
    }

    /** {@code node} and the way to it with this build's note lines, or null when one is not among them. */
    private static PageBreaker.Node moved(PageBreaker.Node node, SameForPages same,
                                          Map<PageBreaker.Node, PageBreaker.Node> copies) {
        if (node == null) {
            return null;
        }
        PageBreaker.Node done = copies.get(node);
        if (done != null) {
            return done;
        }
        // the way back, iteratively: a book's way is a state per page
        List<PageBreaker.Node> way = new ArrayList<>();
        for (PageBreaker.Node n = node; n != null && !copies.containsKey(n); n = n.previous) {
            way.add(n);
        }
        for (int k = way.size() - 1; k >= 0; k--) {
            PageBreaker.Node n = way.get(k);
            List<FlowItem.Box> carried = new ArrayList<>(n.start.carried().size());
            for (FlowItem.Box box : n.start.carried()) {
                FlowItem.Box now = same.counterpart(box);
                if (now == null) {
                    return null;
                }
                carried.add(now);
            }
            PageFiller.Start start = new PageFiller.Start(n.start.item(), n.start.forced(), n.start.pagePath(),
                    n.start.deferred(), carried);
            copies.put(n, n.copy(start, n.previous == null ? null : copies.get(n.previous)));
        }
        return copies.get(node);
    }

    /** Keeps the states at an opening, before the program works on them. */
    void keep(int item, List<PageBreaker.Node> states) {
        if (item <= restoredAt) {
            return; // those of the last build, moved onto this one's items
        }
        List<PageBreaker.Node> copies = new ArrayList<>(states.size());
        for (PageBreaker.Node node : states) {
            copies.add(node.copy(node.start, node.previous));
        }
        kept.put(item, copies);
    }

    /** The program is done: what it kept, with its items, is what the next build starts from. */
    void finish(List<FlowItem> newItems, Map<String, List<FlowItem.Box>> newFootnotes, PageMaster newMaster,
                float newGrid, float newFirstBaseline) {
        items = newItems;
        footnotes = newFootnotes;
        master = newMaster;
        grid = newGrid;
        firstBaseline = newFirstBaseline;
        openings = kept;
        kept = new TreeMap<>();
    }

    /** The opening the last build's program started from (0: the beginning), for tests. */
    public int restoredAt() {
        return restoredAt;
    }
}
