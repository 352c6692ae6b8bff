package org.colophon.reader;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;
import org.colophon.model.Book;

/** Writes small manuscripts into a folder and reads them, for tests. */
final class Fixture {

    static final String NS = "https://colophon.org/ns/manuscript/1";
    static final String OPEN = "<book xmlns=\"" + NS + "\" version=\"1\" xml:lang=\"fr\">";

    final Path dir;
    final List<Diagnostic> warnings = new ArrayList<>();

    Fixture(Path dir) {
        this.dir = dir;
    }

    Path write(String name, String content) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, content, StandardCharsets.UTF_8);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path write(String name, byte[] content) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.write(p, content);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Book read(String name) throws BuildException {
        return new BookReader(warnings::add).read(dir.resolve(name));
    }

    /** Reads a manuscript that must fail; returns its diagnostics. */
    List<Diagnostic> errors(String name) {
        BuildException e = assertThrows(BuildException.class, () -> read(name));
        return e.diagnostics();
    }

    /** The file name shown in messages for {@code name} of this folder. */
    String shown(String name) {
        return dir.resolve(name).toString();
    }

    /** A whole manuscript around {@code body} (the content of one chapter). */
    static String chapter(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + OPEN + "\n"
                + "  <metadata><title>T</title></metadata>\n"
                + "  <body>\n"
                + "    <chapter>\n"
                + body
                + "    </chapter>\n"
                + "  </body>\n"
                + "</book>\n";
    }
}
