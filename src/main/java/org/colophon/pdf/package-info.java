/**
 * The typesetter: sets the {@link org.colophon.layout.Publication}'s XHTML pages on paper,
 * styled by {@code print.css}, in three stages with one entry point each on
 * {@link org.colophon.pdf.Typesetter}: {@code breakLines} (subpackages {@code flow} and
 * {@code text}) gives a {@link org.colophon.pdf.FlowedBook}, {@code buildPages}
 * ({@code page}) a {@link org.colophon.pdf.LaidOutBook} with its
 * {@link org.colophon.pdf.TypesetFacts} for the report and the EPUB's page list, and
 * {@code writePdf} ({@code write}, {@code tags}) the PDF. What the three share, the fonts
 * and the page master read from print.css, is {@link org.colophon.pdf.PrintSetup}.
 */
package org.colophon.pdf;
