package org.colophon.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.colophon.Colophon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the build goal turns what Colophon throws into Maven's two failures: the user's
 * (a bad manuscript, with its file:line:col lines) and Colophon's own (an internal error).
 */
class BuildMojoFailuresTest {

    private static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <book xmlns="https://colophon.org/ns/manuscript/1" version="1" xml:lang="en">
              <metadata><title>T</title><date>2024-01-01</date></metadata>
              <body>
                <chapter>
                  <title>One</title>
            """;

    @TempDir
    Path dir;

    @Test
    void aBadManuscriptIsAFailureWhoseLinesAreItsErrorsAtTheirPlace() throws Exception {
        Path book = write("book.xml", HEAD + """
                      <p>Fine.</p>
                      <paragraph>Not an element of the format.</paragraph>
                    </chapter>
                  </body>
                </book>
                """);
        Path out = dir.resolve("out");
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> BuildMojo.build(new Colophon(d -> { }, Colophon.Progress.silent()), book, Colophon.Options.defaults(out)));
        String[] lines = e.getMessage().split("\\R");
        for (String line : lines) {
            assertTrue(line.matches("\\Q" + book + "\\E:\\d+:\\d+: error: .+"), line);
        }
        assertTrue(e.getMessage().startsWith(book + ":8:7: error: "), e.getMessage());
        assertTrue(e.getMessage().contains("<paragraph>"), e.getMessage());
        assertNull(e.getCause(), "no trace for Maven to print under the message");
        assertFalse(Files.exists(out.resolve("book.pdf")));
    }

    @Test
    void aFailureInsideColophonIsAnExecutionExceptionCarryingItsCause() throws Exception {
        Path book = write("book.xml", HEAD + """
                      <p>A paragraph.</p>
                    </chapter>
                  </body>
                </book>
                """);
        IllegalStateException bug = new IllegalStateException("a stage broke");
        Colophon failing = new Colophon(d -> { }, report -> {
            throw bug;
        });
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> BuildMojo.build(failing, book, Colophon.Options.defaults(dir.resolve("out"))));
        assertSame(bug, e.getCause());
        assertTrue(e.getMessage().startsWith("Colophon failed on " + book), e.getMessage());
        assertTrue(e.getMessage().contains("a bug in Colophon"), e.getMessage());
        assertTrue(e.getMessage().contains("a stage broke"), e.getMessage());
    }

    @Test
    void aGoodManuscriptBuildsBothBooks() throws Exception {
        Path book = write("book.xml", HEAD + """
                      <p>A paragraph.</p>
                    </chapter>
                  </body>
                </book>
                """);
        Path out = dir.resolve("out");
        Colophon.Result result = BuildMojo.build(new Colophon(d -> { }, Colophon.Progress.silent()), book,
                Colophon.Options.defaults(out));
        assertTrue(result.outputs().contains(out.resolve("book.pdf")), result.outputs().toString());
        assertTrue(result.outputs().contains(out.resolve("book.epub")), result.outputs().toString());
        assertEquals("%PDF-", new String(Files.readAllBytes(out.resolve("book.pdf")), 0, 5, StandardCharsets.US_ASCII));
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
