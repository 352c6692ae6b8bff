package org.colophon.reader;

import static org.colophon.reader.Fixture.chapter;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.colophon.model.Block;
import org.colophon.model.Inline;
import org.colophon.model.Inline.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XML indentation collapses as in HTML; every other character stays as written. */
class WhitespaceTest {

    @TempDir
    Path dir;

    private List<Block> blocks(String body) throws Exception {
        Fixture f = new Fixture(dir);
        f.write("m.xml", chapter(body));
        return f.read("m.xml").body().get(0).blocks();
    }

    private List<Inline> paragraph(String inner) throws Exception {
        return ((Block.Paragraph) blocks("      <p>" + inner + "</p>\n").get(0)).content();
    }

    private static Inline em(Inline... content) {
        return new Inline.Styled(Inline.Style.EMPHASIS, List.of(content));
    }

    @Test
    void runsCollapseAndEndsAreTrimmed() throws Exception {
        assertEquals(List.of(new Text("un deux trois")), paragraph("\n   un \t deux\r\n\n     trois   \n  "));
    }

    @Test
    void spacesAtElementEdgesMoveOutside() throws Exception {
        assertEquals(List.of(new Text("un "), em(new Text("deux")), new Text(" trois")),
                paragraph("un  <em> deux </em>  trois"));
    }

    @Test
    void spaceInsideBeforeSpaceOutsideCountsOnce() throws Exception {
        assertEquals(List.of(new Text("a"), em(new Text("b")), new Text(" c")), paragraph("a<em>b </em> c"));
    }

    @Test
    void noSpaceWhereNoneWasWritten() throws Exception {
        assertEquals(List.of(new Text("l’"), em(new Text("œuvre")), new Text(".")), paragraph("l’<em>œuvre</em>."));
    }

    @Test
    void lineBreakEatsTheSpacesAroundIt() throws Exception {
        assertEquals(List.of(new Text("première"), new Inline.LineBreak(), new Text("seconde")),
                paragraph("première \n  <br/>\n  seconde"));
    }

    @Test
    void anchorDoesNotDoubleASpace() throws Exception {
        assertEquals(List.of(new Text("un "), new Inline.Anchor("x"), new Text("deux")),
                paragraph("un <anchor id=\"x\"/> deux"));
    }

    @Test
    void noteIsItsOwnBlockAndTheTextAroundItFlows() throws Exception {
        assertEquals(List.of(new Text("mot"), new Inline.Note("note-1",
                        List.of(new Block.Paragraph(null, null, List.of(new Text("Texte de la note."))))),
                new Text(" suite")),
                paragraph("mot<note>\n   Texte de la\n   note.\n</note> suite"));
    }

    @Test
    void otherSpacesAreKeptAsWritten() throws Exception {
        assertEquals(List.of(new Text("a\u00A0: b\u202F; c\u2009d")), paragraph(" a\u00A0: b\u202F; c\u2009d "),
                "no-break, narrow and thin spaces are characters, not XML indentation");
    }

    @Test
    void preKeepsEverything() throws Exception {
        Block pre = blocks("      <pre>\nline 1\n   indented  twice\n\n  last</pre>\n").get(0);
        assertEquals(new Block.Preformatted(null, "line 1\n   indented  twice\n\n  last"), pre);
    }

    @Test
    void titlesAndVerseLinesCollapseToo() throws Exception {
        Fixture f = new Fixture(dir);
        f.write("v.xml", chapter("      <title>\n        Le   titre\n      </title>\n"
                + "      <verse><stanza><line indent=\"3\">  un\n   vers </line></stanza></verse>\n"));
        var chapter = f.read("v.xml").body().get(0);
        assertEquals(List.of(new Text("Le titre")), chapter.title());
        assertEquals(new Block.VerseLine(3, List.of(new Text("un vers"))),
                ((Block.Verse) chapter.blocks().get(0)).stanzas().get(0).lines().get(0));
    }
}
