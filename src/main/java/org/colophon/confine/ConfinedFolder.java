package org.colophon.confine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * A folder whose files are the only ones a book may read from it: the manuscript's folder,
 * a styles folder. Paths are written relative to the file that names them, with forward
 * slashes. A path that climbs out with {@code ..}, an absolute path and a URL are refused,
 * and so is a symbolic link whose real path leaves the folder ({@code ..} that stays
 * inside is fine). The checks run on every read, so that what was refused once cannot be
 * read later by another way in.
 */
public final class ConfinedFolder {

    /** Why a path was refused. */
    public enum Refusal { EMPTY, URL, ABSOLUTE, BACKSLASH, NOT_A_PATH, CLIMBS_OUT, MISSING, UNREADABLE, LINK_OUTSIDE, NOT_A_FILE }

    /**
     * How messages speak of the folder.
     *
     * @param folder     "the manuscript's folder"
     * @param insideRule "a manuscript may only use files inside its own folder"
     * @param urlRule    what is said of a URL, before "and Colophon never reads from the network"
     */
    public record Wording(String folder, String insideRule, String urlRule) {}

    /** A path that passed every check: the file as named, its real path, and its path relative to the folder. */
    public record Resolved(Path file, Path realFile, Path relative) {}

    /** A path that was refused, why, and a message meant for the author. */
    public static final class Refused extends Exception {
        private final Refusal reason;

        Refused(Refusal reason, String message) {
            super(message, null, false, false);
            this.reason = reason;
        }

        public Refusal reason() {
            return reason;
        }
    }

    private final Path folder;
    private final Path realFolder;
    private final Wording wording;
    private final Function<Path, String> shown;

    /**
     * @param folder     the folder, absolute and normalized
     * @param realFolder the folder with its links followed
     * @param shown      how messages name a file of the folder, from its path relative to it
     */
    public ConfinedFolder(Path folder, Path realFolder, Wording wording, Function<Path, String> shown) {
        this.folder = folder;
        this.realFolder = realFolder;
        this.wording = wording;
        this.shown = shown;
    }

    /**
     * The checks that need no disk: {@code href}, written in a file that lies in {@code base}
     * (a folder relative to this one, empty for its root), as a normalized path relative to
     * this folder.
     *
     * @param what "image", "layout"… for messages
     */
    public Path relative(String href, Path base, String what) throws Refused {
        return relative(href, base, what, wording);
    }

    /** {@link #relative(String, Path, String)} for a folder that is not on disk (the styles inside the jar). */
    public static Path relative(String href, Path base, String what, Wording wording) throws Refused {
        String h = href.strip();
        if (h.isEmpty()) {
            throw new Refused(Refusal.EMPTY, "the " + what + " path is empty");
        }
        if (h.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*")) {
            throw new Refused(Refusal.URL, "the " + what + " '" + h + "' is a URL; " + wording.urlRule()
                    + ", and Colophon never reads from the network");
        }
        if (h.startsWith("/") || h.startsWith("\\") || h.matches("^[a-zA-Z]:.*")) {
            throw new Refused(Refusal.ABSOLUTE, "the " + what + " '" + h + "' is an absolute path; write a path relative"
                    + " to " + wording.folder() + " (files outside it may not be used)");
        }
        if (h.indexOf('\\') >= 0) {
            throw new Refused(Refusal.BACKSLASH, "the " + what + " '" + h + "' uses '\\'; write paths with forward slashes '/'");
        }
        Path relative;
        try {
            relative = base.resolve(h).normalize();
        } catch (InvalidPathException e) {
            throw new Refused(Refusal.NOT_A_PATH, "the " + what + " '" + h + "' is not a usable file path: " + e.getReason());
        }
        if (relative.startsWith("..")) {
            throw new Refused(Refusal.CLIMBS_OUT, "the " + what + " '" + h + "' climbs out of " + wording.folder()
                    + " with '..'; " + wording.insideRule());
        }
        return relative;
    }

    /** {@link #relative}, then the file on disk: present, a regular file, and really inside the folder. */
    public Resolved resolve(String href, Path base, String what) throws Refused {
        Path relative = relative(href, base, what);
        String h = href.strip();
        Path file = folder.resolve(relative);
        if (!Files.exists(file)) {
            throw new Refused(Refusal.MISSING, "the " + what + " '" + h + "' does not exist (looked for "
                    + shown.apply(relative) + ")");
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            throw new Refused(Refusal.UNREADABLE, "cannot read the " + what + " '" + h + "': " + e.getMessage());
        }
        if (!real.startsWith(realFolder)) {
            throw new Refused(Refusal.LINK_OUTSIDE, "the " + what + " '" + h + "' is a link that leads outside "
                    + wording.folder() + "; " + wording.insideRule());
        }
        if (!Files.isRegularFile(real)) {
            throw new Refused(Refusal.NOT_A_FILE, "the " + what + " '" + h + "' is not a file");
        }
        return new Resolved(file, real, relative);
    }
}
