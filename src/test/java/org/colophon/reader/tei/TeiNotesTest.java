package org.colophon.reader.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
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

/** Notes kept apart and called from the text, languages of divisions and blocks; tei/notes.xml. */
class TeiNotesTest {

    private static Path sample;
    private static Book book;
    private static final List<Diagnostic> warnings = new ArrayList<>();

    @BeforeAll
    static void read() throws Exception {
        sample = TeiReaderTest.resource("notes.xml");
        book = new BookReader(warnings::add).read(sample);
    }

    private static List<String> noteIds(List<Inline> content) {
        return content.stream().filter(i -> i instanceof Inline.Note).map(i -> ((Inline.Note) i).id()).toList();
    }

    @Test
    void backNotesMoveToTheirCalls() {
        Block.Paragraph p = (Block.Paragraph) book.body().get(0).blocks().get(0);
        assertEquals(List.of("bn1", "bn2", "bn3", "bn4"), noteIds(p.content()),
                "ref/@target, note/@target to an anchor, and ptr all call their note");
        String text = TeiInlineReader.plain(p.content());
        assertEquals("A call with a number and a call with words see the note and an anchor here, and a pointer too.", text,
                "a call mark \"1\" gives way to the footnote's own call; words are kept");
        Block.Paragraph second = (Block.Paragraph) book.body().get(0).blocks().get(1);
        assertEquals(List.of(), noteIds(second.content()), "a note is placed once");
        assertEquals(List.of(), book.backMatter(), "every back note was called: no notes division");
    }

    @Test
    void anUncalledNotesDivInAChapterIsASection() {
        Block.Section s = (Block.Section) book.body().get(0).blocks().get(2);
        assertEquals("Chapter notes", TeiInlineReader.plain(s.title()));
        Block.Paragraph note = (Block.Paragraph) s.blocks().get(0);
        assertEquals("cn1", note.id());
    }

    @Test
    void languagesOfDivisionsAndBlocks() {
        Division deux = book.body().get(1);
        assertEquals("fr", deux.lang());
        assertNull(book.body().get(0).lang());
        Block.Paragraph p = (Block.Paragraph) deux.blocks().get(0);
        Inline.Foreign english = (Inline.Foreign) p.content().get(1);
        assertEquals("en", english.lang(), "English inside French is foreign even in an English book");
        Block.Verse verse = assertInstanceOf(Block.Verse.class, deux.blocks().get(1));
        assertEquals("de", verse.lang());
        assertEquals("centered", ((Block.Paragraph) deux.blocks().get(2)).style());
        Block.Paragraph latin = (Block.Paragraph) deux.blocks().get(4);
        assertEquals(List.of(new Inline.Foreign("la", List.of(new Inline.Text("Lorem ipsum dolor.")))), latin.content(),
                "a paragraph in another language has its content marked with it");
        assertEquals("en", ((Block.BlockQuote) deux.blocks().get(5)).lang(),
                "an English quotation in a French chapter of an English book is English");
    }

    @Test
    void headerFallbacks() {
        assertEquals("1901", book.metadata().date(), "a year is taken from a free-text date");
        assertEquals("A plain bibliographic line, 1901.", book.metadata().source());
        assertEquals("John Smith", book.metadata().creators().get(0).name());
        assertNull(book.metadata().rights());
    }

    @Test
    void anUnsupportedRenditionIsReportedOnceAndTheTextKept() {
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).toString().matches(".*notes\\.xml:27:\\d+: warning: <hi>: the rendition 'spaced' is not supported.*"), warnings.toString());
        Block.Paragraph p = (Block.Paragraph) book.body().get(1).blocks().get(3);
        assertEquals("Espacé et encore.", TeiInlineReader.plain(p.content()));
    }

    @Test
    void everyWordOfTheTextIsInTheModel() throws Exception {
        assertEquals(TeiWordCount.countTeiText(sample), TeiModelText.words(book));
    }
}
