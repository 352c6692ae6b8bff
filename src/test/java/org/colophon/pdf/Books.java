package org.colophon.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.colophon.error.Warnings;
import org.colophon.layout.Publication;
import org.colophon.model.Book;
import org.colophon.reader.BookReader;
import org.colophon.styles.Styles;
import org.colophon.testing.TestLayouts;
import org.colophon.typography.Typographer;

/**
 * Books for typesetter tests: read by the manuscript reader, then passed through the
 * real typography pass and Velocity layouts.
 */
final class Books {

    private Books() {
    }

    static Path corpus() {
        return Path.of(System.getProperty("colophon.corpus", "../shared/corpus"));
    }

    static Publication publish(Book book) throws Exception {
        return TestLayouts.render(Styles.bundled(), Warnings.ignore(), new Typographer().apply(book),
                Instant.ofEpochSecond(1_700_000_000L));
    }

    /** The default manuscript, {@code manuscript/macron-rutte.xml}, read by the real reader. */
    static Book macronRutte() throws Exception {
        return new BookReader(Warnings.ignore()).read(Path.of("manuscript/macron-rutte.xml"));
    }

    /** The ELTeC Anstey novel (English), or null when the corpus folder is absent. */
    static Book anstey() throws Exception {
        Path file = corpus().resolve("ENG18820_Anstey.xml");
        return Files.isRegularFile(file) ? new BookReader(Warnings.ignore()).read(file) : null;
    }

    /** The ELTeC Ponson novel, or null when the corpus folder is absent. */
    static Book ponson() throws Exception {
        Path file = corpus().resolve("FRA03101_Ponson.xml");
        return Files.isRegularFile(file) ? new BookReader(Warnings.ignore()).read(file) : null;
    }
}
