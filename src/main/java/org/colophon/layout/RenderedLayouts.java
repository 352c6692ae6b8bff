package org.colophon.layout;

/**
 * What the layouts make of a book before it is typeset.
 *
 * @param publication  its XHTML pages, stylesheet and images: all the typesetter reads
 * @param packageFiles its package document, navigation document and NCX, to be rendered
 *                     into the publication once the printed pages are known
 * @param pageLabels   the pages this rendering printed where the text names one, and
 *                     which ids it asked about (see {@link PageLabels#settledBy})
 */
public record RenderedLayouts(Publication publication, PackageFiles packageFiles, PageLabels pageLabels) {}
