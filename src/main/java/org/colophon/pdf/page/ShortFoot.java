package org.colophon.pdf.page;

import java.util.List;
import org.colophon.pdf.flow.FlowItem;

/**
 * Why a page inside a chapter ends above the last line of its grid, for the typesetting
 * report: a compositor fills every page that the text goes on from, and says why when one
 * cannot be.
 *
 * @param lines   grid lines left empty above the foot (or above the page's footnotes)
 * @param why     the reason
 * @param lower   the breaks lower down on the page, nearest first, with what each would
 *                have left
 * @param partner for {@link Why#SPREAD}: the 0-based index of the other page of the spread;
 *                for {@link Why#MOVED} and {@link Why#CHAPTER_END}, of the page the short lines
 *                would move to; else -1
 * @param lastLines for {@link Why#CHAPTER_END}: the lines the chapter's last page would hold
 */
public record ShortFoot(int lines, Why why, List<Lower> lower, int partner, int lastLines) {

    /** A break {@code lines} grid lines lower than where the page ends, and what it would leave. */
    public record Lower(int lines, FlowItem.Fault fault) {}

    public ShortFoot {
        lower = List.copyOf(lower);
    }

    /** Why a page ends short. */
    public enum Why {
        /** every break lower on the page leaves a widow, an orphan or a heading at the foot */
        FAULTS,
        /** no break is allowed lower on the page: what follows is kept together */
        KEPT_TOGETHER,
        /** the next line calls a footnote that has no room under it */
        FOOTNOTE,
        /** it ends on the line of the other page of its spread, which ends short for a reason of its own */
        SPREAD,
        /**
         * filled, it would move its short lines down the chapter to a page that cannot be
         * filled either (a widow, an orphan, a heading at its foot)
         */
        MOVED,
        /** filled, it would leave its chapter's last page with a line or two */
        CHAPTER_END,
        /** none the report can name: the page breaker found it cheaper over the pages around it */
        UNEXPLAINED
    }

    /** The same reason with its partner page found (or not: then it is unexplained). */
    ShortFoot withPartner(int page) {
        return new ShortFoot(lines, page < 0 ? Why.UNEXPLAINED : Why.SPREAD, lower, page, 0);
    }

    /** The reason in words, for the report; {@code folio} names the partner page. */
    public String describe(java.util.function.IntFunction<String> folio) {
        String n = lines == 1 ? "1 line" : lines + " lines";
        return switch (why) {
            case FAULTS -> {
                StringBuilder sb = new StringBuilder(n + " short: ");
                for (int i = 0; i < lower.size(); i++) {
                    Lower l = lower.get(i);
                    sb.append(i == 0 ? "" : ", ").append(l.lines()).append(l.lines() == 1 ? " line" : " lines")
                            .append(" lower would leave ").append(fault(l.fault()));
                }
                yield sb.toString();
            }
            case KEPT_TOGETHER -> n + " short: what follows is kept together (no break allowed lower on the page)";
            case FOOTNOTE -> n + " short: the next line calls a footnote with no room for it under the line";
            case MOVED -> n + " short: filled, it would move the text down to page " + folio.apply(partner)
                    + ", which then could not be filled (by its breaks, paragraphs set a line longer or shorter, or"
                    + " its spaces) without a widow, an orphan or a heading at its foot";
            case CHAPTER_END -> n + " short: filled, it would leave the chapter's last page (page " + folio.apply(partner)
                    + ") with " + (lastLines == 1 ? "a single line" : lastLines + " lines");
            case SPREAD -> n + " short: ends on the line of page " + folio.apply(partner) + ", the other page of its spread";
            case UNEXPLAINED -> n + " short: no reason found (cheaper for the pages around it)";
        };
    }

    private static String fault(FlowItem.Fault f) {
        return switch (f) {
            case ORPHAN -> "an orphan";
            case WIDOW -> "a widow";
            case ORPHAN_AND_WIDOW -> "an orphan and a widow";
            case HEADING -> "a heading at the foot";
            case TABLE -> "a table's row apart";
            case NONE -> "nothing wrong";
        };
    }
}
