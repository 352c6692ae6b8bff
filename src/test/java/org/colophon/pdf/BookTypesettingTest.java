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
import org.apache.pdfbox.text.PDFTextStripper;
import org.colophon.error.Diagnostic;
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
        String text = words(pdf).replaceAll("[\\u00A0\\u202F ]", "");
        int at = 0;
        for (Block b : book.body().get(0).blocks()) {
            String p = ((Inline.Text) ((Block.Paragraph) b).content().get(0)).text();
            // compare without spaces: the typography pass changes them (narrow no-break spaces)
            String start = p.substring(0, 60).replace("'", "’").replaceAll("[\\u00A0\\u202F ]", "");
            int found = text.indexOf(start, at);
            assertTrue(found >= 0, "paragraph starting '" + start + "' missing or out of order");
            at = found;
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
        }
        PdfValidator.Verdict verdict = PdfValidator.pdfA2b(pdf);
        assertEquals(List.of(), verdict.failedRules());
    }
}
