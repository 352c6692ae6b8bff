package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.colophon.styles.Styles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A styles folder whose {@code nav.xhtml.vm} was copied before the layouts were given the
 * page list: building the book with its PDF fails at that layout, as every layout error
 * does, and leaves no file behind.
 */
class PageListLayoutCliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Main(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void aNavigationLayoutWithoutThePageListFailsTheBuild() throws Exception {
        String builtIn = Styles.bundled().readText("layouts/nav.xhtml.vm").orElseThrow();
        int from = builtIn.indexOf("#if($pageList)\n");
        int to = builtIn.indexOf("#end\n</body>", from) + "#end\n".length();
        Path nav = dir.resolve("styles/layouts/nav.xhtml.vm");
        Files.createDirectories(nav.getParent());
        Files.writeString(nav, builtIn.substring(0, from) + builtIn.substring(to));
        List<String> lines = Files.readAllLines(nav);
        int bodyEnd = lines.indexOf("</body>") + 1;

        Path out = dir.resolve("out");
        int status = run("build", "manuscript/macron-rutte.xml", "--out", out.toString(),
                "--styles", dir.resolve("styles").toString(), "--quiet");
        assertEquals(1, status, err.toString(StandardCharsets.UTF_8));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith(nav + ":" + bodyEnd + ":1: error: layout error: the book has "), message);
        assertTrue(message.contains("printed pages but this navigation document has no page list"), message);
        assertEquals(1, message.split("\\R").length, message);
        if (Files.exists(out)) {
            try (Stream<Path> files = Files.list(out)) {
                assertEquals(List.of(), files.toList(), "no output file, not even a partial one");
            }
        }
    }
}
