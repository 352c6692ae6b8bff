package org.colophon;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;

/**
 * The outputs of one build, written all or nothing. Each file is first written to a hidden
 * temporary file beside its target, named {@code .<target>.<pid>.<n>.part}, flushed to disk,
 * and only when every output is complete are they moved into place, all or none (see
 * {@link #commit()}), none of them over a file the build read. A build that fails
 * leaves the previous outputs untouched and deletes its temporary files; a build that is
 * killed cannot, so the next build in that folder deletes the temporary files whose writing
 * process is no longer alive (or that are older than a day, in case its id was reused).
 */
final class OutputFiles implements AutoCloseable {

    static final String SUFFIX = ".part";
    private static final Duration ABANDONED = Duration.ofDays(1);

    @FunctionalInterface
    interface Writer {
        void write(OutputStream out) throws IOException, BuildException;
    }

    private final Path directory;
    private final BuildInputs inputs;
    private final Map<Path, Path> pending = new LinkedHashMap<>(); // target → temporary file

    /** Outputs that replace no file a build read. */
    OutputFiles(Path directory) throws BuildException {
        this(directory, BuildInputs.none());
    }

    /** Outputs that may not replace any of {@code inputs}. */
    OutputFiles(Path directory, BuildInputs inputs) throws BuildException {
        this.directory = directory;
        this.inputs = inputs;
        try {
            Files.createDirectories(this.directory);
        } catch (IOException e) {
            throw new BuildException(directory.toString(), 0, 0, "cannot create the output folder: " + reason(e));
        }
    }

    /** An output's temporary file, reserved in the order the outputs are to be moved into place. */
    record Reserved(Path target, Path temp) {}

    /** Writes one output to its temporary file; nothing is visible until {@link #commit()}. */
    void write(String fileName, Writer writer) throws BuildException {
        write(reserve(fileName), writer);
    }

    /** Creates the temporary file of one output, to be written by {@link #write(Reserved, Writer)}. */
    synchronized Reserved reserve(String fileName) throws BuildException {
        Path target = directory.resolve(fileName);
        Path temp;
        try {
            temp = Files.createTempFile(directory.toAbsolutePath(), prefix(fileName) + ProcessHandle.current().pid() + ".", SUFFIX);
        } catch (IOException e) {
            throw new BuildException(target.toString(), 0, 0, "cannot write in the output folder: " + reason(e));
        }
        pending.put(target, temp);
        return new Reserved(target, temp);
    }

    /**
     * Writes a reserved output. It touches that output's file only, so several outputs may
     * be written at once from several threads; {@link #commit()} and {@link #close()} wait
     * until they are done (their callers' business).
     */
    void write(Reserved file, Writer writer) throws BuildException {
        try (FileChannel channel = FileChannel.open(file.temp(), StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
            writer.write(out);
            out.flush();
            // on disk before the rename, so a crash cannot leave a renamed but empty file
            channel.force(true);
        } catch (IOException e) {
            throw new BuildException(file.target().toString(), 0, 0, "cannot write: " + reason(e));
        }
    }

    /**
     * Moves every written output into place, replacing the previous ones, all or none. Every
     * destination is checked before any file is moved; the files they hold are kept aside
     * (as a second name of the same file where the file system allows it, else as a copy)
     * until every move succeeded, so that a move that fails still puts the folder back as it
     * was: the outputs moved before it are removed and the previous files put back.
     */
    synchronized List<Path> commit() throws BuildException {
        refuseBadDestinations();
        List<Move> moves = prepareMoves();
        List<Path> done = new ArrayList<>();
        for (Move move : moves) {
            try {
                moveIntoPlace(move.temp(), move.target());
            } catch (IOException e) {
                throw new BuildException(rollBack(moves, done.size(), e));
            }
            done.add(move.target());
        }
        dropAsides(moves);
        pending.clear();
        return done;
    }

    /** One output's move into place; {@code aside} holds what its target held, null when nothing. */
    private record Move(Path target, Path temp, Path aside) {}

    /** Everything that would make a move fail, or replace a file the build read, found before any move. */
    private void refuseBadDestinations() throws BuildException {
        List<Diagnostic> problems = new ArrayList<>();
        if (!Files.isWritable(directory)) {
            problems.add(Diagnostic.error(directory.toString(), 0, 0, "cannot write in the output folder: permission denied"));
        }
        for (Path target : pending.keySet()) {
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(Diagnostic.error(target.toString(), 0, 0,
                        "cannot write: a folder of that name is in the way; remove it or choose another --out"));
            }
        }
        problems.addAll(inputs.refusals(List.copyOf(pending.keySet())));
        if (!problems.isEmpty()) {
            throw new BuildException(problems);
        }
    }

    /** Makes each output readable and keeps aside what its target holds; on failure, nothing has moved. */
    private List<Move> prepareMoves() throws BuildException {
        List<Move> moves = new ArrayList<>();
        for (Map.Entry<Path, Path> e : pending.entrySet()) {
            Path target = e.getKey();
            try {
                makeReadable(e.getValue());
                moves.add(new Move(target, e.getValue(), keepAside(target)));
            } catch (IOException ex) {
                dropAsides(moves);
                throw new BuildException(target.toString(), 0, 0, "cannot write: cannot keep the previous file aside: "
                        + reason(ex) + "; the output folder is left as it was");
            }
        }
        return moves;
    }

