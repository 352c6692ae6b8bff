package org.colophon.layout;

import java.util.List;
import org.colophon.model.Book;

/**
 * What the layouts made of a book: every XHTML page in reading order and every other
 * file of the EPUB container (package document, nav, NCX, CSS, images, cover). The EPUB
 * writer zips these; the typesetter sets the same pages on paper, before the package
 * files are added (see {@link PackageFiles}).
 *
 * @param book      the book the pages were rendered from (after the typography pass)
 * @param pages     XHTML pages in reading order
 * @param resources every other file of the container, the package files first once they
 *                  are added, OPF first of all; paths relative to the container root (e.g.
 *                  {@code EPUB/package.opf}, see {@link EpubPaths})
 */
public record Publication(Book book, List<Page> pages, List<Resource> resources) {

    public Publication {
        pages = List.copyOf(pages);
        resources = List.copyOf(resources);
    }

    /**
     * One XHTML document.
     *
     * @param path      inside the container, e.g. {@code EPUB/text/chapter-003.xhtml}
     * @param id        the manifest id, also the id of the page's top element
     * @param role      what the page is: the cover, the title page, a chapter…
     * @param title     plain-text title for navigation; may be empty
     * @param xhtml     the document, UTF-8 XHTML5 (polyglot XML)
     * @param linear    false for pages outside the reading order
     */
    public record Page(String path, String id, PageRole role, String title, String xhtml, boolean linear) {}

    /** A non-page file of the container. */
    public record Resource(String path, String mediaType, byte[] content) {}
}
