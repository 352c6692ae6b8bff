package org.colophon.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.colophon.BuildCache;
import org.colophon.Colophon;
import org.colophon.error.Diagnostic;

/**
 * One book a {@link BookWatcher} rebuilds: its options (with its own cache), what its last
 * build read, and so which changes concern it.
 */
final class WatchedBook {

    /** The names a build writes, after the book's name ({@code book.pdf}, {@code book-report.json}, …). */
    private static final List<String> OUTPUT_SUFFIXES = List.of(".pdf", ".epub", "-report.json", "-report.html",
            "-cover.pdf");

    private final Path manuscript; // as given, for events and messages
    private final Colophon.Options options;
    private final Path folder; // the manuscript's, real
    private final Set<String> outputNames = new HashSet<>();
    private Set<Path> inputs; // real paths of the files the last good build read; the manuscript before one
    private final Path styles; // real, null with the built-in styles
    private Set<Path> blamed = Set.of(); // the files the last failure's errors name
    private boolean failed; // whether the last build failed
    private Set<Path> folders = Set.of(); // as of the last refresh
    private Path out; // the output folder, real once it exists

    WatchedBook(Path manuscript, Colophon.Options options) {
        this.manuscript = manuscript;
        this.options = options;
        Path file = real(manuscript);
        this.folder = file.getParent();
        this.inputs = Set.of(file);
        this.styles = options.styles().folder().map(WatchedBook::real).orElse(null);
        String name = Colophon.bookName(manuscript);
        for (String suffix : OUTPUT_SUFFIXES) {
            outputNames.add(name + suffix);
        }
        refresh();
    }

    static WatchedBook of(Path manuscript, BuildCache cache, Colophon.Options options) {
        if (options.cache().orElse(null) != cache) {
            throw new IllegalArgumentException("the options of " + manuscript + " must carry the cache they are given");
        }
        return new WatchedBook(manuscript, options);
    }

    Path manuscript() {
        return manuscript;
    }

    Colophon.Options options() {
        return options;
    }

    /** After a good build: its inputs are what is watched from now on. */
    void built(Colophon.Result result) {
        Set<Path> read = new LinkedHashSet<>();
        read.add(real(manuscript));
        for (Path input : result.inputs()) {
            Path p = real(input);
            if (styles != null && p.equals(styles)) {
                continue;
            }
            read.add(p);
        }
        inputs = read;
        blamed = Set.of();
        failed = false;
        refresh();
    }

    /**
     * After a failed build the last good build's inputs are still watched, and so are the
     * files the errors name (a file the manuscript now includes, broken), with their folders.
     */
    void failed(List<Diagnostic> errors) {
        Set<Path> files = new HashSet<>();
        for (Diagnostic d : errors) {
            try {
                Path file = Path.of(d.file());
                if (Files.isRegularFile(file)) {
                    files.add(real(file));
                }
            } catch (InvalidPathException e) {
                // a message about something other than a file
            }
        }
        blamed = files;
        failed = true;
        refresh();
    }

    /** The folders to watch: the manuscript's, its inputs', and the styles folder with its subfolders. */
    Set<Path> folders() {
        return folders;
    }

    /** Lists the folders again: a build may have added an input, a styles subfolder or the output folder. */
    private void refresh() {
        out = real(options.outputDirectory());
        Set<Path> folders = new LinkedHashSet<>();
        folders.add(folder);
        for (Path input : inputs) {
            if (input.getParent() != null) {
                folders.add(input.getParent());
            }
        }
        for (Path file : blamed) {
            folders.add(file.getParent());
        }
        if (styles != null && Files.isDirectory(styles)) {
            try (Stream<Path> tree = Files.walk(styles)) {
                tree.filter(Files::isDirectory).forEach(folders::add);
            } catch (IOException | RuntimeException e) {
                // a subfolder that cannot be listed cannot be read by a build either
            }
        }
        folders.removeIf(f -> f.startsWith(out) && !folder.startsWith(out));
        this.folders = Set.copyOf(folders);
    }

    /** Whether the book read {@code file} last time, or may (a styles file, a file its errors name). */
    private boolean reads(Path file) {
        return inputs.contains(file) || blamed.contains(file) || (styles != null && file.startsWith(styles));
    }

    /**
     * Whether a change to {@code file} may change this book: a file it read, or, after a
     * failed build, a file that appeared (it may be the file the build lacked). Other files
     * of its folders are not, so that a log written beside the manuscript (even the watch's
     * own, {@code colophon watch book.xml > watch.log}) makes no endless rebuilds; nor are
     * scratch files, the build's own outputs, or the output folder.
     */
    boolean concerns(Path file, boolean created) {
        if (EditorFiles.isScratch(file)) {
            return false;
        }
        if (file.startsWith(out) && !folder.startsWith(out)) {
            return false;
        }
        Path parent = file.getParent();
        if (out.equals(parent) && outputNames.contains(file.getFileName().toString())) {
            return false; // books written into the manuscript's own folder
        }
        return reads(file) || failed && created && folders.contains(parent) && Files.exists(file);
    }

    /** The path as the file system resolves it (links followed), or as given made absolute when it is not there. */
    static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            Path absolute = path.toAbsolutePath().normalize();
            Path parent = absolute.getParent();
            if (parent != null && Files.isDirectory(parent)) {
                try {
                    return parent.toRealPath().resolve(absolute.getFileName());
                } catch (IOException again) {
                    return absolute;
                }
            }
            return absolute;
        }
    }
}
