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

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @Test
    void anEpigraphReadFromTeiKeepsItsAttributionUnderItsLastLine() throws Exception {
        // ELTeC's shape: a cit of a quote in bare lines and a bibl, in mid-chapter, with
        // more or less text before it, so that pages break all around it
        List<String> apart = new ArrayList<>();
        java.util.Set<String> breaks = new java.util.TreeSet<>();
        for (int n = 26; n <= 38; n += 2) {
            String filler = "Une phrase du chapitre, assez longue pour remplir. ".repeat(n).strip();
            java.nio.file.Path tei = dir.resolve("epigraphe-" + n + ".xml");
            java.nio.file.Files.writeString(tei, """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="fr">
                      <teiHeader><fileDesc><titleStmt><title>Épigraphe</title></titleStmt>
                        <publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>
                      <text><body><div type="chapter"><head>Premier chapitre</head>
                        <p>%s</p>
                        <cit><quote><l>Un vers de la chanson</l><l>Et le vers qui le suit</l></quote><bibl>%s</bibl></cit>
                        <p>%s</p>
                      </div></body></text>
                    </TEI>
                    """.formatted(filler, AUTHOR, filler));
            Book book = new org.colophon.reader.BookReader(d -> { }).read(tei);
            byte[] pdf = TypesetterTest.typeset(Books.publish(book), Styles.bundled(), new ArrayList<>());
            List<PrintedPages.Page> pages = PrintedPages.read(pdf).pages();
            int last = -1;
            int author = -1;
            int first = -1;
            for (int p = 0; p < pages.size(); p++) {
                String text = pages.get(p).text();
                first = first < 0 && text.contains("Un vers de la chanson") ? p : first;
                last = text.contains("Et le vers qui le suit") ? p : last;
                author = text.contains(AUTHOR) ? p : author;
            }
            if (last != author || last < 0) {
                apart.add(n + " sentences: the last line on page " + (last + 1) + ", the attribution on " + (author + 1));
            }
            // where the page breaks next to the quotation: before it, inside it, after it
            String after = pages.get(author).text().strip();
            breaks.add(first == author && after.endsWith(AUTHOR) ? "after" : first < last ? "inside" : first > 0
                    && pages.get(first).text().strip().startsWith("Un vers") ? "before" : "elsewhere");
        }
        System.out.println("page breaks around the quotation: " + breaks);
        assertEquals(List.of(), apart, "an attribution apart from the lines it signs");
        assertTrue(breaks.size() > 1, "the sweep breaks pages at more than one place around the quotation: " + breaks);
    }
}
