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

/**
 * The outputs of one build, written all or nothing. Each file is first written to a hidden
 * temporary file beside its target, named {@code .<target>.<pid>.<n>.part}, flushed to disk,
 * and only when every output is complete are they moved into place. A build that fails
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
    private final Map<Path, Path> pending = new LinkedHashMap<>(); // target → temporary file

    OutputFiles(Path directory) throws BuildException {
        this.directory = directory;
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

    /** Moves every written output into place, replacing the previous ones. */
    synchronized List<Path> commit() throws BuildException {
        List<Path> done = new ArrayList<>();
        for (Map.Entry<Path, Path> e : pending.entrySet()) {
            Path target = e.getKey();
            try {
                makeReadable(e.getValue());
                try {
                    Files.move(e.getValue(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException notAtomic) {
                    Files.move(e.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException ex) {
                throw new BuildException(target.toString(), 0, 0, "cannot write: " + reason(ex));
            }
            done.add(target);
        }
        pending.clear();
        return done;
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
