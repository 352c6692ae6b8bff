package org.colophon.pdf.css;

import java.util.List;
import java.util.Set;

/** Whether a declaration belongs to the supported subset; the reason when it does not. */
final class PropertyCheck {

    enum Context { ELEMENT, PAGE, FONT_FACE }

    private static final Set<String> BREAKS = Set.of("auto", "always", "page", "left", "right", "recto", "verso", "avoid");

    private PropertyCheck() {
    }

    /**
     * Whether a wrong value of this declaration fails the build rather than being ignored
     * with a warning: {@code -colophon-protrusion} is a table of amounts the designer chose
     * one by one, and a book set with the defaults instead would look right enough for
     * the mistake to go unseen.
     */
    static boolean mustBeRight(Declaration d) {
        return d.property().equals("-colophon-protrusion");
    }

    /** Null when the declaration is supported, otherwise a message for a warning (or an error: {@link #mustBeRight}). */
    static String problem(Declaration d, Context context) {
        List<CssTerm> terms = d.value().operands();
        if (terms.isEmpty()) {
            return "empty value for " + d.property() + "; ignored";
        }
        CssTerm t = terms.get(0);
        return switch (context) {
            case PAGE -> switch (d.property()) {
                case "size" -> terms.size() == 1 && t.kind() == CssTerm.Kind.IDENT ? pageSizeProblem(t)
                        : lengths(d, terms, 2, 2, false);
                case "margin" -> lengths(d, terms, 1, 4, false);
                case "margin-top", "margin-bottom", "margin-left", "margin-right", "bleed" -> lengths(d, terms, 1, 1, false);
                // the paper's thickness per page, for the cover spread's spine (org.colophon.cover.Paper)
                case "-colophon-paper" -> t.kind() == CssTerm.Kind.IDENT && terms.size() == 1
                        ? keyword(d, t, "white", "cream", "colour", "color")
                        : positive(d, t, lengths(d, terms, 1, 1, false));
                // the print set (PDF/X-4 and the cover spread) without --print (org.colophon.cover.Covers)
                case "-colophon-print" -> keyword(d, t, "on", "off");
                // justification's three controls, book-wide (org.colophon.pdf.text.Justification)
                case "-colophon-word-spacing" -> percentages(d, terms, 2, 3, true);
                case "-colophon-letter-spacing" -> terms.size() == 1 && t.isIdent("none") ? null
                        : percentages(d, terms, 1, 1, false);
                case "-colophon-glyph-scaling" -> terms.size() == 1 && t.isIdent("none") ? null
                        : percentages(d, terms, 1, 2, false);
                case "marks" -> terms.stream().allMatch(x -> x.isIdent("crop") || x.isIdent("cross"))
                        || terms.size() == 1 && t.isIdent("none") ? null
                        : "marks takes none, or crop and/or cross; " + d.value() + " ignored";
                default -> unsupported(d, "@page");
            };
            case FONT_FACE -> switch (d.property()) {
                case "font-family" -> oneOf(d, t, CssTerm.Kind.STRING, CssTerm.Kind.IDENT);
                case "src" -> t.kind() == CssTerm.Kind.URI ? null
                        : "src must be url(…) naming a TrueType file; " + d.value() + " ignored";
                case "font-style" -> keyword(d, t, "normal", "italic", "oblique");
                case "font-weight" -> weight(d, t);
                case "font-display" -> null;
                default -> unsupported(d, "@font-face");
            };
            case ELEMENT -> switch (d.property()) {
                case "display" -> keyword(d, t, "block", "inline", "none", "list-item");
                case "font-family" -> oneOf(d, t, CssTerm.Kind.STRING, CssTerm.Kind.IDENT);
                case "font-size" -> t.kind() == CssTerm.Kind.IDENT ? keyword(d, t, "smaller", "larger")
                        : positive(d, t, lengths(d, terms, 1, 1, true));
                case "font-style" -> keyword(d, t, "normal", "italic", "oblique");
                case "font-weight" -> weight(d, t);
                case "font-variant", "font-variant-caps" -> keyword(d, t, "normal", "small-caps");
                case "line-height" -> t.kind() == CssTerm.Kind.NUMBER ? positive(d, t, null)
                        : t.isIdent("normal") ? null : positive(d, t, lengths(d, terms, 1, 1, true));
                case "text-indent" -> lengths(d, terms, 1, 1, true);
                case "text-align" -> keyword(d, t, "left", "right", "center", "justify", "start", "end");
                case "margin" -> lengths(d, terms, 1, 4, true);
                case "margin-top", "margin-bottom", "margin-left", "margin-right" -> lengths(d, terms, 1, 1, true);
                case "hyphens", "-epub-hyphens", "-webkit-hyphens" -> keyword(d, t, "auto", "manual", "none");
                case "text-wrap" -> keyword(d, t, "wrap", "nowrap", "balance", "pretty", "stable", "auto");
                case "text-wrap-style" -> keyword(d, t, "auto", "balance", "pretty", "stable");
                case "page-break-before", "page-break-after", "break-before", "break-after" -> BREAKS.contains(
                        t.text()) ? null : "unsupported value " + d.value() + " for " + d.property() + "; ignored";
                case "page-break-inside", "break-inside" -> keyword(d, t, "auto", "avoid", "avoid-page");
                case "vertical-align" -> keyword(d, t, "baseline", "super", "sub");
                case "white-space" -> keyword(d, t, "normal", "pre", "pre-wrap", "pre-line", "nowrap");
                case "color" -> CssColors.parse(t) != CssColors.NONE ? null
                        : "unsupported colour " + d.value() + " (use #rrggbb, #rgb or rgb(r, g, b)); ignored";
                case "hyphenate-limit-chars" -> terms.size() <= 3 && terms.stream().allMatch(x -> x.isIdent("auto")
                        || x.kind() == CssTerm.Kind.NUMBER && x.number() >= 1 && x.number() == Math.floor(x.number()))
                        ? null : "hyphenate-limit-chars takes one to three whole numbers or auto (word, before, after); "
                        + d.value() + " ignored";
                case "hanging-punctuation" -> hangingPunctuation(d, terms);
                case "-colophon-protrusion" -> protrusion(d);
                case "hyphenate-character" -> t.kind() == CssTerm.Kind.STRING || t.isIdent("auto") ? null
                        : "hyphenate-character takes a string or auto; " + d.value() + " ignored";
                case "content" -> t.kind() == CssTerm.Kind.STRING || t.isIdent("none") ? null
                        : "content takes a string (for empty elements such as hr) or none; " + d.value() + " ignored";
                case "list-style-type" -> keyword(d, t, "decimal", "disc", "circle", "square", "none",
                        "lower-alpha", "upper-alpha", "lower-roman", "upper-roman", "lower-latin", "upper-latin");
                default -> unsupported(d, "print");
            };
        };
    }

