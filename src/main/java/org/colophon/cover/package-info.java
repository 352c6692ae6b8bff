/**
 * The book's cover, printed apart from the interior: a one-page PDF at trim size plus
 * bleed around the manuscript's cover image, or, when the manuscript names none, a
 * typographic cover drawn with the print fonts for the EPUB; for printing, the cover
 * spread (back, spine and front, with the blurb, the spine's lettering and the ISBN's
 * barcode). Reads the page geometry, the paper and the fonts from {@code print.css} as the
 * typesetter does.
 */
package org.colophon.cover;
