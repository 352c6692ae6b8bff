package org.colophon.epub;

import org.colophon.layout.EpubPaths;
import org.colophon.layout.PageListEntry;

/**
 * Where a printed page begins in the EPUB: before the visible character (see
 * {@link org.colophon.layout.VisibleText}) {@code offset} of its XHTML page's body;
 * {@link Integer#MAX_VALUE} for the end of the body.
 *
 * @param pagePath the XHTML page, e.g. {@code EPUB/text/chapter-001.xhtml}
 * @param offset   how many visible characters of that page's body come before it
 * @param label    its folio, as the PDF's page labels have it: "iii", "12"
 */
public record PrintedPage(String pagePath, int offset, String label) {

    /** The id of its page-break marker. */
    public String markerId() {
        return "page-" + label;
    }

    /** Its entry in the navigation document's page list: a link to its marker. */
    public PageListEntry entry() {
        return new PageListEntry(label, EpubPaths.fromRoot(pagePath) + "#" + markerId());
    }
}
