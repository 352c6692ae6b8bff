package org.colophon.pdf.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.colophon.pdf.flow.FlowItem;
import org.colophon.pdf.flow.FlowParagraph;
import org.colophon.pdf.flow.Frame;

/**
 * Breaks the vertical list into pages, total fit: every page that may end at a penalty is
 * weighed against the others by a dynamic program over the whole book, in the manner of
 * Knuth and Plass's line breaking (as FOP does for pages). A way of breaking costs
 * demerits: the penalty of each break (a widow or an orphan costs more than anything but
 * a very short page), the two pages of a spread ending on different baselines, a spread
 * run a line long, grid lines left empty at the foot of a page that is not a chapter's
 * last (more than any setting that would fill it: a page inside a chapter is full unless
 * every way of filling it leaves a widow, an orphan or a heading at its foot), and a
 * chapter's last page that holds only a line or two. A chapter's last page ends where its
 * text ends: the spread it belongs to is not measured, nor is a chapter's opening beside
 * the last page of the chapter before. Each page that still ends short is given its
 * reason ({@link ShortFoot}) for the typesetting report.
 *
 * <p>To line a spread up where the paragraphs leave no break at the right line, a page may
 * also take one of its paragraphs set a line longer or shorter (TeX's {@code \looseness},
 * as a compositor would: {@link FlowParagraph}), open a space between blocks (above a
 * quotation, a heading, a scene break) by a grid line, close one of two grid lines or more
 * by one, or, as a last resort, run a line long beside a page that does too (never at a
 * chapter's opening or end). A page ends at most two lines lower so. A widow or an orphan
 * costs more than all of these and more than a spread that does not line up.
 *
 * <p>The program's states are the break, whether the next page is a verso or a recto
 * and, after a verso, how short (or long) that verso ran; a state keeps the cheapest way there.
 * {@link PageFiller} fills the pages and reports where each may end.
 */
public final class PageBreaker {

    /** Demerits per point of a break's penalty. */
    private static final int PENALTY_WEIGHT = 20;
    /** A page that must break before a line that does not fit, without an allowed break. */
    private static final int EMERGENCY = 400_000;
    /** A footnote that goes on overleaf: better than a page two lines short, worse than one. */
    private static final int SPLIT_NOTE = 18_000;
    /** Spaces between blocks a page may open by a grid line each, to end lower. */
    private static final int MOST_OPENED = 2;
    /** Grid lines a page may end lower by opening spaces and setting paragraphs a line longer. */
    private static final int MOST_LOWER = 2;
    /**
     * Per grid line a page with footnotes runs short, on top of {@link #shortPage}: the notes
     * keep to the foot, so the empty lines stand between the text and the notes, where they
     * show more than at the foot of a page.
     */
    private static final int HOLE_ABOVE_NOTES = 9_000;
    /** Per grid line of difference between the feet of a spread's two pages. */
    private static final int SPREAD_MISMATCH = 60_000;

    private final PageMaster master;
    private final PageFiller filler;
    private final float grid;
    private final float firstBaseline;
    private final Map<String, List<FlowItem.Box>> footnotes;
    private final BrokenPages earlier; // null: nothing kept from or for another build
    /** The farthest item a page's end has reached so far: no state of the program lies beyond it. */
    private int farthest;

    /**
     * @param grid          the body line height: distance between grid lines
     * @param firstBaseline the first grid line, from the top of the text block
     * @param footnotes     the lines of each footnote, by id; a line that calls a note
     *                      brings it to the foot of its page
     */
    public PageBreaker(PageMaster master, float grid, float firstBaseline, Map<String, List<FlowItem.Box>> footnotes) {
        this(master, grid, firstBaseline, footnotes, null);
    }

    /**
     * {@code earlier}: the states of the program an earlier build of the same book reached at
     * its chapters' openings, from which this one starts again where its items are the same
     * (null for none); it keeps this build's.
     */
    public PageBreaker(PageMaster master, float grid, float firstBaseline, Map<String, List<FlowItem.Box>> footnotes,
                       BrokenPages earlier) {
        this.master = master;
        this.grid = grid;
        this.firstBaseline = firstBaseline;
        this.footnotes = footnotes;
        this.earlier = earlier;
        this.filler = new PageFiller(master, grid, firstBaseline, footnotes);
    }

