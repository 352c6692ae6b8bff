package org.colophon.cover;

import java.util.List;
import java.util.Locale;
import org.colophon.pdf.css.CssTerm;
import org.colophon.pdf.css.Lengths;
import org.colophon.pdf.css.PageRule;

/**
 * The paper the interior is printed on, as far as the cover needs it: how thick the book
 * is per page. print.css names it on {@code @page} with {@code -colophon-paper}: a preset
 * ({@code white}, {@code cream}, {@code colour}) or a length per page.
 *
 * <p>The presets are the per-page factors Amazon KDP publishes for its paperbacks (white
 * 0.002252 in, cream 0.0025 in, premium colour 0.002347 in per page); other print-on-demand
 * services differ by a few per cent, which is why a length can be given instead.
 *
 * @param name      the preset's name, or the length as written
 * @param perPage   the thickness one page adds to the spine, in points
 */
public record Paper(String name, float perPage) {

    /** The declaration that names the paper on {@code @page}. */
    public static final String PROPERTY = "-colophon-paper";

    public static final Paper WHITE = new Paper("white", inches(0.002252));
    public static final Paper CREAM = new Paper("cream", inches(0.0025));
    public static final Paper COLOUR = new Paper("colour", inches(0.002347));

    /** The paper {@code @page} names (its last {@code -colophon-paper}), else white. */
    public static Paper from(List<PageRule> rules) {
        return PageRule.lastValue(rules, PROPERTY).map(terms -> of(terms.get(0))).orElse(WHITE);
    }

    /** A preset by name, else a length per page (print.css has been checked: it is one or the other). */
    static Paper of(CssTerm term) {
        if (term.kind() == CssTerm.Kind.IDENT) {
            return switch (term.text().toLowerCase(Locale.ROOT)) {
                case "cream" -> CREAM;
                case "colour", "color" -> COLOUR;
                default -> WHITE;
            };
        }
        return new Paper(term.text(), Lengths.toPoints(term, 10, 10, 0));
    }

    /** How a message names it: "white paper", "paper of 0.1mm a page". */
    public String describe() {
        return equals(WHITE) || equals(CREAM) || equals(COLOUR)
                ? name + " paper" : "paper of " + name + " a page";
    }

    /** The spine of a book of {@code pages} pages on this paper, in points. */
    public float spine(int pages) {
        return pages * perPage;
    }

    private static float inches(double perPage) {
        return (float) (perPage * 72);
    }
}
