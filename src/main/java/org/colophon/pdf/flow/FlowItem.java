package org.colophon.pdf.flow;

import java.util.List;

/**
 * The vertical list the page breaker works on, in the manner of TeX's: boxes (lines,
 * images) that advance the baseline, glue that vanishes at a page break, penalties that
 * mark where a page may break and at what cost, and forced breaks.
 */
public sealed interface FlowItem {

    /** Cost that forbids a break. */
    int NEVER = 10_000;

    /**
     * Cost of a break that leaves a paragraph's first line alone at the foot of a page, its
     * last line alone at the head of the next, or a heading with fewer than two lines of
     * text under it: allowed only when no other break will do.
     */
    int WIDOW = 5_000;

    /**
     * A line or an image.
     *
     * @param height distance from the previous baseline to this one
     * @param onGrid its baseline must sit on the page's baseline grid
     * @param footnotes ids of the footnotes called on this line: they go to the foot of its page
     * @param ends      the paragraph this line ends, when the page breaker may set it otherwise; else null
     */
    record Box(float height, boolean onGrid, List<Frame> frames, List<String> footnotes, FlowParagraph ends)
            implements FlowItem {
        public Box {
            frames = List.copyOf(frames);
            footnotes = List.copyOf(footnotes);
        }

        public Box(float height, boolean onGrid, List<Frame> frames, List<String> footnotes) {
            this(height, onGrid, frames, footnotes, null);
        }

        public Box(float height, boolean onGrid, List<Frame> frames) {
            this(height, onGrid, frames, List.of(), null);
        }
    }

    /**
     * A figure with its caption: boxes and glue kept together on one page. When it does
     * not fit where it comes, it waits for the top of the next page and the text goes on.
     */
    record Float(List<FlowItem> content) implements FlowItem {
        public Float {
            content = List.copyOf(content);
        }
    }

    /**
     * A page of its own turned a quarter (landscape), for a table too wide for the measure:
     * it waits, as a float does, for the next page that starts empty and fills it alone.
     * Its frames are placed in the turned text block: {@code x} from its left edge (the
     * foot of the page), {@code baseline} down from its top edge (the page's left edge).
     */
    record Turned(List<Sheet> frames) implements FlowItem {
        public Turned {
            frames = List.copyOf(frames);
        }
    }

    /** A frame of a {@link Turned} page and its baseline there. */
    record Sheet(Frame frame, float baseline) {}

    /** Vertical space; adjacent glue collapses to the largest, and glue at the top of a page after a natural break vanishes. */
    record Glue(float height) implements FlowItem {}

    /**
     * A place where the page may break; {@code cost} 0 is a good break. {@code repeat}: boxes
     * that head the next page when it breaks here (a table's header rows), else empty;
     * {@code close}: frames drawn under the page's last line when it breaks here (the rule
     * that closes a table's part on the page), about a baseline {@code closeDepth} below it.
     */
    record Penalty(int cost, List<Box> repeat, List<Frame> close, float closeDepth, Fault fault) implements FlowItem {
        public Penalty {
            repeat = List.copyOf(repeat);
            close = List.copyOf(close);
        }

        public Penalty(int cost, List<Box> repeat, List<Frame> close, float closeDepth) {
            this(cost, repeat, close, closeDepth, Fault.NONE);
        }

        public Penalty(int cost, Fault fault) {
            this(cost, List.of(), List.of(), 0, fault);
        }

        public Penalty(int cost) {
            this(cost, List.of(), List.of(), 0, Fault.NONE);
        }
    }

    /**
     * What a break at a penalty would leave, for the typesetting report to say why a page
     * ends short rather than there.
     */
    enum Fault {
        NONE,
        /** a paragraph's first line alone at the foot */
        ORPHAN,
        /** a paragraph's last line alone at the head of the next page */
        WIDOW,
        /** both: a paragraph of two lines broken between them */
        ORPHAN_AND_WIDOW,
        /** a heading with fewer than two lines of text under it at the foot */
        HEADING,
        /** a table's row apart from its first or last rows (header, too few rows on a side) */
        TABLE
    }

    /**
     * The page must break here; {@code pagePath} is the XHTML page that begins, or null.
     * A {@code RECTO} ({@code VERSO}) break that would land on a verso (recto) leaves a
     * blank page.
     */
    record ForcedBreak(String pagePath, org.colophon.pdf.css.ComputedStyle.Break side) implements FlowItem {

        /** Whether a page with this index is on the wrong side for this break. */
        public boolean wrongSide(int pageIndex) {
            boolean recto = pageIndex % 2 == 0;
            return side == org.colophon.pdf.css.ComputedStyle.Break.RECTO && !recto
                    || side == org.colophon.pdf.css.ComputedStyle.Break.VERSO && recto;
        }
    }
}
