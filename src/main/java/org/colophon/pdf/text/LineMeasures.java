package org.colophon.pdf.text;

/**
 * What a set line's word spaces measure, for the typesetting report: their number and
 * their mean width in ems of their own font size (justification included). A word space
 * is a space or no-break space glyph; the narrow no-break space of French typography is
 * not one (it never stretches).
 */
public final class LineMeasures {

    /** {@code spaces} word spaces, {@code meanEm} their mean width in ems (NaN with none). */
    public record WordSpaces(int spaces, float meanEm) {}

    private LineMeasures() {
    }

    public static WordSpaces wordSpaces(SetLine line) {
        int count = 0;
        double ems = 0;
        for (GlyphRun run : line.runs()) {
            FontFace face = run.style().font();
            int space = face.glyphOf(' ');
            int noBreak = face.glyphOf(0x00A0);
            float size = run.style().size();
            int[] glyphs = run.glyphs();
            for (int g = 0; g < glyphs.length; g++) {
                if (glyphs[g] != 0 && (glyphs[g] == space || glyphs[g] == noBreak)) {
                    count++;
                    ems += run.advances()[g] / size;
                }
            }
        }
        return new WordSpaces(count, count == 0 ? Float.NaN : (float) (ems / count));
    }
}
