/**
 * The typesetter's last stage, laid-out pages to a PDF file: draws lines as glyph-id
 * {@code TJ} arrays with embedded subset fonts, images and rules, adds links, the outline,
 * page labels and the PDF/A and PDF/UA metadata, with the structure tree of
 * {@code pdf.tags}. Reads no clock and no environment: the same pages give the same bytes.
 */
package org.colophon.pdf.write;
