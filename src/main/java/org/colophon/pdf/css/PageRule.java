package org.colophon.pdf.css;

import java.util.List;

/** An {@code @page} rule; {@code pseudo} is empty, {@code left}, {@code right} or {@code first}. */
public record PageRule(String pseudo, List<Declaration> declarations) {

    public PageRule {
        declarations = List.copyOf(declarations);
    }

    /**
     * The value of the last declaration of {@code property} in the rules for every page
     * (those with no pseudo-class), as the cascade would take it; empty when none has one.
     */
    public static java.util.Optional<List<CssTerm>> lastValue(List<PageRule> rules, String property) {
        List<CssTerm> value = null;
        for (PageRule rule : rules) {
            if (rule.pseudo().isEmpty()) {
                for (Declaration d : rule.declarations()) {
                    if (d.property().equals(property)) {
                        value = d.value().operands();
                    }
                }
            }
        }
        return java.util.Optional.ofNullable(value);
    }
}
