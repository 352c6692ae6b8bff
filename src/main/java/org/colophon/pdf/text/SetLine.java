package org.colophon.pdf.text;

import java.util.List;

/**
 * One line of a set paragraph.
 *
 * @param runs       glyph runs left to right
 * @param markers    markers that fell on this line, with their x
 * @param width      the width the runs take, what hangs into the margins apart: never more than the measure
 * @param ratio      Knuth–Plass adjustment ratio: &lt;0 shrunk, &gt;0 stretched, 0 natural
 * @param hyphenated the line ends with a hyphen inserted by the setter where the patterns allow
 *                   one (what the report counts; an author's soft hyphen is not counted)
 * @param breakHyphenGlyphs how many glyphs at the end of the last run are a hyphen drawn only
 *                   because the line breaks there, at a pattern's point or at the author's soft
 *                   hyphen: not a character of the text, so the PDF marks it for extraction to
 *                   drop. 0 when the line ends at a space or at a hyphen of the text itself
 * @param ascent     tallest ascent of its runs (points above the baseline)
 * @param descent    deepest descent (points below the baseline, positive)
 * @param hangLeft   how far its first glyph hangs into the left margin (optical margin
 *                   alignment, {@link Protrusion}): its runs start that far left of 0
 * @param hangRight  how far its last glyph hangs into the right margin, beyond {@code width}
 */
public record SetLine(List<GlyphRun> runs, List<PlacedMarker> markers, float width, float ratio,
                      boolean hyphenated, int breakHyphenGlyphs, float ascent, float descent,
                      float hangLeft, float hangRight) {

    /** A line with nothing hung into the margins. */
    public SetLine(List<GlyphRun> runs, List<PlacedMarker> markers, float width, float ratio,
                   boolean hyphenated, int breakHyphenGlyphs, float ascent, float descent) {
        this(runs, markers, width, ratio, hyphenated, breakHyphenGlyphs, ascent, descent, 0, 0);
    }

    public record PlacedMarker(String id, float x) {}

    /** The characters its runs show, left to right. */
    public String text() {
        StringBuilder s = new StringBuilder();
        for (GlyphRun run : runs) {
            s.append(run.text());
        }
        return s.toString();
    }
}
