package org.colophon.pdf;

import java.util.List;
import org.colophon.pdf.css.CssTerm;
import org.colophon.pdf.css.PageRule;
import org.colophon.pdf.text.Justification;

/**
 * The justification print.css's {@code @page} asks for: {@code -colophon-word-spacing}
 * (min, optimum and max, or min and max around 100 %, as percentages of the font's space),
 * {@code -colophon-letter-spacing} (per line, either way) and {@code -colophon-glyph-scaling}
 * (per paragraph, either way, and its step). What a property does not say is the default's;
 * the style sheet parser has already warned about values it refused and dropped them.
 */
final class PrintJustification {

    private PrintJustification() {
    }

    static Justification of(List<PageRule> rules) {
        Justification d = Justification.DEFAULT;
        float min = d.wordSpaceMin();
        float opt = d.wordSpaceOpt();
        float max = d.wordSpaceMax();
        List<CssTerm> words = PageRule.lastValue(rules, "-colophon-word-spacing").orElse(List.of());
        if (words.size() == 2) {
            min = fraction(words.get(0));
            opt = 1f;
            max = fraction(words.get(1));
        } else if (words.size() == 3) {
            min = fraction(words.get(0));
            opt = fraction(words.get(1));
            max = fraction(words.get(2));
        }
        if (!(min <= opt && opt <= max)) { // "60% 150%" around an optimum of 100 % that is outside
            opt = Math.max(min, Math.min(max, opt));
        }
        float letters = amount(rules, "-colophon-letter-spacing", 0, d.letterSpacing());
        float glyphs = amount(rules, "-colophon-glyph-scaling", 0, d.glyphScaling());
        float step = amount(rules, "-colophon-glyph-scaling", 1, glyphs == d.glyphScaling() ? d.glyphScalingStep() : glyphs);
        return new Justification(min, opt, max, letters, glyphs, Math.min(step, glyphs));
    }

    /** Term {@code index} of {@code property} as a fraction, 0 for none, {@code otherwise} when absent. */
    private static float amount(List<PageRule> rules, String property, int index, float otherwise) {
        List<CssTerm> value = PageRule.lastValue(rules, property).orElse(List.of());
        if (value.size() == 1 && value.get(0).isIdent("none")) {
            return 0;
        }
        return index < value.size() ? fraction(value.get(index)) : otherwise;
    }

    private static float fraction(CssTerm percent) {
        return (float) (percent.number() / 100);
    }
}
