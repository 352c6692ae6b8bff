/**
 * The typesetter's second stage, the vertical list to pages: total-fit page breaking on a
 * baseline grid (widows, orphans, spreads that end on one line, paragraphs set a line
 * longer or shorter), footnotes at the foot of the page of their call, floats, then the
 * contents' page numbers, running heads and folios. Gives laid-out pages (frames at
 * their places) for {@code pdf.write}; page geometry comes from {@code @page}.
 */
package org.colophon.pdf.page;
