/**
 * The layouts stage: renders the typeset book through the Velocity layouts of
 * {@code styles/layouts/} into XHTML pages (cover, half-title, title, copyright, contents,
 * one per division) and the EPUB's other files. Its {@link org.colophon.layout.Publication}
 * is what both books are made from: the EPUB ships these pages, the typesetter sets them
 * on paper. {@link org.colophon.layout.LayoutRenderer} is its entry point. A layout is a
 * program: each rendering is bounded by {@code LayoutLimits} (macro depth, loop rounds,
 * steps, characters), so that one that would not end fails at its line.
 */
package org.colophon.layout;
