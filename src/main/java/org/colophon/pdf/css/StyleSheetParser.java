package org.colophon.pdf.css;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;
import org.colophon.error.Warnings;
import org.htmlunit.cssparser.dom.AbstractCSSRuleImpl;
import org.htmlunit.cssparser.dom.CSSCharsetRuleImpl;
import org.htmlunit.cssparser.dom.CSSFontFaceRuleImpl;
import org.htmlunit.cssparser.dom.CSSMediaRuleImpl;
import org.htmlunit.cssparser.dom.CSSPageRuleImpl;
import org.htmlunit.cssparser.dom.CSSStyleDeclarationImpl;
import org.htmlunit.cssparser.dom.CSSStyleRuleImpl;
import org.htmlunit.cssparser.dom.CSSStyleSheetImpl;
import org.htmlunit.cssparser.dom.CSSUnknownRuleImpl;
import org.htmlunit.cssparser.dom.CSSValueImpl;
import org.htmlunit.cssparser.dom.Property;
import org.htmlunit.cssparser.parser.CSSErrorHandler;
import org.htmlunit.cssparser.parser.CSSOMParser;
import org.htmlunit.cssparser.parser.CSSParseException;
import org.htmlunit.cssparser.parser.InputSource;
import org.htmlunit.cssparser.parser.Locator;
import org.htmlunit.cssparser.parser.condition.Condition;
import org.htmlunit.cssparser.parser.selector.ChildSelector;
import org.htmlunit.cssparser.parser.selector.DescendantSelector;
import org.htmlunit.cssparser.parser.selector.DirectAdjacentSelector;
import org.htmlunit.cssparser.parser.selector.ElementSelector;
import org.htmlunit.cssparser.parser.selector.SimpleSelector;

/**
 * Reads a print style sheet with htmlunit-cssparser and keeps what the typesetter
 * supports (see {@code docs/print-css.md}). Syntax errors fail the build with
 * file:line:column, and so does a wrong value of a property that is the designer's own
 * table ({@link PropertyCheck#mustBeRight}); a selector or property outside the subset is a
 * warning with its line.
 */
public final class StyleSheetParser {

    private final Warnings warnings;

    public StyleSheetParser(Warnings warnings) {
        this.warnings = warnings;
    }

