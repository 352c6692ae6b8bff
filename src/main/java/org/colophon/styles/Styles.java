package org.colophon.styles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The look of the book: Velocity layouts, {@code epub.css}, {@code print.css} and fonts.
 * Either a folder the user gave with {@code --styles}, or the default styles packaged in
 * the jar. Paths are relative to the styles root, e.g. {@code layouts/chapter.vm}.
 */
public final class Styles {

    private static final String BUNDLED_ROOT = "styles/";

    private final Path directory; // null when bundled

    private Styles(Path directory) {
        this.directory = directory;
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
    public Optional<byte[]> read(String relativePath) {
        try {
            if (directory != null) {
                Path file = directory.resolve(relativePath).normalize();
                if (!file.startsWith(directory)) {
                    throw new IllegalArgumentException("style path leaves the styles folder: " + relativePath);
                }
                if (Files.isRegularFile(file)) {
                    return Optional.of(Files.readAllBytes(file));
                }
            }
            try (InputStream in = Styles.class.getClassLoader().getResourceAsStream(BUNDLED_ROOT + relativePath)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read style file " + relativePath, e);
        }
    }

    public Optional<String> readText(String relativePath) {
        return read(relativePath).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    /** How a style file is named in messages: its path on disk, or {@code styles/...} when bundled. */
    public String describe(String relativePath) {
        if (directory != null && Files.isRegularFile(directory.resolve(relativePath))) {
            return directory.resolve(relativePath).toString();
        }
        return BUNDLED_ROOT + relativePath + " (built in)";
    }
}
