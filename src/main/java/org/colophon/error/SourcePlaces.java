package org.colophon.error;

/**
 * Where a piece of the book's text stands in the user's files. The typesetter meets the
 * text in the XHTML pages the layouts made, long after the manuscript was read, yet what
 * it warns about (a character no font has, a word too wide for the line) must send the
 * user to the manuscript, where it can be fixed.
 */
@FunctionalInterface
public interface SourcePlaces {

    /** A warning saying {@code message}, placed where {@code text} first stands in the user's files. */
    Diagnostic warningAt(String text, String message);

    /** Places every warning in {@code file} at no particular line: for text whose source is not known. */
    static SourcePlaces in(String file) {
        return (text, message) -> Diagnostic.warning(file, 0, 0, message);
    }
}
