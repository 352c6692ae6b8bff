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
import org.colophon.testing.BookInvariants;
import org.colophon.testing.EpubValidator;
import org.colophon.testing.PdfValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrictCliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private Path manuscript(String paragraph) throws Exception {
        Path m = dir.resolve("book.xml");
        Files.writeString(m, """
                <?xml version="1.0" encoding="UTF-8"?>
                <book xmlns="https://colophon.org/ns/manuscript/1" version="1" xml:lang="en">
                  <metadata><title>Strict</title></metadata>
                  <body><chapter id="one"><title>One</title><p>%s</p></chapter></body>
                </book>
                """.formatted(paragraph));
        return m;
    }

    @Test
    void strictBuildWithAMissingGlyphExitsOneAndWritesNothing() throws Exception {
        Path m = manuscript("A rune \u16A0 no font has, in a sentence long enough to be set as a real paragraph.");
        Path outDir = dir.resolve("out");
        assertEquals(1, run("build", m.toString(), "--out", outDir.toString(), "--quiet", "--strict"), err.toString());
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains(m + ": error: strict build: 1 character(s) no font has, first U+16A0"), errors);
        assertFalse(errors.contains("\tat "), "no stack trace");
        if (Files.exists(outDir)) {
            try (var files = Files.list(outDir)) {
                assertEquals(List.of(), files.toList());
            }
        }
    }

    @Test
    void strictBuildWithAWordCutToFitTheMeasureExitsOneAndWritesNothing() throws Exception {
        // a word no hyphenation point can break, wider than the line: the report listed it
        // among the cut words, and --strict wrote the books all the same
        String word = "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(3);
        Path m = manuscript("The word " + word + " is longer than any line of this page.");
        Path outDir = dir.resolve("out");
        assertEquals(0, run("build", m.toString(), "--out", outDir.toString(), "--quiet"), err.toString());
        String report = Files.readString(outDir.resolve("book-report.json"));
        assertTrue(report.contains("\"cutWords\": [\""), report);

        Path strictOut = dir.resolve("strict");
        err.reset();
        assertEquals(1, run("build", m.toString(), "--out", strictOut.toString(), "--quiet", "--strict"), err.toString());
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains(m + ": error: strict build: 1 word(s) wider than the measure, cut between letters"),
                errors);
        assertFalse(errors.contains("\tat "), "no stack trace");
        if (Files.exists(strictOut)) {
            try (var files = Files.list(strictOut)) {
                assertEquals(List.of(), files.toList());
            }
        }
        // what the plain build wrote is whole: every word, both books valid
        BookInvariants.checkBuild(m, List.of(outDir.resolve("book.pdf"), outDir.resolve("book.epub")));
        assertEquals(List.of(), PdfValidator.pdfUa1(Files.readAllBytes(outDir.resolve("book.pdf"))).failedRules());
        EpubValidator.Result epub = EpubValidator.check(outDir.resolve("book.epub"));
        assertTrue(epub.clean(), epub.describe());
    }

    @Test
    void strictBuildOfACleanBookWritesBooksAndReport() throws Exception {
        Path m = manuscript("A plain sentence, set without trouble.");
        Path outDir = dir.resolve("out");
        assertEquals(0, run("build", m.toString(), "--out", outDir.toString(), "--quiet", "--strict"), err.toString());
        for (String name : List.of("book.pdf", "book.epub", "book-report.json", "book-report.html")) {
            assertTrue(Files.isRegularFile(outDir.resolve(name)), name);
        }
        BookInvariants.checkBuild(m, outDir);
    }
}
