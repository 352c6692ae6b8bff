/**
 * Tagged PDF, across the typesetter's stages: the flow stage builds the book's logical
 * structure from the XHTML (the same semantics the EPUB's reading systems use) and gives
 * each block a content tag, page building marks what it adds as artifacts, and the writer
 * fills the structure tree with what it drew. Kept apart from {@code pdf.write} because
 * the first stage makes what the last one writes.
 */
package org.colophon.pdf.tags;
