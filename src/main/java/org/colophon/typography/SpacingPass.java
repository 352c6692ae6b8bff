package org.colophon.typography;

/**
 * Second pass over a paragraph: the spaces around punctuation and numbers. In French, a
 * narrow no-break space before {@code ; ! ?} and {@code »} and after {@code «}, a no-break
 * space before {@code :}, after a dialogue dash and between a number and the word it
 * counts, and ordinals ({@code 1er}, {@code XXe}) with a superscript suffix. In English, no
 * space before {@code ; : ! ?}. A space the text already has is replaced, never doubled;
 * a space the quotation marks of an {@code Inline.Quote} already carry is not repeated.
 */
final class SpacingPass {

    private int lastNumberEnd;
    /** Digits in the last number when it is a bare group of one to three (the "3" of "3 000"), else 0. */
    private int lastNumberGroup;

    void run(Cells in, Cells out, boolean superscriptAllowed) {
        out.clear();
        lastNumberEnd = -2;
        lastNumberGroup = 0;
        int n = in.size;
        int i = 0;
        while (i < n) {
            if (!in.isReal(i) || in.is(i, Cells.PROTECTED)) {
                out.copy(in, i);
                i++;
                continue;
            }
            char c = in.ch[i];
            if (Chars.isSpace(c)) {
                i = spaces(in, out, i);
                continue;
            }
            if (!in.language(i).french()) {
                out.copy(in, i);
                i++;
                continue;
            }
            switch (c) {
                case ';': case '!': case '?':
                    if (in.language(i).spaceBeforeHighPunctuation() && wantsSpaceBefore(in, i)) {
                        out.addLike(Chars.NNBSP, in, i);
                    }
                    out.copy(in, i);
                    i++;
                    break;
                case ':':
                    if (wantsSpaceBefore(in, i)) {
                        out.addLike(Chars.NBSP, in, i);
                    }
                    out.copy(in, i);
                    i++;
                    break;
                case '»':
                    if (i > 0 && !Chars.isSpace(in.ch[i - 1]) && in.ch[i - 1] != '«' && !in.is(i - 1, Cells.LINE_BREAK)) {
                        out.addLike(Chars.NNBSP, in, i);
                    }
                    out.copy(in, i);
                    i++;
                    break;
                case '«':
                    out.copy(in, i);
                    if (i + 1 < n && !Chars.isSpace(in.ch[i + 1]) && in.ch[i + 1] != '»' && !in.is(i + 1, Cells.LINE_BREAK)) {
                        out.addLike(Chars.NNBSP, in, i);
                    }
                    i++;
                    break;
                case Chars.EM_DASH: case Chars.EN_DASH:
                    out.copy(in, i);
                    if (i + 1 < n && in.isReal(i + 1) && Chars.isLetter(in.ch[i + 1]) && isLineStart(in, i)) {
                        out.addLike(Chars.NBSP, in, i);
                    }
                    i++;
                    break;
                default:
                    if (Chars.isDigit(c) && NumberWords.isWordStart(in, i)) {
                        i = arabicNumber(in, out, i, superscriptAllowed);
                    } else if (NumberWords.isRomanDigit(c) && NumberWords.isWordStart(in, i)) {
                        i = romanNumber(in, out, i, superscriptAllowed);
                    } else {
                        out.copy(in, i);
                        i++;
                    }
            }
        }
    }

