package org.colophon.pdf;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.colophon.pdf.text.ParagraphItem;
import org.colophon.pdf.text.ParagraphSetter;
import org.colophon.pdf.text.ParagraphSpec;
import org.colophon.pdf.text.SetLine;

/**
 * Sets the paragraphs of the flow blocks into lines and lays the result out as a
 * vertical list: one box per line, penalties where a page may break (never leaving a
 * paragraph's first or last line alone, never right after a heading), glue for margins.
 */
final class FlowBuilder {

    /** Space between an image and the previous baseline, in grid lines. */
    private static final float IMAGE_CLEARANCE = 0.35f;
    /** A hung list marker stands this far (in its font size) from the text. */
    private static final float MARKER_GAP = 0.5f;

    private final ParagraphSetter setter;
    private final float grid;
    private final Map<FlowBlock.Text, List<SetLine>> preset = new IdentityHashMap<>();

    private final List<FlowItem> items = new ArrayList<>();
    private boolean previousKeepsWithNext = true; // no break before the first block

    FlowBuilder(ParagraphSetter setter, float grid) {
        this.setter = setter;
        this.grid = grid;
    }

    List<FlowItem> items() {
        return items;
    }

    /**
     * Sets every paragraph of {@code pages} ahead, in parallel (the setter is thread-safe
     * and its results do not depend on the order paragraphs are set in).
     */
    void presetInParallel(List<List<FlowBlock>> pages) {
        List<FlowBlock.Text> texts = new ArrayList<>();
        for (List<FlowBlock> blocks : pages) {
            for (FlowBlock b : blocks) {
                if (b instanceof FlowBlock.Text t) {
                    texts.add(t);
                }
            }
        }
        List<List<SetLine>> lines = texts.parallelStream().map(t -> setter.set(t.items(), t.spec())).toList();
        for (int i = 0; i < texts.size(); i++) {
            preset.put(texts.get(i), lines.get(i));
        }
    }

    void add(List<FlowBlock> blocks) {
        for (FlowBlock block : blocks) {
            if (block instanceof FlowBlock.PageBreak b) {
                items.add(new FlowItem.ForcedBreak(b.pagePath()));
                previousKeepsWithNext = true;
            } else if (block instanceof FlowBlock.Space s) {
                if (s.height() != 0) {
                    items.add(new FlowItem.Glue(s.height()));
                }
            } else if (block instanceof FlowBlock.Text t) {
                text(t);
            } else if (block instanceof FlowBlock.Image i) {
                image(i);
            }
        }
    }

    private void betweenBlocks(boolean keepWithPrevious) {
        if (!previousKeepsWithNext && !keepWithPrevious) {
            // before any glue, so that a page break discards the glue that follows
            int at = items.size();
            while (at > 0 && items.get(at - 1) instanceof FlowItem.Glue) {
                at--;
            }
            items.add(at, new FlowItem.Penalty(0));
        }
    }

    private void text(FlowBlock.Text t) {
        List<SetLine> lines = preset.remove(t);
        if (lines == null) {
            lines = setter.set(t.items(), t.spec());
        }
        if (lines.isEmpty()) {
            return;
        }
        betweenBlocks(t.keepWithPrevious());
        boolean onGrid = Math.abs(t.lineHeight() - grid) < 0.01f;
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                // at least two lines of a paragraph on each side of a page break
                boolean allowed = !t.keepTogether() && t.headingLevel() == 0 && i >= 2 && n - i >= 2;
                if (allowed) {
                    items.add(new FlowItem.Penalty(0));
                }
            }
            List<Frame> frames = new ArrayList<>(2);
            if (i == 0 && t.marker() != null) {
                // drawn first, so that text extraction reads "1. Premier point"
                SetLine marker = markerLine(t.marker());
                float x = t.indent() - marker.width() - MARKER_GAP * t.marker().style().size();
                frames.add(new Frame.TextLine(marker, x, 0));
            }
            frames.add(new Frame.TextLine(lines.get(i), i == 0 ? t.indent() : t.indent() + t.hang(), 0));
            items.add(new FlowItem.Box(t.lineHeight(), onGrid, frames));
        }
        previousKeepsWithNext = t.keepWithNext();
    }

    private SetLine markerLine(FlowBlock.ListMarker marker) {
        List<SetLine> lines = setter.set(List.of(new ParagraphItem.TextRun(marker.text(), marker.style(), null)),
                new ParagraphSpec(10_000, 0, ParagraphSpec.Alignment.LEFT, false));
        return lines.get(0);
    }

    private void image(FlowBlock.Image image) {
        betweenBlocks(false);
        List<Frame> frames = new ArrayList<>();
        for (String id : image.ids()) {
            frames.add(new Frame.Anchor(id, image.indent(), -image.height()));
        }
        frames.add(new Frame.Picture(image, image.indent(), 0));
        items.add(new FlowItem.Box(image.height() + IMAGE_CLEARANCE * grid, true, frames));
        previousKeepsWithNext = image.keepWithNext();
    }
}
