package org.colophon.pdf.tags;

/**
 * The place in the structure tree where one paragraph's (or list label's, or image's)
 * drawn content lands. The slot itself only names its element; what lands in it is kept
 * by the {@link TaggedContent} of the PDF being drawn, so the same laid-out pages can be
 * drawn into more than one PDF.
 */
public final class ContentSlot implements ContentTag {

    final StructNode owner;

    ContentSlot(StructNode owner) {
        this.owner = owner;
    }

    /** The Document element at the top of this slot's tree. */
    StructNode document() {
        StructNode n = owner;
        while (n.parent != null) {
            n = n.parent;
        }
        return n;
    }
}
