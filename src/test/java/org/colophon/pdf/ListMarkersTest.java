package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.colophon.epub.EpubWriter;
import org.colophon.layout.Publication;
import org.colophon.model.Block;
import org.colophon.model.Book;
import org.colophon.model.Division;
import org.colophon.styles.Styles;
import org.colophon.testing.BookInvariants;
import org.colophon.testing.EpubFiles;
import org.colophon.testing.EpubValidator;
import org.colophon.testing.PdfValidator;
import org.colophon.testing.TestBooks;
import org.colophon.testing.TestLayouts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each list is marked by its own type: list-style-type is inherited, and a bulleted list
 * inside a numbered one took its parent's numbers in the PDF, while the EPUB (the reading
 * systems' HTML user-agent sheet) gave it bullets. The PDF now marks lists as the EPUB
 * does: a bulleted list inside another list with circles, one deeper with squares, each
 * drawn with what the face has (Source Serif 4 has neither ◦ nor ▪: a dash, a bullet).
 */
class ListMarkersTest {

    @TempDir
    Path dir;

    private static Block.ListBlock bullets(Block... items) {
        return new Block.ListBlock(null, false, 1, items(items));
    }

    private static Block.ListBlock numbers(Block... items) {
        return new Block.ListBlock(null, true, 1, items(items));
    }

    private static List<Block.ListItem> items(Block... items) {
        List<Block.ListItem> out = new ArrayList<>();
        for (Block b : items) {
            out.add(b instanceof Block.ListBlock l ? new Block.ListItem(List.of(l)) : new Block.ListItem(List.of(b)));
        }
        return out;
    }

    private static Block.ListItem item(Block... blocks) {
        return new Block.ListItem(List.of(blocks));
    }

    @Test
    void aBulletedListInsideANumberedOneHasBulletsInBothBooks() throws Exception {
        Block.ListBlock inner = bullets(TestBooks.p("Une puce"), TestBooks.p("Une autre puce"));
        Block.ListBlock deepest = bullets(TestBooks.p("Puce profonde"));
        Block.ListBlock outer = new Block.ListBlock(null, true, 1, List.of(
                item(TestBooks.p("Premier point"), inner),
                item(TestBooks.p("Second point"), bullets(TestBooks.p("Puce du second")), numbers(TestBooks.p("Sous-point"))),
                item(TestBooks.p("Troisième point"), new Block.ListBlock(null, false, 1,
                        List.of(item(TestBooks.p("Puce externe"), deepest))))));
        Block.ListBlock plain = bullets(TestBooks.p("Puce simple"));
        Book book = new Book(TestBooks.metadata("Listes", "fr"), List.of(),
                List.of(TestBooks.chapter("c1", "Des listes", TestBooks.p("Avant les listes."), outer, plain)),
                List.of(), List.of());
        Publication publication = Books.publish(book);
        byte[] pdf = TypesetterTest.typeset(publication, Styles.bundled(), new ArrayList<>());

        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("[\\s\u00A0\u202F]+", " ");
        }
        for (String expected : List.of("1. Premier point", "– Une puce", "– Une autre puce", "2. Second point",
                "– Puce du second", "1. Sous-point", "3. Troisième point", "– Puce externe", "• Puce profonde",
                "• Puce simple")) {
            assertTrue(text.contains(expected), "«" + expected + "» in: " + text);
        }
        assertTrue(!text.contains("1. Une puce") && !text.contains("2. Une autre puce"), text);
        assertTrue(!text.contains("?"), "every marker is a glyph of the face: " + text);
        assertEquals(List.of(), PdfValidator.pdfUa1(pdf).failedRules(), "PDF/UA-1");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EpubWriter(TestLayouts.date(publication)).write(publication, out);
        Path epub = dir.resolve("lists.epub");
        Files.write(epub, out.toByteArray());
        EpubValidator.Result check = EpubValidator.check(epub);
        assertTrue(check.clean(), check.describe());
        Map<String, byte[]> entries = EpubFiles.entries(epub);
        String chapter = new String(entries.get("EPUB/text/chapter-001.xhtml"), StandardCharsets.UTF_8)
                .replaceAll("\\s+", "");
        // the EPUB's markup gives each list its own type: an ol holding a ul, which its reading system bullets
        assertTrue(chapter.contains("<ol><li><p>Premierpoint</p><ul><li><p>Unepuce</p></li>"), chapter);
        BookInvariants.checkEpub(publication.book(), entries); // the PDF's words: TypesetterTest.typeset checks them
    }
}
