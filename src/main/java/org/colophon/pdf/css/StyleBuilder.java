package org.colophon.pdf.css;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns the winning declarations of one element into its computed style. */
final class StyleBuilder {

    private final ComputedStyle parent;
    private final float rootFontSize;
    private final float containingWidth;

    StyleBuilder(ComputedStyle parent, float rootFontSize, float containingWidth) {
        this.parent = parent;
        this.rootFontSize = rootFontSize;
        this.containingWidth = containingWidth;
    }

    /**
     * Sizes are held within what a page can show: ems of ems (* { font-size: 100000em })
     * grow without bound, and PDFBox cannot write numbers of ten digits or more.
     */
    static final float MAX_FONT_SIZE = 2000;
    static final float MAX_LENGTH = 14400; // the largest page a PDF may have, in points

    private static float bounded(float value, float min, float max, float otherwise) {
        return Float.isNaN(value) ? otherwise : Math.max(min, Math.min(max, value));
    }

    ComputedStyle build(Map<String, Declaration> d, String lang) {
        float fontSize = bounded(fontSize(d.get("font-size")), 0.01f, MAX_FONT_SIZE, parent.fontSize());
        float lineHeightFactor = parent.lineHeightFactor();
        float lineHeight = Float.isNaN(lineHeightFactor) ? parent.lineHeight() : lineHeightFactor * fontSize;
        Declaration lh = d.get("line-height");
        if (lh != null) {
            CssTerm t = lh.value().first();
            if (t.kind() == CssTerm.Kind.NUMBER) {
                lineHeightFactor = (float) t.number();
                lineHeight = lineHeightFactor * fontSize;
            } else if (t.isIdent("normal")) {
                lineHeightFactor = 1.2f;
                lineHeight = 1.2f * fontSize;
            } else {
                lineHeightFactor = Float.NaN;
                lineHeight = Lengths.toPoints(t, fontSize, rootFontSize, fontSize);
            }
        }
        lineHeight = bounded(lineHeight, 0.01f, MAX_LENGTH, parent.lineHeight());
        return new ComputedStyle(
                display(d.get("display")),
                families(d.get("font-family")),
                ident(d, "font-style", parent.italic() ? "italic" : "normal").matches("italic|oblique"),
                d.containsKey("font-weight") ? FontWeights.parse(d.get("font-weight").value().first(), parent.weight())
                        : parent.weight(),
                ident(d, "font-variant", parent.smallCaps() ? "small-caps" : "normal").equals("small-caps"),
                fontSize,
                lineHeight,
                lineHeightFactor,
                d.containsKey("text-indent") ? length(d.get("text-indent"), 0, fontSize) : parent.textIndent(),
                textAlign(d.get("text-align")),
                hyphens(d.get("hyphens")),
                d.containsKey("text-wrap-style") ? ident(d, "text-wrap-style", "auto").equals("balance") : parent.balance(),
                d.containsKey("white-space") ? ident(d, "white-space", "normal").startsWith("pre")
                        : parent.preserveWhiteSpace(),
                margin(d.get("margin-top"), 0, fontSize),
                margin(d.get("margin-bottom"), 2, fontSize),
                margin(d.get("margin-left"), 3, fontSize),
                margin(d.get("margin-right"), 1, fontSize),
                breakValue(d.get("break-before")),
                breakValue(d.get("break-after")),
                d.containsKey("break-inside") && !ident(d, "break-inside", "auto").equals("auto"),
                verticalAlign(d.get("vertical-align")),
                d.containsKey("list-style-type") ? ident(d, "list-style-type", "disc") : parent.listStyle(),
                content(d.get("content")),
                lang,
                d.containsKey("white-space") ? ident(d, "white-space", "normal").equals("pre-wrap") : parent.preWrap(),
                color(d.get("color")),
                hyphenateCharacter(d.get("hyphenate-character")),
                hyphenateLimitChars(d.get("hyphenate-limit-chars")),
                d.containsKey("hanging-punctuation") ? !ident(d, "hanging-punctuation", "none").equals("none")
                        : parent.hangingPunctuation(),
                protrusion(d.get("-colophon-protrusion")));
    }

    /**
     * {@code auto} (the default table) or groups of a string and two numbers, the amounts
     * of each of the string's characters ({@link PropertyCheck} let only those through).
     */
    private Map<Integer, ComputedStyle.Hang> protrusion(Declaration d) {
        if (d == null) {
            return parent.protrusion();
        }
        List<CssTerm> terms = d.value().operands();
        if (terms.size() == 1 && terms.get(0).isIdent("auto")) {
            return Map.of();
        }
        Map<Integer, ComputedStyle.Hang> out = new java.util.HashMap<>();
        for (int k = 0; k + 2 < terms.size(); k += 3) {
            ComputedStyle.Hang hang = new ComputedStyle.Hang((float) terms.get(k + 1).number(),
                    (float) terms.get(k + 2).number());
            terms.get(k).text().codePoints().forEach(c -> out.put(c, hang));
        }
        return out;
    }

    /** One to three counts or {@code auto}s: word, before (after the same when not given), after. */
    private ComputedStyle.LimitChars hyphenateLimitChars(Declaration d) {
        if (d == null) {
            return parent.hyphenateLimitChars();
        }
        List<CssTerm> terms = d.value().operands();
        int[] out = new int[3];
        for (int k = 0; k < 3; k++) {
            // CSS: a missing third value is the second
            CssTerm t = k < terms.size() ? terms.get(k) : k == 2 && terms.size() == 2 ? terms.get(1) : null;
            out[k] = t != null && t.kind() == CssTerm.Kind.NUMBER ? Math.max(1, Math.min(32, (int) t.number())) : 0;
        }
        return new ComputedStyle.LimitChars(out[0], out[1], out[2]);
    }