    /**
     * A second name, beside it, for what {@code target} holds (a file, or a link kept as a
     * link); null when it holds nothing. Named as the temporary files are, so that a build
     * killed before it deletes them has them swept by the next one.
     */
    private Path keepAside(Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Path aside = Files.createTempFile(directory.toAbsolutePath(),
                prefix(target.getFileName().toString()) + ProcessHandle.current().pid() + ".", SUFFIX);
        try {
            Files.delete(aside); // the name is ours; a link needs it free
            Files.createLink(aside, target);
        } catch (UnsupportedOperationException | IOException noLink) {
            try {
                Files.copy(target, aside, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES,
                        LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException gone) {
                // another build of this book moved it meanwhile: nothing is there to keep
                Files.deleteIfExists(aside);
                return null;
            }
        }
        return aside;
    }

    /**
     * After the move at {@code failed} failed: takes back the moves made before it, drops
     * the files kept aside for the others, and says what went wrong.
     */
    private static List<Diagnostic> rollBack(List<Move> moves, int failed, IOException cause) {
        Move failing = moves.get(failed);
        List<Move> made = new ArrayList<>(moves.subList(0, failed));
        List<Move> notMade = new ArrayList<>(moves.subList(failed + 1, moves.size()));
        if (failing.aside() != null && !Files.exists(failing.target(), LinkOption.NOFOLLOW_LINKS)) {
            made.add(failing); // a move that is not atomic can fail after removing its target
        } else {
            notMade.add(failing);
        }
        List<Diagnostic> notPutBack = undo(made);
        dropAsides(notMade);
        List<Diagnostic> problems = new ArrayList<>();
        problems.add(Diagnostic.error(failing.target().toString(), 0, 0, "cannot write: " + reason(cause)
                + (notPutBack.isEmpty() ? "; the output folder is left as it was" : "")));
        problems.addAll(notPutBack);
        return problems;
    }

    /** Takes back moves already made, newest first; says what could not be put back and where it is. */
    private static List<Diagnostic> undo(List<Move> made) {
        List<Diagnostic> problems = new ArrayList<>();
        for (int i = made.size() - 1; i >= 0; i--) {
            Move move = made.get(i);
            try {
                if (move.aside() == null) {
                    Files.deleteIfExists(move.target());
                } else {
                    moveIntoPlace(move.aside(), move.target());
                }
            } catch (IOException e) {
                problems.add(Diagnostic.error(move.target().toString(), 0, 0, "cannot put back the previous file: "
                        + reason(e) + (move.aside() == null ? "; delete this new one by hand"
                        : "; it is kept as " + move.aside() + ", rename it back by hand before the next build")));
            }
        }
        return problems;
    }

    private static void dropAsides(List<Move> moves) {
        for (Move move : moves) {
            if (move.aside() != null) {
                try {
                    Files.deleteIfExists(move.aside());
                } catch (IOException e) {
                    // a hidden copy of an old output; the next build in this folder sweeps it
                }
            }
        }
    }

    /** Replaces {@code target} by {@code file} in one step where the file system can, so no reader sees it missing. */
    private static void moveIntoPlace(Path file, Path target) throws IOException {
        try {
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes the temporary files of a build that did not commit. */
    @Override
    public synchronized void close() {
        for (Path temp : pending.values()) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the build already failed; the next build removes a stray temporary file
            }
        }
        pending.clear();
    }

    /**
     * Deletes the temporary files that earlier builds of these outputs left behind when they
     * were killed. Files of a build still running (in this or another process) are kept.
     */
    static List<Path> removeAbandoned(Path directory, List<String> fileNames) {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return removed;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, ".*" + SUFFIX)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                for (String output : fileNames) {
                    if (name.startsWith(prefix(output)) && isAbandoned(file, name.substring(prefix(output).length()))) {
                        if (Files.deleteIfExists(file)) {
                            removed.add(file);
                        }
                        break;
                    }
                }
            }
        } catch (IOException e) {
            // unreadable folder: writing the outputs will report it
        }
        return removed;
    }

    private static boolean isAbandoned(Path file, String rest) throws IOException {
        int dot = rest.indexOf('.');
        if (dot <= 0) {
            return false; // not one of ours
        }
        long pid;
        try {
            pid = Long.parseLong(rest.substring(0, dot));
        } catch (NumberFormatException e) {
            return false;
        }
        FileTime modified = Files.getLastModifiedTime(file);
        if (modified.toInstant().isBefore(Instant.now().minus(ABANDONED))) {
            return true;
        }
        Optional<ProcessHandle> owner = ProcessHandle.of(pid);
        return owner.isEmpty() || !owner.get().isAlive();
    }

    private static String prefix(String fileName) {
        return "." + fileName + ".";
    }

    /** Temporary files are created private; a finished book is as readable as any other file. */
    private static void makeReadable(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** The JDK's file errors often say only the path; say what went wrong. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
