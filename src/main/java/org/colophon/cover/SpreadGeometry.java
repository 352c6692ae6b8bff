package org.colophon.cover;

/**
 * Where the parts of a cover spread lie, in points from the lower left corner of its media
 * box: bleed, back cover, spine, front cover, bleed across; bleed, trim height, bleed up.
 *
 * @param trimWidth  one cover's width, the interior's trimmed page
 * @param trimHeight the trimmed page's height
 * @param bleed      what is printed beyond the trim on every side
 * @param spine      the spine's width: page count × paper thickness
 */
public record SpreadGeometry(float trimWidth, float trimHeight, float bleed, float spine) {

    /** The media box's width: 2 × trim + spine + 2 × bleed. */
    public float width() {
        return 2 * trimWidth + spine + 2 * bleed;
    }

    public float height() {
        return trimHeight + 2 * bleed;
    }

    /** The back cover's left trim edge. */
    public float backX() {
        return bleed;
    }

    /** The fold between the back cover and the spine. */
    public float spineX() {
        return bleed + trimWidth;
    }

    /** The fold between the spine and the front cover. */
    public float frontX() {
        return bleed + trimWidth + spine;
    }
}
