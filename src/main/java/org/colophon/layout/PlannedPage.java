package org.colophon.layout;

import org.colophon.model.Division;

/**
 * A page decided before any is rendered, so that every page knows every other page's
 * file (cross-references, the contents, the nav).
 *
 * @param fileName  e.g. {@code chapter-001.xhtml}, in the container's text folder
 * @param id        manifest id and id of the page's top element
 * @param role      see {@link Publication.Page#role()}
 * @param layout    the template, e.g. {@code chapter.vm}
 * @param division  null for the pages Colophon adds (cover, title page, copyright, contents)
 * @param matter    {@code frontmatter}, {@code bodymatter} or {@code backmatter}
 * @param title     plain-text title for navigation; may be empty
 */
record PlannedPage(String fileName, String id, PageRole role, String layout, Division division,
                   String matter, String title) {

    String path() {
        return EpubPaths.page(fileName);
    }

    /** How the package and navigation documents link to it. */
    String href() {
        return EpubPaths.fromRoot(path());
    }
}
