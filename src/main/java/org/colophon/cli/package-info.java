/**
 * The command line ({@code colophon build …}): parses the arguments, runs one build through
 * {@link org.colophon.Colophon}, prints a line per stage and every diagnostic as
 * {@code file:line:column: error: …}, and turns the outcome into an exit status.
 */
package org.colophon.cli;