    public PageBreaker(PageMaster master, float grid, float firstBaseline) {
        this(master, grid, firstBaseline, Map.of());
    }

    /**
     * Demerits of a page that is not a chapter's last and leaves {@code lines} grid lines
     * empty; -1 for a page a line long, which only a spread of two such pages may have: more
     * than a spread a line short, less than a spread that does not line up.
     */
    static int shortPage(int lines) {
        return switch (lines) {
            case -1 -> 20_000;
            case 0 -> 0;
            default -> SHORT_LINE + FURTHER_LINE * (lines - 1);
        };
    }

    /**
     * Demerits of a page whose spaces between blocks open by {@code lines} grid lines in all:
     * worse than a spread a line short (one looks for it), better than a page two lines
     * short or a spread that does not line up.
     */
    static int openedSpaces(int lines) {
        return lines < 0 ? CLOSED_SPACE * -lines : 2_000 * lines * lines;
    }

    /** A space between blocks two grid lines high or more that closes by one, for the text to end lower. */
    private static final int CLOSED_SPACE = 3_000;

    /** Demerits of a chapter's last page holding {@code lines} lines. */
    static int lastPage(int lines) {
        return switch (lines) {
            case 1 -> 35_000; // a line alone on a page, as a widow is: more than a spread a line short
            case 2 -> 1_500;
            case 3 -> 300;
            case 4 -> 40;
            default -> 0;
        };
    }

    /**
     * A page a grid line short: more than any setting that fills it (a paragraph a line
     * longer or shorter, a space opened or closed by a line), less than a spread a line long
     * (both its pages pay), a widow or an orphan.
     */
    private static final int SHORT_LINE = 15_000;
    /**
     * Each further line short: a spread three lines short on both pages still costs less
     * than a widow or an orphan, as it did before full pages came first.
     */
    private static final int FURTHER_LINE = 6_000;

    /**
     * A page that ends short where it could have ended lower without a fault: of two ways
     * that leave a page short, the one where the page could not be filled (a widow, an
     * orphan, a heading at the foot), so that the report can say why.
     */
    private static final int AVOIDABLE = 1_000;

    /** No verso waits for the recto beside it. */
    private static final int NONE = Integer.MIN_VALUE;

    /** A state of the program: a page may start here. Not changed once worked on, but for {@link #done}. */
    static final class Node {
        final PageFiller.Start start;
        final boolean firstPage;
        final int parity;   // of the index of the page that starts here
        final int pending;  // after a verso that is not a chapter's last: its empty grid lines at the foot
                            // (-1: a line long); else NONE
        long demerits;
        Node previous;
        PageFiller.End end;  // how the page before ended, leading here
        int opened;          // grid lines by which that page opened its spaces between blocks
        int reset;           // lines by which that page's paragraphs were set longer (shorter when negative)
        boolean blankBefore; // a blank page came before the page that ended so
        boolean done;

        Node(PageFiller.Start start, boolean firstPage, int parity, int pending) {
            this.start = start;
            this.firstPage = firstPage;
            this.parity = parity;
            this.pending = pending;
        }

        /** The same state, not worked on, starting at {@code start}: the way to it is the same. */
        Node copy(PageFiller.Start start, Node previous) {
            Node node = new Node(start, firstPage, parity, pending);
            node.demerits = demerits;
            node.previous = previous;
            node.end = end;
            node.opened = opened;
            node.reset = reset;
            node.blankBefore = blankBefore;
            return node;
        }

        boolean sameState(PageFiller.Start s, int parity, int pending) {
            return start.forced() == s.forced() && this.parity == parity && this.pending == pending
                    && start.waiting() == s.waiting() && !firstPage;
        }
    }

