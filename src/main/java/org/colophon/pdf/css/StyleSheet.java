package org.colophon.pdf.css;

import java.util.List;

/**
 * A parsed print style sheet: element rules in source order, {@code @page} rules and
 * {@code @font-face} rules.
 *
 * @param file how messages name the file
 */
public record StyleSheet(String file, List<StyleRule> rules, List<PageRule> pageRules, List<FontFaceRule> fontFaces) {

    public StyleSheet {
        rules = List.copyOf(rules);
        pageRules = List.copyOf(pageRules);
        fontFaces = List.copyOf(fontFaces);
    }
}
