/**
 * TEI P5 documents (the ELTeC novels, Wikisource and library exports) onto the model: the
 * header becomes the metadata, {@code front}/{@code body}/{@code back} and their
 * {@code div}s become divisions (the texts of a {@code group} too, one division each),
 * notes are gathered to their calls, and what the reader
 * keeps but cannot honour is reported once per kind, with its place.
 */
package org.colophon.reader.tei;
