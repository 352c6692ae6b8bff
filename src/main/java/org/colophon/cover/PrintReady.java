package org.colophon.cover;

import org.colophon.layout.BuildDate;
import org.colophon.pdf.write.PrintCondition;

/**
 * What makes the cover spread a print-ready file like the interior: the printing
 * condition of its output intent, and the build's date, which its metadata carries.
 */
public record PrintReady(PrintCondition condition, BuildDate date) {}
