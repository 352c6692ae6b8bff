/**
 * The book model every reader produces and every later stage reads: immutable records
 * ({@link org.colophon.model.Book}, divisions, blocks, inlines, metadata, assets). Nothing
 * here knows which format the book was written in, nor how it will be printed.
 */
package org.colophon.model;
