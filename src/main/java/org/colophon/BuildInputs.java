package org.colophon;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.colophon.error.Diagnostic;
import org.colophon.reader.ReadBook;
import org.colophon.styles.Styles;

/**
 * Every file a build reads, none of which an output of the build may replace: the
 * manuscript, the files it includes, its images and cover, and any file of the
 * {@code --styles} folder (the layouts include one another and {@code print.css} names its
 * fonts, so the whole folder counts). An output replaces an input when it is that file, or
 * a hard or symbolic link to it: the files are compared as the file system sees them
 * ({@link Files#isSameFile}), not by name.
 */
final class BuildInputs {

    private final Path manuscript; // as the user named it, for messages
    private final List<Path> files; // the manuscript first
    private final Path stylesFolder; // null with the bundled styles

    private BuildInputs(Path manuscript, List<Path> files, Path stylesFolder) {
        this.manuscript = manuscript;
        this.files = List.copyOf(files);
        this.stylesFolder = stylesFolder;
    }

    static BuildInputs of(Path manuscript, ReadBook read, Styles styles) {
        return new BuildInputs(manuscript, read.sourceFiles(), styles.folder().orElse(null));
    }

    /** For outputs written from no file. */
    static BuildInputs none() {
        return new BuildInputs(null, List.of(), null);
    }

    /** The files read, the manuscript first, then the styles folder if there is one. */
    List<Path> watched() {
        List<Path> watched = new ArrayList<>(files);
        if (stylesFolder != null) {
            watched.add(stylesFolder);
        }
        return List.copyOf(watched);
    }

    /** One error for each of {@code outputs} that would replace an input; none when all are safe to write. */
    List<Diagnostic> refusals(List<Path> outputs) {
        List<Diagnostic> refusals = new ArrayList<>();
        List<Path> styleFiles = null; // listed once, and only when an output already exists
        for (Path output : outputs) {
            if (!Files.exists(output)) {
                continue; // a new file replaces nothing
            }
            if (styleFiles == null) {
                styleFiles = styleFiles();
            }
            Path input = firstSameFile(output, files);
            if (input == null) {
                input = firstSameFile(output, styleFiles);
            }
            if (input != null) {
                refusals.add(refusal(output, input));
            }
        }
        return refusals;
    }

    private Diagnostic refusal(Path output, Path input) {
        String shownAs = manuscript.toString();
        if (input.equals(files.get(0)) && output.getFileName().equals(manuscript.getFileName())) {
            // a manuscript saved as book.pdf, built into its own folder
            return Diagnostic.error(shownAs, 0, 0, "the output " + output
                    + " would overwrite the manuscript itself; rename the manuscript to .xml or choose another --out");
        }
        return Diagnostic.error(shownAs, 0, 0, "the output " + output + " would overwrite " + input
                + " (an input of this build); choose another --out");
    }

    private static Path firstSameFile(Path output, List<Path> inputs) {
        for (Path input : inputs) {
            try {
                if (Files.isSameFile(output, input)) {
                    return input;
                }
            } catch (IOException e) {
                // an input that cannot be looked at now was read earlier: it is not this output
            }
        }
        return null;
    }

    /**
     * The files of the styles folder, links included (compared by what they lead to). A
     * subfolder that cannot be listed is skipped: the build could not have read from it.
     */
    private List<Path> styleFiles() {
        List<Path> found = new ArrayList<>();
        if (stylesFolder == null) {
            return found;
        }
        try {
            Files.walkFileTree(stylesFolder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    found.add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // the folder itself is gone: nothing in it can be replaced
        }
        return found;
    }
}
