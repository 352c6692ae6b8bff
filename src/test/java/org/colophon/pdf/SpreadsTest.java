package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.colophon.layout.Publication;
import org.colophon.model.Book;
import org.colophon.styles.Styles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two ELTeC novels through the whole typesetter, judged from the PDF's glyphs by
 * {@link PageAudit}: the two pages of every spread inside a chapter end on the same
 * baseline (a chapter's last page, and so the spread it closes, is exempt: it ends where its
 * text ends), with no widow and no orphan, every contents number right, body lines on the
 * grid, and a page that runs a line long only beside another that does.
 */
class SpreadsTest {

    /** The grid: the first body baseline under the running head, and the line height. */
    private static final float FIRST_LINE = 75.5f;
    private static final float GRID = 13;
    /** The last grid line of the text block. */
    private static final float LAST_LINE = FIRST_LINE + 34 * GRID;

    private static byte[] ponson;
    private static byte[] anstey;
    private static int ponsonEntries;
    private static int ansteyEntries;

    @BeforeAll
    static void typeset() throws Exception {
        Book p = Books.ponson();
        Book a = Books.anstey();
        if (p == null || a == null) {
            return;
        }
        Publication pp = Books.publish(p);
        Publication ap = Books.publish(a);
        ponsonEntries = BookTypesettingTest.expectedEntries(pp);
        ansteyEntries = BookTypesettingTest.expectedEntries(ap);
        ponson = TypesetterTest.typeset(pp, Styles.bundled(), new ArrayList<>());
        anstey = TypesetterTest.typeset(ap, Styles.bundled(), new ArrayList<>());
        Path dir = Path.of("target", "pdf-samples");
        Files.createDirectories(dir);
        Files.write(dir.resolve("ponson-spreads.pdf"), ponson);
        Files.write(dir.resolve("anstey-spreads.pdf"), anstey);
    }

    private static void assumeCorpus() {
        assumeTrue(ponson != null, "the ELTeC corpus (../shared/corpus, Ponson and Anstey) is absent: skipped");
    }

    @Test
    void everySpreadOfPonsonEndsOnOneBaselineWithNoWidowNoOrphan() throws Exception {
        assumeCorpus();
        // first fit left 31 spreads uneven, total fit without moving spaces between blocks or
        // running spreads a line long 4
        assertEvenWithoutWidowsOrOrphans("Ponson", ponson, ponsonEntries);
    }

    @Test
    void everySpreadOfAnsteyEndsOnOneBaselineWithNoWidowNoOrphan() throws Exception {
        assumeCorpus();
        // Vice Versa's dialogue comes in paragraphs of two and three lines, which cannot
        // break without a widow or an orphan: 10 spreads did not line up before spaces
        // between blocks opened and closed and spreads ran long, 4 before paragraphs were
        // set a line longer or shorter
        assertEvenWithoutWidowsOrOrphans("Anstey", anstey, ansteyEntries);
    }

    /** No widow, no orphan, no spread whose pages end on different baselines, every contents number right. */
    private static void assertEvenWithoutWidowsOrOrphans(String name, byte[] pdf, int entries) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PageAudit.Report report = PageAudit.audit(doc);
            System.out.println(name + ": " + report);
            assertEquals(List.of(), report.widows());
            assertEquals(List.of(), report.orphans());
            assertEquals(List.of(), report.unequalSpreads());
        }
        BookTypesettingTest.assertContentsNumbersAreRight(pdf, entries);
    }

    @Test
    void aPageALineLongFacesAnotherInsideAChapter() throws Exception {
        assumeCorpus();
        for (byte[] pdf : List.of(ponson, anstey)) {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                List<PageAudit.Page> pages = PageAudit.pages(doc);
                int longPages = 0;
                for (int i = 0; i < pages.size(); i++) {
                    if (!isLong(pages.get(i))) {
                        continue;
                    }
                    longPages++;
                    boolean verso = pages.get(i).number() % 2 == 0;
                    int partner = verso ? i + 1 : i - 1;
                    int verso0 = verso ? i : i - 1;
                    assertTrue(partner >= 0 && partner < pages.size() && isLong(pages.get(partner)),
                            "page " + pages.get(i).number() + " runs a line long alone");
                    // neither page opens a chapter, and the text goes on after the recto
                    assertTrue(pages.get(verso0).hasRunningHead() && pages.get(verso0 + 1).hasRunningHead()
                            && verso0 + 2 < pages.size() && pages.get(verso0 + 2).hasRunningHead(),
                            "a long spread at a chapter's opening or end: page " + pages.get(i).number());
                }
                assertEquals(0, longPages % 2);
            }
        }
    }

    @Test
    void bodyLinesStayOnTheGridWhereSpacesOpenOrClose() throws Exception {
        assumeCorpus();
        for (byte[] pdf : List.of(ponson, anstey)) {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                for (PageAudit.Page page : PageAudit.pages(doc)) {
                    if (!page.hasRunningHead()) {
                        continue; // openings: the heading sets where the text starts
                    }
                    for (PageAudit.Line line : page.body()) {
                        float k = (line.baseline() - FIRST_LINE) / GRID;
                        assertEquals(Math.round(k), k, 0.02f, "page " + page.number() + ": " + line.text());
                        assertTrue(k <= 35.01f, "page " + page.number() + " runs more than a line long");
                    }
                }
            }
        }
    }

    @Test
    void everyChapterOpensAlikeWithItsTextOnTheSameLineUnderTheHeading() throws Exception {
        assumeCorpus();
        for (byte[] pdf : List.of(ponson, anstey)) {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                // openings: pages without a running head, with a heading (larger than the text)
                java.util.Map<Float, java.util.Set<Float>> firstLineUnderHeading = new java.util.TreeMap<>();
                int openings = 0;
                for (PageAudit.Page page : PageAudit.pages(doc)) {
                    float heading = 0;
                    for (PageAudit.Line line : page.lines()) {
                        if (line.size() > 10.5f) {
                            heading = Math.max(heading, line.baseline());
                        }
                    }
                    if (page.hasRunningHead() || heading == 0 || page.body().isEmpty()) {
                        continue;
                    }
                    openings++;
                    firstLineUnderHeading.computeIfAbsent(heading, k -> new java.util.TreeSet<>())
                            .add(page.body().get(0).baseline());
                }
                assertTrue(openings > 15, "openings: " + openings);
                for (var e : firstLineUnderHeading.entrySet()) {
                    // spaces between blocks open or close to line up spreads, never under a heading
                    assertEquals(1, e.getValue().size(), "under a heading on " + e.getKey() + ": " + e.getValue());
                }
            }
        }
    }

    private static boolean isLong(PageAudit.Page page) {
        List<PageAudit.Line> body = page.body();
        return !body.isEmpty() && body.get(body.size() - 1).baseline() > LAST_LINE + 1;
    }
}
