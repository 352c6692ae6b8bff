package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.colophon.layout.PageRole;
import org.colophon.layout.Publication;
import org.colophon.model.Book;
import org.colophon.styles.Styles;
import org.junit.jupiter.api.Test;

/**
 * Page breaks through the whole typesetter, with paragraphs whose line count is fixed by
 * forced line breaks ({@code <br/>}), so the test knows where a page must break.
 */
class WidowOrphanTest {

    private static String paragraph(String name, int lines) {
        StringBuilder sb = new StringBuilder("<p>");
        for (int i = 0; i < lines; i++) {
            sb.append(i > 0 ? "<br/>" : "").append(name).append(i);
        }
        return sb.append("</p>\n").toString();
    }

    /** The text lines of each page, folio and running head left out. */
    private static List<List<String>> pages(String body) throws Exception {
        Publication.Page page = SamplePublication.page("c", PageRole.CHAPTER, "<section>\n" + body + "</section>");
        Book book = new Book(SamplePublication.metadata(), List.of(), List.of(), List.of(), List.of());
        byte[] pdf = TypesetterTest.typeset(new Publication(book, List.of(page), List.of()), Styles.bundled(),
                new ArrayList<>());
        List<List<String>> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                List<String> lines = new ArrayList<>(stripper.getText(doc).strip().lines().toList());
                lines.remove(lines.size() - 1); // the folio
                if (p > 1) {
                    // versos (even page numbers) carry the book's title, rectos the chapter's
                    assertEquals(p % 2 == 0 ? SamplePublication.metadata().title() : "c", lines.remove(0),
                            "the running head of page " + p);
                }
                out.add(lines);
            }
        }
        return out;
    }

    private static int rowsPerPage() throws Exception {
        return pages(paragraph("x", 120)).get(0).size();
    }

    @Test
    void aParagraphsFirstLineIsNotLeftAloneAtTheFoot() throws Exception {
        int rows = rowsPerPage();
        List<List<String>> pages = pages(paragraph("a", rows - 1) + paragraph("b", 4));
        assertEquals(rows - 1, pages.get(0).size());
        assertEquals(List.of("b0", "b1", "b2", "b3"), pages.get(1));
    }

    @Test
    void aParagraphsLastLineIsNotLeftAloneAtTheHead() throws Exception {
        int rows = rowsPerPage();
        List<List<String>> pages = pages(paragraph("a", rows - 3) + paragraph("b", 4));
        assertEquals("b1", pages.get(0).get(pages.get(0).size() - 1));
        assertEquals(List.of("b2", "b3"), pages.get(1));
    }

    @Test
    void aFullPageIsFilled() throws Exception {
        int rows = rowsPerPage();
        List<List<String>> pages = pages(paragraph("a", rows - 2) + paragraph("b", 4));
        assertEquals(List.of("b0", "b1"), pages.get(0).subList(rows - 2, rows));
        assertEquals(List.of("b2", "b3"), pages.get(1));
        assertEquals(35, rows, "the default print.css: 162 mm of text block on a 13 pt grid");
    }
}
