package org.colophon.reader.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.colophon.Colophon;
import org.colophon.error.Diagnostic;
import org.colophon.model.Block;
import org.colophon.model.Book;
import org.colophon.model.Division;
import org.colophon.reader.BookReader;
import org.colophon.testing.EpubFiles;
import org.colophon.testing.EpubValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The marks of the source edition's layout as ELTeC and library exports leave them: page
 * and column breaks, milestones, forme work (running heads, page numbers, catchwords and
 * signatures of the printed source), anchors, comments and processing instructions,
 * between {@code front}, {@code body} and {@code back} as well as inside them
 * (tei/source-marks.xml). The book builds, and no forme work reaches either book.
 */
class TeiSourceMarksTest {

    private static final List<String> FORME_WORK = List.of("A RUNNING HEAD OF THE 1881 EDITION", "CATCHWORD", "SIGNATURE-B2");

    @TempDir
    static Path out;

    private static Path sample;
    private static Book book;
    private static final List<Diagnostic> readWarnings = new ArrayList<>();
    private static final List<Diagnostic> buildWarnings = new ArrayList<>();
    private static Colophon.Result result;

    @BeforeAll
    static void readAndBuild() throws Exception {
        sample = TeiReaderTest.resource("source-marks.xml");
        book = new BookReader(readWarnings::add).read(sample);
        result = new Colophon(buildWarnings::add, Colophon.Progress.silent()).build(sample, Colophon.Options.defaults(out));
    }

    private static String title(Division d) {
        return TeiInlineReader.plain(d.title());
    }

    @Test
    void theThreeZonesAreReadAsIfNothingStoodBetweenThem() {
        assertEquals(List.of("PREFACE:Preface"), book.frontMatter().stream().map(d -> d.kind() + ":" + title(d)).toList());
        assertEquals(List.of("CHAPTER:The first chapter", "CHAPTER:The second chapter"),
                book.body().stream().map(d -> d.kind() + ":" + title(d)).toList());
        assertEquals(List.of("APPENDIX:Appendix"), book.backMatter().stream().map(d -> d.kind() + ":" + title(d)).toList());
        assertEquals(List.of(), readWarnings, "page breaks, milestones and forme work are not unknown elements");
    }

    @Test
    void formeWorkIsDroppedEvenInsideAParagraph() throws Exception {
        Block.Paragraph first = (Block.Paragraph) book.body().get(0).blocks().get(0);
        assertEquals("Opening words of the chapter run on over the leaf.", TeiInlineReader.plain(first.content()));
        String text = TeiModelText.of(book);
        for (String fw : FORME_WORK) {
            assertFalse(text.contains(fw), fw + " in\n" + text);
        }
        assertEquals(TeiWordCount.countTeiText(sample), TeiModelText.words(book),
                "the word count leaves forme work out as the reader does");
    }

    @Test
    void theEpubIsCleanAndHasEveryZoneButNoFormeWork() throws Exception {
        Path epub = out.resolve("source-marks.epub");
        assertTrue(result.outputs().contains(epub), result.outputs().toString());
        EpubValidator.Result check = EpubValidator.check(epub);
        assertTrue(check.clean(), check.describe());
        StringBuilder xhtml = new StringBuilder();
        for (Map.Entry<String, byte[]> e : EpubFiles.entries(epub).entrySet()) {
            if (e.getKey().endsWith(".xhtml")) {
                xhtml.append(EpubFiles.parse(e.getValue()).getDocumentElement().getTextContent()).append('\n');
            }
        }
        for (String words : List.of("Prefatory words stand before the story.", "Only one paragraph here.",
                "Appended words end the book.")) {
            assertTrue(xhtml.toString().contains(words), words);
        }
        for (String fw : FORME_WORK) {
            assertFalse(xhtml.toString().contains(fw), fw);
        }
        String opf = new String(EpubFiles.entries(epub).get("EPUB/package.opf"), StandardCharsets.UTF_8);
        assertTrue(opf.contains("preface-001.xhtml") && opf.contains("chapter-002.xhtml") && opf.contains("appendix-001.xhtml"), opf);
    }

    @Test
    void thePdfHasEveryZoneButNoFormeWork() throws Exception {
        Path pdf = out.resolve("source-marks.pdf");
        assertTrue(result.outputs().contains(pdf), result.outputs().toString());
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("[\\s\u00A0\u202F]+", " ");
        }
        for (String words : List.of("Prefatory words stand before the story.", "Opening words of the chapter run on over the leaf.",
                "Only one paragraph here.", "Appended words end the book.")) {
            assertTrue(text.contains(words), words + " in\n" + text);
        }
        for (String fw : FORME_WORK) {
            assertFalse(text.contains(fw), fw);
        }
    }
}
