package org.colophon.pdf.css;

import java.util.Locale;
import java.util.Map;

/** The colour values print styles may give: {@code #rgb}, {@code #rrggbb}, {@code rgb(r, g, b)} and a few names. */
final class CssColors {

    /** Not a colour this reader knows. */
    static final int NONE = -1;

    private static final Map<String, Integer> NAMES = Map.of(
            "black", 0x000000, "white", 0xFFFFFF, "gray", 0x808080, "grey", 0x808080,
            "red", 0xFF0000, "green", 0x008000, "blue", 0x0000FF, "navy", 0x000080, "maroon", 0x800000,
            "purple", 0x800080);

    private CssColors() {
    }

    /** The colour as 0xRRGGBB, or {@link #NONE}. */
    static int parse(CssTerm t) {
        String s = t.text().strip().toLowerCase(Locale.ROOT);
        if (t.kind() == CssTerm.Kind.IDENT) {
            return NAMES.getOrDefault(s, NONE);
        }
        if (s.startsWith("#")) {
            String hex = s.substring(1);
            if (hex.length() == 3) {
                hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
            }
            return hex.matches("[0-9a-f]{6}") ? Integer.parseInt(hex, 16) : NONE;
        }
        if (s.startsWith("rgb(") && s.endsWith(")")) {
            String[] parts = s.substring(4, s.length() - 1).split("[,\\s]+");
            if (parts.length != 3) {
                return NONE;
            }
            int rgb = 0;
            for (String part : parts) {
                if (!part.matches("\\d{1,3}") || Integer.parseInt(part) > 255) {
                    return NONE;
                }
                rgb = rgb << 8 | Integer.parseInt(part);
            }
            return rgb;
        }
        return NONE;
    }
}