    public List<LaidOutPage> breakPages(List<FlowItem> items) {
        int n = items.size();
        @SuppressWarnings("unchecked")
        List<Node>[] nodes = new List[n + 1];
        int from = earlier == null ? 0 : earlier.restore(items, footnotes, master, grid, firstBaseline, nodes);
        if (from == 0) {
            Node first = new Node(new PageFiller.Start(0, true, null, List.of()), true, 0, NONE);
            nodes[0] = new ArrayList<>(List.of(first));
        }
        farthest = from;
        Node best = null;
        for (int i = from; i <= n; i++) {
            List<Node> here = nodes[i];
            if (here == null) {
                continue;
            }
            if (earlier != null && i < n && items.get(i) instanceof FlowItem.ForcedBreak && farthest <= i) {
                // a chapter opens here and no page crossed into it: the states here are the
                // whole program so far, and depend on the items before and this one alone
                earlier.keep(i, here);
            }
            // states at one item: more floats and note lines waiting first (a page places some),
            // and a state added while its item is worked on is worked on too
            for (Node node = nextAt(here); node != null; node = nextAt(here)) {
                node.done = true;
                if (i == n && node.start.waiting() == 0) {
                    if (best == null || node.demerits < best.demerits) {
                        best = node;
                    }
                    continue;
                }
                expand(items, nodes, node);
            }
        }
        if (earlier != null) {
            earlier.finish(items, footnotes, master, grid, firstBaseline);
        }
        return layOut(items, best);
    }

    private static Node nextAt(List<Node> here) {
        Node pick = null;
        for (Node node : here) {
            if (!node.done && (pick == null || node.start.waiting() > pick.start.waiting())) {
                pick = node;
            }
        }
        return pick;
    }

    /** The index a page gets for its margins and side: 0 for the first, else its parity. */
    private static int pageKind(boolean firstPage, int parity) {
        return firstPage ? 0 : parity == 1 ? 1 : 2;
    }

    private void expand(List<FlowItem> items, List<Node>[] nodes, Node node) {
        List<PageFiller.End> ends = new ArrayList<>();
        filler.fill(items, node.start, pageKind(node.firstPage, node.parity), -1, ends::add);
        boolean blank = false;
        int parity = node.parity;
        if (ends.size() == 1 && ends.get(0).kind() == PageFiller.Kind.BLANK) {
            // a blank page, then the page proper on the other side
            blank = true;
            parity = 1 - parity;
            ends.clear();
            filler.fill(items, node.start, pageKind(false, parity), -1, ends::add);
        }
        for (PageFiller.End end : ends) {
            farthest = Math.max(farthest, Math.max(end.item(), end.next().item()));
            int avoidable = fullerWithoutFault(ends, end) ? AVOIDABLE : 0;
            if (end.short_() < 0) {
                // the text runs a line past the foot: a wide space closes by one, a paragraph
                // is set a line shorter, or the page runs a line long, inside a chapter,
                // beside a page a line long
                if (end.closable() > 0) {
                    relax(nodes, node, end, blank, parity, end.short_(), 0, avoidable);
                }
                if (end.reset().oneHigher() >= 0) {
                    relax(nodes, node, end, blank, parity, 0, -1, avoidable);
                }
                if (end.kind() == PageFiller.Kind.NATURAL && !node.start.forced() && !blank) {
                    relax(nodes, node, end, blank, parity, 0, 0, avoidable);
                }
                continue;
            }
            relax(nodes, node, end, blank, parity, 0, 0, avoidable);
            if (end.kind() == PageFiller.Kind.NATURAL) {
                // the same page ending lower: some of its spaces between blocks open, or some
                // of its paragraphs are set a line longer
                int most = Math.min(MOST_LOWER, end.short_());
                for (int k = 1; k <= most; k++) {
                    for (int opened = 0; opened <= Math.min(k, Math.min(MOST_OPENED, end.gaps())); opened++) {
                        if (end.reset().cost(k - opened) >= 0) {
                            relax(nodes, node, end, blank, parity, opened, k - opened, avoidable);
                        }
                    }
                }
            }
        }
    }

    /** Pages followed after a page that could have been filled, to see where that moves its short lines. */
    private static final int LOOK_AHEAD = 12;

