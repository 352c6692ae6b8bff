package org.colophon.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.colophon.error.Diagnostic;
import org.colophon.layout.Publication;
import org.colophon.model.Book;
import org.colophon.reader.BookReader;
import org.colophon.styles.Styles;
import org.colophon.testing.BookInvariants;
import org.colophon.testing.EpubFiles;
import org.colophon.testing.EpubValidator;
import org.colophon.testing.TestLayouts;
import org.colophon.typography.Typographer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Manuscripts on disk through the reader, the typography pass, the layouts and the writer. */
class EndToEndEpubTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultManuscriptMakesAValidEpub() throws Exception {
        check(Path.of("manuscript/macron-rutte.xml"));
    }

    @Test
    void theManuscriptUsingEveryElementMakesAValidEpub() throws Exception {
        check(Path.of("src/test/resources/manuscripts/complete/complete.xml"));
    }

    private void check(Path manuscript) throws Exception {
        List<Diagnostic> warnings = new ArrayList<>();
        Book book = new Typographer().apply(new BookReader(warnings::add).read(manuscript));
        Publication pub = TestLayouts.render(Styles.bundled(), warnings::add, book);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EpubWriter(TestLayouts.date(pub)).write(pub, out);
        Path epub = dir.resolve("book.epub");
        if (Boolean.getBoolean("colophon.keep")) { Files.write(Path.of("target", manuscript.getFileName() + ".epub"), out.toByteArray()); }
        Files.write(epub, out.toByteArray());
        EpubValidator.Result r = EpubValidator.check(epub);
        assertTrue(r.clean(), r.describe());
        assertEquals(List.of(), warnings, "the layouts found everything the manuscript refers to");
        BookInvariants.checkEpub(book, EpubFiles.entries(epub));
    }
}
