package org.colophon.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.colophon.model.Block;
import org.colophon.model.Book;
import org.colophon.model.Inline;
import org.colophon.pdf.TypesetFacts;
import org.junit.jupiter.api.Test;

/**
 * The check the tests run on every book they build catches what it is for: a word of the
 * model missing from either book or out of its order, a page holding nothing but its folio,
 * a blank page that is not a blank verso; and it lets pass what typesetting does to text
 * (hyphens at line ends, notes at the foot of the page, "?" for a character no font has).
 */
class BookInvariantsTest {

    /** One chapter: "Le premier paragraphe" with a note "la note en bas", then "Le second paragraphe". */
    private static final Book BOOK = new Book(TestBooks.metadata("Vérifier", "fr"), List.of(),
            List.of(TestBooks.chapter("c1", "Le titre",
                    TestBooks.p(TestBooks.t("Le premier paragraphe"),
                            new Inline.Note("n1", List.of(TestBooks.p("la note en bas")))),
                    (Block) TestBooks.p("Le second paragraphe"))),
            List.of(), List.of());

    /** A page of tagged text and artifact text ({@code null} for none); a page of {@code null, null} is blank. */
    private record Page(String text, String artifact) {}

    private static byte[] pdf(Page... pages) {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            int mcid = 0;
            for (Page p : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    float y = 700;
                    if (p.text() != null) {
                        for (String line : p.text().split("\n")) {
                            COSDictionary properties = new COSDictionary();
                            properties.setInt(COSName.MCID, mcid++);
                            content.beginMarkedContent(COSName.P, PDPropertyList.create(properties));
                            show(content, font, line, y);
                            content.endMarkedContent();
                            y -= 14;
                        }
                    }
                    if (p.artifact() != null) {
                        content.beginMarkedContent(COSName.ARTIFACT);
                        show(content, font, p.artifact(), 40);
                        content.endMarkedContent();
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void show(PDPageContentStream content, PDType1Font font, String text, float y) throws IOException {
        content.beginText();
        content.setFont(font, 10);
        content.newLineAtOffset(50, y);
        content.showText(text);
        content.endText();
    }

    private static TypesetFacts facts(boolean... blank) {
        List<TypesetFacts.Page> pages = new java.util.ArrayList<>();
        for (int i = 0; i < blank.length; i++) {
            pages.add(new TypesetFacts.Page(i, Integer.toString(i + 1), "c.xhtml", 0, List.of(), blank[i]));
        }
        return new TypesetFacts(300, 13, pages, Map.of(), Map.of(), List.of());
    }

    private static Map<String, byte[]> epub(String body) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/container.xml", ("<container xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
                + "<rootfiles><rootfile full-path=\"EPUB/package.opf\"/></rootfiles></container>").getBytes(StandardCharsets.UTF_8));
        entries.put("EPUB/package.opf", ("<package xmlns=\"http://www.idpf.org/2007/opf\"><manifest>"
                + "<item id=\"c\" href=\"text/c.xhtml\"/></manifest><spine><itemref idref=\"c\"/></spine></package>")
                .getBytes(StandardCharsets.UTF_8));
        entries.put("EPUB/text/c.xhtml", ("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Le titre</title>"
                + "</head><body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_8));
        return entries;
    }

    private static void fails(String expected, Runnable check) {
        AssertionError e = assertThrows(AssertionError.class, check::run);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void aWholeBookPasses() throws Exception {
        // the title on the first page, a hyphenated line end, the note at the foot, a blank verso
        byte[] whole = pdf(new Page("Le titre", null), new Page(null, null),
                new Page("Le premier para-\ngraphe1\n1 la note en bas", "1"), new Page("Le second paragraphe", "2"));
        BookInvariants.checkPdf(BOOK, whole);
        BookInvariants.checkPdf(BOOK, whole, facts(false, true, false, false));
        BookInvariants.checkEpub(BOOK, epub("<h1>Le titre</h1><p>Le premier paragraphe<a>1</a></p>"
                + "<p>Le second paragraphe</p><aside><p>la note en bas</p></aside>"));
        // a character no font has shows as "?" in the PDF
        Book rune = TestBooks.simple("Runes", "en", TestBooks.p("A rune ᚠ here"));
        BookInvariants.checkPdf(rune, pdf(new Page("Chapter One\nA rune ? here", null)));
    }

    @Test
    void aWordLostFromThePdfOrTheEpubFails() throws Exception {
        fails("\u201csecond\u201d", () -> check(pdfOf("Le titre\nLe premier paragraphe\n1 la note en bas\nLe paragraphe")));
        fails("the EPUB lacks words", () -> BookInvariants.checkEpub(BOOK, epub("<h1>Le titre</h1><p>Le premier "
                + "paragraphe</p><p>Le second paragraphe</p>")));
        fails("in a note or caption", () -> check(pdfOf("Le titre\nLe premier paragraphe\nLe second paragraphe")));
    }

    @Test
    void wordsOutOfTheirOrderFail() throws Exception {
        fails("(word 6, after \u201cLe titre Le premier paragraphe\u201d) is not found",
                () -> check(pdfOf("Le titre\nLe second paragraphe\nLe premier paragraphe\nla note en bas")));
    }

    @Test
    void aPageWithNothingButItsFolioOrABlankRectoFails() throws Exception {
        fails("page 2 holds only \u201c2\u201d", () -> check(pdf(new Page("Le titre\nLe premier paragraphe", null),
                new Page(null, "2"), new Page("la note en bas\nLe second paragraphe", "3"))));
        fails("page 3 is blank", () -> check(pdf(new Page("Le titre\nLe premier paragraphe", null),
                new Page("la note en bas", "2"), new Page(null, null), new Page("Le second paragraphe", "4"))));
        fails("page 2 is blank", () -> check(pdf(new Page("Le titre\nLe premier paragraphe la note en bas", null),
                new Page(null, null))));
        byte[] blankVerso = pdf(new Page("Le titre\nLe premier paragraphe\nla note en bas", null), new Page(null, null),
                new Page("Le second paragraphe", "3"));
        fails("page 2 is blank", () -> BookInvariants.checkPdf(BOOK, blankVerso, facts(false, false, false)));
        fails("the page breaker says it left it blank", () -> BookInvariants.checkPdf(BOOK, blankVerso,
                facts(false, true, true)));
    }

    private static byte[] pdfOf(String text) {
        return pdf(new Page(text, null));
    }

    private static void check(byte[] pdf) {
        BookInvariants.checkPdf(BOOK, pdf);
    }
}
