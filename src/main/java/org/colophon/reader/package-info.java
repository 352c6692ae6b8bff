/**
 * The first stage: reads a manuscript file into the {@link org.colophon.model.Book} model.
 * {@link org.colophon.reader.BookReader} parses the XML closed to the outside (no DTD, no
 * external entity, no file outside the manuscript's folder) and picks the format's reader
 * by the root element's namespace; what the formats share (the XML source with its line
 * numbers, the folder's confinement, assets, ids, language tags, and the limits of a
 * book's size in {@link org.colophon.reader.ReadLimits}, spent across all its files)
 * lives here, and so does {@link org.colophon.reader.ReadBook}: the book with the files
 * it was read from.
 */
package org.colophon.reader;