    /** A run of spaces, decided by what stands on either side of it. */
    private int spaces(Cells in, Cells out, int i) {
        int n = in.size;
        int j = i;
        while (j < n && in.isReal(j) && !in.is(j, Cells.PROTECTED) && Chars.isSpace(in.ch[j])) {
            j++;
        }
        int p = i - 1;
        int q = j;
        boolean somethingBefore = p >= 0 && !in.is(p, Cells.LINE_BREAK);
        if (somethingBefore && j - i == 1 && in.ch[i] == ' ' && in.isReal(p) && q < n && in.isReal(q)
                && !in.is(p, Cells.PROTECTED) && !in.is(q, Cells.PROTECTED)) {
            char glue = in.language(p).abbreviations().spaceBetween(in, p, q);
            if (glue == 0 && !in.language(p).french() && Chars.isDigit(in.ch[p])) {
                glue = unitSpace(in, q); // French binds numbers by rules of its own, below
            }
            if (glue != 0) {
                out.addLike(glue, in, i);
                return j;
            }
        }
        if (q < n && somethingBefore && in.isReal(q) && !in.is(q, Cells.PROTECTED)) {
            char next = in.ch[q];
            Language nextLanguage = in.language(q);
            if (nextLanguage.french()) {
                if ((next == ';' || next == '!' || next == '?') && endsPunctuation(in, q)) {
                    if (nextLanguage.spaceBeforeHighPunctuation()) {
                        out.addLike(Chars.NNBSP, in, j - 1);
                    }
                    return j; // Swiss French sets them close: the space typed goes
                }
                if (next == ':' && endsPunctuation(in, q)) {
                    out.addLike(Chars.NBSP, in, j - 1);
                    return j;
                }
                if (next == '»') {
                    out.addLike(Chars.NNBSP, in, j - 1);
                    return j;
                }
            } else if (nextLanguage.english()
                    && (next == ';' || next == ':' || next == '!' || next == '?') && endsPunctuation(in, q)) {
                return j;
            }
        }
        // the marks of a French Inline.Quote carry their own spaces
        if (q < n && !in.isReal(q) && Chars.isSpace(in.ch[q])) {
            return j;
        }
        if (p >= 0 && !in.isReal(p) && Chars.isSpace(in.ch[p])) {
            return j;
        }
        if (p >= 0 && in.isReal(p) && !in.is(p, Cells.PROTECTED) && in.language(p).french()) {
            if (in.ch[p] == '«') {
                out.addLike(Chars.NNBSP, in, i);
                return j;
            }
            if ((in.ch[p] == Chars.EM_DASH || in.ch[p] == Chars.EN_DASH) && isLineStart(in, p)) {
                out.addLike(Chars.NBSP, in, i);
                return j;
            }
            if (p == lastNumberEnd && lastNumberGroup > 0 && j - i == 1 && in.ch[i] != '\t'
                    && NumberWords.isThousands(in, q)) {
                out.addLike(Chars.NNBSP, in, i);
                return j;
            }
            if (p == lastNumberEnd && j - i == 1 && in.ch[i] == ' ' && q < n && in.isReal(q)) {
                char next = in.ch[q];
                if (next == '%' || next == '‰') {
                    out.addLike(Chars.NNBSP, in, i);
                    return j;
                }
                if (next == '€' || next == '$' || next == '£' || (Chars.isLetter(next) && NumberWords.isCounted(in, q))) {
                    out.addLike(Chars.NBSP, in, i);
                    return j;
                }
            }
        }
        for (int k = i; k < j; k++) {
            out.copy(in, k);
        }
        return j;
    }

    /** Symbols of units and currencies a number is bound to, in every language ("12 km", "5 %"). */
    private static final java.util.Set<String> UNITS = java.util.Set.of(
            "km", "m", "cm", "mm", "µm", "nm", "kg", "g", "mg", "l", "ml", "cl", "dl", "h", "min", "s", "ms",
            "Hz", "kHz", "MHz", "GHz", "kW", "MW", "kWh", "°C", "°F", "°", "%", "‰", "€", "$", "£", "¥",
            "kB", "MB", "GB", "TB", "pt", "px", "ha", "km²", "m²", "m³");

    /**
     * After a number, the space before a unit's symbol: a narrow no-break space before
     * {@code %} and {@code ‰} (as Duden and the SI set them), a no-break space before the
     * others; 0 when what follows is no unit.
     */
    private static char unitSpace(Cells in, int q) {
        int e = q;
        while (e < in.size && in.isReal(e) && !Chars.isSpace(in.ch[e]) && ".,;:!?)»”“\"'".indexOf(in.ch[e]) < 0) {
            e++;
        }
        String unit = new String(in.ch, q, e - q);
        if (!UNITS.contains(unit)) {
            return 0;
        }
        return unit.equals("%") || unit.equals("‰") ? Chars.NNBSP : Chars.NBSP;
    }

    /** The punctuation at {@code q} ends a phrase (not "a:b" nor "12:30" nor "?q=1"). */
    private static boolean endsPunctuation(Cells in, int q) {
        return q + 1 >= in.size || !in.isReal(q + 1) || !Chars.isLetterOrDigit(in.ch[q + 1]);
    }

