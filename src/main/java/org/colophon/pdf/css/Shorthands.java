package org.colophon.pdf.css;

import java.util.List;

/** Which longhand properties a declaration sets. */
final class Shorthands {

    private static final List<String> MARGIN = List.of("margin-top", "margin-right", "margin-bottom", "margin-left");

    private Shorthands() {
    }

    static List<String> expand(String property) {
        return switch (property) {
            case "margin" -> MARGIN;
            case "page-break-before" -> List.of("break-before");
            case "page-break-after" -> List.of("break-after");
            case "page-break-inside" -> List.of("break-inside");
            case "font-variant-caps" -> List.of("font-variant");
            case "-epub-hyphens", "-webkit-hyphens" -> List.of("hyphens");
            case "text-wrap" -> List.of("text-wrap-style"); // of its values, only balance matters in print
            default -> List.of(property);
        };
    }
}
