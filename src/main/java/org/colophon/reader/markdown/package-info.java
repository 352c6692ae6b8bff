/**
 * The Markdown reader: CommonMark with GFM tables and footnotes (through commonmark-java),
 * a YAML front matter or a {@code book.yaml} for the metadata and the order of the chapter
 * files, onto the same {@link org.colophon.model.Book} as the XML readers. Entry point:
 * {@link org.colophon.reader.markdown.MarkdownReader}. The format is described in
 * {@code docs/markdown.md}.
 */
package org.colophon.reader.markdown;
