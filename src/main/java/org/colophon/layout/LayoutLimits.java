package org.colophon.layout;

/**
 * How much work one rendering of a layout may do: a layout is a program, and one that
 * loops or recurses without end, or doubles a string forty times, must fail at its place
 * within a second, not fill the memory or run forever. Each bound is far above what a
 * book within the reading stage's limits asks of the built-in layouts; the "Limits"
 * section of {@code docs/manuscript.md} gives the reasons.
 */
final class LayoutLimits {

    /**
     * How deep macros may call macros (Velocity's {@code velocimacro.max_depth}). The
     * contents recurse once per level of divisions (at most
     * {@link org.colophon.reader.ReadLimits#MAX_DIVISION_DEPTH}), the navigation two levels
     * of sections deeper; the rest is room for a layout's own macros.
     */
    static final int MAX_MACRO_DEPTH = 32;

    /**
     * Rounds of one {@code #foreach}. The longest list a book hands a layout (its printed
     * pages, its sections) is far shorter. Velocity's own {@code directive.foreach.maxloops}
     * is set one above, as a backstop: by itself it ends a loop silently, which would drop
     * pages from a book without a word.
     */
    static final int MAX_LOOP_ROUNDS = 1_000_000;

    /**
     * Loop rounds and macro calls of one rendering together, which bounds its time (a
     * macro call takes about a microsecond): nested loops, or macros calling themselves
     * several times over, each within the bounds above, still end within seconds. The
     * navigation document of a book at the reading stage's limits takes a few hundred
     * thousand.
     */
    static final long MAX_STEPS = 2_000_000L;

    /**
     * Characters one rendering may write, and the longest string a layout may keep in a
     * variable. A page holds one division's text: at most the reading stage's 4,000,000
     * characters of a whole book, and its markup.
     */
    static final int MAX_CHARACTERS = 32_000_000;

    private LayoutLimits() {
    }
}
