package org.colophon.styles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.colophon.confine.ConfinedFolder;

/**
 * The look of the book: Velocity layouts, {@code epub.css}, {@code print.css} and fonts.
 * Either a folder the user gave with {@code --styles}, or the default styles packaged in
 * the jar. Paths are relative to the styles root, e.g. {@code layouts/chapter.vm}.
 *
 * <p>A styles folder follows the manuscript's folder rule ({@link ConfinedFolder}): every
 * file read from it must lie inside it once links are followed; {@code ..} that climbs
 * out, absolute paths and URLs are refused. Only a file the folder lacks is taken from the
 * defaults; one it has but may not use is an error, never silently replaced.
 */
public final class Styles {

    /** What a style file is, for messages, and the folder names in it are relative to. */
    public enum Kind {
        /** Any file, named by its path from the styles root. */
        FILE("style file", ""),
        /** print.css, epub.css. */
        STYLE_SHEET("style sheet", ""),
        /** A font file named by print.css, whose paths are relative to the styles root. */
        FONT("font file", ""),
        /** A Velocity layout, named as the layouts and their #parse and #include name it. */
        LAYOUT("layout", "layouts"),
        LABELS("labels file", "layouts");

        private final String noun;
        private final Path base;

        Kind(String noun, String base) {
            this.noun = noun;
            this.base = Path.of(base);
        }
    }

    static final ConfinedFolder.Wording WORDING = new ConfinedFolder.Wording("the styles folder",
            "a styles folder may only use files inside it", "a styles folder may only use files from inside it");

    private static final String BUNDLED_ROOT = "styles/";

    private final Path directory;        // null when bundled
    private final ConfinedFolder folder; // null when bundled

    private Styles(Path directory) {
        this.directory = directory;
        if (directory == null) {
            this.folder = null;
        } else {
            Path real;
            try {
                real = directory.toRealPath();
            } catch (IOException e) {
                real = directory; // a folder that is not there has no file to read: all come from the defaults
            }
            this.folder = new ConfinedFolder(directory, real, WORDING, relative -> directory.resolve(relative).toString());
        }
    }

    /** The default styles shipped inside Colophon. */
    public static Styles bundled() {
        return new Styles(null);
    }

    /** A user's style folder; files it lacks are taken from the default styles. */
    public static Styles fromDirectory(Path directory) {
        return new Styles(directory.toAbsolutePath().normalize());
    }

    /** The folder given with {@code --styles}; empty for the bundled styles. */
    public Optional<Path> folder() {
        return Optional.ofNullable(directory);
    }

    /** The bytes of a style file, empty when neither the folder nor the defaults have it. */
    public Optional<byte[]> read(String relativePath) throws StyleFileRefused {
        return read(Kind.FILE, relativePath);
    }

    public Optional<String> readText(String relativePath) throws StyleFileRefused {
        return readText(Kind.FILE, relativePath);
    }

    public Optional<String> readText(Kind kind, String name) throws StyleFileRefused {
        return read(kind, name).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    /**
     * The bytes of the style file {@code name} (relative to the kind's folder), empty when
     * neither the folder nor the defaults have it.
     *
     * @throws StyleFileRefused when the name, or the file the folder has under it, breaks the folder's rule
     */
    public Optional<byte[]> read(Kind kind, String name) throws StyleFileRefused {
        Path relative;
        try {
            if (folder == null) {
                relative = ConfinedFolder.relative(name, kind.base, kind.noun, WORDING);
            } else {
                try {
                    return Optional.of(Files.readAllBytes(folder.resolve(name, kind.base, kind.noun).realFile()));
                } catch (ConfinedFolder.Refused refused) {
                    if (refused.reason() != ConfinedFolder.Refusal.MISSING) {
                        throw refused;
                    }
                    relative = folder.relative(name, kind.base, kind.noun);
                }
            }
        } catch (ConfinedFolder.Refused refused) {
            throw new StyleFileRefused(refused.getMessage());
        } catch (IOException e) {
            throw new StyleFileRefused("cannot read the " + kind.noun + " '" + name + "': " + e.getMessage());
        }
        String resource = BUNDLED_ROOT + relative.toString().replace('\\', '/');
        try (InputStream in = Styles.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in style file " + resource, e);
        }
    }

    /** How a style file is named in messages: its path on disk, or {@code styles/...} when bundled. */
    public String describe(String relativePath) {
        return describe(Kind.FILE, relativePath);
    }

    public String describe(Kind kind, String name) {
        Path relative = kind.base.resolve(name).normalize();
        if (directory != null && Files.isRegularFile(directory.resolve(relative))) {
            return directory.resolve(relative).toString();
        }
        return BUNDLED_ROOT + relative.toString().replace('\\', '/') + " (built in)";
    }
}
