package org.colophon.reader.markdown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;
import org.colophon.model.Book;
import org.colophon.reader.BookReader;

/** Writes small Markdown books into a folder and reads them with the reading stage's entry point. */
final class MarkdownTestFiles {

    static final String FRONT = "---\ntitle: T\nlanguage: en\n---\n";

    private MarkdownTestFiles() {
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    static Book read(Path file) throws BuildException {
        return new BookReader(d -> { }).read(file);
    }

    static Book read(Path file, List<Diagnostic> warnings) throws BuildException {
        return new BookReader(warnings::add).read(file);
    }

    static List<Diagnostic> warnings() {
        return new ArrayList<>();
    }
}
