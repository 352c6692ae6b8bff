package org.colophon.typography;

/**
 * Roman numerals, to tell "XIXe" (an ordinal) from "VV" or "IIII" (not numerals), and to
 * number parts.
 */
public final class RomanNumerals {

    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private RomanNumerals() {}

    /** The value of an upper-case numeral read additively-subtractively, or 0 if a letter is not a digit. */
    static int parse(String numeral) {
        int total = 0;
        for (int k = 0; k < numeral.length(); k++) {
            int v = value(numeral.charAt(k));
            if (v == 0) {
                return 0;
            }
            int next = k + 1 < numeral.length() ? value(numeral.charAt(k + 1)) : 0;
            total += v < next ? -v : v;
        }
        return total;
    }

    /** The canonical numeral of a value from 1 to 3999. */
    public static String format(int value) {
        if (value <= 0 || value >= 4000) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        int rest = value;
        for (int k = 0; k < VALUES.length; k++) {
            while (rest >= VALUES[k]) {
                sb.append(SYMBOLS[k]);
                rest -= VALUES[k];
            }
        }
        return sb.toString();
    }

    private static int value(char c) {
        switch (c) {
            case 'I': return 1;
            case 'V': return 5;
            case 'X': return 10;
            case 'L': return 50;
            case 'C': return 100;
            case 'D': return 500;
            case 'M': return 1000;
            default: return 0;
        }
    }
}
