package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.colophon.testing.BookInvariants;
import org.colophon.testing.EpubFiles;
import org.colophon.testing.EpubValidator;
import org.colophon.testing.PdfValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables in both books, from a French manuscript: a small table with a header row
 * spanning two columns, a cell spanning two rows and decimal columns, and a table of 120
 * rows that runs over several pages. Every cell's text is found on its page, the long
 * table's header is repeated on every page it goes on to under "Tableau 2 (suite)", no row
 * is split, the decimal commas of a column stand at one x, the EPUB has real tables with
 * {@code scope}s and spans, both books pass their validators, and a bad span is refused at
 * its line.
 */
class TablesCliTest {

    private static final int ROWS = 120;
    private static final String FILL = ("<p>Un paragraphe de remplissage qui occupe de la place sur la page, pour"
            + " que le tableau tombe plus loin dans le livre : il faut que la table longue passe plusieurs pages !</p>\n")
            .repeat(3);

    @TempDir
    static Path dir;
    static Path out;
    static Map<String, byte[]> epub;
    static final List<String> pageTexts = new ArrayList<>();
    /** Per page, its lines by baseline: their text and the x of each comma on them. */
    static final List<Map<Float, Line>> lines = new ArrayList<>();

    record Line(StringBuilder text, List<Float> commas) {}

    static String row(int i) {
        return "Commune " + String.format("%03d", i);
    }

    static String inhabitants(int i) {
        return (i * 37 % 900 + 100) + "," + (i % 10) + (i * 3 % 10);
    }

