package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.colophon.layout.Publication;
import org.colophon.model.Block;
import org.colophon.model.Book;
import org.colophon.model.Inline;
import org.colophon.styles.Styles;
import org.colophon.testing.PdfValidator;
import org.colophon.testing.PrintedPages;
import org.colophon.testing.TestBooks;
import org.junit.jupiter.api.Test;

/**
 * The attribution of a quotation or of verse (an epigraph's author) stays with its last
 * line: it could end alone at the top of a page, where the page break before it cost
 * nothing.
 */
class AttributionKeepTest {

    private static final String AUTHOR = "Un Auteur Célèbre";

    private static Book book(int sentences, Block quotation) {
        String filler = "Une phrase du chapitre, assez longue pour remplir. ".repeat(sentences).strip();
        return new Book(TestBooks.metadata("Épigraphe", "fr"), List.of(),
                List.of(TestBooks.chapter("c1", "Premier chapitre", TestBooks.p(filler), quotation, TestBooks.p(filler))),
                List.of(), List.of());
    }

    @Test
    void anAttributionNeverStandsAloneAtTheTopOfAPage() throws Exception {
        Block quote = new Block.BlockQuote(null, null, List.of(TestBooks.p("Une citation courte, sur une ligne.")),
                List.of(new Inline.Text(AUTHOR)));
        Block verse = new Block.Verse(null, null, List.of(new Block.Stanza(List.of(
                new Block.VerseLine(0, List.of(new Inline.Text("Un vers de la chanson"))),
                new Block.VerseLine(0, List.of(new Inline.Text("Et le vers qui le suit")))))),
                List.of(new Inline.Text(AUTHOR)));
        List<String> alone = new ArrayList<>();
        int pagesWithAuthor = 0;
        // with 32 sentences, the quotation's line ended page 5 and its attribution opened page 6
        for (Block quotation : List.of(quote, verse)) {
            for (int n = 28; n <= 36; n += 2) {
                Publication publication = Books.publish(book(n, quotation));
                byte[] pdf = TypesetterTest.typeset(publication, Styles.bundled(), new ArrayList<>()); // checks every word
                List<PrintedPages.Page> pages = PrintedPages.read(pdf).pages();
                for (int p = 0; p < pages.size(); p++) {
                    String text = pages.get(p).text().strip();
                    if (text.contains(AUTHOR)) {
                        pagesWithAuthor++;
                    }
                    if (text.startsWith(AUTHOR)) {
                        alone.add((quotation == quote ? "quotation" : "verse") + ", " + n + " sentences: page " + (p + 1));
                    }
                }
                if (n == 32) {
                    assertEquals(List.of(), PdfValidator.pdfUa1(pdf).failedRules(), "PDF/UA-1");
                }
            }
        }
        assertEquals(10, pagesWithAuthor, "each book prints the attribution once");
        assertTrue(alone.isEmpty(), "attributions alone at the top of a page: " + alone);
    }
}
