/**
 * The layouts stage: renders the typeset book through the Velocity layouts of
 * {@code styles/layouts/} into XHTML pages (cover, half-title, title, copyright, contents,
 * one per division) and the EPUB's other files. Its {@link org.colophon.layout.Publication}
 * is what both books are made from: the EPUB ships these pages, the typesetter sets them
 * on paper. {@link org.colophon.layout.LayoutRenderer} is its entry point.
 */
package org.colophon.layout;