    public StyleSheet parse(String css, String file) throws BuildException {
        List<Diagnostic> errors = new ArrayList<>();
        CSSOMParser parser = new CSSOMParser();
        parser.setErrorHandler(new CSSErrorHandler() {
            @Override
            public void warning(CSSParseException e) {
                // the parser's warnings only echo its errors ("ignoring the whole rule")
            }

            @Override
            public void error(CSSParseException e) {
                errors.add(Diagnostic.error(file, e.getLineNumber(), e.getColumnNumber(), cleanMessage(e.getMessage())));
            }

            @Override
            public void fatalError(CSSParseException e) {
                error(e);
            }
        });
        CSSStyleSheetImpl sheet;
        try {
            sheet = parser.parseStyleSheet(new InputSource(new StringReader(css)), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        if (!errors.isEmpty()) {
            throw new BuildException(errors);
        }
        List<StyleRule> rules = new ArrayList<>();
        List<PageRule> pages = new ArrayList<>();
        List<FontFaceRule> fonts = new ArrayList<>();
        collect(sheet.getCssRules().getRules(), file, rules, pages, fonts, errors);
        if (!errors.isEmpty()) {
            throw new BuildException(errors);
        }
        return new StyleSheet(file, rules, pages, fonts);
    }

    private void collect(List<AbstractCSSRuleImpl> source, String file, List<StyleRule> rules,
                         List<PageRule> pages, List<FontFaceRule> fonts, List<Diagnostic> errors) {
        for (AbstractCSSRuleImpl rule : source) {
            Locator at = rule.getLocator();
            int line = at == null ? 0 : at.getLineNumber();
            int column = at == null ? 0 : at.getColumnNumber();
            if (rule instanceof CSSStyleRuleImpl styleRule) {
                List<Declaration> declarations = declarations(styleRule.getStyle(), file, PropertyCheck.Context.ELEMENT, errors);
                for (org.htmlunit.cssparser.parser.selector.Selector s : styleRule.getSelectors()) {
                    Selector selector = convert(s, file, line, column);
                    if (selector != null) {
                        rules.add(new StyleRule(selector, declarations, rules.size()));
                    }
                }
            } else if (rule instanceof CSSPageRuleImpl pageRule) {
                String pseudo = pageRule.getSelectorText() == null ? "" : pageRule.getSelectorText().trim();
                if (pseudo.startsWith(":")) {
                    pseudo = pseudo.substring(1);
                }
                if (!pseudo.isEmpty() && !List.of("left", "right", "first").contains(pseudo)) {
                    warnings.warn(file, line, column, "@page " + pageRule.getSelectorText()
                            + " is not supported (only @page, @page :left, :right and :first); rule ignored");
                    continue;
                }
                pages.add(new PageRule(pseudo, declarations(pageRule.getStyle(), file, PropertyCheck.Context.PAGE, errors)));
            } else if (rule instanceof CSSFontFaceRuleImpl fontRule) {
                FontFaceRule face = fontFace(declarations(fontRule.getStyle(), file, PropertyCheck.Context.FONT_FACE, errors),
                        file, line, column);
                if (face != null) {
                    fonts.add(face);
                }
            } else if (rule instanceof CSSMediaRuleImpl media) {
                String mediaText = media.getMediaList().getMediaText().toLowerCase(Locale.ROOT);
                if (mediaText.isBlank() || mediaText.contains("print") || mediaText.contains("all")) {
                    collect(media.getCssRules().getRules(), file, rules, pages, fonts, errors);
                }
            } else if (rule instanceof CSSCharsetRuleImpl) {
                continue;
            } else if (rule instanceof CSSUnknownRuleImpl unknown && unknown.getCssText().startsWith("@namespace")) {
                continue; // prefixed attribute selectors match by local name; see docs/print-css.md
            } else {
                String text = rule.getCssText();
                warnings.warn(file, line, column, "unsupported rule ignored: "
                        + (text.length() > 40 ? text.substring(0, 40) + "…" : text));
            }
        }
    }

    private List<Declaration> declarations(CSSStyleDeclarationImpl style, String file, PropertyCheck.Context context,
                                           List<Diagnostic> errors) {
        List<Declaration> out = new ArrayList<>();
        for (Property p : style.getProperties()) {
            Locator at = p.getLocator();
            Declaration d = new Declaration(p.getName().toLowerCase(Locale.ROOT), value(p.getValue()), p.isImportant(),
                    at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber());
            String problem = PropertyCheck.problem(d, context);
            if (problem != null && PropertyCheck.mustBeRight(d)) {
                errors.add(Diagnostic.error(file, d.line(), d.column(), problem));
            } else if (problem != null) {
                warnings.warn(file, d.line(), d.column(), problem);
            } else {
                out.add(d);
            }
        }
        return out;
    }

    private FontFaceRule fontFace(List<Declaration> declarations, String file, int line, int column) {
        String family = null;
        String src = null;
        boolean italic = false;
        int weight = 400;
        for (Declaration d : declarations) {
            CssTerm t = d.value().first();
            switch (d.property()) {
                case "font-family" -> family = t.text();
                case "src" -> src = t.kind() == CssTerm.Kind.URI ? t.text() : null;
                case "font-style" -> italic = !t.isIdent("normal");
                case "font-weight" -> weight = FontWeights.parse(t, 400);
                default -> { }
            }
        }
        if (family == null || src == null) {
            warnings.warn(file, line, column, "@font-face needs font-family and src: url(…); rule ignored");
            return null;
        }
        return new FontFaceRule(family, src, italic, weight, line, column);
    }

    private Selector convert(org.htmlunit.cssparser.parser.selector.Selector s, String file, int line, int column) {
        List<Selector.Compound> parts = new ArrayList<>();
        List<Selector.Combinator> combinators = new ArrayList<>();
        org.htmlunit.cssparser.parser.selector.Selector current = s;
        while (true) {
            Selector.Compound compound = compound(current.getSimpleSelector());
            if (compound == null) {
                return unsupported(s, file, line, column);
            }
            parts.add(0, compound);
            if (current instanceof DescendantSelector d) {
                combinators.add(0, Selector.Combinator.DESCENDANT);
                current = d.getAncestorSelector();
            } else if (current instanceof ChildSelector c) {
                combinators.add(0, Selector.Combinator.CHILD);
                current = c.getAncestorSelector();
            } else if (current instanceof DirectAdjacentSelector a) {
                combinators.add(0, Selector.Combinator.NEXT_SIBLING);
                current = a.getSelector();
            } else if (current instanceof ElementSelector) {
                return new Selector(parts, combinators, s.toString());
            } else {
                return unsupported(s, file, line, column);
            }
        }
    }

    private Selector unsupported(org.htmlunit.cssparser.parser.selector.Selector s, String file, int line, int column) {
        warnings.warn(file, line, column, "selector not supported, rule ignored for it: " + s
                + " (supported: element, .class, #id, [attr], [attr=v], [attr~=v], descendant, > and +)");
        return null;
    }

    private static Selector.Compound compound(SimpleSelector simple) {
        if (!(simple instanceof ElementSelector element)) {
            return null;
        }
        String name = element.getLocalName();
        String id = null;
        List<String> classes = new ArrayList<>();
        List<Selector.AttributeTest> attributes = new ArrayList<>();
        if (element.getConditions() != null) {
            for (Condition c : element.getConditions()) {
                switch (c.getConditionType()) {
                    case ID_CONDITION -> id = c.getValue();
                    case CLASS_CONDITION -> classes.add(c.getValue());
                    case ATTRIBUTE_CONDITION -> attributes.add(new Selector.AttributeTest(localName(c.getLocalName()),
                            c.getValue() == null ? Selector.AttributeTest.Match.EXISTS : Selector.AttributeTest.Match.EQUALS,
                            c.getValue()));
                    case ONE_OF_ATTRIBUTE_CONDITION -> attributes.add(new Selector.AttributeTest(
                            localName(c.getLocalName()), Selector.AttributeTest.Match.INCLUDES, c.getValue()));
                    default -> {
                        return null;
                    }
                }
            }
        }
        return new Selector.Compound(name == null || name.equals("*") ? null : name.toLowerCase(Locale.ROOT), id,
                classes, attributes);
    }

    private static String localName(String name) {
        int colon = name.indexOf(':');
        int bar = name.indexOf('|');
        int cut = Math.max(colon, bar);
        return cut >= 0 ? name.substring(cut + 1) : name;
    }

    static CssValue value(CSSValueImpl value) {
        List<CssTerm> terms = new ArrayList<>();
        if (value.getLength() > 0 && value.getCssValueType() == CSSValueImpl.CSSValueType.CSS_VALUE_LIST) {
            for (int i = 0; i < value.getLength(); i++) {
                terms.add(term(value.item(i)));
            }
        } else {
            terms.add(term(value));
        }
        return new CssValue(terms);
    }

    private static CssTerm term(CSSValueImpl v) {
        String css = v.getCssText();
        CSSValueImpl.CSSPrimitiveValueType type = v.getPrimitiveType();
        return switch (type) {
            case CSS_IDENT -> new CssTerm(CssTerm.Kind.IDENT, v.getStringValue(), 0, "");
            case CSS_STRING -> new CssTerm(CssTerm.Kind.STRING, v.getStringValue(), 0, "");
            case CSS_URI -> new CssTerm(CssTerm.Kind.URI, v.getStringValue(), 0, "");
            case CSS_NUMBER -> new CssTerm(CssTerm.Kind.NUMBER, css, v.getDoubleValue(), "");
            case CSS_PERCENTAGE -> new CssTerm(CssTerm.Kind.PERCENT, css, v.getDoubleValue(), "%");
            case CSS_PT, CSS_MM, CSS_CM, CSS_IN, CSS_PC, CSS_PX, CSS_EMS, CSS_REM, CSS_EXS, CSS_Q ->
                    new CssTerm(CssTerm.Kind.LENGTH, css, v.getDoubleValue(), unit(css));
            default -> new CssTerm(css.equals(",") || css.equals("/") ? CssTerm.Kind.OPERATOR : CssTerm.Kind.OTHER,
                    css, 0, "");
        };
    }

    private static String unit(String css) {
        int i = 0;
        while (i < css.length() && (Character.isDigit(css.charAt(i)) || "+-.".indexOf(css.charAt(i)) >= 0)) {
            i++;
        }
        return css.substring(i).toLowerCase(Locale.ROOT);
    }

    private static String cleanMessage(String message) {
        // the parser lists every token it could have accepted; the first sentence says enough
        int cut = message.indexOf(" Was expecting");
        return cut > 0 ? message.substring(0, cut).trim() + ")" : message;
    }
}
