package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.colophon.error.Diagnostic;
import org.colophon.layout.PageRole;
import org.colophon.layout.Publication;
import org.colophon.model.Block;
import org.colophon.model.Inline;
import org.colophon.styles.Styles;
import org.colophon.testing.PdfValidator;
import org.junit.jupiter.api.Test;

/** Whole books through the real typography pass, layouts and typesetter. */
class BookTypesettingTest {

    private static byte[] typeset(Publication publication, String name, List<Diagnostic> warnings) throws Exception {
        byte[] pdf = TypesetterTest.typeset(publication, Styles.bundled(), warnings);
        Path dir = Path.of("target", "pdf-samples");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".pdf"), pdf);
        return pdf;
    }

    private static String words(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc)
                    .replaceAll("-\\s*\\n", "").replaceAll("\\s+", " ");
        }
    }

    @Test
    void theDefaultManuscriptIsPdfA2bAndReadsInOrder() throws Exception {
        var book = Books.macronRutte();
        List<Diagnostic> warnings = new ArrayList<>();
        byte[] pdf = typeset(Books.publish(book), "macron-rutte", warnings);
        assertEquals(List.of(), PdfValidator.pdfA2b(pdf).failedRules());
        assertEquals(List.of(), warnings);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(List.of(), TextBlockEdges.glyphsPastTheRightEdge(doc));
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // title, copyright, contents, a blank verso, then the chapter opens on a recto
            assertTrue(doc.getNumberOfPages() >= 5, "pages: " + doc.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(4);
            stripper.setEndPage(4);
            assertEquals("", stripper.getText(doc).strip(), "page 4 is blank: no folio, no head");
            stripper.setStartPage(5);
            stripper.setEndPage(5);
            assertTrue(stripper.getText(doc).startsWith("Emmanuel Macron et Mark"), "no running head on the opening");
        }
        assertContentsNumbersAreRight(pdf, 1);
        String text = words(pdf).replaceAll("[\\u00A0\\u202F ]", "");
        int at = 0;
        for (Block b : book.body().get(0).blocks()) {
            String p = plain(((Block.Paragraph) b).content());
            // compare without spaces: the typography pass changes them (narrow no-break spaces)
            String start = p.substring(0, 60).replace("'", "’").replaceAll("[\\u00A0\\u202F ]", "");
            int found = text.indexOf(start, at);
            assertTrue(found >= 0, "paragraph starting '" + start + "' missing or out of order");
            at = found;
        }
    }

    private static String plain(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : inlines) {
            if (i instanceof Inline.Text t) {
                sb.append(t.text());
            } else if (i instanceof Inline.Styled s) {
                sb.append(plain(s.content()));
            } else if (i instanceof Inline.Quote q) {
                sb.append(q.open() == null ? "" : q.open()).append(plain(q.content()))
                        .append(q.close() == null ? "" : q.close());
            } else if (i instanceof Inline.Foreign f) {
                sb.append(plain(f.content()));
            } else if (i instanceof Inline.Link l) {
                sb.append(plain(l.content()));
            } else if (i instanceof Inline.CrossRef c) {
                sb.append(plain(c.content()));
            }
        }
        return sb.toString();
    }

    static int expectedEntries(Publication publication) {
        return (int) publication.pages().stream().filter(p -> List.of(PageRole.PART, PageRole.CHAPTER).contains(p.role())).count();
    }

    /** Every contents line ends with leaders and the page on which its title opens a page. */
    static void assertContentsNumbersAreRight(byte[] pdf, int expectedEntries) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<List<String>> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc).strip().lines().toList());
            }
            java.util.Map<String, Integer> labels = doc.getDocumentCatalog().getPageLabels().getPageIndicesByLabels();
            java.util.regex.Pattern entry = java.util.regex.Pattern.compile("^(.+?)\\s*(?:\\. )+\\.?\\s*(\\d+)$");
            int checked = 0;
            for (List<String> lines : pages) {
                if (lines.isEmpty() || !lines.contains("Table des matières") && !lines.contains("Contents") && checked == 0) {
                    continue;
                }
                for (String line : lines) {
                    java.util.regex.Matcher m = entry.matcher(line);
                    if (m.matches()) {
                        String title = m.group(1).strip();
                        // the printed number is the page's label (roman front matter, arabic body)
                        int page = labels.get(m.group(2)) + 1;
                        // the title opens its page (an entry of several lines gives its last line here)
                        List<String> target = pages.get(page - 1);
                        String opening = String.join(" ", target.subList(0, Math.min(4, target.size())));
                        assertTrue(target.get(0).equals(title) || title.contains(" ") && opening.contains(title),
                                "contents entry '" + line + "' but page " + page + " opens with: " + opening);
                        checked++;
                    }
                }
                if (checked >= expectedEntries) {
                    break;
                }
            }
            assertEquals(expectedEntries, checked, "contents entries with a page number");
            // the folio printed at the foot of a body page is its label
            int last = doc.getNumberOfPages() - 1;
            while (pages.get(last).isEmpty()) {
                last--;
            }
            List<String> lastPage = pages.get(last);
            assertEquals(labels.get(lastPage.get(lastPage.size() - 1)), last, "the last page's folio and label");
        }
    }

    @Test
    void theLongNovelIsPdfA2b() throws Exception {
        var book = Books.ponson();
        assumeTrue(book != null, "the ELTeC corpus (../shared/corpus) is absent");
        Publication publication = Books.publish(book);
        long t = System.nanoTime();
        byte[] pdf = typeset(publication, "ponson", new ArrayList<>());
        long ms = (System.nanoTime() - t) / 1_000_000;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            System.out.println("Ponson: " + doc.getNumberOfPages() + " pages in " + ms + " ms");
            assertTrue(doc.getNumberOfPages() > 150, "pages: " + doc.getNumberOfPages());
            assertEquals(List.of(), TextBlockEdges.glyphsPastTheRightEdge(doc));
            // the outline: parts at the top, their chapters under them, each pointing at its page
            List<String> expected = new ArrayList<>();
            for (Publication.Page page : publication.pages()) {
                if (List.of(PageRole.PART, PageRole.CHAPTER).contains(page.role())) {
                    expected.add(page.role().token() + ":" + page.title().strip());
                }
            }
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem top : doc.getDocumentCatalog().getDocumentOutline().children()) {
                if (top.hasChildren()) {
                    outline.add("part:" + top.getTitle());
                    top.children().forEach(c -> outline.add("chapter:" + c.getTitle()));
                } else if (!top.getTitle().equals("Table des matières")) {
                    outline.add("chapter:" + top.getTitle());
                }
                assertTrue(top.getDestination() != null);
            }
            assertEquals(expected, outline);
        }
        assertContentsNumbersAreRight(pdf, expectedEntries(publication));
        PdfValidator.Verdict verdict = PdfValidator.pdfA2b(pdf);
        assertEquals(List.of(), verdict.failedRules());
    }
}
