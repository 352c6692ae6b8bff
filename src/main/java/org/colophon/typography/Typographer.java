package org.colophon.typography;

import org.colophon.model.Book;

/**
 * The typography pass: rewrites the book's text by the rules of each passage's language
 * (inherited from the book, switched by divisions, quotations and foreign phrases), so
 * that the EPUB and the PDF carry the same characters.
 */
public final class Typographer {

    public Book apply(Book book) {
        throw new UnsupportedOperationException("typography not written yet");
    }
}
