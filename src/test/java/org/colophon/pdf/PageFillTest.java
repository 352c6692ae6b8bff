package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.colophon.layout.Publication;
import org.colophon.model.Book;
import org.colophon.report.TypesettingReport;
import org.colophon.styles.Styles;
import org.colophon.testing.TestLayouts;
import org.junit.jupiter.api.Test;

/**
 * Every page the text goes on from (not a chapter's last) ends on the last line of its
 * grid, read from the PDF's glyphs by {@link PageAudit}, unless the typesetting report
 * says why it does not: before full pages came first, Ponson had 75 such pages and Anstey
 * 126, most of them spreads a line short on both pages, without a word in the report.
 */
class PageFillTest {

    /** The last grid line of the default print.css's text block (see {@link SpreadsTest}). */
    private static final float LAST_LINE = 75.5f + 34 * 13;

    @Test
    void everyShortPageOfPonsonHasItsReasonInTheReport() throws Exception {
        Book ponson = Books.ponson();
        assumeTrue(ponson != null, "the ELTeC corpus is absent: skipped");
        assertShortPagesExplained("Ponson", ponson, 32);
    }

    @Test
    void everyShortPageOfAnsteyHasItsReasonInTheReport() throws Exception {
        Book anstey = Books.anstey();
        assumeTrue(anstey != null, "the ELTeC corpus is absent: skipped");
        assertShortPagesExplained("Anstey", anstey, 20);
    }

    private static void assertShortPagesExplained(String name, Book book, int most) throws Exception {
        Publication publication = Books.publish(book);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<TypesetFacts> facts = new ArrayList<>(1);
        new Typesetter(Styles.bundled(), d -> { }).typeset(publication, TestLayouts.date(publication), out, facts::add);
        TypesettingReport report = TypesettingReport.of(facts.get(0), List.of());
        Map<Integer, TypesettingReport.ShortPage> reported = new TreeMap<>();
        for (TypesettingReport.ShortPage p : report.shortPages()) {
            reported.put(p.page(), p);
        }
        List<String> unexplained = new ArrayList<>();
        int short_ = 0;
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            List<PageAudit.Page> pages = PageAudit.pages(doc);
            for (int i = 0; i + 1 < pages.size(); i++) {
                PageAudit.Page page = pages.get(i);
                if (page.body().isEmpty() || !pages.get(i + 1).hasRunningHead()) {
                    continue; // blank, or the chapter's last page: the next opens a chapter
                }
                int empty = Math.round((LAST_LINE - page.lowestBaseline()) / 13);
                if (empty <= 0) {
                    continue;
                }
                short_++;
                TypesettingReport.ShortPage why = reported.get(page.number());
                if (why == null || why.why().equals("UNEXPLAINED") || why.lines() != empty) {
                    unexplained.add("page " + page.number() + ", " + empty + " short: "
                            + (why == null ? "not in the report" : why.reason()));
                }
            }
        }
        System.out.println(name + ": " + short_ + " pages end short in mid-chapter, " + report.shortPages().size()
                + " in the report");
        assertEquals(List.of(), unexplained, "short pages the report gives no reason for");
        assertEquals(List.of(), report.unexplainedShortPages());
        assertTrue(short_ <= most, name + ": " + short_ + " short pages, at most " + most + " expected");
        assertTrue(short_ > 0, "a novel has pages that cannot be filled: the audit reads " + short_);
        for (TypesettingReport.ShortPage p : report.shortPages()) {
            assertTrue(!p.reason().isBlank() && p.lines() > 0, p.toString());
        }
    }
}
