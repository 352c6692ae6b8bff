package org.colophon.reader.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.colophon.model.Block;
import org.colophon.model.Book;
import org.colophon.model.Division;
import org.colophon.reader.BookReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How nested divs become parts, chapters and sections; tei/structure.xml. */
class TeiStructureTest {

    private static Path sample;
    private static Book book;

    @BeforeAll
    static void read() throws Exception {
        sample = TeiReaderTest.resource("structure.xml");
        book = new BookReader(d -> { }).read(sample);
    }

    private static String text(Block b) {
        if (b instanceof Block.Paragraph p) {
            return TeiInlineReader.plain(p.content());
        }
        return TeiInlineReader.plain(((Block.Section) b).title());
    }

    @Test
    void looseFrontTextIsAnUntitledDivision() {
        assertEquals(1, book.frontMatter().size());
        assertEquals(Division.Kind.OTHER, book.frontMatter().get(0).kind());
        assertEquals("Loose front text.", text(book.frontMatter().get(0).blocks().get(0)));
    }

    @Test
    void pageBreaksBetweenChaptersKeepThePartAndATrailerEndsItsLastChapter() {
        Division part = book.body().get(0);
        assertEquals(Division.Kind.PART, part.kind());
        assertEquals(List.of("An introduction to the part."), part.blocks().stream().map(TeiStructureTest::text).toList());
        assertEquals(2, part.children().size());
        Division second = part.children().get(1);
        assertEquals(List.of("Two.", "END OF PART ONE"), second.blocks().stream().map(TeiStructureTest::text).toList());
        assertEquals("trailer", ((Block.Paragraph) second.blocks().get(1)).style());
    }

    @Test
    void textBetweenDivsMakesThemSectionsOfOneChapter() {
        Division flow = book.body().get(1);
        assertEquals(Division.Kind.CHAPTER, flow.kind());
        assertEquals(List.of(), flow.children());
        assertEquals(List.of("A section?", "Text between the divs makes them sections of one flow.", "Another"),
                flow.blocks().stream().map(TeiStructureTest::text).toList());
    }

    @Test
    void divsInsideAChapterAreNestedSections() {
        Division chapter = book.body().get(2);
        assertEquals(List.of(), chapter.children());
        Block.Section inner = (Block.Section) chapter.blocks().get(0);
        assertEquals(1, inner.level());
        Block.Section deeper = (Block.Section) inner.blocks().get(1);
        assertEquals(2, deeper.level());
        assertEquals("Deeper text.", text(deeper.blocks().get(0)));
    }

    @Test
    void everyWordOfTheTextIsInTheModel() throws Exception {
        assertEquals(TeiWordCount.countTeiText(sample), TeiModelText.words(book));
    }
}
