package org.colophon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.colophon.Colophon.Options;
import org.colophon.Colophon.Output;
import org.colophon.error.Warnings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host's date ({@link Options.Builder#date}, the Maven plugin's outputTimestamp) dates
 * the books in place of the manuscript's own: the EPUB's zip entries and its modification date.
 */
class HostDateTest {

    @Test
    void theDateGivenDatesTheEpubInPlaceOfTheManuscripts(@TempDir Path out) throws Exception {
        Instant given = Instant.parse("2023-05-01T10:00:00Z");
        new Colophon(Warnings.ignore(), Colophon.Progress.silent()).build(Path.of("manuscript/macron-rutte.xml"),
                Options.builder(out).outputs(Output.EPUB).date(given).build());
        try (ZipFile epub = new ZipFile(out.resolve("macron-rutte.epub").toFile())) {
            for (ZipEntry entry : Collections.list(epub.entries())) {
                assertEquals(LocalDateTime.of(2023, 5, 1, 10, 0, 0), entry.getTimeLocal(), entry.getName());
            }
            ZipEntry opf = Collections.list(epub.entries()).stream()
                    .filter(e -> e.getName().endsWith(".opf")).findFirst().orElseThrow();
            String packageDocument = new String(epub.getInputStream(opf).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(packageDocument.contains("<meta property=\"dcterms:modified\">2023-05-01T10:00:00Z</meta>"),
                    packageDocument);
        }
    }
}
