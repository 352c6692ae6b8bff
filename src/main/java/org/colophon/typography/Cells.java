package org.colophon.typography;

import java.util.Arrays;

/**
 * A paragraph's text as one logical string, each character (a cell) remembering the
 * {@code Inline.Text} node it came from, its language and a few flags. Rules read and write
 * cells, so a rule sees across inline boundaries ({@code <em>payeurs</em>»}); rebuilding
 * the nodes afterwards only has to group cells by their node again.
 *
 * <p>Cells that no Text node owns are <em>virtual</em>: the marks of an {@code
 * Inline.Quote} and forced line breaks. Rules read them as context and never change them.
 */
final class Cells {

    /** Not from a Text node: a quotation mark or a line break; never rewritten. */
    static final int VIRTUAL = 1;
    /** Inside an existing superscript or subscript: no ordinal is made of it. */
    static final int SCRIPT = 2;
    /** To be set in a new superscript (the suffix of an ordinal). */
    static final int NEW_SUPERSCRIPT = 4;
    /** Part of a URL or e-mail address: left exactly as written. */
    static final int PROTECTED = 8;
    /** A virtual cell that opens a quotation. */
    static final int QUOTE_OPENING = 16;
    /** A virtual cell standing for a forced line break. */
    static final int LINE_BREAK = 32;

    static final int NO_NODE = -1;

    char[] ch = new char[256];
    int[] node = new int[256];
    Language[] lang = new Language[256];
    byte[] flags = new byte[256];
    /** How many {@code Inline.Quote}s enclose the cell. */
    byte[] depth = new byte[256];
    int size;

    void clear() {
        size = 0;
    }

    void add(char c, int nodeIndex, Language language, int cellFlags, int quoteDepth) {
        if (size == ch.length) {
            grow();
        }
        ch[size] = c;
        node[size] = nodeIndex;
        lang[size] = language;
        flags[size] = (byte) cellFlags;
        depth[size] = (byte) Math.min(quoteDepth, Byte.MAX_VALUE);
        size++;
    }

    /** Appends cell {@code i} of {@code from} unchanged but for extra flags. */
    void copy(Cells from, int i, int extraFlags) {
        add(from.ch[i], from.node[i], from.lang[i], from.flags[i] | extraFlags, from.depth[i]);
    }

    void copy(Cells from, int i) {
        copy(from, i, 0);
    }

    /** Appends a new character owned by the node (and taking the language) of cell {@code i} of {@code from}. */
    void addLike(char c, Cells from, int i) {
        add(c, from.node[i], from.lang[i], from.flags[i] & ~NEW_SUPERSCRIPT, from.depth[i]);
    }

    boolean is(int i, int flag) {
        return (flags[i] & flag) != 0;
    }

    boolean isReal(int i) {
        return (flags[i] & VIRTUAL) == 0;
    }

    Language language(int i) {
        return lang[i];
    }

    private void grow() {
        int n = ch.length * 2;
        ch = Arrays.copyOf(ch, n);
        node = Arrays.copyOf(node, n);
        lang = Arrays.copyOf(lang, n);
        flags = Arrays.copyOf(flags, n);
        depth = Arrays.copyOf(depth, n);
    }
}
