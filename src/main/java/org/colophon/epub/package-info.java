/**
 * The EPUB stage: takes the layouts' pages and package files ({@link org.colophon.layout.RenderedLayouts})
 * and, when a PDF is made, the typesetter's facts ({@link org.colophon.pdf.TypesetFacts}), and gives
 * the EPUB 3 container, its pages marked where each printed page begins ({@link org.colophon.epub.PageList},
 * {@link org.colophon.epub.PageBreakMarkers}) and its package files rendered last, with that page list
 * ({@link org.colophon.epub.EpubAssembler}). It runs after page breaking, beside the PDF writer, and
 * {@link org.colophon.epub.EpubWriter} zips the result.
 */
package org.colophon.epub;
