package org.colophon.testing;

import java.time.Instant;
import org.colophon.error.BuildException;
import org.colophon.error.Warnings;
import org.colophon.layout.BuildDate;
import org.colophon.layout.LayoutRenderer;
import org.colophon.layout.Publication;
import org.colophon.model.Book;
import org.colophon.styles.Styles;

/** Books through the layouts, dated as a build dates them. */
public final class TestLayouts {

    private TestLayouts() {
    }

    /** As a build without {@code SOURCE_DATE_EPOCH} renders the book: dated by the book itself. */
    public static Publication render(Styles styles, Warnings warnings, Book book) throws BuildException {
        return render(styles, warnings, book, null);
    }

    /** As a build with {@code SOURCE_DATE_EPOCH} (null: without) renders the book. */
    public static Publication render(Styles styles, Warnings warnings, Book book, Instant sourceDateEpoch)
            throws BuildException {
        return new LayoutRenderer(styles, warnings).render(book, BuildDate.of(book.metadata(), sourceDateEpoch));
    }

    /** The date of a build of the publication's book without {@code SOURCE_DATE_EPOCH}. */
    public static BuildDate date(Publication publication) {
        return BuildDate.of(publication.book().metadata(), null);
    }
}
