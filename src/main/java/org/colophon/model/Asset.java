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
 */
public record Asset(String href, Path source, String mediaType, int width, int height) {}
