package org.colophon.layout;

/**
 * One printed page as the package layouts list it ({@code $pageList} in the templates).
 *
 * @param label its folio, as the PDF's page labels have it: "iii", "12"
 * @param href  the link, from the package root, to the page-break marker where it begins,
 *              e.g. {@code text/chapter-001.xhtml#page-12}
 */
public record PageListEntry(String label, String href) {}
