package org.colophon.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.colophon.error.Diagnostic;
import org.colophon.model.Block;
import org.colophon.model.Book;
import org.colophon.model.Division;
import org.colophon.model.Inline;
import org.junit.jupiter.api.Test;

/** The sample manuscript shipped in manuscript/ reads into exactly the seed article. */
class DefaultManuscriptTest {

    private static final Path MANUSCRIPT = Path.of("manuscript/macron-rutte.xml");
    private static final Path SEED = Path.of("../shared/seed/article-macron-rutte.txt");

    @Test
    void readsTheSeedArticleWordForWord() throws Exception {
        List<Diagnostic> warnings = new ArrayList<>();
        Book book = new BookReader(warnings::add).read(MANUSCRIPT);
        List<String> seed = Files.readAllLines(SEED, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();

        assertEquals(seed.get(0), book.metadata().title());
        assertEquals("fr", book.language());
        assertEquals(List.of("OTAN", "Relations internationales"), book.metadata().subjects());
        assertTrue(book.metadata().creators().isEmpty(), "the article names no author");
        assertNull(book.metadata().date(), "the article gives no date");
        assertTrue(book.frontMatter().isEmpty());
        assertTrue(book.backMatter().isEmpty());
        assertTrue(book.assets().isEmpty());

        assertEquals(1, book.body().size());
        Division chapter = book.body().get(0);
        assertEquals(Division.Kind.CHAPTER, chapter.kind());
        assertEquals("article", chapter.id());
        assertNull(chapter.lang(), "same language as the book");
        assertEquals(List.of(new Inline.Text(seed.get(0))), chapter.title());
        assertEquals(5, chapter.blocks().size());
        for (int i = 0; i < 5; i++) {
            Block.Paragraph p = assertInstanceOf(Block.Paragraph.class, chapter.blocks().get(i));
            assertNull(p.style());
            assertEquals(List.of(new Inline.Text(seed.get(i + 1))), p.content(), "paragraph " + (i + 1));
        }
        assertTrue(warnings.isEmpty(), warnings.toString());
    }
}
