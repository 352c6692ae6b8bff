/**
 * The documented CSS subset of {@code print.css} (see {@code docs/print-css.md}): parsing
 * with file, line and column for every problem, the cascade over the user-agent and the
 * book's sheets, and computed styles for the typesetter's elements and for the things it
 * adds that no page contains (folios, running heads).
 */
package org.colophon.pdf.css;
