package org.colophon.pdf.text;

import java.util.Arrays;

/**
 * A paragraph as Knuth and Plass see it: boxes, glue and penalties, in parallel arrays so
 * that breaking a paragraph allocates almost nothing. Widths are in points.
 */
final class ItemList {

    static final byte BOX = 0;
    static final byte GLUE = 1;
    static final byte PENALTY = 2;

    /** Penalty at or above which a break is impossible, at or below which it is forced. */
    static final int INFINITE = 10000;

    /** A penalty that ends a line with a hyphen (TeX's flagged penalty). */
    static final byte FLAGGED = 1;
    /** A break that exists only when hyphenation is on (a discretionary from the patterns). */
    static final byte HYPHENATION = 2;
    /** Glue with infinite stretch (TeX's {@code fil}): parfillskip, forced-break fill. */
    static final byte FIL = 4;
    /**
     * A hyphenation point inside a proper noun (a capitalised word not opening a sentence):
     * a breakpoint only in the passes that allow the last resort ({@link LineBreaker}).
     */
    static final byte CAPITAL = 8;

    byte[] type;
    float[] width;
    float[] stretch;
    float[] shrink;
    int[] penalty;
    byte[] flags;
    // what each item draws: a ShapedText with the glyph range [from, to), or a marker id
    Object[] payload;
    int[] from;
    int[] to;
    TextStyle[] style;
    String[] href;
    int size;
    /**
     * The paragraph's glyph scaling (1: none, 1.01: one percent wider): every width here is
     * already scaled; the lines' runs carry it so that the PDF draws them scaled.
     */
    float expansion = 1f;
    /** Tuning's emergency letter spacing, for the lines of this paragraph (see {@link LineAssembler}). */
    float emergencyLetterSpacing;
    // what hangs into the margin, in points, at the start of a line that starts at item i
    // and at the end of one that ends at the break i ({@link MarginHangs}); null: nothing hangs
    float[] startHang;
    float[] endHang;

    ItemList() {
        this(64);
    }

    /** Room for {@code capacity} items before the arrays grow (growing copies all eleven). */
    ItemList(int capacity) {
        int n = Math.max(8, capacity);
        type = new byte[n];
        width = new float[n];
        stretch = new float[n];
        shrink = new float[n];
        penalty = new int[n];
        flags = new byte[n];
        payload = new Object[n];
        from = new int[n];
        to = new int[n];
        style = new TextStyle[n];
        href = new String[n];
    }

    /** Attaches what item {@code i} draws. */
    void attach(int i, Object what, int glyphFrom, int glyphTo, TextStyle textStyle, String link) {
        payload[i] = what;
        from[i] = glyphFrom;
        to[i] = glyphTo;
        style[i] = textStyle;
        href[i] = link;
    }

    /** Drops trailing glue (TeX's unskip before the paragraph's end). */
    void removeTrailingGlue() {
        while (size > 0 && type[size - 1] == GLUE) {
            size--;
            payload[size] = null;
            style[size] = null;
            href[size] = null;
        }
    }

    byte lastType() {
        return size == 0 ? -1 : type[size - 1];
    }

    int box(float w) {
        return add(BOX, w, 0, 0, 0, (byte) 0);
    }

    /** A box that may be letter-spaced by up to {@code y} wider and {@code z} narrower. */
    int box(float w, float y, float z) {
        return add(BOX, w, y, z, 0, (byte) 0);
    }

    int glue(float w, float y, float z) {
        return add(GLUE, w, y, z, 0, (byte) 0);
    }

    int fil() {
        return add(GLUE, 0, 0, 0, 0, FIL);
    }

    int penalty(float w, int p, byte f) {
        return add(PENALTY, w, 0, 0, p, f);
    }

    private int add(byte t, float w, float y, float z, int p, byte f) {
        if (size == type.length) {
            int n = size * 2;
            type = Arrays.copyOf(type, n);
            width = Arrays.copyOf(width, n);
            stretch = Arrays.copyOf(stretch, n);
            shrink = Arrays.copyOf(shrink, n);
            penalty = Arrays.copyOf(penalty, n);
            flags = Arrays.copyOf(flags, n);
            payload = Arrays.copyOf(payload, n);
            from = Arrays.copyOf(from, n);
            to = Arrays.copyOf(to, n);
            style = Arrays.copyOf(style, n);
            href = Arrays.copyOf(href, n);
        }
        type[size] = t;
        width[size] = w;
        stretch[size] = y;
        shrink[size] = z;
        penalty[size] = p;
        flags[size] = f;
        // the slot may have held an item a rollback dropped: nothing of it may survive
        payload[size] = null;
        from[size] = 0;
        to[size] = 0;
        style[size] = null;
        href[size] = null;
        return size++;
    }

    float startHang(int i) {
        return startHang == null || i >= startHang.length ? 0 : startHang[i];
    }

    float endHang(int i) {
        return endHang == null || i >= endHang.length ? 0 : endHang[i];
    }

    boolean isFlagged(int i) {
        return i >= 0 && i < size && type[i] == PENALTY && (flags[i] & FLAGGED) != 0;
    }

    /** Whether item {@code i} may end a line at all (ignoring which pass is running). */
    boolean isBreakpoint(int i) {
        if (type[i] == PENALTY) {
            return penalty[i] < INFINITE;
        }
        return type[i] == GLUE && i > 0 && type[i - 1] == BOX;
    }
}
