package org.colophon.reader.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.colophon.error.Diagnostic;
import org.colophon.model.Block;
import org.colophon.model.Book;
import org.colophon.model.Creator;
import org.colophon.model.Division;
import org.colophon.model.Inline;
import org.colophon.model.Metadata;
import org.colophon.reader.BookReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The two ELTeC novels of ../shared/corpus (system property {@code colophon.corpus})
 * read into the model, with every word of their TEI text in it. Skipped, saying so,
 * when the corpus is not there.
 */
class TeiCorpusTest {

    static Path novel(String name) {
        String configured = System.getProperty("colophon.corpus");
        Path file = Path.of(configured != null ? configured : "../shared/corpus").resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(file),
                "the ELTeC corpus is not there (" + file.toAbsolutePath() + "): corpus test skipped");
        return file;
    }

    @Test
    void ponson() throws Exception {
        Path file = novel("FRA03101_Ponson.xml");
        List<Diagnostic> warnings = new ArrayList<>();
        Book book = new BookReader(warnings::add).read(file);
        assertEquals(List.of(), warnings);

        Metadata m = book.metadata();
        assertEquals("La baronne trépassée", m.title());
        assertEquals(List.of(new Creator("Pierre Alexis Ponson du Terrail", "Ponson du Terrail, Pierre Alexis",
                Creator.Role.AUTHOR)), m.creators());
        assertEquals("fr", m.language());
        assertEquals("COST Action \"Distant Reading for European Literary History\" (CA16204)", m.publisher());
        assertEquals("2021-04-09", m.date());
        assertEquals("CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)", m.rights());
        assertEquals("Pierre Alexis Ponson du Terrail, La baronne trépassée. Tome 1, Paris: Baudry, 1853", m.source());

        assertEquals(List.of(), book.frontMatter());
        assertEquals(List.of("Prologue", "Première partie", "Deuxième partie", "Troisième partie"),
                book.body().stream().map(d -> TeiInlineReader.plain(d.title())).toList());
        assertTrue(book.body().stream().allMatch(d -> d.kind() == Division.Kind.PART));
        List<Division> chapters = book.body().stream().flatMap(d -> d.children().stream()).toList();
        assertEquals(50, chapters.size());
        assertEquals("chapter-50", chapters.get(49).id());
        assertEquals("XLII", TeiInlineReader.plain(chapters.get(49).title()));
        assertEquals(List.of(), book.backMatter(), "the only note was moved to its call");
        assertEquals(1, countNotes(book));
        assertEquals(7, countBlocks(book, Block.Verse.class), "the seven songs are verse");

        assertEquals(TeiWordCount.countTeiText(file), TeiModelText.words(book));
    }

    @Test
    void anstey() throws Exception {
        Path file = novel("ENG18820_Anstey.xml");
        List<Diagnostic> warnings = new ArrayList<>();
        Book book = new BookReader(warnings::add).read(file);
        assertEquals(List.of(), warnings);

        Metadata m = book.metadata();
        assertEquals("Vice Versa: or, A Lesson to Fathers", m.title());
        assertEquals(List.of(new Creator("F. Anstey", "Anstey, F.", Creator.Role.AUTHOR)), m.creators());
        assertEquals("en", m.language());
        assertEquals("F. Anstey, Vice Versa: or, A Lesson to Fathers, London: Smith, Elder, 1882", m.source());
        assertEquals(List.of("School Novel"), m.subjects());
        assertNull(m.subtitle());

        assertEquals(List.of(Division.Kind.OTHER, Division.Kind.PREFACE),
                book.frontMatter().stream().map(Division::kind).toList());
        assertEquals(19, book.body().size());
        assertTrue(book.body().stream().allMatch(d -> d.kind() == Division.Kind.CHAPTER && d.children().isEmpty()));
        assertEquals("1. Black Monday", TeiInlineReader.plain(book.body().get(0).title()));
        Block epigraph = book.body().get(0).blocks().get(0);
        assertTrue(epigraph instanceof Block.BlockQuote, "each chapter opens with its motto: " + epigraph);

        assertEquals(TeiWordCount.countTeiText(file), TeiModelText.words(book));
    }

    private static int countNotes(Book book) {
        return (int) TeiModelText.inlinesOf(book).stream().filter(i -> i instanceof Inline.Note).count();
    }

    private static int countBlocks(Book book, Class<? extends Block> kind) {
        return (int) TeiModelText.blocksOf(book).stream().filter(kind::isInstance).count();
    }
}