    private int color(Declaration d) {
        int c = d == null ? CssColors.NONE : CssColors.parse(d.value().first());
        return c == CssColors.NONE ? parent.color() : c;
    }

    private String hyphenateCharacter(Declaration d) {
        if (d == null) {
            return parent.hyphenateCharacter();
        }
        CssTerm t = d.value().first();
        return t.kind() == CssTerm.Kind.STRING && !t.text().isEmpty() ? t.text() : null;
    }

    private float fontSize(Declaration d) {
        float inherited = parent.fontSize();
        if (d == null) {
            return inherited;
        }
        CssTerm t = d.value().first();
        if (t.isIdent("smaller")) {
            return inherited / 1.2f;
        }
        if (t.isIdent("larger")) {
            return inherited * 1.2f;
        }
        return Lengths.toPoints(t, inherited, rootFontSize, inherited);
    }

    private static String content(Declaration d) {
        return d == null || d.value().first().kind() != CssTerm.Kind.STRING ? null : d.value().first().text();
    }

    private ComputedStyle.Display display(Declaration d) {
        if (d == null) {
            return ComputedStyle.Display.INLINE;
        }
        return switch (d.value().first().text()) {
            case "block" -> ComputedStyle.Display.BLOCK;
            case "none" -> ComputedStyle.Display.NONE;
            case "list-item" -> ComputedStyle.Display.LIST_ITEM;
            default -> ComputedStyle.Display.INLINE;
        };
    }

    private List<String> families(Declaration d) {
        if (d == null) {
            return parent.fontFamilies();
        }
        List<String> out = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        for (CssTerm t : d.value().terms()) {
            if (t.kind() == CssTerm.Kind.OPERATOR) {
                if (!name.isEmpty()) {
                    out.add(name.toString());
                    name.setLength(0);
                }
            } else {
                if (!name.isEmpty()) {
                    name.append(' '); // unquoted names of several words: Source Serif 4
                }
                name.append(t.text());
            }
        }
        if (!name.isEmpty()) {
            out.add(name.toString());
        }
        return out;
    }

    private static String ident(Map<String, Declaration> d, String property, String otherwise) {
        Declaration decl = d.get(property);
        return decl == null ? otherwise : decl.value().first().text().toLowerCase(java.util.Locale.ROOT);
    }

    private float length(Declaration d, int index, float fontSize) {
        List<CssTerm> terms = d.value().operands();
        CssTerm t = terms.get(Math.min(index, terms.size() - 1));
        return t.isIdent("auto") ? 0
                : bounded(Lengths.toPoints(t, fontSize, rootFontSize, containingWidth), -MAX_LENGTH, MAX_LENGTH, 0);
    }

    private float margin(Declaration d, int side, float fontSize) {
        if (d == null) {
            return 0;
        }
        if (!d.property().equals("margin")) {
            return length(d, 0, fontSize);
        }
        List<CssTerm> terms = d.value().operands();
        int n = terms.size();
        // CSS box shorthand: top right bottom left, missing sides copy their opposite
        int index = switch (n) {
            case 1 -> 0;
            case 2 -> side % 2;
            case 3 -> side == 3 ? 1 : side;
            default -> side;
        };
        return length(d, index, fontSize);
    }

    private ComputedStyle.TextAlign textAlign(Declaration d) {
        if (d == null) {
            return parent.textAlign();
        }
        return switch (d.value().first().text()) {
            case "right", "end" -> ComputedStyle.TextAlign.RIGHT;
            case "center" -> ComputedStyle.TextAlign.CENTER;
            case "justify" -> ComputedStyle.TextAlign.JUSTIFY;
            default -> ComputedStyle.TextAlign.LEFT;
        };
    }

    private ComputedStyle.Hyphens hyphens(Declaration d) {
        if (d == null) {
            return parent.hyphens();
        }
        return switch (d.value().first().text()) {
            case "auto" -> ComputedStyle.Hyphens.AUTO;
            case "none" -> ComputedStyle.Hyphens.NONE;
            default -> ComputedStyle.Hyphens.MANUAL;
        };
    }

    private static ComputedStyle.Break breakValue(Declaration d) {
        if (d == null) {
            return ComputedStyle.Break.AUTO;
        }
        return switch (d.value().first().text()) {
            case "always", "page" -> ComputedStyle.Break.PAGE;
            case "right", "recto" -> ComputedStyle.Break.RECTO;
            case "left", "verso" -> ComputedStyle.Break.VERSO;
            case "avoid" -> ComputedStyle.Break.AVOID;
            default -> ComputedStyle.Break.AUTO;
        };
    }

    private static ComputedStyle.VerticalAlign verticalAlign(Declaration d) {
        if (d == null) {
            return ComputedStyle.VerticalAlign.BASELINE;
        }
        return switch (d.value().first().text()) {
            case "super" -> ComputedStyle.VerticalAlign.SUPER;
            case "sub" -> ComputedStyle.VerticalAlign.SUB;
            default -> ComputedStyle.VerticalAlign.BASELINE;
        };
    }
}