    /** Whether {@code ; : ! ?} at {@code i}, glued to what precedes it, should get a space. */
    private static boolean wantsSpaceBefore(Cells in, int i) {
        if (i == 0 || !endsPunctuation(in, i)) {
            return false;
        }
        int p = i - 1;
        char before = in.ch[p];
        if (!in.isReal(p)) {
            return !Chars.isSpace(before) && !in.is(p, Cells.LINE_BREAK) && !in.is(p, Cells.QUOTE_OPENING);
        }
        if (in.is(p, Cells.PROTECTED)) {
            return true; // a link showing its address, then the sentence's own punctuation
        }
        if (Chars.isSpace(before)) {
            return false;
        }
        // one space before a group such as « !? » or « ?! », none inside it
        if (before == '!' || before == '?' || before == ';' || before == ':') {
            return false;
        }
        return before != '(' && before != '[' && before != '{' && before != '«'
                && before != '“' && before != '‘';
    }

    /** The start of the paragraph or line, spaces aside: where a dialogue dash stands. */
    private static boolean isLineStart(Cells in, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (in.is(k, Cells.LINE_BREAK)) {
                return true;
            }
            if (!in.isReal(k) || !Chars.isSpace(in.ch[k])) {
                return false;
            }
        }
        return true;
    }

    private int arabicNumber(Cells in, Cells out, int i, boolean superscriptAllowed) {
        int n = in.size;
        int k = i;
        while (k < n && in.isReal(k) && Chars.isDigit(in.ch[k])) {
            k++;
        }
        // decimals: 1,5 or 3.14
        while (k + 1 < n && (in.ch[k] == ',' || in.ch[k] == '.') && in.isReal(k) && in.isReal(k + 1)
                && Chars.isDigit(in.ch[k + 1])) {
            k++;
            while (k < n && in.isReal(k) && Chars.isDigit(in.ch[k])) {
                k++;
            }
        }
        int m = NumberWords.suffixEnd(in, k);
        if (m > k && NumberWords.isWordEnd(in, m) && NumberWords.isSuffix(in, k, m, NumberWords.ORDINAL_SUFFIXES)) {
            copyOrdinal(in, out, i, k, m, superscriptAllowed);
            lastNumberEnd = m - 1;
            lastNumberGroup = 0;
            return m;
        }
        for (int c = i; c < k; c++) {
            out.copy(in, c);
        }
        if (NumberWords.isWordEnd(in, k)) {
            lastNumberEnd = k - 1;
            boolean bareGroup = k - i <= 3 && (k - i == 3 || !NumberWords.continuesGroups(in, i));
            lastNumberGroup = bareGroup && NumberWords.allDigits(in, i, k) ? k - i : 0;
        }
        return k;
    }

    private int romanNumber(Cells in, Cells out, int i, boolean superscriptAllowed) {
        int n = in.size;
        int k = i;
        while (k < n && in.isReal(k) && NumberWords.isRomanDigit(in.ch[k]) && k - i < 12) {
            k++;
        }
        int m = NumberWords.suffixEnd(in, k);
        if (m > k && NumberWords.isWordEnd(in, m) && NumberWords.isSuffix(in, k, m, NumberWords.ROMAN_ORDINAL_SUFFIXES)
                && NumberWords.isRomanOrdinal(in, i, k, in.ch[k] == 'e' && m - k <= 2 && (m - k == 1 || in.ch[k + 1] == 's'))) {
            copyOrdinal(in, out, i, k, m, superscriptAllowed);
            lastNumberEnd = m - 1;
            lastNumberGroup = 0;
            return m;
        }
        for (int c = i; c < k; c++) {
            out.copy(in, c);
        }
        return k;
    }

    /** Digits as they are, the suffix raised unless it already is (in an earlier pass or by the author). */
    private static void copyOrdinal(Cells in, Cells out, int i, int k, int m, boolean superscriptAllowed) {
        boolean raise = superscriptAllowed;
        for (int c = i; c < m; c++) {
            if (in.is(c, Cells.SCRIPT)) {
                raise = false;
            }
        }
        for (int c = i; c < k; c++) {
            out.copy(in, c);
        }
        for (int c = k; c < m; c++) {
            out.copy(in, c, raise ? Cells.NEW_SUPERSCRIPT : 0);
        }
    }
}
