package org.colophon.pdf.text;

/**
 * Marks on a paragraph's items what would hang into the margin at each place a line may
 * start or end, in points, from a {@link Protrusion} table: the glyph that would start a
 * line (past zero-width markers) and the one that would end it (a break's hyphen, else
 * the last glyph before the break). Only a glyph that is one character on its own hangs:
 * a ligature's part does not. The space before French punctuation is part of its word,
 * so that "mot ;" ends with the semicolon and only the semicolon hangs.
 */
final class MarginHangs {

    private MarginHangs() {
    }

    /** Fills {@code items.startHang} and {@code items.endHang}; leaves them null when nothing can hang. */
    static void mark(ItemList items, Protrusion table) {
        items.startHang = null;
        items.endHang = null;
        if (table.isNone()) {
            return;
        }
        int n = items.size;
        float[] start = new float[n];
        float[] end = new float[n];
        boolean any = false;
        float next = 0; // what hangs at the left of the first glyph from item i on
        for (int i = n - 1; i >= 0; i--) {
            if (items.type[i] != ItemList.BOX) {
                next = 0;
            } else if (!(items.payload[i] instanceof String)) {
                next = items.payload[i] instanceof ShapedText shaped && items.to[i] > items.from[i]
                        ? hang(shaped, items.from[i], items.style[i], table, true) : 0;
            }
            start[i] = next;
            any |= next > 0;
        }
        float last = 0; // what hangs at the right of the last glyph before item i
        for (int i = 0; i < n; i++) {
            byte type = items.type[i];
            if (type == ItemList.PENALTY) {
                end[i] = items.payload[i] instanceof ShapedText hyphen && hyphen.length() > 0
                        ? hang(hyphen, hyphen.length() - 1, items.style[i], table, false) : last;
            } else if (type == ItemList.GLUE) {
                end[i] = last;
                if ((items.flags[i] & ItemList.FIL) == 0) {
                    last = 0; // a line broken after this space, at a penalty, would end with the space
                }
            } else if (!(items.payload[i] instanceof String)) {
                last = items.payload[i] instanceof ShapedText shaped && items.to[i] > items.from[i]
                        ? hang(shaped, items.to[i] - 1, items.style[i], table, false) : 0;
            }
            any |= end[i] > 0;
        }
        if (any) {
            items.startHang = start;
            items.endHang = end;
        }
    }

    private static float hang(ShapedText shaped, int glyph, TextStyle style, Protrusion table, boolean left) {
        int from = shaped.charStart(glyph);
        int to = shaped.charStart(glyph + 1);
        boolean shared = glyph > 0 && shaped.clusters[glyph - 1] == shaped.clusters[glyph];
        if (shared || from >= shaped.text.length()) {
            return 0;
        }
        int c = shaped.text.codePointAt(from);
        if (to - from != Character.charCount(c)) {
            return 0;
        }
        float factor = left ? table.left(c) : table.right(c);
        return factor * shaped.advances[glyph] * style.size() / 1000f;
    }
}
