package org.colophon.epub;

import java.util.List;
import org.colophon.error.BuildException;
import org.colophon.layout.PackageFiles;
import org.colophon.layout.Publication;
import org.colophon.styles.FontUse;

/**
 * The EPUB's files once the book is typeset: page-break markers in the pages, then the
 * package files rendered with the page list of the printed pages that got a marker, as
 * pandoc's EPUB writer makes its package files last.
 */
public final class EpubAssembler {

    private EpubAssembler() {
    }

    /** A book set in no fallback face. */
    public static Publication assemble(Publication pages, PackageFiles packageFiles, PageList printed)
            throws BuildException {
        return assemble(pages, packageFiles, printed, FontUse.none());
    }

    /**
     * {@code printed}: the book's printed pages, {@link PageList#none()} when no PDF is made;
     * {@code fonts}: the fallback faces the PDF set some of the book in ({@link FontUse#none()}
     * without a PDF), which the EPUB embeds when epub.css lists them.
     */
    public static Publication assemble(Publication pages, PackageFiles packageFiles, PageList printed,
                                       List<FontUse> fonts) throws BuildException {
        PageBreakMarkers.Marked marked = PageBreakMarkers.insert(EmbeddedFonts.embed(pages, fonts), printed);
        return packageFiles.addTo(marked.publication(), marked.placed().entries());
    }
}
