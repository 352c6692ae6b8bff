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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deeply nested markup: 3,000 nested {@code <em>} overflowed the reader's stack
 * (StackOverflowError); now anything deeper than 200 elements is refused while parsing,
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
        // <book><body><chapter><p> are four levels: the 197th <em> is the 201st element
        assertEquals(manuscript + ":6:" + (16 + 196 * 4) + ": error: <em> is nested more than 200 elements deep;"
                + " Colophon reads at most that depth: flatten the markup", d.toString());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void nestingUpToTheLimitBuildsOnASmallStack() throws Exception {
        Path manuscript = nested("deep.xml", 195);
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
