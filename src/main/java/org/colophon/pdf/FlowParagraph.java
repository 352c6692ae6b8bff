package org.colophon.pdf;

import java.util.List;
import org.colophon.pdf.text.SetLine;

/**
 * A justified paragraph of the vertical list, on the grid, that the page breaker may set a
 * line shorter or a line longer (TeX's {@code \looseness} -1 and 1) so that a page ends on
 * the baseline its spread needs: where its lines are in the list, and those two settings
 * once {@link FlowBuilder#prepareLooseness} has made them.
 */
final class FlowParagraph {

    /** Of a setting a line longer: less than a space between blocks opened by a grid line. */
    private static final int LOOSER = 600;
    /** Of a setting a line shorter: tight lines darken the page more than loose ones lighten it. */
    private static final int TIGHTER = 900;
    /** Per point of the worst line's badness (at most 200, the tolerance). */
    private static final int PER_BADNESS = 4;
    /** Per hyphenated line more than the paragraph had. */
    private static final int PER_HYPHEN = 300;

    /** Another setting of the paragraph: its line boxes and what it costs the page breaker. */
    record Setting(List<FlowItem.Box> boxes, int cost) {}

    final int first;          // item index of its first line
    final int last;           // and of its last
    final FlowBlock.Text text;
    final String pagePath;    // the XHTML page it comes from
    final int sourceOffset;   // visible characters of that page before it
    final List<SetLine> lines;
    private Setting tighter;
    private Setting looser;

    FlowParagraph(int first, int last, FlowBlock.Text text, String pagePath, int sourceOffset, List<SetLine> lines) {
        this.first = first;
        this.last = last;
        this.text = text;
        this.pagePath = pagePath;
        this.sourceOffset = sourceOffset;
        this.lines = List.copyOf(lines);
    }

    /** A line shorter, or null: none within the tolerance, or not asked for. */
    Setting tighter() {
        return tighter;
    }

    /** A line longer, or null. */
    Setting looser() {
        return looser;
    }

    void settings(List<FlowItem.Box> tighterBoxes, List<SetLine> tighterLines,
                  List<FlowItem.Box> looserBoxes, List<SetLine> looserLines) {
        tighter = tighterBoxes == null ? null : new Setting(tighterBoxes, TIGHTER + cost(tighterLines));
        looser = looserBoxes == null ? null : new Setting(looserBoxes, LOOSER + cost(looserLines));
    }

    /** The worst line's badness, TeX's 100·|r|³, and the hyphens added. */
    private int cost(List<SetLine> setting) {
        float worst = 0;
        int hyphens = 0;
        for (SetLine line : setting) {
            float r = Math.abs(line.ratio());
            worst = Math.max(worst, Math.min(200, 100 * r * r * r));
            hyphens += line.hyphenated() ? 1 : 0;
        }
        for (SetLine line : lines) {
            hyphens -= line.hyphenated() ? 1 : 0;
        }
        return Math.round(PER_BADNESS * worst) + PER_HYPHEN * Math.max(0, hyphens);
    }
}
