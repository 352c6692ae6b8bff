/**
 * The typesetting report ({@code <name>-report.json} and {@code .html}): reads only the
 * typesetter's {@link org.colophon.pdf.TypesetFacts} and the stage times, and draws its
 * conclusions (loose, tight and overfull lines, widows and orphans left, missing
 * characters), which a {@code --strict} build turns into errors.
 */
package org.colophon.report;
