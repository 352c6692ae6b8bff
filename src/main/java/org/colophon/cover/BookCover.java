package org.colophon.cover;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.colophon.InBackground;
import org.colophon.error.BuildException;
import org.colophon.layout.EpubPaths;
import org.colophon.layout.Publication;
import org.colophon.model.Asset;
import org.colophon.model.Book;
import org.colophon.model.Metadata;
import org.colophon.styles.Styles;

/**
 * The cover of one build: the image the manuscript names, printed as its own PDF beside
 * the interior, or, when it names none and an EPUB is made, a typographic cover drawn for
 * the EPUB. Drawing takes a while and only the EPUB needs the bytes, so it is drawn on a
 * thread of its own while the layouts are rendered and the book typeset: the book given to
 * the layouts already lists the drawn cover, as an empty file whose bytes
 * {@link #intoEpub} puts in place. Closing deletes that file.
 */
public final class BookCover implements AutoCloseable {

    /** Where the drawn cover goes in the EPUB; a manuscript's own files cannot have this name. */
    static final String DRAWN_COVER = "colophon-cover.jpg";

    private final Covers covers;
    private final Book book;
    private final Asset image;
    private final Path drawnFile;
    private final InBackground<byte[]> drawing;

    private BookCover(Covers covers, Book book, Asset image, Path drawnFile, InBackground<byte[]> drawing) {
        this.covers = covers;
        this.book = book;
        this.image = image;
        this.drawnFile = drawnFile;
        this.drawing = drawing;
    }

    /**
     * The cover of {@code typeset}; {@code forEpub} says whether an EPUB is made (without one,
     * nothing is drawn). {@code outputDirectory} names the place a failure to make the drawn
     * cover's file is reported at.
     */
    public static BookCover of(Book typeset, Styles styles, boolean forEpub, Path outputDirectory)
            throws BuildException {
        return of(typeset, styles, forEpub, outputDirectory, null);
    }

    /** The same; {@code drawn}, when not null, holds the cover an earlier build drew, taken again when it shows the same. */
    public static BookCover of(Book typeset, Styles styles, boolean forEpub, Path outputDirectory, DrawnCovers drawn)
            throws BuildException {
        Covers covers = new Covers(styles);
        Asset image = namedImage(typeset);
        if (image != null || typeset.metadata().cover() != null || !forEpub) {
            return new BookCover(covers, typeset, image, null, null);
        }
        Path file;
        try {
            file = Files.createTempFile("colophon-cover", ".jpg");
        } catch (IOException e) {
            throw new BuildException(outputDirectory.toString(), 0, 0, "cannot draw the cover: " + e.getMessage());
        }
        Book withCover = withCover(typeset, new Asset(DRAWN_COVER, file, "image/jpeg", 0, 0));
        Metadata metadata = typeset.metadata();
        if (drawn == null) {
            return new BookCover(covers, withCover, null, file,
                    InBackground.start(() -> covers.typographicCoverJpeg(metadata), "cover"));
        }
        String key = covers.typographicCoverKey(metadata);
        byte[] earlier = drawn.get(key);
        return new BookCover(covers, withCover, null, file, InBackground.start(() -> {
            if (earlier != null) {
                return earlier;
            }
            byte[] jpeg = covers.typographicCoverJpeg(metadata);
            drawn.keep(key, jpeg);
            return jpeg;
        }, "cover"));
    }

    /** The book to lay out: the typeset book, with the drawn cover among its assets when there is one. */
    public Book book() {
        return book;
    }

    /** Whether a cover PDF is printed: the manuscript names a cover image. */
    public boolean printsImage() {
        return image != null;
    }

    /** The cover PDF: the manuscript's image at trim size plus bleed. */
    public byte[] imagePdf() throws BuildException {
        return covers.imageCoverPdf(imageBytes(), image.href());
    }

    private byte[] imageBytes() throws BuildException {
        try {
            return Files.readAllBytes(image.source());
        } catch (IOException e) {
            throw new BuildException(image.source().toString(), 0, 0, "cannot read the cover image: " + e.getMessage());
        }
    }

    /**
     * The cover spread for printing a book of {@code pages} pages: back, spine and front, the
     * front being the manuscript's image or, without one, the typographic cover drawn as
     * vectors; print-ready (PDF/X-4) for {@code print} when it is given.
     */
    public SpreadPdf spreadPdf(int pages, PrintReady print) throws BuildException {
        if (image == null) {
            return covers.spreadPdf(book.metadata(), null, null, pages, print);
        }
        return covers.spreadPdf(book.metadata(), imageBytes(), image.href(), pages, print);
    }

    /** Whether print.css asks for the print set ({@code @page { -colophon-print: on }}). */
    public boolean printAsked() {
        return covers.printAsked();
    }

    /** Whether a cover is being drawn for the EPUB. */
    public boolean isDrawn() {
        return drawing != null;
    }

    /**
     * The EPUB's files with the drawn cover's bytes in the place the layouts gave its (empty)
     * file; waits for the drawing. {@code publication} as it is when nothing is drawn.
     */
    public Publication intoEpub(Publication publication) throws BuildException {
        if (drawing == null) {
            return publication;
        }
        byte[] jpeg = drawing.get();
        String path = EpubPaths.media(DRAWN_COVER);
        List<Publication.Resource> resources = new ArrayList<>(publication.resources());
        for (int i = 0; i < resources.size(); i++) {
            Publication.Resource r = resources.get(i);
            if (r.path().equals(path)) {
                if (r.content().length != 0) {
                    break;
                }
                resources.set(i, new Publication.Resource(r.path(), r.mediaType(), jpeg));
                return new Publication(publication.book(), publication.pages(), resources);
            }
        }
        throw new IllegalStateException("the layouts did not put the drawn cover at " + path);
    }

    /** How long drawing took, once {@link #intoEpub} has returned. */
    public long drawingMillis() {
        return drawing == null ? 0 : drawing.millis();
    }

    @Override
    public void close() {
        if (drawnFile != null) {
            try {
                Files.deleteIfExists(drawnFile);
            } catch (IOException e) {
                // a temporary file left behind does no harm
            }
        }
    }

    /** The cover image the manuscript names, or null. */
    private static Asset namedImage(Book book) {
        String href = book.metadata().cover();
        for (Asset a : book.assets()) {
            if (href != null && a.href().equals(href)) {
                return a;
            }
        }
        return null;
    }

    private static Book withCover(Book book, Asset cover) {
        Metadata withCover = book.metadata().toBuilder().cover(cover.href()).build();
        List<Asset> assets = new ArrayList<>(book.assets());
        assets.add(cover);
        return new Book(withCover, book.frontMatter(), book.body(), book.backMatter(), assets);
    }
}
