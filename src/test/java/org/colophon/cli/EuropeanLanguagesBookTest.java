package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.colophon.testing.BookInvariants;
import org.colophon.testing.BookValidation;
import org.colophon.testing.EpubFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code src/test/resources/books/languages}: a chapter in each of Italian, Brazilian
 * Portuguese, Dutch, Polish, Czech, Russian and Ukrainian, typed with straight quotes and
 * plain spaces. Each comes out with its language's quotation marks, outer and inner, and
 * its abbreviations bound to what follows them, the same in both books; no character
 * lacks a glyph, no word is lost, and both validators pass.
 */
class EuropeanLanguagesBookTest {

    private static final Path BOOK = Path.of("src/test/resources/books/languages/languages.xml");

    @TempDir
    static Path out;
    static Map<String, byte[]> epub;
    static String pdfText;
    static byte[] pdf;

    @BeforeAll
    static void build() throws Exception {
        CliRun run = CliRun.of("build", BOOK.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err(), "no warning: every character has a glyph, every language is known");
        epub = EpubFiles.entries(out.resolve("languages.epub"));
        pdf = Files.readAllBytes(out.resolve("languages.pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pdfText = new PDFTextStripper().getText(doc);
        }
    }

    /** Chapter {@code n}'s text in the EPUB, markup dropped. */
    private static String chapter(int n) {
        String xhtml = new String(epub.get("EPUB/text/chapter-00" + n + ".xhtml"), StandardCharsets.UTF_8);
        return xhtml.replaceAll("<[^>]+>", "");
    }

    private static void both(int chapter, String expected) {
        assertTrue(chapter(chapter).contains(expected), "EPUB chapter " + chapter + " lacks " + expected + ":\n"
                + chapter(chapter));
        // the PDF's text has the same characters; its lines may break at the spaces between
        // them or inside a word, with a hyphen (compared without spaces and such hyphens)
        String flat = pdfText.replaceAll("-\\R", "").replaceAll("[\\s\u00a0\u202f]+", "");
        assertTrue(flat.contains(expected.replaceAll("[\\s\u00a0\u202f]+", "")), "PDF lacks " + expected);
    }

    @Test
    void eachLanguageHasItsOwnQuotationMarksOuterAndInner() {
        both(1, "«Le parole sono importanti, e la tipografia anche.»");
        both(1, "«la “virgoletta” interna»");
        both(2, "“A tipografia é uma arte antiga, e a ‘aspa simples’ fica dentro.”");
        both(3, "“Een boek moet goed gezet zijn, en de ‘enkele aanhalingstekens’ staan binnenin.”");
        both(4, "„Książka musi być dobrze złożona, a «cytat wewnętrzny» ma inny znak.”");
        both(5, "„Kniha musí být dobře vysázena, a ‚vnitřní citát‘ má jiné uvozovky.“");
        both(6, "«Книга должна быть хорошо набрана, а „внутренняя цитата“ имеет другие кавычки.»");
        both(7, "«Книжка має бути добре складена, а „внутрішня цитата“ має інші лапки.»");
        // elisions stay apostrophes
        both(1, "dell’ultimo");
    }

    @Test
    void abbreviationsAreBoundToWhatFollowsThem() {
        both(1, "sig.\u00a0Rossi a pag.\u00a012");
        both(2, "Sr.\u00a0Almeida leu a pág.\u00a07");
        both(3, "blz.\u00a04");
        both(4, "Zob. s.\u00a09");
        both(5, "Viz s.\u00a03");
        both(6, "См.\u00a0стр.\u00a05, т.\u202fе.");
        both(7, "Див.\u00a0с.\u00a06");
    }

    @Test
    void everyWordReachesBothBooksAndTheValidatorsPass() {
        BookInvariants.checkBuild(BOOK, out);
        BookValidation.assertBothBooksPass(out.resolve("languages.epub"), pdf);
    }
}