    /**
     * A page that could have been filled without a fault, as the next pages would then be
     * broken: each filled to its foot where it can be, until one cannot (it would end short
     * or at a widow, an orphan, a heading at the foot) or its chapter ends; null when they
     * meet the pages as broken again first (or when the chapter's end leaves nothing to say).
     */
    private ShortFoot moved(List<FlowItem> items, List<PageFiller.End> ends, int index, int empty,
                            List<ShortFoot.Lower> lower, java.util.Set<Integer> starts) {
        PageFiller.End full = null;
        for (PageFiller.End e : ends) {
            if (e.kind() == PageFiller.Kind.NATURAL && e.cost() < FlowItem.WIDOW && takeable(e)
                    && (full == null || Math.max(0, e.short_()) < Math.max(0, full.short_()))) {
                full = e;
            }
        }
        if (full == null) {
            return null;
        }
        PageFiller.Start next = full.next();
        for (int k = 1; k <= LOOK_AHEAD && !starts.contains(next.item()); k++) {
            List<PageFiller.End> there = new ArrayList<>();
            filler.fill(items, next, index + k, -1, there::add);
            PageFiller.End best = null;
            for (PageFiller.End e : there) {
                if ((e.kind() == PageFiller.Kind.FORCED || e.kind() == PageFiller.Kind.LAST) && e.short_() >= 0) {
                    return e.lines() <= 2
                            ? new ShortFoot(empty, ShortFoot.Why.CHAPTER_END, lower, index + k, e.lines())
                            : null;
                }
                boolean fills = e.short_() <= 0 || e.reset().cost(e.short_()) >= 0
                        || e.short_() <= Math.min(MOST_OPENED, e.gaps());
                if (e.kind() == PageFiller.Kind.NATURAL && e.cost() < FlowItem.WIDOW && takeable(e) && fills) {
                    best = e;
                }
            }
            if (best == null) {
                return new ShortFoot(empty, ShortFoot.Why.MOVED, lower, index + k, 0);
            }
            next = best.next();
        }
        return null;
    }

    private static boolean takeable(PageFiller.End e) {
        return e.short_() >= 0 || e.closable() > 0 || e.reset().oneHigher() >= 0;
    }

    /**
     * Whether the page could end lower than {@code end} at a break that leaves no widow, no
     * orphan and no heading at the foot (and that it may take).
     */
    private static boolean fullerWithoutFault(List<PageFiller.End> ends, PageFiller.End end) {
        for (PageFiller.End e : ends) {
            boolean takeable = e.short_() >= 0 || e.closable() > 0 || e.reset().oneHigher() >= 0;
            if (e.item() > end.item() && e.kind() == PageFiller.Kind.NATURAL && e.cost() < FlowItem.WIDOW && takeable
                    && e.short_() < end.short_()) {
                return true;
            }
        }
        return false;
    }

    private void relax(List<Node>[] nodes, Node from, PageFiller.End end, boolean blank, int parity, int opened,
                       int reset, int avoidable) {
        boolean last = end.kind() == PageFiller.Kind.FORCED || end.kind() == PageFiller.Kind.LAST;
        long demerits = from.demerits + openedSpaces(opened) + end.reset().cost(reset);
        int shortLines = end.short_() - opened - reset;
        if (shortLines > 0) {
            demerits += avoidable;
        }
        int foot = end.foot() == end.short_() ? shortLines : end.foot(); // notes end on the foot
        if (end.splitNote()) {
            demerits += SPLIT_NOTE;
        }
        switch (end.kind()) {
            case NATURAL -> {
                demerits += (long) PENALTY_WEIGHT * end.cost() + shortPage(shortLines);
                if (end.foot() != end.short_()) {
                    // notes stand at the foot: the lines the text runs short open a hole above them
                    demerits += (long) HOLE_ABOVE_NOTES * Math.max(0, shortLines);
                }
            }
            case EMERGENCY -> demerits += EMERGENCY + shortPage(shortLines);
            case TURNED -> { } // full, and no page beside it has to end on its line
            default -> demerits += lastPage(end.lines());
        }
        boolean turned = end.kind() == PageFiller.Kind.TURNED;
        boolean firstPage = from.firstPage && !blank;
        boolean recto = parity == 0;
        int pending = NONE;
        if (turned) {
            if (from.pending == -1) {
                return; // a page a line long needs the page beside it to be as long
            }
        } else if (!recto && !last) {
            pending = foot;
        } else if (from.pending == -1 && (last || blank)) {
            return; // a page a line long needs the page beside it to be as long
        } else if (recto && !firstPage && !blank && from.pending != NONE && !last) {
            demerits += (long) SPREAD_MISMATCH * Math.abs(foot - from.pending);
        }
        PageFiller.Start next = end.next();
        int nextParity = 1 - parity;
        List<Node> there = nodes[next.item()];
        if (there == null) {
            there = new ArrayList<>(4);
            nodes[next.item()] = there;
        }
        for (int k = 0; k < there.size(); k++) {
            Node node = there.get(k);
            if (node.sameState(next, nextParity, pending)) {
                if (!node.done && demerits < node.demerits) {
                    // the same state reached more cheaply: it takes this way's floats and path
                    there.set(k, link(new Node(next, false, nextParity, pending), from, end, blank, demerits, opened,
                            reset));
                }
                return;
            }
        }
        there.add(link(new Node(next, false, nextParity, pending), from, end, blank, demerits, opened, reset));
    }

