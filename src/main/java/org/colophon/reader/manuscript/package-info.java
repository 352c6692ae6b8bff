/**
 * The Colophon manuscript format: XIncludes expanded from the manuscript's folder only,
 * validation against the bundled XML Schema with each error at its file, line and column,
 * the checks a schema cannot make, then the mapping onto the model.
 */
package org.colophon.reader.manuscript;
