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
 */
public record LaidOutPage(int index, String pagePath, List<Placed> frames) {

    public LaidOutPage {
        frames = List.copyOf(frames);
    }

    public record Placed(Frame frame, float baseline) {}
}
