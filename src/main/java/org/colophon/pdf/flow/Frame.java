package org.colophon.pdf.flow;

import org.colophon.pdf.tags.ContentTag;
import org.colophon.pdf.text.SetLine;

/**
 * Something drawn on a page, positioned relative to a reference point: the left edge
 * of the text block and a baseline. {@code dy} is how far below that baseline it sits.
 */
public sealed interface Frame {

    /**
     * A set line whose left edge is at {@code x}; {@code tag} says where it goes in the
     * tagged PDF (null: an artifact).
     */
    record TextLine(SetLine line, float x, float dy, ContentTag tag) implements Frame {
        public TextLine(SetLine line, float x, float dy) {
            this(line, x, dy, null);
        }
    }

    /** An image whose bottom-left corner is at {@code x} on the baseline (+{@code dy}). */
    record Picture(FlowBlock.Image image, float x, float dy) implements Frame {}

    /**
     * The page number of {@code targetId}, filled in after page breaking: dot leaders from
     * {@code textEnd} and the number ending at {@code right}, in {@code style}.
     */
    record PageReference(String targetId, org.colophon.pdf.text.TextStyle style, float textEnd, float right,
                         float reserve, ContentTag tag) implements Frame {}

    /** A horizontal rule (the footnote separator), {@code width} long, its left end at {@code x}. */
    record Rule(float x, float dy, float width) implements Frame {}

    /** A table's rule, {@code thickness} points thick, its left end at {@code x}; {@code dy} is its middle. */
    record TableRule(float x, float dy, float width, float thickness) implements Frame {}

    /** A link target. */
    record Anchor(String id, float x, float dy) implements Frame {}
}
