package org.colophon.styles;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A fallback face the typesetter set some of the book in, and which characters: what the
 * EPUB embeds (a subset of those characters) when its style sheet lists the family.
 *
 * @param family     the family print.css declares it under ({@code Noto Serif})
 * @param fileName   the font file's name without folder ({@code NotoSerif-Regular.ttf})
 * @param italic     its {@code font-style}
 * @param weight     its {@code font-weight}, 100–900
 * @param trueType   the whole font file
 * @param codePoints the characters set in it, in order
 */
public record FontUse(String family, String fileName, boolean italic, int weight, byte[] trueType,
                      Set<Integer> codePoints) {

    public FontUse {
        codePoints = java.util.Collections.unmodifiableSet(new TreeSet<>(codePoints));
    }

    /** No fallback face used: what a book gets when no PDF is typeset. */
    public static List<FontUse> none() {
        return List.of();
    }
}
