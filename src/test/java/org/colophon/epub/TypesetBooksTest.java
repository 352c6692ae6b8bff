package org.colophon.epub;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.colophon.error.Warnings;
import org.colophon.layout.Publication;
import org.colophon.model.Book;
import org.colophon.styles.Styles;
import org.colophon.testing.BookInvariants;
import org.colophon.testing.EpubFiles;
import org.colophon.testing.EpubValidator;
import org.colophon.testing.TestBooks;
import org.colophon.testing.TestLayouts;
import org.colophon.typography.Typographer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The books after the typography pass, as the pipeline makes them: still valid, and the typography survives. */
class TypesetBooksTest {

    @TempDir
    Path dir;

    @Test
    void theFrenchArticleKeepsItsFrenchSpacingInTheEpub() throws Exception {
        Book book = new Typographer().apply(TestBooks.frenchArticle());
        Path epub = write(book, "article.epub");
        EpubValidator.Result r = EpubValidator.check(epub);
        assertTrue(r.clean(), r.describe());
        Map<String, byte[]> entries = EpubFiles.entries(epub);
        String article = new String(entries.get("EPUB/text/chapter-001.xhtml"), StandardCharsets.UTF_8);
        // « mauvais payeurs » with narrow no-break spaces inside the guillemets; no-break space before ':'
        assertTrue(article.contains("«\u202Fmauvais payeurs\u202F»"), article);
        assertTrue(article.contains("Rutte\u00A0: renforcer"), article);
        String opf = new String(entries.get("EPUB/package.opf"), StandardCharsets.UTF_8);
        assertTrue(opf.contains("Rutte\u00A0: renforcer"), "the title in the package carries the typography too");
    }

    @Test
    void theRichBookIsStillValidAfterTypography() throws Exception {
        Book book = new Typographer().apply(TestBooks.rich(dir.resolve("img")));
        EpubValidator.Result r = EpubValidator.check(write(book, "rich.epub"));
        assertTrue(r.clean(), r.describe());
    }

    private Path write(Book book, String name) throws Exception {
        Publication pub = TestLayouts.render(Styles.bundled(), Warnings.ignore(), book);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EpubWriter(TestLayouts.date(pub)).write(pub, out);
        Path epub = dir.resolve(name);
        Files.write(epub, out.toByteArray());
        BookInvariants.checkEpub(book, EpubFiles.entries(epub));
        return epub;
    }
}
