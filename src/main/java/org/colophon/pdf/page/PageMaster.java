package org.colophon.pdf.page;

import java.util.List;
import org.colophon.error.Warnings;
import org.colophon.pdf.css.CssTerm;
import org.colophon.pdf.css.Declaration;
import org.colophon.pdf.css.Lengths;
import org.colophon.pdf.css.PageRule;
import org.colophon.pdf.css.PageSizes;

/**
 * Page geometry from the {@code @page} rules, in points. Page 0 is a recto (a right-hand
 * page); {@code :left} rules apply to versos, {@code :right} to rectos, {@code :first} to
 * page 0. The trim size is the {@code size}; the media box adds {@code bleed} on every side.
 */
public record PageMaster(float width, float height, float bleed, Margins first, Margins recto, Margins verso) {

    /** Margins of one page, from its trim edges. */
    public record Margins(float top, float right, float bottom, float left) {}

    public Margins margins(int pageIndex) {
        if (pageIndex == 0) {
            return first;
        }
        return pageIndex % 2 == 0 ? recto : verso;
    }

    public static PageMaster from(List<PageRule> rules, String file, Warnings warnings) {
        float mm = Lengths.MM;
        float[] size = PageSizes.named("A5");
        float bleed = 3 * mm;
        float[] all = {20 * mm, 24 * mm, 28 * mm, 18 * mm};
        for (PageRule rule : rules) {
            if (!rule.pseudo().isEmpty()) {
                continue;
            }
            for (Declaration d : rule.declarations()) {
                List<CssTerm> terms = d.value().operands();
                switch (d.property()) {
                    case "size" -> size = terms.size() == 1 ? PageSizes.named(terms.get(0).text())
                            : new float[] {Math.max(3, points(terms.get(0))), Math.max(3, points(terms.get(1)))};
                    case "bleed" -> bleed = points(terms.get(0));
                    default -> applyMargin(all, d);
                }
            }
        }
        float[] right = apply(all, rules, "right");
        float[] left = apply(all, rules, "left");
        float[] first = apply(right, rules, "first");
        if (right[1] + right[3] > size[0] - 72 || right[0] + right[2] > size[1] - 72) {
            warnings.warn(file, 0, 0, "the page margins leave less than an inch of text block");
        }
        return new PageMaster(size[0], size[1], bleed, margins(first), margins(right), margins(left));
    }

    private static float[] apply(float[] base, List<PageRule> rules, String pseudo) {
        float[] out = base.clone();
        for (PageRule rule : rules) {
            if (rule.pseudo().equals(pseudo)) {
                rule.declarations().forEach(d -> applyMargin(out, d));
            }
        }
        return out;
    }

    private static void applyMargin(float[] m, Declaration d) {
        List<CssTerm> t = d.value().operands();
        switch (d.property()) {
            case "margin" -> {
                float top = points(t.get(0));
                float right = t.size() > 1 ? points(t.get(1)) : top;
                float bottom = t.size() > 2 ? points(t.get(2)) : top;
                float left = t.size() > 3 ? points(t.get(3)) : right;
                m[0] = top;
                m[1] = right;
                m[2] = bottom;
                m[3] = left;
            }
            case "margin-top" -> m[0] = points(t.get(0));
            case "margin-right" -> m[1] = points(t.get(0));
            case "margin-bottom" -> m[2] = points(t.get(0));
            case "margin-left" -> m[3] = points(t.get(0));
            default -> { }
        }
    }

    /** Held within what a PDF page can be (3 to 14,400 units): PDFBox cannot write larger numbers. */
    private static float points(CssTerm t) {
        float v = Lengths.toPoints(t, 10, 10, 0);
        return Float.isNaN(v) ? 0 : Math.max(0, Math.min(14400, v));
    }

    private static Margins margins(float[] m) {
        return new Margins(m[0], m[1], m[2], m[3]);
    }

    /** Width of the text block; the same on every page (inner and outer margins swap). */
    public float measure() {
        return width - recto.left() - recto.right();
    }

    public float textHeight(int pageIndex) {
        Margins m = margins(pageIndex);
        return height - m.top() - m.bottom();
    }
}
