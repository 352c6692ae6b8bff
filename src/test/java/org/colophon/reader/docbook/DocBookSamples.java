package org.colophon.reader.docbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;
import org.colophon.model.Block;
import org.colophon.model.Book;
import org.colophon.model.Inline;
import org.colophon.reader.BookReader;

/** Small DocBook files written into a folder and read, with the warnings they drew. */
final class DocBookSamples {

    static final String DB5 = "<book xmlns=\"http://docbook.org/ns/docbook\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
            + " version=\"5.0\" xml:lang=\"en\">";
    static final String DB4_DOCTYPE = "<!DOCTYPE book PUBLIC \"-//OASIS//DTD DocBook XML V4.5//EN\"\n"
            + "  \"http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd\"";

    final List<Diagnostic> warnings = new ArrayList<>();
    private final Path folder;

    DocBookSamples(Path folder) {
        this.folder = folder;
    }

    Path write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    Book read(String name, String content) throws Exception {
        return new BookReader(warnings::add).read(write(name, content));
    }

    /** The one error reading the file gives, as file:line:col: message. */
    String error(String name, String content) throws IOException {
        try {
            new BookReader(warnings::add).read(write(name, content));
        } catch (BuildException e) {
            return e.diagnostics().get(0).toString();
        }
        throw new AssertionError("no error");
    }

    /** A DocBook 5 book of one chapter holding {@code body}. */
    static String chapter5(String body) {
        return "<?xml version=\"1.0\"?>\n" + DB5 + "<title>T</title><chapter><title>C</title>\n" + body
                + "\n</chapter></book>";
    }

    /** The plain text of inlines, notes left out. */
    static String text(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : inlines) {
            if (i instanceof Inline.Text t) {
                sb.append(t.text());
            } else if (i instanceof Inline.Styled s) {
                sb.append(text(s.content()));
            } else if (i instanceof Inline.Quote q) {
                sb.append('"').append(text(q.content())).append('"');
            } else if (i instanceof Inline.Foreign f) {
                sb.append(text(f.content()));
            } else if (i instanceof Inline.Link l) {
                sb.append(text(l.content()));
            } else if (i instanceof Inline.CrossRef r) {
                sb.append(text(r.content()));
            } else if (i instanceof Inline.Code c) {
                sb.append(c.text());
            }
        }
        return sb.toString();
    }

    static List<Block> blocks(Book book) {
        return book.body().get(0).blocks();
    }

    private DocBookSamples() {
        this(null);
    }
}
