package org.colophon.pdf.css;

/** CSS lengths in points. */
public final class Lengths {

    public static final float MM = 72f / 25.4f;

    private Lengths() {
    }

    /** True for a length in a supported unit, a unitless 0, or (when allowed) a percentage. */
    static boolean isLength(CssTerm t, boolean percentAllowed) {
        if (t.kind() == CssTerm.Kind.LENGTH) {
            return switch (t.unit()) {
                case "pt", "mm", "cm", "in", "pc", "px", "em", "rem", "q" -> true;
                default -> false;
            };
        }
        return (t.kind() == CssTerm.Kind.NUMBER && t.number() == 0) || (percentAllowed && t.kind() == CssTerm.Kind.PERCENT);
    }

    /**
     * The length in points; {@code em} is relative to {@code fontSize}, {@code rem} to
     * {@code rootFontSize}, {@code %} to {@code percentBase}.
     */
    public static float toPoints(CssTerm t, float fontSize, float rootFontSize, float percentBase) {
        double n = t.number();
        if (t.kind() == CssTerm.Kind.PERCENT) {
            return (float) (n * percentBase / 100);
        }
        if (t.kind() != CssTerm.Kind.LENGTH) {
            return (float) n;
        }
        return (float) switch (t.unit()) {
            case "pt" -> n;
            case "mm" -> n * MM;
            case "cm" -> n * 10 * MM;
            case "q" -> n * MM / 4;
            case "in" -> n * 72;
            case "pc" -> n * 12;
            case "px" -> n * 0.75;
            case "em" -> n * fontSize;
            case "rem" -> n * rootFontSize;
            default -> n;
        };
    }
}
