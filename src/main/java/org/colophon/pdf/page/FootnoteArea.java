package org.colophon.pdf.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.colophon.pdf.flow.FlowItem;
import org.colophon.pdf.flow.Frame;

/**
 * The footnote area of one page being filled (CSS paged media's name for it): the notes
 * called on the page, at the foot of the text block under a short rule, their last line on
 * the last grid line, where a full page's text would end. A line brings the notes it calls
 * to its page; the area tells the page how low its text may go with them.
 *
 * <p>A note too long for the room left goes on overleaf, its first
 * {@link #LINES_WITH_CALL} lines kept with the call, and opens the next page's notes (which
 * it may fill to {@link #CARRIED_SHARE} of the text block). A page continues one note at
 * most, its last; a note called while another goes on overleaf follows it there.
 *
 * <p>One instance per page and per filling: {@link PageFiller} fills a page several times
 * while the {@link PageBreaker} weighs where it may end.
 */
final class FootnoteArea {

    /** Lines of a footnote that must stay with its call when the rest goes overleaf. */
    private static final int LINES_WITH_CALL = 2;
    /** Notes continued from an earlier page take at most this share of the text block. */
    private static final float CARRIED_SHARE = 0.5f;

    private final Map<String, List<FlowItem.Box>> footnotes;
    private final float textBottom;    // the lowest baseline of a page without notes
    private final float bottom;        // the last grid line: where the last note line stands
    private final float firstBaseline;
    private final float grid;

    private final List<String> called = new ArrayList<>(); // footnotes called on the page, in order
    private final List<FlowItem.Box> lines = new ArrayList<>(); // the lines at the foot, in order
    private float height;
    private List<FlowItem.Box> overleaf = List.of(); // note lines that go on overleaf
    private boolean splitNote; // a note called on the page goes on overleaf

    /**
     * @param footnotes  the lines of each footnote, by id
     * @param textBottom the lowest baseline a line may have on a page without notes
     */
    FootnoteArea(Map<String, List<FlowItem.Box>> footnotes, float textBottom, float firstBaseline, float grid) {
        this.footnotes = footnotes;
        this.textBottom = textBottom;
        this.firstBaseline = firstBaseline;
        this.grid = grid;
        this.bottom = firstBaseline + (float) Math.floor((textBottom - firstBaseline) / grid) * grid;
    }

    /** Whether the page has no note: none at its foot, none going on overleaf. */
    boolean isEmpty() {
        return height == 0 && overleaf.isEmpty();
    }

    /** Whether note lines stand at the foot of the page (a page may hold nothing else). */
    boolean hasLines() {
        return !lines.isEmpty();
    }

    /** Whether a note called on the page goes on overleaf. */
    boolean splitsNote() {
        return splitNote;
    }

    /** The note lines that go on overleaf, to open the next page's notes. */
    List<FlowItem.Box> overleaf() {
        return overleaf;
    }

    /**
     * The lowest place the text may take above the notes and their rule: the last grid line
     * when there are none. The page's empty grid lines are counted up from here.
     */
    float textFoot() {
        return height == 0 ? bottom : bottom - height - separatorSpace();
    }

    /**
     * The lowest baseline a line calling {@code calls} may have, leaving room for the notes
     * it would bring; none (negative infinity) for a line calling a new note while a note
     * goes on overleaf: the new one would start after it, on a later page.
     */
    float limit(List<String> calls) {
        float extra = 0;
        // asked of every line placed, most of which call no note: C1, which runs a one-book
        // JVM (bin/colophon), does not do away with an iterator over the empty list
        for (int i = 0, n = calls.size(); i < n; i++) {
            String id = calls.get(i);
            if (footnotes.containsKey(id) && !called.contains(id)) {
                if (!overleaf.isEmpty()) {
                    return Float.NEGATIVE_INFINITY;
                }
                extra += noteHeight(id);
            }
        }
        float total = height + extra;
        return total == 0 ? textBottom : bottom - total - separatorSpace();
    }

    /** The lines of a note continued from the page before open this page's notes, as many as may. */
    void carryIn(List<FlowItem.Box> carried) {
        float room = (bottom - firstBaseline) * CARRIED_SHARE;
        int k = 0;
        float h = 0;
        while (k < carried.size() && (k == 0 || h + carried.get(k).height() <= room)) {
            h += carried.get(k).height();
            k++;
        }
        lines.addAll(carried.subList(0, k));
        height += h;
        overleaf = List.copyOf(carried.subList(k, carried.size()));
    }

