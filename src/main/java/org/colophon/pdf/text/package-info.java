/**
 * Line setting, one paragraph at a time: shaping through the JDK's font layout (kerning,
 * ligatures), break opportunities by UAX #14 and Liang hyphenation, Knuth–Plass total-fit
 * line breaking with its looser and tighter settings, and the fonts and fallback faces it
 * measures with. {@link org.colophon.pdf.text.ParagraphSetter} is its entry point; it is
 * thread-safe and knows nothing of pages.
 */
package org.colophon.pdf.text;
