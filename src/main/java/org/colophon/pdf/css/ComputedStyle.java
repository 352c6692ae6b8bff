package org.colophon.pdf.css;

import java.util.List;
import java.util.Map;

/**
 * The style of one element after the cascade, in points.
 *
 * @param lineHeightFactor the unitless {@code line-height} children inherit, NaN when it
 *                         was given as a length
 * @param balance          {@code text-wrap: balance}: a ragged block's lines are made as
 *                         even as its number of lines allows
 * @param content          the string an empty element shows ({@code hr}), or null
 * @param lang             BCP 47 tag from {@code xml:lang}/{@code lang}, inherited
 * @param preWrap          {@code white-space: pre-wrap}: preserved white space whose
 *                         lines longer than the measure wrap (after a space, else between characters)
 * @param color            the text colour, 0xRRGGBB, inherited
 * @param hyphenateCharacter what marks a wrapped line of pre-wrap text at its end
 *                         ({@code hyphenate-character}), or null for nothing; inherited
 * @param hyphenateLimitChars {@code hyphenate-limit-chars}: the shortest word hyphenated and
 *                         the letters kept before and after a break, 0 for auto; inherited
 * @param hangingPunctuation {@code hanging-punctuation} other than {@code none}: punctuation
 *                         at the lines' ends hangs into the margins; inherited
 * @param protrusion       {@code -colophon-protrusion}: the amounts that change the default
 *                         table, by code point (empty: the default table); inherited
 */
public record ComputedStyle(
        Display display,
        List<String> fontFamilies,
        boolean italic,
        int weight,
        boolean smallCaps,
        float fontSize,
        float lineHeight,
        float lineHeightFactor,
        float textIndent,
        TextAlign textAlign,
        Hyphens hyphens,
        boolean balance,
        boolean preserveWhiteSpace,
        float marginTop,
        float marginBottom,
        float marginLeft,
        float marginRight,
        Break breakBefore,
        Break breakAfter,
        boolean avoidBreakInside,
        VerticalAlign verticalAlign,
        String listStyle,
        String content,
        String lang,
        boolean preWrap,
        int color,
        String hyphenateCharacter,
        LimitChars hyphenateLimitChars,
        boolean hangingPunctuation,
        Map<Integer, Hang> protrusion) {

    public ComputedStyle {
        fontFamilies = List.copyOf(fontFamilies);
        protrusion = Map.copyOf(protrusion);
    }

    /** How much of a character's advance hangs into the left and into the right margin, 0 to 1. */
    public record Hang(float left, float right) {}

    /** {@code hyphenate-limit-chars}: the shortest word, the letters before and after a break; 0 for auto (the language's own). */
    public record LimitChars(int word, int before, int after) {
        public static final LimitChars AUTO = new LimitChars(0, 0, 0);
    }

    public enum Display { BLOCK, INLINE, NONE, LIST_ITEM }

    public enum TextAlign { LEFT, RIGHT, CENTER, JUSTIFY }

    public enum Hyphens { AUTO, MANUAL, NONE }

    /** {@code RECTO} and {@code VERSO} force a break to a right-hand or left-hand page. */
    public enum Break { AUTO, PAGE, RECTO, VERSO, AVOID;

        public boolean forcesPage() {
            return this == PAGE || this == RECTO || this == VERSO;
        }
    }

    public enum VerticalAlign { BASELINE, SUPER, SUB }

    public boolean isBlock() {
        return display == Display.BLOCK || display == Display.LIST_ITEM;
    }

    /** The style a document's root starts from, before any rule applies. */
    public static ComputedStyle initial(String lang) {
        return new ComputedStyle(Display.INLINE, List.of("serif"), false, 400, false, 10f, 12f, 1.2f, 0,
                TextAlign.LEFT, Hyphens.MANUAL, false, false, 0, 0, 0, 0, Break.AUTO, Break.AUTO, false,
                VerticalAlign.BASELINE, "disc", null, lang, false, 0x000000, null, LimitChars.AUTO, false, Map.of());
    }
}