    /**
     * A line at {@code y} that calls a new note while a note from before goes on overleaf:
     * the rest of that note comes onto this page if it fits with the line and the start of
     * the new note, so that the new note can start on the page of its call.
     */
    void takeRestFor(List<String> calls, float y) {
        if (overleaf.isEmpty() || calls.isEmpty()) {
            return;
        }
        float needed = 0;
        for (String id : calls) {
            List<FlowItem.Box> note = footnotes.get(id);
            if (note != null && !called.contains(id)) {
                for (int k = 0; k < Math.min(note.size(), LINES_WITH_CALL); k++) {
                    needed += note.get(k).height();
                }
            }
        }
        if (needed == 0) {
            return;
        }
        float rest = 0;
        for (FlowItem.Box b : overleaf) {
            rest += b.height();
        }
        if (y <= bottom - height - rest - needed - separatorSpace()) {
            lines.addAll(overleaf);
            height += rest;
            overleaf = List.of();
        }
    }

    /** Brings the notes a line placed on the page calls (those not called before) to its foot. */
    void call(List<String> calls) {
        call(calls, null, 0);
    }

    /**
     * For a line at {@code y} whose notes do not all fit below it: brings them to the foot
     * with the last one split, the rest of it going on overleaf, when the line and at least
     * {@link #LINES_WITH_CALL} lines of that note fit. Returns whether it did (the line is
     * then the page's to place); changes nothing otherwise.
     */
    boolean callSplitting(List<String> calls, float y) {
        if (!overleaf.isEmpty() || calls.isEmpty()) {
            return false; // a page continues one note at most, its last
        }
        String last = calls.get(calls.size() - 1);
        List<FlowItem.Box> note = footnotes.get(last);
        if (note == null || called.contains(last) || note.size() <= LINES_WITH_CALL) {
            return false;
        }
        float others = 0;
        for (String id : calls) {
            if (!id.equals(last) && footnotes.containsKey(id) && !called.contains(id)) {
                others += noteHeight(id);
            }
        }
        // the note may take the page up to the line, but not more than its share of it
        // beyond the lines that must stay with the call
        float below = bottom - y - separatorSpace() - height - others;
        float room = Math.min(below, (bottom - firstBaseline) * CARRIED_SHARE - height - others);
        int k = 0;
        float h = 0;
        while (k < note.size()) {
            float more = h + note.get(k).height();
            if (more > room && (k >= LINES_WITH_CALL || more > below)) {
                break;
            }
            h = more;
            k++;
        }
        if (k < LINES_WITH_CALL) {
            return false;
        }
        call(calls, last, k);
        overleaf = List.copyOf(note.subList(k, note.size()));
        splitNote = true;
        return true;
    }

    /** Of the note {@code split}, only the first {@code kept} lines come to this page. */
    private void call(List<String> calls, String split, int kept) {
        if (calls.isEmpty()) {
            return; // most lines: no iterator (see limit)
        }
        for (String id : calls) {
            if (footnotes.containsKey(id) && !called.contains(id)) {
                called.add(id);
                List<FlowItem.Box> note = footnotes.get(id);
                if (!overleaf.isEmpty()) {
                    // only at the top of a page whose notes from before go on overleaf:
                    // this note follows them, on a later page
                    List<FlowItem.Box> after = new ArrayList<>(overleaf);
                    after.addAll(note);
                    overleaf = List.copyOf(after);
                    continue;
                }
                List<FlowItem.Box> here = id.equals(split) ? note.subList(0, kept) : note;
                lines.addAll(here);
                for (FlowItem.Box b : here) {
                    height += b.height();
                }
            }
        }
    }

    /** Places the notes at the foot of the page, under a rule a quarter of the {@code measure} long. */
    void place(List<LaidOutPage.Placed> placed, float measure) {
        if (lines.isEmpty()) {
            return;
        }
        float y = bottom - height;
        placed.add(new LaidOutPage.Placed(new Frame.Rule(0, 0, measure / 4), y - separatorSpace() / 2));
        for (FlowItem.Box box : lines) {
            y += box.height();
            for (Frame f : box.frames()) {
                placed.add(new LaidOutPage.Placed(f, y));
            }
        }
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
}
