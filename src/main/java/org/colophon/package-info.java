/**
 * Colophon: one manuscript in, a print-ready PDF and an EPUB 3 out, from one typesetting
 * run. {@link org.colophon.Colophon} is the library's entry point; {@code BookBuild} runs
 * the stages in order (read, typography, layouts, lines, pages, then the PDF and the EPUB
 * at once) and {@link org.colophon.OutputFiles} moves the finished files into place
 * together, so a failed build leaves nothing half-written.
 */
package org.colophon;
