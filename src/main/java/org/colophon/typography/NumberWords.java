package org.colophon.typography;

import java.util.Set;

/**
 * How French numbers look in running text: where a number starts and ends, which letters
 * after it make an ordinal ({@code 1er}, {@code 2e}, {@code XIXe}), whether three digits
 * after it are a group of thousands, and whether the word after it is what it counts.
 */
final class NumberWords {

    static final Set<String> ORDINAL_SUFFIXES = Set.of(
            "er", "re", "ère", "e", "ème", "eme", "es", "ers", "res", "ères", "èmes",
            "nd", "nde", "nds", "ndes");
    static final Set<String> ROMAN_ORDINAL_SUFFIXES = Set.of("e", "es", "er", "re", "ère");
    /**
     * Short words that follow a number without being counted by it: the number is then
     * most likely a year ("en 1914 les troupes"), and nothing ties it to what follows.
     */
    private static final Set<String> NOT_COUNTED = Set.of(
            "le", "la", "les", "l", "un", "une", "de", "du", "des", "d", "et", "ou", "à", "au",
            "aux", "en", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "j", "tu",
            "que", "qu", "qui", "se", "s", "ce", "c", "par", "pour", "sur", "dans", "avec",
            "sans", "mais", "donc", "or", "ni", "car", "est", "a", "sont", "fut", "était", "n",
            "ont", "avait", "furent", "sera", "où", "quand", "comme", "puis", "après", "avant",
            "jusqu", "depuis", "chez", "si", "ne", "y", "déjà", "encore", "aussi", "alors");

    private NumberWords() {}

    /** Exactly three digits start at {@code q}: a group of thousands ("3 000", "1 250 000"). */
    static boolean isThousands(Cells in, int q) {
        for (int k = q; k < q + 3; k++) {
            if (k >= in.size || !in.isReal(k) || !Chars.isDigit(in.ch[k])) {
                return false;
            }
        }
        return q + 3 >= in.size || !in.isReal(q + 3) || !Chars.isDigit(in.ch[q + 3]);
    }

    /** A number begins here: not inside a word, a code like COVID-19, or a decimal. */
    static boolean isWordStart(Cells in, int i) {
        if (i == 0 || !in.isReal(i - 1)) {
            return true;
        }
        char before = in.ch[i - 1];
        return !(Chars.isLetterOrDigit(before) || before == '-' || before == '.' || before == ','
                || before == '/' || before == '_' || before == '’' || before == '\'' || before == '‑');
    }

    static boolean isWordEnd(Cells in, int k) {
        return k >= in.size || !in.isReal(k) || !Chars.isLetterOrDigit(in.ch[k]);
    }

    /** Whether cells {@code [i, k)} are all digits. */
    static boolean allDigits(Cells in, int i, int k) {
        for (int c = i; c < k; c++) {
            if (!Chars.isDigit(in.ch[c])) {
                return false;
            }
        }
        return true;
    }

    /** A group shorter than three digits cannot follow another group: "3 000" yes, "3 00" no. */
    static boolean continuesGroups(Cells in, int i) {
        return i > 0 && in.isReal(i - 1) && in.ch[i - 1] == Chars.NNBSP && i > 1 && Chars.isDigit(in.ch[i - 2]);
    }

    /** Lower-case letters right after a number, at most five of them. */
    static int suffixEnd(Cells in, int k) {
        int m = k;
        while (m < in.size && m - k < 5 && in.isReal(m) && Character.isLowerCase(in.ch[m])) {
            m++;
        }
        return m;
    }

    static boolean isSuffix(Cells in, int k, int m, Set<String> suffixes) {
        return suffixes.contains(new String(in.ch, k, m - k));
    }

    static boolean isRomanDigit(char c) {
        switch (c) {
            case 'I': case 'V': case 'X': case 'L': case 'C': case 'D': case 'M':
                return true;
            default:
                return false;
        }
    }

    /**
     * Whether cells {@code [i, k)} form a well-formed Roman numeral that can be an ordinal:
     * "I" takes "er"/"re" (Ier), any other numeral "e" (IIe, XXe). Lone L, C, D and M are
     * refused: "Le", "Ce", "De", "Me" are words.
     */
    static boolean isRomanOrdinal(Cells in, int i, int k, boolean plainE) {
        String numeral = new String(in.ch, i, k - i);
        if (numeral.equals("I")) {
            return !plainE;
        }
        if (!plainE) {
            return false;
        }
        if (numeral.length() == 1 && "LCDM".indexOf(numeral.charAt(0)) >= 0) {
            return false;
        }
        int value = RomanNumerals.parse(numeral);
        return value > 0 && RomanNumerals.format(value).equals(numeral);
    }

    /** Whether the word at {@code q} is what the number before it counts. */
    static boolean isCounted(Cells in, int q) {
        int end = q;
        while (end < in.size && end - q <= 6 && in.isReal(end) && Chars.isLetter(in.ch[end])) {
            end++;
        }
        if (end - q > 6) {
            return true;
        }
        char[] word = new char[end - q];
        for (int k = q; k < end; k++) {
            word[k - q] = Character.toLowerCase(in.ch[k]);
        }
        return !NOT_COUNTED.contains(new String(word));
    }
}
