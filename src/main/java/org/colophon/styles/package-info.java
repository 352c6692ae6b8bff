/**
 * Where the look of the book is read from: a folder given with {@code --styles}, each file
 * it lacks taken from the default styles packaged in the jar (layouts, {@code epub.css},
 * {@code print.css}, fonts).
 */
package org.colophon.styles;
