package org.colophon.pdf.css;

import java.util.List;

/** A rule with one selector (a selector list is split into one rule per selector). */
public record StyleRule(Selector selector, List<Declaration> declarations, int order) {

    public StyleRule {
        declarations = List.copyOf(declarations);
    }
}
