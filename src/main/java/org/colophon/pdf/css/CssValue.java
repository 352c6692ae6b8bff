package org.colophon.pdf.css;

import java.util.List;

/** A declared value: its terms in order (operators such as {@code ,} and {@code /} included). */
public record CssValue(List<CssTerm> terms) {

    public CssValue {
        terms = List.copyOf(terms);
    }

    public CssTerm first() {
        return terms.get(0);
    }

    public int size() {
        return terms.size();
    }

    /** The terms without operators: {@code 0 0 1em} or {@code 148mm 210mm}. */
    public List<CssTerm> operands() {
        return terms.stream().filter(t -> t.kind() != CssTerm.Kind.OPERATOR).toList();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (CssTerm t : terms) {
            if (!sb.isEmpty() && t.kind() != CssTerm.Kind.OPERATOR) {
                sb.append(' ');
            }
            sb.append(t.kind() == CssTerm.Kind.STRING ? '"' + t.text() + '"' : t.text());
        }
        return sb.toString();
    }
}
