package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.colophon.layout.PageRole;
import org.colophon.layout.Publication;
import org.colophon.model.Book;
import org.colophon.pdf.css.Lengths;
import org.colophon.styles.Styles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Footnotes through the whole typesetter: a chapter with many notes, one of them longer
 * than a page. Checked on the PDF's text: every note starts on the page of its call, a
 * long note goes on at the foot of the following pages, and nothing leaves the text block.
 */
class FootnotePagesTest {

    private static final int NOTES = 24;
    private static final int LONG = 9; // the note longer than a page
    private static byte[] pdf;

    @BeforeAll
    static void typeset() throws Exception {
        StringBuilder body = new StringBuilder("<section epub:type=\"chapter\" id=\"c\">\n<h1>Des notes</h1>\n");
        StringBuilder notes = new StringBuilder();
        for (int i = 1; i <= NOTES; i++) {
            // calls come every few paragraphs, some at the end of a paragraph's line
            body.append("<p>").append(SamplePublication.PROSE, 0, 120 + (i * 37) % 300).append(" K").append(i)
                    .append("K<a epub:type=\"noteref\" href=\"#n").append(i).append("\" id=\"r").append(i)
                    .append("\">").append(i).append("</a> ").append(SamplePublication.PROSE, 0, 200).append("</p>\n");
            if (i == LONG) {
                // three pages without calls: room for the long note to run on
                body.append(("<p>" + SamplePublication.PROSE + "</p>\n").repeat(18));
            }
            String text = i == LONG ? (SamplePublication.PROSE + " ").repeat(9) + "F" + i + "K"
                    : SamplePublication.PROSE.substring(0, 60 + (i * 53) % 400) + " F" + i + "K";
            notes.append("<aside epub:type=\"footnote\" id=\"n").append(i).append("\"><p>").append(i)
                    .append(". N").append(i).append("K ").append(text).append("</p></aside>\n");
        }
        body.append(notes).append("</section>");
        Publication.Page page = SamplePublication.page("c", PageRole.CHAPTER, body.toString());
        Book book = new Book(SamplePublication.metadata(), List.of(), List.of(), List.of(), List.of());
        pdf = TypesetterTest.typeset(new Publication(book, List.of(page), List.of()), Styles.bundled(),
                new ArrayList<>());
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "pdf-samples"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "pdf-samples", "footnotes.pdf"), pdf);
    }

    /** Each page's text, hyphens at line ends joined. */
    private static List<String> pageTexts(PDDocument doc) throws Exception {
        List<String> out = new ArrayList<>();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            out.add(stripper.getText(doc).replaceAll("-\\s*\\n", ""));
        }
        return out;
    }

    private static int pageOf(List<String> pages, String word) {
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).contains(word)) {
                return p;
            }
        }
        return -1;
    }

    @Test
    void everyNoteStartsOnThePageOfItsCall() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = pageTexts(doc);
            for (int i = 1; i <= NOTES; i++) {
                int call = pageOf(pages, "K" + i + "K");
                assertTrue(call >= 0, "call " + i + " missing");
                assertEquals(call, pageOf(pages, "N" + i + "K"), "note " + i + " starts on the page of its call");
                if (i != LONG) {
                    // a note of a few lines may go on overleaf rather than leave its page short
                    int end = pageOf(pages, "F" + i + "K");
                    assertTrue(end == call || end == call + 1, "note " + i + " ends on page " + (end + 1));
                }
            }
        }
    }

    @Test
    void aNoteLongerThanAPageGoesOnAtTheFootOfTheNextPages() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = pageTexts(doc);
            int call = pageOf(pages, "K" + LONG + "K");
            int end = pageOf(pages, "F" + LONG + "K");
            assertTrue(end >= call + 2, "the long note runs over two more pages: call on " + (call + 1)
                    + ", end on " + (end + 1));
            // the next note's call comes after the long note has ended: it waits for that page
            assertTrue(pageOf(pages, "N" + (LONG + 1) + "K") >= end);
            // every page between carries text, not only notes
            List<PageAudit.Page> audited = PageAudit.pages(doc);
            for (int p = call; p <= end; p++) {
                assertTrue(audited.get(p).body().size() > 5, "body text on page " + (p + 1));
            }
        }
    }

    @Test
    void notesStayInsideTheTextBlock() throws Exception {
        float bottom = (3 + 20 + 162) * Lengths.MM; // bleed, top margin, text block, from the top
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PageAudit.Page page : PageAudit.pages(doc)) {
                for (PageAudit.Line line : page.lines()) {
                    if (line.size() < 9) { // notes (8 pt) and note calls
                        assertTrue(line.baseline() <= bottom + 0.5f,
                                "page " + page.number() + ": '" + line.text() + "' at " + line.baseline());
                    }
                }
            }
            assertEquals(List.of(), TextBlockEdges.glyphsPastTheRightEdge(doc));
        }
    }
    @Test
    void theTextRunsDownToItsNotesLeavingNoHoleAboveThem() throws Exception {
        // the last body line stands on the lowest grid line that leaves a line of space (13 pt)
        // above the first note line (10.5 pt): less than a grid line (13 pt) more is left over
        float most = 13 + 10.5f + 13 + 0.5f;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<NoteGaps.Gap> gaps = NoteGaps.gaps(doc);
            List<PageAudit.Page> pages = PageAudit.pages(doc);
            assertTrue(gaps.size() >= 10, "pages with notes: " + gaps.size());
            int holes = 0;
            for (NoteGaps.Gap gap : gaps) {
                if (gap.height() <= most) {
                    continue;
                }
                // a hole only where the line that would fill it calls a note that does not
                // fit with it (a note call, 6 pt, stands on the next page's first line), or
                // where taking that line would leave the next page a widow (its second line
                // ends the paragraph) and the page opens a chapter, under a heading whose space
                // does not open
                holes++;
                PageAudit.Page page = pages.get(gap.page() - 1);
                PageAudit.Page next = pages.get(gap.page());
                float first = next.body().get(0).baseline();
                boolean call = next.lines().stream().anyMatch(l -> l.size() < 7 && l.baseline() < first
                        && l.baseline() > first - 6);
                boolean widow = !page.hasRunningHead() && next.body().size() > 1
                        && next.endsParagraph(next.body().get(1));
                assertTrue(call || widow, "page " + gap.page() + ": " + gap.height() + " pt between the text and its notes");
            }
            assertTrue(holes <= 2, holes + " pages leave a hole above their notes");
        }
    }
}
