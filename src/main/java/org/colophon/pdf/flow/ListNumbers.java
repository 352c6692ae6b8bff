package org.colophon.pdf.flow;

import java.util.List;
import java.util.function.IntPredicate;

/** List markers for {@code list-style-type}. */
public final class ListNumbers {

    /**
     * The bullets of {@code circle} and {@code square}, then what stands for them in a face
     * that lacks them (Source Serif 4 has neither ◦ nor ▪): a dash, a bullet.
     */
    private static final List<String> CIRCLES = List.of("◦", "–");
    private static final List<String> SQUARES = List.of("▪", "•");

    private ListNumbers() {
    }

    /**
     * The marker of item {@code n} (1-based), or null for {@code none}; a bullet the face
     * cannot show ({@code hasGlyph} false) is replaced by one it can.
     */
    static String marker(String listStyle, int n, IntPredicate hasGlyph) {
        return switch (listStyle) {
            case "none" -> null;
            case "disc" -> "•";
            case "circle" -> drawable(CIRCLES, hasGlyph);
            case "square" -> drawable(SQUARES, hasGlyph);
            case "lower-alpha", "lower-latin" -> letters(n, 'a') + ".";
            case "upper-alpha", "upper-latin" -> letters(n, 'A') + ".";
            case "lower-roman" -> roman(n).toLowerCase(java.util.Locale.ROOT) + ".";
            case "upper-roman" -> roman(n) + ".";
            default -> n + ".";
        };
    }

    private static String drawable(List<String> bullets, IntPredicate hasGlyph) {
        for (String b : bullets) {
            if (b.codePoints().allMatch(hasGlyph)) {
                return b;
            }
        }
        return bullets.get(0);
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
