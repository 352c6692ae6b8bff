package org.colophon.pdf.css;

/**
 * An {@code @font-face} rule: a TrueType file for one family, style and weight.
 *
 * @param src    the URL as written, relative to the style sheet ({@code fonts/x.ttf})
 * @param weight 100–900
 */
public record FontFaceRule(String family, String src, boolean italic, int weight, int line, int column) {}