    @BeforeAll
    static void build() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= ROWS; i++) {
            rows.append("<tr><td>").append(row(i)).append("</td><td>").append(inhabitants(i)).append("</td><td>")
                    .append(i * 13 % 50).append(',').append(i % 7).append("</td></tr>\n");
        }
        Path manuscript = dir.resolve("tableaux.xml");
        Files.writeString(manuscript, """
                <?xml version="1.0" encoding="UTF-8"?>
                <book xmlns="https://colophon.org/ns/manuscript/1" version="1" xml:lang="fr">
                <metadata><title>Tableaux</title><creator role="author">Prénom Nom</creator><date>2026-12-03</date></metadata>
                <front><list-of-tables/></front>
                <body>
                <chapter id="ch-un"><title>Chiffres</title>
                %1$s
                <p>Voir le <ref target="t-petit" show="label page"/>.</p>
                <table id="t-petit">
                <caption>Budget : dépenses et recettes</caption>
                <colgroup><col width="*"/><col align="decimal"/><col align="decimal"/></colgroup>
                <thead>
                <tr><th rowspan="2">Poste</th><th colspan="2">Montants (k€)</th></tr>
                <tr><th>2025</th><th>2026</th></tr>
                </thead>
                <tbody>
                <tr><th>Personnel</th><td>1 234,5</td><td>1 301,25</td></tr>
                <tr><th>Loyers</th><td>87,25</td><td>90</td></tr>
                <tr><th>Fournitures diverses</th><td>3,125</td><td>12,5</td></tr>
                </tbody>
                <tfoot><tr><th>Total</th><td>1 324,875</td><td>1 403,75</td></tr></tfoot>
                </table>
                %1$s
                <table id="t-long">
                <caption>Population des communes</caption>
                <colgroup><col width="40%%"/><col align="decimal"/><col align="decimal"/></colgroup>
                <thead><tr><th>Commune</th><th>Habitants</th><th>Surface</th></tr></thead>
                <tbody>
                %2$s</tbody>
                </table>
                %1$s
                </chapter>
                </body></book>
                """.formatted(FILL, rows), StandardCharsets.UTF_8);
        out = dir.resolve("out");
        CliRun run = CliRun.of("build", manuscript.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, run.status(), run.err());
        BookInvariants.checkBuild(manuscript, List.of(out.resolve("tableaux.pdf"), out.resolve("tableaux.epub")));
        epub = EpubFiles.entries(out.resolve("tableaux.epub"));
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(out.resolve("tableaux.pdf")))) {
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                Map<Float, Line> found = new java.util.TreeMap<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) throws IOException {
                        for (TextPosition t : positions) {
                            Line line = found.computeIfAbsent(Math.round(t.getYDirAdj() * 10) / 10f,
                                    y -> new Line(new StringBuilder(), new ArrayList<>()));
                            line.text().append(t.getUnicode());
                            if (t.getUnicode().equals(",")) {
                                line.commas().add(t.getXDirAdj());
                            }
                        }
                        super.writeString(text, positions);
                    }
                };
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pageTexts.add(stripper.getText(pdf).replaceAll("[\\s\\u00a0\\u202f]+", " "));
                lines.add(found);
            }
        }
    }

    private static String chapter() {
        return new String(epub.get("EPUB/text/chapter-001.xhtml"), StandardCharsets.UTF_8);
    }

    private static List<Integer> pagesWith(String words) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < pageTexts.size(); i++) {
            if (pageTexts.get(i).contains(words)) {
                found.add(i);
            }
        }
        return found;
    }

    @Test
    void everyCellOfTheLongTableIsOnOnePageWithItsWholeRow() {
        for (int i = 1; i <= ROWS; i++) {
            List<Integer> pages = pagesWith(row(i) + " ");
            assertEquals(1, pages.size(), row(i) + " is printed once: " + pages);
            // a row is never split: its three cells on one page, on one line of text
            String text = pageTexts.get(pages.get(0));
            assertTrue(text.contains(row(i) + " " + inhabitants(i) + " "), row(i) + " whole on its page: " + text);
        }
    }

    @Test
    void theLongTablesHeaderIsRepeatedOnEveryPageItGoesOnTo() {
        List<Integer> pages = new ArrayList<>();
        for (int i = 1; i <= ROWS; i++) {
            int p = pagesWith(row(i) + " ").get(0);
            if (!pages.contains(p)) {
                pages.add(p);
            }
        }
        assertTrue(pages.size() >= 3, "120 rows take three pages or more: " + pages);
        assertTrue(pageTexts.get(pages.get(0)).contains("Tableau 2 – Population des communes Commune Habitants Surface"
                + " Commune 001"), pageTexts.get(pages.get(0)));
        for (int k = 1; k < pages.size(); k++) {
            String text = pageTexts.get(pages.get(k));
            assertTrue(text.contains("Tableau 2 (suite) Commune Habitants Surface Commune "), "page " + pages.get(k)
                    + " opens with the header again: " + text);
            assertFalse(text.contains("Population des communes"), "the caption itself is printed once");
        }
    }

    @Test
    void theSmallTablesCellsAndSpansArePrinted() {
        List<Integer> pages = pagesWith("Tableau 1 – Budget : dépenses et recettes");
        assertEquals(1, pages.size());
        String text = pageTexts.get(pages.get(0));
        for (String cell : List.of("Poste Montants (k€) 2025 2026", "Personnel 1 234,5 1 301,25", "Loyers 87,25 90",
                "Fournitures diverses 3,125 12,5", "Total 1 324,875 1 403,75")) {
            assertTrue(text.contains(cell), cell + " in " + text);
        }
        assertTrue(text.contains("Voir le tableau 1 page "), text);
    }

    @Test
    void theDecimalCommasOfAColumnStandAtOneX() {
        int rowsSeen = 0;
        for (Map<Float, Line> page : lines) {
            List<Float> first = new ArrayList<>();
            List<Float> second = new ArrayList<>();
            for (Line line : page.values()) {
                if (line.text().toString().startsWith("Commune") && line.commas().size() == 2) {
                    first.add(line.commas().get(0));
                    second.add(line.commas().get(1));
                }
            }
            rowsSeen += first.size();
            assertAllAtOneX(first, "Habitants");
            assertAllAtOneX(second, "Surface");
        }
        assertEquals(ROWS, rowsSeen, "every row of the long table has its two commas");
        List<Float> budget = new ArrayList<>();
        for (Map<Float, Line> page : lines) {
            for (Line line : page.values()) {
                String t = line.text().toString();
                if (t.startsWith("Personnel") || t.startsWith("Loyers") || t.startsWith("Fournitures")
                        || t.startsWith("Total")) {
                    budget.add(line.commas().get(0));
                }
            }
        }
        assertEquals(4, budget.size(), "the small table's four rows");
        assertAllAtOneX(budget, "2025");
    }

    private static void assertAllAtOneX(List<Float> xs, String column) {
        for (float x : xs) {
            assertEquals(xs.get(0), x, 0.05f, "the commas of the " + column + " column: " + xs);
        }
    }

    @Test
    void theEpubHasRealTablesWithScopesAndSpans() {
        String one = chapter();
        assertTrue(one.contains("<caption><span class=\"label\">Tableau\u00a01</span>\u00a0– Budget"), one);
        assertTrue(one.contains("<th scope=\"col\" rowspan=\"2\">Poste</th><th scope=\"colgroup\" colspan=\"2\""
                + " class=\"align-right\">Montants (k€)</th>"), one);
        assertTrue(one.contains("<th scope=\"row\">Personnel</th><td class=\"align-decimal\">"), one);
        assertTrue(one.contains("<tfoot>"), one);
        String lot = new String(epub.get("EPUB/text/listoftables-001.xhtml"), StandardCharsets.UTF_8);
        assertTrue(lot.contains("chapter-001.xhtml#t-long"), lot);
    }

    @Test
    void bothBooksPassTheirValidators() throws Exception {
        EpubValidator.Result epubcheck = EpubValidator.check(out.resolve("tableaux.epub"));
        assertTrue(epubcheck.clean(), epubcheck.describe());
        byte[] pdf = Files.readAllBytes(out.resolve("tableaux.pdf"));
        assertEquals(List.of(), PdfValidator.pdfUa1(pdf).failedRules(), "PDF/UA-1");
        assertEquals(List.of(), PdfValidator.pdfA2a(pdf).failedRules(), "PDF/A-2a");
    }

    @Test
    void aRowWiderThanTheTableIsRefusedAtItsLine(@TempDir Path bad) throws Exception {
        Path manuscript = bad.resolve("large.xml");
        Files.writeString(manuscript, """
                <?xml version="1.0" encoding="UTF-8"?>
                <book xmlns="https://colophon.org/ns/manuscript/1" version="1" xml:lang="fr">
                <metadata><title>Large</title></metadata>
                <body><chapter><title>Un</title>
                <table>
                <tr><td>a</td><td>b</td></tr>
                <tr><td colspan="2">c</td><td>d</td></tr>
                </table>
                </chapter></body></book>
                """, StandardCharsets.UTF_8);
        Path elsewhere = bad.resolve("out");
        CliRun run = CliRun.of("build", manuscript.toString(), "--out", elsewhere.toString(), "--quiet");
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().contains(manuscript + ":7:"), run.err());
        assertTrue(run.err().contains("error: <td> in row 2 of the table's tbody: this row has more cells than the table"
                + " has columns (2)"), run.err());
        assertTrue(Files.notExists(elsewhere), "nothing written");
    }

    @Test
    void aTeiTableBecomesATableOfBothBooks(@TempDir Path tei) throws Exception {
        Path source = tei.resolve("villes.xml");
        Files.writeString(source, """
                <?xml version="1.0" encoding="UTF-8"?>
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="fr">
                <teiHeader><fileDesc><titleStmt><title>Villes</title></titleStmt>
                <publicationStmt><date>1900</date></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>
                <text><body><div><head>Un</head>
                <table><head>Population</head>
                <row role="label"><cell role="label">Ville</cell><cell role="label" cols="2">Habitants</cell></row>
                <row><cell rows="2">Lyon</cell><cell>1900</cell><cell>459 099</cell></row>
                <row><cell>2020</cell><cell>522 250</cell></row>
                </table>
                </div></body></text></TEI>
                """, StandardCharsets.UTF_8);
        Path built = tei.resolve("out");
        CliRun run = CliRun.of("build", source.toString(), "--out", built.toString(), "--quiet");
        assertEquals(0, run.status(), run.err());
        Map<String, byte[]> files = EpubFiles.entries(built.resolve("villes.epub"));
        String text = files.entrySet().stream().filter(e -> e.getKey().endsWith(".xhtml"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).filter(x -> x.contains("<table"))
                .findFirst().orElseThrow();
        assertTrue(text.contains("<thead>\n<tr><th scope=\"col\">Ville</th><th scope=\"colgroup\" colspan=\"2\">"
                + "Habitants</th></tr>"), text);
        assertTrue(text.contains("<td rowspan=\"2\">Lyon</td>"), text);
        assertTrue(text.contains("Tableau\u00a01</span>"), "numbered: " + text);
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(built.resolve("villes.pdf")))) {
            String all = new PDFTextStripper().getText(pdf).replaceAll("[\\s\\u00a0\\u202f]+", " ");
            assertTrue(all.contains("Ville Habitants Lyon 1900 459 099 2020 522 250"), all);
        }
    }

    @Test
    void aRowTallerThanAPageIsSplitBetweenItsLinesAndNothingIsLost(@TempDir Path tall) throws Exception {
        String sentence = "Une cellule très longue qui ne tient pas sur une page entière et doit être coupée.";
        Path manuscript = tall.resolve("haute.xml");
        Files.writeString(manuscript, """
                <?xml version="1.0" encoding="UTF-8"?>
                <book xmlns="https://colophon.org/ns/manuscript/1" version="1" xml:lang="fr">
                <metadata><title>Haute</title><date>2026-12-03</date></metadata>
                <body><chapter><title>Un</title>
                <table><caption>Une ligne haute</caption>
                <colgroup><col width="30%%"/><col/></colgroup>
                <thead><tr><th>Clé</th><th>Texte</th></tr></thead>
                <tbody><tr><td>a</td><td>court</td></tr><tr><td>b</td><td>%s</td></tr><tr><td>c</td><td>fin</td></tr></tbody>
                </table>
                </chapter></body></book>
                """.formatted((sentence + " ").repeat(45)), StandardCharsets.UTF_8);
        Path built = tall.resolve("out");
        CliRun run = CliRun.of("build", manuscript.toString(), "--out", built.toString(), "--quiet");
        assertEquals(0, run.status(), run.err());
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(built.resolve("haute.pdf")))) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> texts = new ArrayList<>();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                texts.add(stripper.getText(pdf).replaceAll("[\\s\\u00a0\\u202f]+", " "));
            }
            String all = String.join(" ", texts);
            int count = 0;
            for (int at = all.indexOf("Une cellule"); at >= 0; at = all.indexOf("Une cellule", at + 1)) {
                count++;
            }
            assertEquals(45, count, "every line of the tall row is printed once: " + all);
            long continued = texts.stream().filter(t -> t.contains("Tableau 1 (suite) Clé Texte")).count();
            assertTrue(continued >= 2, "the row runs over three pages or more, each under the header: " + texts);
            assertTrue(all.contains("c fin"), all);
        }
    }

    @Test
    void aTableTooWideForTheMeasureIsSetSmallerWithAWarningNamingIt(@TempDir Path wide) throws Exception {
        StringBuilder head = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            head.append("<th>Heading").append(i).append("</th>");
            body.append("<td>Measurements").append(i).append("</td>");
        }
        Path manuscript = wide.resolve("wide.xml");
        Files.writeString(manuscript, """
                <?xml version="1.0" encoding="UTF-8"?>
                <book xmlns="https://colophon.org/ns/manuscript/1" version="1" xml:lang="en">
                <metadata><title>Wide</title><date>2026-12-03</date></metadata>
                <body><chapter><title>One</title>
                <table id="wide-one"><caption>Too many columns</caption>
                <thead><tr>%s</tr></thead><tbody><tr>%s</tr></tbody></table>
                </chapter></body></book>
                """.formatted(head, body), StandardCharsets.UTF_8);
        Path built = wide.resolve("out");
        CliRun run = CliRun.of("build", manuscript.toString(), "--out", built.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains("warning: wide-one is too wide for the measure: set at "), run.err());
        assertFalse(run.err().contains("cut to fit"), "smaller, no word is cut: " + run.err());
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(built.resolve("wide.pdf")))) {
            String all = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(all.contains("Table 1. Too many columns Heading0 Heading1 Heading2 Heading3 Heading4"
                    + " Measurements0 Measurements1"), all);
        }
    }
}
