/**
 * Where the look of the book is read from: a folder given with {@code --styles}, each file
 * it lacks taken from the default styles packaged in the jar (layouts, {@code epub.css},
 * {@code print.css}, fonts). A folder follows the manuscript's folder rule (every file
 * inside it, links followed); {@link org.colophon.styles.EpubStyleSheet} also checks that
 * {@code epub.css} would make the EPUB fetch nothing.
 */
package org.colophon.styles;
