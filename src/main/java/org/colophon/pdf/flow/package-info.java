/**
 * The typesetter's first stage, XHTML to the vertical list: parses each printed page,
 * styles its elements through the cascade, turns them into flow blocks (paragraphs,
 * images, spaces, page breaks), has every paragraph set into lines by {@code pdf.text}
 * (in parallel) and lays the lines out as TeX's vertical list of boxes, glue and
 * penalties, with footnotes aside, for {@code pdf.page} to break into pages.
 */
package org.colophon.pdf.flow;
