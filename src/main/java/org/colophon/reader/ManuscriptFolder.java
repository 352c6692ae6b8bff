package org.colophon.reader;

import java.io.IOException;
import java.nio.file.Path;
import org.colophon.confine.ConfinedFolder;
import org.colophon.error.BuildException;

/**
 * The folder a manuscript lives in: the only place its included files and images may
 * come from. Paths are written relative to the file that names them, with forward
 * slashes. A path that climbs out with {@code ..}, an absolute path and a URL are
 * refused, and so is a symbolic link whose real path leaves the folder. ({@code ..} that
 * stays inside, as in {@code ../images/map.png} from a {@code chapters/} file, is
 * fine.) The rule is {@link ConfinedFolder}'s, which the styles folder follows too.
 */
public final class ManuscriptFolder {

    private static final ConfinedFolder.Wording WORDING = new ConfinedFolder.Wording("the manuscript's folder",
            "a manuscript may only use files inside its own folder", "a manuscript may only use files from its own folder");

    /** A path that passed every check: the file on disk and how the book names it. */
    public record Resolved(Path file, Path realFile, String href, String shownAs) {}

    /** A path that was refused, and why, in words meant for the author. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private final ConfinedFolder folder;
    private final Path shownFolder;

    /**
     * @param manuscript the main manuscript file
     * @param shownAs    how messages name it; included files are named relative to it
     */
    public ManuscriptFolder(Path manuscript, String shownAs) throws BuildException {
        Path folder = manuscript.toAbsolutePath().normalize().getParent();
        Path realFolder;
        try {
            realFolder = folder.toRealPath();
        } catch (IOException e) {
            throw new BuildException(shownAs, 0, 0, "cannot read the manuscript's folder: " + e.getMessage());
        }
        this.shownFolder = Path.of(shownAs).getParent();
        this.folder = new ConfinedFolder(folder, realFolder, WORDING, this::shown);
    }

    /**
     * Resolves {@code href}, written in a file that lies in {@code base} (a folder relative
     * to the manuscript's folder, empty for the manuscript's own), to a file inside the
     * manuscript's folder.
     *
     * @param what "included file", "image"… for messages
     */
    public Resolved resolve(String href, Path base, String what) throws Refused {
        try {
            ConfinedFolder.Resolved file = folder.resolve(href, base, what);
            return new Resolved(file.file(), file.realFile(), file.relative().toString().replace('\\', '/'),
                    shown(file.relative()));
        } catch (ConfinedFolder.Refused refused) {
            throw new Refused(refused.getMessage());
        }
    }

    /** How messages name a file of the folder: next to the manuscript as the user named it. */
    private String shown(Path relative) {
        Path p = shownFolder == null ? relative : shownFolder.resolve(relative);
        return p.toString().replace('\\', '/');
    }
}
