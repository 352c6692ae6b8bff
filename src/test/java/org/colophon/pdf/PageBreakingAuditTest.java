package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.colophon.layout.PageRole;
import org.colophon.layout.Publication;
import org.colophon.model.Book;
import org.colophon.styles.Styles;
import org.junit.jupiter.api.Test;

/** Page breaking judged from the PDF alone, by {@link PageAudit}. */
class PageBreakingAuditTest {

    private static byte[] chapter(String body) throws Exception {
        Publication.Page page = SamplePublication.page("c", PageRole.CHAPTER, "<section>\n" + body + "</section>");
        Book book = new Book(SamplePublication.metadata(), List.of(), List.of(), List.of(), List.of());
        return TypesetterTest.typeset(new Publication(book, List.of(page), List.of()), Styles.bundled(),
                new ArrayList<>());
    }

    private static String lines(int n) {
        StringBuilder sb = new StringBuilder("<p>");
        for (int i = 0; i < n; i++) {
            sb.append(i > 0 ? "<br/>" : "").append("ligne ").append(i);
        }
        return sb.append("</p>\n").toString();
    }

    @Test
    void aJustifiedParagraphThatWouldLeaveAWidowDoesNot() throws Exception {
        String prose = "<p>" + SamplePublication.PROSE + "</p>\n";
        int proseLines;
        int rows;
        try (PDDocument doc = Loader.loadPDF(chapter(prose))) {
            proseLines = PageAudit.pages(doc).get(0).body().size();
        }
        try (PDDocument doc = Loader.loadPDF(chapter(lines(200)))) {
            rows = PageAudit.pages(doc).get(0).body().size();
        }
        assertTrue(proseLines >= 4, "the prose makes a paragraph of " + proseLines + " lines");
        // first fit would put all but the prose's last line on page 1
        byte[] pdf = chapter(lines(rows - proseLines + 1) + prose);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PageAudit.Page> pages = PageAudit.pages(doc);
            PageAudit.Page one = pages.get(0);
            PageAudit.Page two = pages.get(1);
            List<PageAudit.Line> foot = one.body();
            List<PageAudit.Line> head = two.body();
            // the audit sees the paragraph run on overleaf and end there
            assertFalse(one.endsParagraph(foot.get(foot.size() - 1)), "page 1 ends inside the paragraph");
            assertFalse(two.startsParagraph(head.get(0)));
            assertTrue(two.endsParagraph(head.get(head.size() - 1)));
            assertEquals(2, head.size(), "two lines go overleaf, not one: " + head);
            assertEquals(rows - 1, foot.size(), "page 1 runs a line short");
            PageAudit.Report report = PageAudit.audit(doc);
            assertEquals(List.of(), report.widows());
            assertEquals(List.of(), report.orphans());
        }
    }
}
