package org.colophon.model;

import java.nio.file.Path;

/**
 * A file the book refers to (an image, the cover), checked by the reader to lie inside
 * the manuscript's folder and to be what its media type says.
 *
 * @param href      the path the manuscript used, relative to the manuscript's folder,
 *                  with forward slashes (e.g. {@code images/map.png}); unique in a book
 * @param source    the file on disk
 * @param mediaType e.g. {@code image/jpeg}, {@code image/png}
 * @param width     pixel width, 0 when unknown
 * @param height    pixel height, 0 when unknown
 * @param content   the bytes the books carry when the reader rewrote the file (an SVG
 *                  without its scripts), null when they are the file's own; not to be
 *                  modified, and compared by identity
 */
public record Asset(String href, Path source, String mediaType, int width, int height, byte[] content) {

    /** An asset whose bytes are the file's own. */
    public Asset(String href, Path source, String mediaType, int width, int height) {
        this(href, source, mediaType, width, height, null);
    }
}
