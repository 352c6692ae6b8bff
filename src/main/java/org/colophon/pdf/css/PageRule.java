package org.colophon.pdf.css;

import java.util.List;

/** An {@code @page} rule; {@code pseudo} is empty, {@code left}, {@code right} or {@code first}. */
public record PageRule(String pseudo, List<Declaration> declarations) {

    public PageRule {
        declarations = List.copyOf(declarations);
    }
}
