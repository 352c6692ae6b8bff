package org.colophon;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.colophon.Colophon.Options;
import org.colophon.Colophon.Progress;
import org.colophon.Colophon.StageReport;
import org.colophon.epub.EpubWriter;
import org.colophon.error.BuildException;
import org.colophon.error.Warnings;
import org.colophon.layout.LayoutRenderer;
import org.colophon.layout.Publication;
import org.colophon.model.Book;
import org.colophon.pdf.Typesetter;
import org.colophon.reader.BookReader;
import org.colophon.typography.Typographer;

/** One run of the pipeline over one manuscript: read, typography, layouts, EPUB, PDF. */
final class BookBuild {

    private final Path manuscript;
    private final Options options;
    private final Warnings warnings;
    private final Progress progress;

    BookBuild(Path manuscript, Options options, Warnings warnings, Progress progress) {
        this.manuscript = manuscript;
        this.options = options;
        this.warnings = warnings;
        this.progress = progress;
    }

    List<Path> run() throws BuildException {
        long t = System.nanoTime();
        Book read = new BookReader(warnings).read(manuscript);
        t = report("read", countDivisions(read) + " divisions", t);

        Book book = new Typographer().apply(read);
        t = report("typography", read.metadata().language(), t);

        Publication publication = new LayoutRenderer(options.styles(), warnings).render(book);
        t = report("layouts", publication.pages().size() + " pages", t);

        String baseName = baseName(manuscript);
        List<Path> outputs = new ArrayList<>();
        createDirectories(options.outputDirectory());
        if (options.epub()) {
            Path epub = options.outputDirectory().resolve(baseName + ".epub");
            writeAtomically(epub, out -> new EpubWriter().write(publication, out));
            outputs.add(epub);
            t = report("epub", publication.pages().size() + publication.resources().size() + " files", t);
        }
        if (options.pdf()) {
            Path pdf = options.outputDirectory().resolve(baseName + ".pdf");
            int[] pages = new int[1];
            writeAtomically(pdf, out -> pages[0] = new Typesetter(options.styles(), warnings).typeset(publication, out));
            outputs.add(pdf);
            report("pdf", pages[0] + " pages", t);
        }
        return outputs;
    }

    private long report(String stage, String items, long startNanos) {
        long now = System.nanoTime();
        progress.stageDone(new StageReport(stage, items, (now - startNanos) / 1_000_000));
        return now;
    }

    static String baseName(Path manuscript) {
        String name = manuscript.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static int countDivisions(Book book) {
        return book.frontMatter().size() + book.body().size() + book.backMatter().size();
    }

    private static void createDirectories(Path dir) throws BuildException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BuildException(dir.toString(), 0, 0, "cannot create the output folder: " + e.getMessage());
        }
    }

    /** Temporary files are created private; a finished book is as readable as any other file. */
    private static void makeReadable(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @FunctionalInterface
    interface Writer {
        void write(OutputStream out) throws IOException, BuildException;
    }

    /**
     * Writes to a temporary file beside the target and moves it into place, so a failed or
     * killed build never leaves a half-written file and keeps the previous one intact.
     */
    static void writeAtomically(Path target, Writer writer) throws BuildException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
            makeReadable(temp);
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp))) {
                writer.write(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw new BuildException(target.toString(), 0, 0, "cannot write: " + e.getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the build already failed; a stray .part file is the lesser problem
                }
            }
        }
    }
}
