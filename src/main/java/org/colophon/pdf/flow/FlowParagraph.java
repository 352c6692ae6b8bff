package org.colophon.pdf.flow;

import java.util.List;
import org.colophon.pdf.text.SetLine;

/**
 * A justified paragraph of the vertical list, on the grid, that the page breaker may set a
 * line shorter or a line longer (TeX's {@code \looseness} -1 and 1) so that a page whose
 * lines it all holds ends on the baseline its spread needs: where its lines are in the
 * list, and those other settings.
 *
 * @param first   item index of its first line
 * @param last    item index of its last line
 * @param tighter its setting a line shorter, or null
 * @param looser  its setting a line longer, or null
 */
public record FlowParagraph(int first, int last, Setting tighter, Setting looser) {

    /** Of a setting a line longer: less than a space between blocks opened by a grid line. */
    private static final int LOOSER = 600;
    /** Of a setting a line shorter: tight lines darken a page more than loose ones lighten it. */
    private static final int TIGHTER = 900;
    /** Per point of the worst line's badness (at most 200, the tolerance). */
    private static final int PER_BADNESS = 4;
    /** Per hyphenated line more than the paragraph had. */
    private static final int PER_HYPHEN = 300;
    /**
     * A last line shorter than {@link #SHORT_LAST} of the measure: one short word alone,
     * which is what setting a paragraph a line longer tends to leave. Taken to line up a
     * spread, not to save a page from running a line short.
     */
    private static final int SHORT_LAST_LINE = 2_500;
    private static final float SHORT_LAST = 1 / 8f;

    /** Another setting of the paragraph: its line boxes, and what taking it costs the page breaker. */
    public record Setting(List<FlowItem.Box> boxes, int cost) {

        public Setting {
            boxes = List.copyOf(boxes);
        }

        /**
         * {@code lines} set instead of {@code usual}, as {@code boxes}: the cost grows with the
         * worst line's badness (TeX's 100·|r|³), the hyphens added and a last line shorter
         * than an eighth of {@code measure}.
         */
        static Setting of(List<SetLine> usual, List<SetLine> lines, List<FlowItem.Box> boxes, float measure) {
            float worst = 0;
            int hyphens = 0;
            for (SetLine line : lines) {
                float r = Math.abs(line.ratio());
                worst = Math.max(worst, Math.min(200, 100 * r * r * r));
                hyphens += line.hyphenated() ? 1 : 0;
            }
            for (SetLine line : usual) {
                hyphens -= line.hyphenated() ? 1 : 0;
            }
            int base = lines.size() > usual.size() ? LOOSER : TIGHTER;
            int shortLast = lines.get(lines.size() - 1).width() < SHORT_LAST * measure ? SHORT_LAST_LINE : 0;
            return new Setting(boxes, base + Math.round(PER_BADNESS * worst) + PER_HYPHEN * Math.max(0, hyphens)
                    + shortLast);
        }
    }
}
