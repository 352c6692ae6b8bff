package org.colophon.reader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.colophon.error.BuildException;

/**
 * The folder a manuscript lives in: the only place its included files and images may
 * come from. Paths are written relative to the file that names them, with forward
 * slashes. A path that climbs out with {@code ..}, an absolute path and a URL are
 * refused, and so is a symbolic link whose real path leaves the folder. ({@code ..}
 * that stays inside, as in {@code ../images/map.png} from a {@code chapters/} file, is
 * fine.)
 */
public final class ManuscriptFolder {

    /** A path that passed every check: the file on disk and how the book names it. */
    public record Resolved(Path file, Path realFile, String href, String shownAs) {}

    /** A path that was refused, and why, in words meant for the author. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private final Path folder;
    private final Path realFolder;
    private final Path shownFolder;

    /**
     * @param manuscript the main manuscript file
     * @param shownAs    how messages name it; included files are named relative to it
     */
    public ManuscriptFolder(Path manuscript, String shownAs) throws BuildException {
        this.folder = manuscript.toAbsolutePath().normalize().getParent();
        try {
            this.realFolder = folder.toRealPath();
        } catch (IOException e) {
            throw new BuildException(shownAs, 0, 0, "cannot read the manuscript's folder: " + e.getMessage());
        }
        this.shownFolder = Path.of(shownAs).getParent();
    }

    /**
     * Resolves {@code href}, written in a file that lies in {@code base} (a folder relative
     * to the manuscript's folder, empty for the manuscript's own), to a file inside the
     * manuscript's folder.
     *
     * @param what "included file", "image"… for messages
     */
    public Resolved resolve(String href, Path base, String what) throws Refused {
        String h = href.strip();
        if (h.isEmpty()) {
            throw new Refused("the " + what + " path is empty");
        }
        if (h.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*")) {
            throw new Refused("the " + what + " '" + h + "' is a URL; a manuscript may only use files from its own"
                    + " folder, and Colophon never reads from the network");
        }
        if (h.startsWith("/") || h.startsWith("\\") || h.matches("^[a-zA-Z]:.*")) {
            throw new Refused("the " + what + " '" + h + "' is an absolute path; write a path relative to the"
                    + " manuscript's folder (files outside it may not be used)");
        }
        if (h.indexOf('\\') >= 0) {
            throw new Refused("the " + what + " '" + h + "' uses '\\'; write paths with forward slashes '/'");
        }
        Path relative;
        try {
            relative = base.resolve(h).normalize();
        } catch (InvalidPathException e) {
            throw new Refused("the " + what + " '" + h + "' is not a usable file path: " + e.getReason());
        }
        if (relative.startsWith("..")) {
            throw new Refused("the " + what + " '" + h + "' climbs out of the manuscript's folder with '..';"
                    + " a manuscript may only use files inside its own folder");
        }
        Path file = folder.resolve(relative);
        String rootHref = relative.toString().replace('\\', '/');
        if (!Files.exists(file)) {
            throw new Refused("the " + what + " '" + h + "' does not exist (looked for " + shown(relative) + ")");
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            throw new Refused("cannot read the " + what + " '" + h + "': " + e.getMessage());
        }
        if (!real.startsWith(realFolder)) {
            throw new Refused("the " + what + " '" + h + "' is a link that leads outside the manuscript's folder;"
                    + " a manuscript may only use files inside its own folder");
        }
        if (!Files.isRegularFile(real)) {
            throw new Refused("the " + what + " '" + h + "' is not a file");
        }
        return new Resolved(file, real, rootHref, shown(relative));
    }

    /** How messages name a file of the folder: next to the manuscript as the user named it. */
    private String shown(Path relative) {
        Path p = shownFolder == null ? relative : shownFolder.resolve(relative);
        return p.toString().replace('\\', '/');
    }
}
