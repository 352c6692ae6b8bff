package org.colophon.pdf.css;

/** {@code property: value} with where it was written, for warnings. */
public record Declaration(String property, CssValue value, boolean important, int line, int column) {}
