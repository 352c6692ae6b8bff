package org.colophon.reader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.colophon.model.Asset;
import org.colophon.model.Book;

/**
 * A book as read, and the files it was read from, so that a build can keep its outputs
 * from replacing any of them.
 *
 * @param book      the book
 * @param documents the XML files read, by real path: the manuscript first, then (in
 *                  Colophon's format) each file it includes, in the order they were read
 */
public record ReadBook(Book book, List<Path> documents) {

    public ReadBook {
        documents = List.copyOf(documents);
    }

    /** Every file the reading stage read: the documents, then the book's images and cover. */
    public List<Path> sourceFiles() {
        List<Path> files = new ArrayList<>(documents);
        for (Asset asset : book.assets()) {
            files.add(asset.source());
        }
        return files;
    }
}