    private static Node link(Node node, Node from, PageFiller.End end, boolean blank, long demerits, int opened,
                             int reset) {
        node.opened = opened;
        node.reset = reset;
        node.previous = from;
        node.end = end;
        node.blankBefore = blank;
        node.demerits = demerits;
        return node;
    }

    /**
     * How many grid lines each space between blocks moves, for a page to end {@code lines}
     * lower (higher when negative): the widest spaces, which change with the least harm (the
     * space before a heading), one line each; of equal ones, the highest on the page.
     */
    static int[] adjust(List<Float> spaces, int lines) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < spaces.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> {
            int bySize = Float.compare(spaces.get(b), spaces.get(a));
            return bySize != 0 ? bySize : Integer.compare(a, b);
        });
        int[] out = new int[spaces.size()];
        for (int i = 0; i < Math.min(Math.abs(lines), order.size()); i++) {
            out[order.get(i)] = Integer.signum(lines);
        }
        return out;
    }

    /**
     * The vertical list with the cheapest {@code |lines|} of {@code whole} (paragraphs that
     * stand whole on a page) set a line longer each, or shorter when {@code lines} is negative;
     * of equal ones, the first. Items after them move by as many places.
     */
    static List<FlowItem> reset(List<FlowItem> items, List<FlowParagraph> whole, int lines) {
        List<FlowParagraph> candidates = new ArrayList<>();
        for (FlowParagraph p : whole) {
            if ((lines > 0 ? p.looser() : p.tighter()) != null) {
                candidates.add(p);
            }
        }
        candidates.sort(java.util.Comparator.comparingInt(p -> (lines > 0 ? p.looser() : p.tighter()).cost()));
        List<FlowParagraph> chosen = new ArrayList<>(candidates.subList(0, Math.min(Math.abs(lines), candidates.size())));
        chosen.sort(java.util.Comparator.comparingInt(FlowParagraph::first));
        List<FlowItem> out = items;
        for (int k = chosen.size() - 1; k >= 0; k--) {
            FlowParagraph p = chosen.get(k);
            out = new Spliced(out, p.first(), p.last() + 1, (lines > 0 ? p.looser() : p.tighter()).boxes());
        }
        return out;
    }

    /** A list with the items from {@code from} up to {@code to} replaced, without copying it. */
    private static final class Spliced extends java.util.AbstractList<FlowItem> {
        private final List<FlowItem> items;
        private final int from;
        private final int to;
        private final List<? extends FlowItem> with;

        Spliced(List<FlowItem> items, int from, int to, List<? extends FlowItem> with) {
            this.items = items;
            this.from = from;
            this.to = to;
            this.with = with;
        }

        @Override
        public FlowItem get(int index) {
            if (index < from) {
                return items.get(index);
            }
            if (index < from + with.size()) {
                return with.get(index - from);
            }
            return items.get(index - from - with.size() + to);
        }

        @Override
        public int size() {
            return items.size() - (to - from) + with.size();
        }
    }

    /** Sets the chosen pages with their frames and footnotes. */
    private List<LaidOutPage> layOut(List<FlowItem> items, Node best) {
        List<Node> path = new ArrayList<>();
        for (Node node = best; node != null && node.previous != null; node = node.previous) {
            path.add(0, node);
        }
        java.util.Set<Integer> starts = new java.util.HashSet<>();
        for (Node node : path) {
            starts.add(node.start.item());
        }
        List<LaidOutPage> pages = new ArrayList<>();
        for (Node node : path) {
            Node from = node.previous;
            if (node.blankBefore) {
                pages.add(LaidOutPage.blank(pages.size(), from.start.pagePath()));
            }
            int index = pages.size();
            int stop = Math.max(0, node.end.item());
            PageFiller.Page page = filler.fill(items, from.start, index, stop, end -> { });
            if (node.opened != 0 || node.reset != 0) {
                int[] adjust = adjust(page.gapSpaces, node.opened);
                List<FlowItem> set = node.reset == 0 ? items : reset(items, page.whole, node.reset);
                int setStop = stop + set.size() - items.size();
                PageFiller.Page other = filler.fill(set, from.start, index, setStop, adjust, end -> { });
                if (node.reset == 0 || other.endedAt == setStop) {
                    page = other;
                }
            }
            if (page.hasContent()) {
                if (node.end.kind() == PageFiller.Kind.NATURAL && stop < items.size()
                        && items.get(stop) instanceof FlowItem.Penalty p) {
                    for (Frame f : p.close()) {
                        page.placed.add(new LaidOutPage.Placed(f, page.baseline + p.closeDepth()));
                    }
                }
                ShortFoot shortFoot = null;
                boolean goesOn = node.end.kind() == PageFiller.Kind.NATURAL || node.end.kind() == PageFiller.Kind.EMERGENCY;
                int empty = page.emptyGridLines();
                if (goesOn && !page.turned && page.lines > 0 && empty > 0) {
                    shortFoot = why(items, from.start, index, node.end, empty, starts);
                }
                page.placeNotes();
                pages.add(new LaidOutPage(index, page.path, page.placed, false, page.turned, shortFoot));
            }
        }
        // a page that could have broken lower without a fault lines up with its spread's other page
        for (int i = 0; i < pages.size(); i++) {
            ShortFoot s = pages.get(i).shortFoot();
            if (s != null && s.why() == ShortFoot.Why.SPREAD && s.partner() < 0) {
                int partner = pages.get(i).index() % 2 == 1 ? i + 1 : i - 1;
                ShortFoot other = partner >= 0 && partner < pages.size() ? pages.get(partner).shortFoot() : null;
                boolean explains = other != null && other.lines() == s.lines() && other.why() != ShortFoot.Why.SPREAD
                        && other.why() != ShortFoot.Why.UNEXPLAINED;
                pages.set(i, pages.get(i).withShortFoot(s.withPartner(explains ? pages.get(partner).index() : -1)));
            }
        }
        return pages;
    }

    /**
     * Why a page that ends {@code empty} grid lines short did not break lower: what each
     * break lower on it would have left; none allowed (what follows is kept together, or
     * calls a note that has no room); or, when one would have left nothing wrong, its
     * spread (resolved by the caller).
     */
    private ShortFoot why(List<FlowItem> items, PageFiller.Start start, int index, PageFiller.End chosen, int empty,
                          java.util.Set<Integer> starts) {
        List<PageFiller.End> ends = new ArrayList<>();
        filler.fill(items, start, index, -1, ends::add);
        ends.sort(java.util.Comparator.comparingInt(PageFiller.End::item));
        List<ShortFoot.Lower> lower = new ArrayList<>();
        boolean clean = false;
        for (PageFiller.End e : ends) {
            boolean takeable = e.short_() >= 0 || e.closable() > 0 || e.reset().oneHigher() >= 0;
            if (e.item() <= chosen.item() || e.kind() != PageFiller.Kind.NATURAL || e.short_() >= empty || !takeable) {
                continue;
            }
            FlowItem.Fault fault = items.get(e.item()) instanceof FlowItem.Penalty p ? p.fault() : FlowItem.Fault.NONE;
            if (fault == FlowItem.Fault.NONE && e.cost() >= FlowItem.WIDOW) {
                fault = FlowItem.Fault.TABLE;
            }
            lower.add(new ShortFoot.Lower(empty - Math.max(0, e.short_()) + (e.short_() < 0 ? 1 : 0), fault));
            clean |= fault == FlowItem.Fault.NONE;
        }
        if (clean) {
            ShortFoot moved = moved(items, ends, index, empty, lower, starts);
            return moved != null ? moved : new ShortFoot(empty, ShortFoot.Why.SPREAD, lower, -1, 0);
        }
        if (!lower.isEmpty()) {
            return new ShortFoot(empty, ShortFoot.Why.FAULTS, lower, -1, 0);
        }
        for (int j = chosen.next().item(); j < items.size(); j++) {
            if (items.get(j) instanceof FlowItem.Box box) {
                return new ShortFoot(empty, box.footnotes().isEmpty() ? ShortFoot.Why.KEPT_TOGETHER : ShortFoot.Why.FOOTNOTE,
                        lower, -1, 0);
            }
        }
        return new ShortFoot(empty, ShortFoot.Why.KEPT_TOGETHER, lower, -1, 0);
    }
}
