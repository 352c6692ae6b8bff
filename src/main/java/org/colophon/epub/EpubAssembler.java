package org.colophon.epub;

import org.colophon.error.BuildException;
import org.colophon.layout.PackageFiles;
import org.colophon.layout.Publication;

/**
 * The EPUB's files once the book is typeset: page-break markers in the pages, then the
 * package files rendered with the page list of the printed pages that got a marker, as
 * pandoc's EPUB writer makes its package files last.
 */
public final class EpubAssembler {

    private EpubAssembler() {
    }

    /** {@code printed}: the book's printed pages, {@link PageList#none()} when no PDF is made. */
    public static Publication assemble(Publication pages, PackageFiles packageFiles, PageList printed)
            throws BuildException {
        PageBreakMarkers.Marked marked = PageBreakMarkers.insert(pages, printed);
        return packageFiles.addTo(marked.publication(), marked.placed().entries());
    }
}
