package org.colophon.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.colophon.Colophon;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;
import org.colophon.error.Warnings;
import org.colophon.reader.ReadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deeply nested markup: 3,000 nested {@code <em>} overflowed the reader's stack
 * (StackOverflowError); now anything deeper than {@link ReadLimits#MAX_DEPTH} is refused while parsing,
 * and anything up to that depth goes through every stage, even on a thread with a small
 * stack such as a pool's.
 */
class NestingLimitTest {

    @TempDir
    Path dir;

    private Path nested(String name, int depth) {
        return Hostile.write(dir.resolve(name), Hostile.chapter("fr",
                "      <p>Avant " + "<em>".repeat(depth) + "profond" + "</em>".repeat(depth) + " après.</p>\n"));
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedWhereItHappens() {
        Path manuscript = nested("deep.xml", 3000);
        BuildException e = assertThrows(BuildException.class, () -> new Colophon(Warnings.ignore(),
                Colophon.Progress.silent()).build(manuscript, Colophon.Options.defaults(dir.resolve("out"))));
        Diagnostic d = e.diagnostics().get(0);
        assertEquals(6, d.line(), d::toString);
        assertTrue(d.column() > 16 + 4 * (ReadLimits.MAX_DEPTH - 6) && d.column() < 16 + 4 * (ReadLimits.MAX_DEPTH + 2), d::toString);
        assertTrue(d.message().contains("nest") && d.message().contains(String.valueOf(ReadLimits.MAX_DEPTH)), d::toString);
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void nestingUpToTheLimitBuildsOnASmallStack() throws Exception {
        // <book><body><chapter><p> are four levels
        Path manuscript = nested("deep.xml", ReadLimits.MAX_DEPTH - 4);
        Path out = dir.resolve("out");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        // 512 KB: less than a default thread's stack
        Thread t = new Thread(null, () -> {
            try {
                new Colophon(Warnings.ignore(), Colophon.Progress.silent()).build(manuscript, Colophon.Options.defaults(out));
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", 512 * 1024);
        t.start();
        t.join();
        assertEquals(null, failure.get());
        try (PDDocument pdf = Loader.loadPDF(out.resolve("deep.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Avant profond après."), text);
        }
    }
}
