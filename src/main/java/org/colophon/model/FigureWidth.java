package org.colophon.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The printed width a manuscript gives a figure: a share of the measure ({@code 50%}) or a
 * length ({@code 6cm}, {@code 45mm}, {@code 2.5in}, {@code 120pt}). Written into the XHTML as
 * a CSS width, which both books read back: one value, two books that agree.
 */
public record FigureWidth(double amount, Unit unit) {

    private static final Pattern SYNTAX = Pattern.compile("(\\d{1,4}(?:\\.\\d{1,3})?)\\s*(%|mm|cm|in|pt)");

    /** The units a width may have, with the CSS spelling and the size of one in points. */
    public enum Unit {
        PERCENT("%", 0), MILLIMETRE("mm", 72 / 25.4), CENTIMETRE("cm", 72 / 2.54), INCH("in", 72), POINT("pt", 1);

        private final String css;
        private final double points;

        Unit(String css, double points) {
            this.css = css;
            this.points = points;
        }

        static Unit of(String css) {
            for (Unit u : values()) {
                if (u.css.equals(css)) {
                    return u;
                }
            }
            throw new IllegalArgumentException(css);
        }
    }

    public FigureWidth {
        if (!(amount > 0) || (unit == Unit.PERCENT && amount > 100)) {
            throw new IllegalArgumentException("a figure width is above 0 (and at most 100%): " + amount);
        }
    }

    /**
     * Reads {@code 50%}, {@code 6cm}…; null when the text is none of those (the caller
     * says what was expected, where).
     */
    public static FigureWidth parse(String text) {
        Matcher m = SYNTAX.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        double amount = Double.parseDouble(m.group(1));
        Unit unit = Unit.of(m.group(2));
        if (amount <= 0 || (unit == Unit.PERCENT && amount > 100)) {
            return null;
        }
        return new FigureWidth(amount, unit);
    }

    /** The width in points on a page whose measure is {@code measure} points. */
    public float points(float measure) {
        return (float) (unit == Unit.PERCENT ? measure * amount / 100 : amount * unit.points);
    }

    /** As CSS writes it, e.g. {@code 50%}, {@code 6cm}: the form {@link #parse} reads. */
    public String css() {
        String number = amount == Math.rint(amount) ? Long.toString((long) amount) : Double.toString(amount);
        return number + unit.css;
    }
}
