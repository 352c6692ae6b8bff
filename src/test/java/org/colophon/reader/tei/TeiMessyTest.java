package org.colophon.reader.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.colophon.error.Diagnostic;
import org.colophon.model.Block;
import org.colophon.model.Book;
import org.colophon.model.Division;
import org.colophon.model.Inline;
import org.colophon.reader.BookReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Awkward but real TEI: verse inside a paragraph, notes in odd places, nested quotations; tei/messy.xml. */
class TeiMessyTest {

    private static Path sample;
    private static Book book;
    private static final List<Diagnostic> warnings = new ArrayList<>();

    @BeforeAll
    static void read() throws Exception {
        sample = TeiReaderTest.resource("messy.xml");
        book = new BookReader(warnings::add).read(sample);
    }

    private static List<Block> blocks() {
        return book.body().get(0).blocks();
    }

    private static String text(Block b) {
        return TeiInlineReader.plain(((Block.Paragraph) b).content());
    }

    @Test
    void aTitleKeepsItsStyleAndBreak() {
        Division chapter = book.body().get(0);
        assertEquals(List.of(new Inline.Text("A "), new Inline.Styled(Inline.Style.EMPHASIS, List.of(new Inline.Text("messy"))),
                new Inline.LineBreak(), new Inline.Text("chapter")), chapter.title());
        assertEquals("en", book.language());
    }

    @Test
    void verseInsideAParagraphSplitsIt() {
        assertEquals("He sang", text(blocks().get(0)));
        Block.Verse verse = assertInstanceOf(Block.Verse.class, blocks().get(1));
        List<Inline> second = verse.stanzas().get(0).lines().get(1).content();
        assertEquals("and another", TeiInlineReader.plain(second));
        assertInstanceOf(Inline.Note.class, second.get(second.size() - 1), "a note on a line stays on it");
        Block.Paragraph after = (Block.Paragraph) blocks().get(2);
        assertEquals("noindent", after.style());
        assertEquals("and went on talking.", text(after));
    }

    @Test
    void notesWithParagraphsAndInsideStyles() {
        Block.Paragraph p = (Block.Paragraph) blocks().get(3);
        Inline.Note longNote = (Inline.Note) p.content().get(1);
        assertEquals(2, longNote.content().size());
        Inline.Styled italic = (Inline.Styled) p.content().stream().filter(i -> i instanceof Inline.Styled).findFirst().orElseThrow();
        assertInstanceOf(Inline.Note.class, italic.content().get(italic.content().size() - 1));
        assertEquals("A long note and an italic phrase with a note ends here.", text(p));
    }

    @Test
    void nestedQuotationsAndMessyPunctuationAreKeptAsWritten() {
        Block.Paragraph p = (Block.Paragraph) blocks().get(4);
        Inline.Quote outer = (Inline.Quote) p.content().get(1);
        Inline.Quote inner = (Inline.Quote) outer.content().get(1);
        assertEquals("innermost", TeiInlineReader.plain(inner.content()));
        assertTrue(text(p).endsWith("out,\" he said -- it's 'odd' ; isn't it ?"), text(p));
    }

    @Test
    void glossListLabelsLeadTheirItems() {
        Block.ListBlock list = (Block.ListBlock) blocks().get(5);
        assertEquals(2, list.items().size());
        assertEquals("term its meaning", text(list.items().get(0).blocks().get(0)));
        Block.Paragraph label = (Block.Paragraph) list.items().get(1).blocks().get(0);
        assertEquals("label", label.style());
        assertEquals("other", text(label));
    }

    @Test
    void pageAndLineBreaksInsideWords() {
        assertEquals("Gluedtogether and splitword, Mr.Smith.", text(blocks().get(6)));
    }

    @Test
    void quotationsWithSources() {
        Block.BlockQuote q = (Block.BlockQuote) blocks().get(7);
        assertEquals("Somebody, Some Book", TeiInlineReader.plain(q.attribution()));
        Block.Verse cited = (Block.Verse) blocks().get(8);
        assertEquals("A Poet", TeiInlineReader.plain(cited.attribution()));
        Block.BlockQuote epigraph = (Block.BlockQuote) blocks().get(9);
        assertEquals("An epigraph.", text(epigraph.blocks().get(0)));
    }

    @Test
    void renditionPointersAndCssBecomeStyles() {
        Block.Paragraph p = (Block.Paragraph) blocks().get(11);
        List<Inline> styled = p.content().stream().filter(i -> i instanceof Inline.Styled).toList();
        assertEquals(List.of(
                new Inline.Styled(Inline.Style.EMPHASIS, List.of(new Inline.Text("pointer italic"))),
                new Inline.Styled(Inline.Style.SMALL_CAPS, List.of(new Inline.Text("Kapitälchen"))),
                new Inline.Styled(Inline.Style.EMPHASIS, List.of(new Inline.Styled(Inline.Style.STRONG,
                        List.of(new Inline.Text("css both"))))),
                new Inline.Styled(Inline.Style.EMPHASIS, List.of(new Inline.Text("twice")))), styled,
                "a DTA typeface (antiqua) and an unsupported CSS property are no style; the same style twice is applied once");
        assertEquals("pointer italic, Kapitälchen, antiqua, css both, spaced, twice.", TeiInlineReader.plain(p.content()));
        assertTrue(warnings.stream().anyMatch(d -> d.message().contains("the rendition 'css:letter-spacing' is not supported")),
                warnings.toString());
    }

    @Test
    void tablesBecomeTablesAndEmptyParagraphsVanish() {
        Block.Table table = (Block.Table) blocks().get(12);
        assertEquals(1, table.body().size());
        List<Block.TableCell> cells = table.body().get(0).cells();
        assertEquals(2, cells.size());
        assertEquals("cell one", text(cells.get(0).blocks().get(0)));
        assertEquals("cell two", text(cells.get(1).blocks().get(0)));
        assertEquals(13, blocks().size());
        assertEquals(1, warnings.size(), "only the letter spacing: " + warnings);
    }

    @Test
    void everyWordOfTheTextIsInTheModel() throws Exception {
        assertEquals(TeiWordCount.countTeiText(sample), TeiModelText.words(book));
    }
}
