/**
 * Reads DocBook 5 (namespace {@code http://docbook.org/ns/docbook}) and DocBook 4.x XML
 * (no namespace, a DOCTYPE naming DocBook's DTD, chapters joined by external entities)
 * onto the same model as the other readers: {@link org.colophon.reader.docbook.DocBookReader}
 * is the entry point. What maps to what is {@code docs/docbook.md}.
 */
package org.colophon.reader.docbook;
