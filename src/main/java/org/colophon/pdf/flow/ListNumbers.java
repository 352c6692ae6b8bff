package org.colophon.pdf.flow;

/** List markers for {@code list-style-type}. */
public final class ListNumbers {

    private ListNumbers() {
    }

    /** The marker of item {@code n} (1-based), or null for {@code none}. */
    static String marker(String listStyle, int n) {
        return switch (listStyle) {
            case "none" -> null;
            case "disc" -> "•";
            case "circle" -> "◦";
            case "square" -> "▪";
            case "lower-alpha", "lower-latin" -> letters(n, 'a') + ".";
            case "upper-alpha", "upper-latin" -> letters(n, 'A') + ".";
            case "lower-roman" -> roman(n).toLowerCase(java.util.Locale.ROOT) + ".";
            case "upper-roman" -> roman(n) + ".";
            default -> n + ".";
        };
    }

    private static String letters(int n, char a) {
        StringBuilder sb = new StringBuilder();
        for (int k = Math.max(1, n); k > 0; k = (k - 1) / 26) {
            sb.insert(0, (char) (a + (k - 1) % 26));
        }
        return sb.toString();
    }

    public static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                sb.append(symbols[i]);
                n -= values[i];
            }
        }
        return sb.toString();
    }
}
