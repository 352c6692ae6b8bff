package org.colophon.pdf.css;

/** {@code font-weight} keywords and numbers. */
final class FontWeights {

    private FontWeights() {
    }

    static int parse(CssTerm t, int inherited) {
        if (t.kind() == CssTerm.Kind.NUMBER) {
            return (int) Math.round(t.number());
        }
        return switch (t.text().toLowerCase(java.util.Locale.ROOT)) {
            case "normal" -> 400;
            case "bold" -> 700;
            case "bolder" -> Math.min(900, inherited + 300);
            case "lighter" -> Math.max(100, inherited - 300);
            default -> inherited;
        };
    }
}