    /** CSS Text 3: {@code none}, or {@code first}, {@code last} and one of {@code allow-end}, {@code force-end}, each at most once. */
    private static String hangingPunctuation(Declaration d, List<CssTerm> terms) {
        boolean ok = terms.size() == 1 && terms.get(0).isIdent("none");
        if (!ok) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            ok = true;
            for (CssTerm t : terms) {
                String word = t.kind() == CssTerm.Kind.IDENT ? t.text().toLowerCase(java.util.Locale.ROOT) : "";
                String slot = word.endsWith("-end") ? "end" : word;
                ok &= List.of("first", "last", "allow-end", "force-end").contains(word) && seen.add(slot);
            }
        }
        return ok ? null : "hanging-punctuation takes none, or first, last and allow-end or force-end; "
                + d.value() + " ignored";
    }

    /**
     * {@code auto}, or comma-separated groups of a string and two numbers from 0 to 1: how
     * much of each of the string's characters' advance hangs into the left and the right
     * margin ({@code "-" 0.5 0.7, "," 0 0.6}).
     */
    private static String protrusion(Declaration d) {
        List<CssTerm> terms = d.value().terms();
        if (terms.size() == 1 && terms.get(0).isIdent("auto")) {
            return null;
        }
        String expected = "-colophon-protrusion takes auto, or groups of a string and two numbers from 0 to 1 "
                + "(the share of each character's width that hangs into the left and the right margin) separated "
                + "by commas, as \"-\" 0.5 0.7, \",\" 0 0.6: ";
        int k = 0;
        while (true) {
            if (k >= terms.size()) {
                return expected + "the value ends after a comma";
            }
            CssTerm chars = terms.get(k);
            if (chars.kind() != CssTerm.Kind.STRING || chars.text().isEmpty()) {
                return expected + "not " + chars + " (a string of the characters first)";
            }
            for (int j = 1; j <= 2; j++) {
                CssTerm t = k + j < terms.size() ? terms.get(k + j) : null;
                if (t == null || t.kind() != CssTerm.Kind.NUMBER || !(t.number() >= 0 && t.number() <= 1)) {
                    return expected + (t == null ? "\"" + chars.text() + "\" needs two numbers"
                            : "not " + t + " after \"" + chars.text() + "\"");
                }
            }
            k += 3;
            if (k == terms.size()) {
                return null;
            }
            if (terms.get(k).kind() != CssTerm.Kind.OPERATOR || !terms.get(k).text().equals(",")) {
                return expected + "a comma is missing before " + terms.get(k);
            }
            k++;
        }
    }

    private static String unsupported(Declaration d, String where) {
        return "property " + d.property() + " is not supported in " + where
                + " styles (see docs/print-css.md); ignored";
    }

    private static String pageSizeProblem(CssTerm t) {
        return PageSizes.named(t.text()) != null ? null
                : "unknown page size " + t.text() + " (use A4, A5, A6, B5, letter, or two lengths); ignored";
    }

    private static String lengths(Declaration d, List<CssTerm> terms, int min, int max, boolean percent) {
        if (terms.size() < min || terms.size() > max) {
            return d.property() + " takes " + (min == max ? min : min + " to " + max) + " length(s), not " + d.value()
                    + "; ignored";
        }
        for (CssTerm t : terms) {
            if (!isAuto(d, t) && !Lengths.isLength(t, percent)) {
                return "unsupported value " + t + " for " + d.property()
                        + " (lengths in pt, mm, cm, in, pc, px, em, rem" + (percent ? ", %" : "") + "); ignored";
            }
        }
        return null;
    }

    /** A size of zero or less has no meaning, and the setter would divide by it (NaN, endless leaders). */
    /**
     * {@code min} to {@code max} percentages; {@code ordered}: word spaces (min, opt, max or
     * min, max), rising; otherwise amounts under 20 %.
     */
    private static String percentages(Declaration d, List<CssTerm> terms, int min, int max, boolean ordered) {
        if (terms.size() < min || terms.size() > max
                || !terms.stream().allMatch(x -> x.kind() == CssTerm.Kind.PERCENT && x.number() >= 0)) {
            return d.property() + " takes " + (min == max ? min : min + " to " + max) + " percentages"
                    + (ordered ? "" : " or none") + ", not " + d.value() + "; ignored";
        }
        for (int i = 1; ordered && i < terms.size(); i++) {
            if (terms.get(i).number() < terms.get(i - 1).number()) {
                return d.property() + " runs from the narrowest word space to the widest, not " + d.value()
                        + "; ignored";
            }
        }
        if (!ordered && terms.get(0).number() >= 20) {
            return d.property() + " must be under 20 %, not " + d.value() + "; ignored";
        }
        return null;
    }

    private static String positive(Declaration d, CssTerm t, String problem) {
        if (problem != null || t.number() > 0) {
            return problem;
        }
        return d.property() + " must be more than 0, not " + t + "; ignored";
    }

    private static boolean isAuto(Declaration d, CssTerm t) {
        return d.property().startsWith("margin") && t.isIdent("auto");
    }

    private static String keyword(Declaration d, CssTerm t, String... allowed) {
        for (String a : allowed) {
            if (t.isIdent(a)) {
                return null;
            }
        }
        return "unsupported value " + d.value() + " for " + d.property() + " (supported: "
                + String.join(", ", allowed) + "); ignored";
    }

    private static String weight(Declaration d, CssTerm t) {
        if (t.kind() == CssTerm.Kind.NUMBER && t.number() >= 1 && t.number() <= 1000) {
            return null;
        }
        return keyword(d, t, "normal", "bold", "bolder", "lighter");
    }

    private static String oneOf(Declaration d, CssTerm t, CssTerm.Kind... kinds) {
        for (CssTerm.Kind k : kinds) {
            if (t.kind() == k) {
                return null;
            }
        }
        return "unsupported value " + d.value() + " for " + d.property() + "; ignored";
    }
}
