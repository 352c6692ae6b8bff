package org.colophon.pdf.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Optical margin alignment (character protrusion, as pdfTeX's microtype does it): how far
 * a character at the start or the end of a line hangs into the margin, as a fraction of
 * its advance. A hyphen, a comma or a guillemet has less ink than a letter, so a margin
 * that is straight for the glyphs' boxes looks ragged; hung partly outside, they leave
 * the letters' edge straight to the eye. The line breaker counts what hangs as room on
 * the line (its measure widened by both ends' amounts), the assembler draws the line
 * shifted left by what hangs at its start.
 *
 * @param amounts by code point; a character not in the map does not hang
 */
public record Protrusion(Map<Integer, Amounts> amounts) {

    /**
     * How much of a character's advance hangs into the left margin when it starts a line
     * and into the right margin when it ends one, each from 0 to 1.
     */
    public record Amounts(float left, float right) {

        public Amounts {
            if (!(left >= 0 && left <= 1 && right >= 0 && right <= 1)) {
                throw new IllegalArgumentException("protrusion amounts are from 0 to 1, not " + left + " " + right);
            }
        }
    }

    public Protrusion {
        amounts = Map.copyOf(amounts);
    }

    /** Nothing hangs (CSS {@code hanging-punctuation: none}, code, table cells). */
    public static final Protrusion NONE = new Protrusion(Map.of());

    /**
     * Colophon's own table. Its amounts are of the order of microtype's defaults (a full
     * stop 0.7 of its width at the right, a hyphen 0.7, an em dash 0.2), lowered where a
     * glyph's ink is tall and narrow (! ? hang 0.2: hung further they look like a gap
     * before the margin rather than punctuation in it), and given both sides for the
     * quotation marks, since French opens with « and closes with », German the other way
     * round. A dialogue dash at the start of a line hangs 0.2 of its width (1.6 pt in
     * Source Serif at 10 pt), enough for the dash to stop looking pushed in without looking
     * pulled out of the paragraph. Letters do not hang: their ink fills
     * their advance, and how much it does depends on the face.
     */
    public static final Protrusion DEFAULT = defaults();

    private static Protrusion defaults() {
        Map<Integer, Amounts> m = new HashMap<>();
        put(m, "-\u2010\u2011", 0.5f, 0.7f);   // hyphens: the setter's at a break, the text's
        put(m, "\u2013", 0.4f, 0.4f);           // en dash
        put(m, "\u2014\u2015", 0.2f, 0.25f);    // em dash, quotation dash: the dialogue dash
        put(m, ".", 0f, 0.7f);
        put(m, ",", 0f, 0.6f);
        put(m, ":", 0f, 0.5f);
        put(m, ";", 0f, 0.4f);
        put(m, "!?", 0f, 0.2f);
        put(m, "\u2026", 0f, 0.2f);             // ellipsis: its dots fill its width
        put(m, "\u201C", 0.5f, 0.3f);           // “
        put(m, "\u201D", 0.3f, 0.5f);           // ”
        put(m, "\u2018", 0.6f, 0.3f);           // ‘
        put(m, "\u2019", 0.3f, 0.6f);           // ’ (also the apostrophe)
        put(m, "\u201E\u201A", 0.4f, 0.4f);     // „ ‚
        put(m, "\u00AB\u2039", 0.4f, 0.3f);     // « ‹
        put(m, "\u00BB\u203A", 0.3f, 0.4f);     // » ›
        put(m, "\"", 0.4f, 0.4f);
        put(m, "'", 0.5f, 0.5f);
        return new Protrusion(m);
    }

    private static void put(Map<Integer, Amounts> m, String characters, float left, float right) {
        characters.codePoints().forEach(c -> m.put(c, new Amounts(left, right)));
    }

    /** This table with {@code changes} over it: a character given 0 and 0 no longer hangs. */
    public Protrusion with(Map<Integer, Amounts> changes) {
        if (changes.isEmpty()) {
            return this;
        }
        Map<Integer, Amounts> m = new HashMap<>(amounts);
        changes.forEach((c, a) -> {
            if (a.left() == 0 && a.right() == 0) {
                m.remove(c);
            } else {
                m.put(c, a);
            }
        });
        return new Protrusion(m);
    }

    public boolean isNone() {
        return amounts.isEmpty();
    }

    /** The fraction of {@code codePoint}'s advance that hangs into the left margin. */
    public float left(int codePoint) {
        Amounts a = amounts.get(codePoint);
        return a == null ? 0 : a.left();
    }

    /** The fraction of {@code codePoint}'s advance that hangs into the right margin. */
    public float right(int codePoint) {
        Amounts a = amounts.get(codePoint);
        return a == null ? 0 : a.right();
    }
}
