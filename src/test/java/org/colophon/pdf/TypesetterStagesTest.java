package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.colophon.error.Diagnostic;
import org.colophon.layout.PageRole;
import org.colophon.layout.Publication;
import org.colophon.pdf.flow.FlowItem;
import org.colophon.styles.Styles;
import org.colophon.testing.TestLayouts;
import org.junit.jupiter.api.Test;

/** The typesetter's three stages, each run alone: line breaking, page building, PDF writing. */
class TypesetterStagesTest {

    private final List<Diagnostic> warnings = new ArrayList<>();
    private final Typesetter typesetter = new Typesetter(Styles.bundled(), warnings::add);

    @Test
    void lineBreakingSetsEveryParagraphWithoutPagesOrPdf() throws Exception {
        FlowedBook flowed = typesetter.breakLines(SamplePublication.sample());
        assertTrue(flowed.lineCount() > 50, "the sample sets into many lines: " + flowed.lineCount());
        // a vertical list, not yet pages: no page break has been chosen
        assertTrue(flowed.flow.items().stream().anyMatch(i -> i instanceof FlowItem.Box));
        assertEquals(List.of(), warnings);
    }

    @Test
    void ofSeveralBrokenPagesTheFirstIsReportedThoughTheyAreParsedInParallel() {
        Publication sample = SamplePublication.sample();
        List<Publication.Page> pages = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            boolean broken = i == 7 || i == 30;
            String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head><body><p>page " + i
                    + (broken ? "</body></html>" : "</p></body></html>");
            pages.add(new Publication.Page("EPUB/text/p" + i + ".xhtml", "p" + i, PageRole.CHAPTER, "P" + i, xhtml, true));
        }
        for (int run = 0; run < 5; run++) {
            org.colophon.error.BuildException e = org.junit.jupiter.api.Assertions.assertThrows(
                    org.colophon.error.BuildException.class,
                    () -> typesetter.breakLines(new Publication(sample.book(), pages, List.of())));
            assertTrue(e.getMessage().startsWith("EPUB/text/p7.xhtml:1:"), e.getMessage());
        }
    }

    @Test
    void pageBuildingGivesPagesAndTheirFactsWithoutWritingAPdf() throws Exception {
        FlowedBook flowed = typesetter.breakLines(SamplePublication.sample());
        LaidOutBook book = typesetter.buildPages(flowed);
        assertTrue(book.pageCount() > 1, "pages: " + book.pageCount());
        assertEquals(book.pageCount(), book.facts().pages().size());
        int factLines = book.facts().pages().stream().mapToInt(p -> p.lines().size()).sum();
        // every line set in stage one is on a page (the contents' page numbers come later)
        assertTrue(factLines >= flowed.lineCount() * 9 / 10 && factLines <= flowed.lineCount(),
                factLines + " lines on pages of " + flowed.lineCount() + " set");
        for (int i = 0; i < book.pageCount(); i++) {
            assertEquals(i, book.facts().pages().get(i).index());
            assertTrue(!book.facts().pages().get(i).label().isEmpty(), "page " + i + " has a folio");
        }
    }

    @Test
    void pdfWritingWritesTheLaidOutPagesAsTheOneShotTypesetterDoes() throws Exception {
        Publication sample = SamplePublication.sample();
        LaidOutBook book = typesetter.layout(sample);
        ByteArrayOutputStream staged = new ByteArrayOutputStream();
        assertEquals(book.pageCount(), typesetter.writePdf(book, TestLayouts.date(sample), staged));
        try (PDDocument pdf = Loader.loadPDF(staged.toByteArray())) {
            assertEquals(book.pageCount(), pdf.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(book.pageCount());
            stripper.setEndPage(book.pageCount());
            String lastPage = stripper.getText(pdf);
            List<TypesetFacts.Line> lastLines = book.facts().pages().get(book.pageCount() - 1).lines();
            String firstWord = lastLines.get(0).text().strip().split("\\s")[0];
            assertTrue(lastPage.contains(firstWord), firstWord + " not on the last page: " + lastPage);
        }
        ByteArrayOutputStream oneShot = new ByteArrayOutputStream();
        new Typesetter(Styles.bundled(), d -> { }).typeset(sample, TestLayouts.date(sample), oneShot);
        assertArrayEquals(oneShot.toByteArray(), staged.toByteArray());
    }

    @Test
    void theSameLaidOutPagesWrittenTwiceGiveTheSameTaggedPdf() throws Exception {
        Publication sample = SamplePublication.sample();
        LaidOutBook book = typesetter.layout(sample);
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        typesetter.writePdf(book, TestLayouts.date(sample), first);
        typesetter.writePdf(book, TestLayouts.date(sample), second);
        assertArrayEquals(first.toByteArray(), second.toByteArray());
        org.colophon.testing.PdfValidator.Verdict ua = org.colophon.testing.PdfValidator.pdfUa1(second.toByteArray());
        assertTrue(ua.compliant(), ua.toString());
    }
}
