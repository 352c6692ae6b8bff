/**
 * The typography pass, between reading and the layouts: rewrites the model's text by the
 * rules of each passage's language (quotation marks, spaces before punctuation, dashes,
 * ordinals), once, so that the EPUB and the PDF carry the same characters.
 * {@link org.colophon.typography.Typographer} is its entry point.
 */
package org.colophon.typography;
