package org.colophon.pdf.page;

import java.util.List;
import org.colophon.pdf.flow.Frame;

/**
 * One page after page breaking, before drawing: its frames with their places.
 *
 * @param index    0-based page number
 * @param pagePath the XHTML page whose content starts or continues here
 * @param frames   frames placed relative to the text block: x from its left edge,
 *                 baseline from its top edge
 * @param blank    left blank on purpose, so that the next page opens on its side (a
 *                 chapter on a recto): no frame, no folio, no running head
 * @param turned   its text block is turned a quarter (a table too wide for the measure):
 *                 x runs up the page from the text block's foot, baselines go right from its
 *                 left edge
 * @param shortFoot why a page the text goes on from ends above its last grid line; null
 *                 when it does not (or the chapter ends on it)
 */
public record LaidOutPage(int index, String pagePath, List<Placed> frames, boolean blank, boolean turned,
                          ShortFoot shortFoot) {

    public LaidOutPage {
        frames = List.copyOf(frames);
        if (blank && !frames.isEmpty()) {
            throw new IllegalArgumentException("a blank page has nothing on it");
        }
    }

    public LaidOutPage(int index, String pagePath, List<Placed> frames, boolean blank, boolean turned) {
        this(index, pagePath, frames, blank, turned, null);
    }

    public LaidOutPage(int index, String pagePath, List<Placed> frames) {
        this(index, pagePath, frames, false, false);
    }

    /** The page the breaker leaves blank before a break to the other side. */
    static LaidOutPage blank(int index, String pagePath) {
        return new LaidOutPage(index, pagePath, List.of(), true, false);
    }

    /** The same page with other frames (its page references filled in). */
    public LaidOutPage withFrames(List<Placed> newFrames) {
        return new LaidOutPage(index, pagePath, newFrames, blank, turned, shortFoot);
    }

    LaidOutPage withShortFoot(ShortFoot why) {
        return new LaidOutPage(index, pagePath, frames, blank, turned, why);
    }

    public record Placed(Frame frame, float baseline) {}
}
