package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.colophon.testing.BookInvariants;
import org.colophon.testing.EpubFiles;
import org.colophon.testing.EpubValidator;
import org.colophon.testing.PdfValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The back-of-book index in both books: a French book with terms on many pages, a range,
 * sub-entries, "voir" and "voir aussi", accented and ligatured terms. The order is the
 * French collation's, the letters ICU's, and every page a locator prints is the page the
 * PDF sets the marked words on; the EPUB's locators link to those very places and print
 * the same pages. A German book files Straße beside Strasse.
 */
class BookIndexCliTest {

    private static final String PARAGRAPH = "<p>Un paragraphe de remplissage qui occupe de la place sur la page, pour"
            + " que les termes tombent sur des pages différentes du livre et que l’index ait de vrais numéros.</p>\n";
    private static final String FILL = PARAGRAPH.repeat(7);
    /** About a page of text. */
    private static final String PAGE = PARAGRAPH.repeat(10);
    private static final List<String> WORDS = List.of("eau", "élan", "fable", "odeur", "ordre", "Zèbre", "abeille",
            "cœur", "dalle", "Ève", "âme", "île", "jardin", "lumière", "mouton", "nuage", "pierre", "quai", "rivière",
            "soleil", "table", "usine", "vent", "wagon", "yeux", "œuvre");

    @TempDir
    static Path dir;
    static Path out;
    static Map<String, byte[]> epub;
    static final List<String> pageTexts = new ArrayList<>();
    static List<String> pageLabels;

    @BeforeAll
    static void build() throws Exception {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < WORDS.size(); i++) {
            String w = WORDS.get(i);
            words.append("<p>Le mot ").append(w).append("<ix term=\"").append(w).append("\"/>.</p>\n");
            if (i % 6 == 5) {
                words.append(FILL);
            }
        }
        Path manuscript = dir.resolve("index.xml");
        Files.writeString(manuscript, """
                <?xml version="1.0" encoding="UTF-8"?>
                <book xmlns="https://colophon.org/ns/manuscript/1" version="1" xml:lang="fr">
                <metadata><title>Index</title><creator role="author">Prénom Nom</creator><date>2026-12-03</date></metadata>
                <body>
                <chapter id="ch-un"><title>Premier</title>
                <p>Début de la plage<ix term="typographie" start="typo"/> sur la typographie.</p>
                %1$s
                <p>Les espaces fines<ix term="typographie" sub="française" subsub="espaces"/> de la typographie.</p>
                <p>Les guillemets<ix term="typographie" sub="française"/> français.</p>
                %1$s
                <p>Fin de la plage<ix end="typo"/> sur la typographie.<ix term="Macron" see="président"/></p>
                <p>Série un<ix term="série"/>.</p>
                %2$s
                <p>Série deux<ix term="série"/>.</p>
                %2$s
                <p>Série trois<ix term="série"/>.</p>
                </chapter>
                <chapter id="ch-deux"><title>Second</title>
                <p>Le président<ix term="président" see-also="typographie"/> parle.</p>
                %3$s
                </chapter>
                </body>
                <back><index/></back></book>
                """.formatted(FILL, PAGE, words), StandardCharsets.UTF_8);
        out = dir.resolve("out");
        CliRun run = CliRun.of("build", manuscript.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, run.status(), run.err());
        BookInvariants.checkBuild(manuscript, List.of(out.resolve("index.pdf"), out.resolve("index.epub")));
        epub = EpubFiles.entries(out.resolve("index.epub"));
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(out.resolve("index.pdf")))) {
            pageLabels = List.of(pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices());
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pageTexts.add(stripper.getText(pdf).replaceAll("\\s+", " "));
            }
        }
    }

    private static Document index() {
        return EpubFiles.parse(epub.get("EPUB/text/index-001.xhtml"));
    }

    /** The printed label of the one page whose text holds {@code words}. */
    private static String pageOf(String words) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < pageTexts.size(); i++) {
            if (pageTexts.get(i).contains(words)) {
                found.add(pageLabels.get(i));
            }
        }
        assertEquals(1, found.size(), "pages printing '" + words + "': " + found);
        return found.get(0);
    }

    /** The text of the index pages of the PDF, in one string. */
    private static String printedIndex() {
        int first = -1;
        for (int i = 0; i < pageTexts.size(); i++) {
            if (pageTexts.get(i).contains("Index A ")) {
                first = i;
            }
        }
        assertTrue(first >= 0, "the index has a page of its own");
        return String.join(" ", pageTexts.subList(first, pageTexts.size()));
    }

    private static List<Element> byType(Document d, String type) {
        List<Element> out = new ArrayList<>();
        NodeList all = d.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (List.of(e.getAttributeNS("http://www.idpf.org/2007/ops", "type").split(" ")).contains(type)) {
                out.add(e);
            }
        }
        return out;
    }

    @Test
    void primaryTermsFollowTheFrenchCollation() {
        List<String> terms = new ArrayList<>();
        for (Element term : byType(index(), "index-term")) {
            Element entry = (Element) term.getParentNode();
            Element list = (Element) entry.getParentNode();
            if (((Element) list.getParentNode()).getLocalName().equals("section")) {
                terms.add(term.getTextContent());
            }
        }
        assertEquals(List.of("abeille", "âme", "cœur", "dalle", "eau", "élan", "Ève", "fable", "île", "jardin",
                "lumière", "Macron", "mouton", "nuage", "odeur", "œuvre", "ordre", "pierre", "président", "quai",
                "rivière", "série", "soleil", "table", "typographie", "usine", "vent", "wagon", "yeux", "Zèbre"), terms);
    }

    @Test
    void entriesAreGroupedUnderTheirLetter() {
        List<String> letters = new ArrayList<>();
        for (Element group : byType(index(), "index-group")) {
            letters.add(group.getElementsByTagName("h2").item(0).getTextContent());
        }
        assertEquals(List.of("A", "C", "D", "E", "F", "I", "J", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U",
                "V", "W", "Y", "Z"), letters, "âme under A, Ève and élan under E, œuvre under O");
        String printed = printedIndex();
        assertTrue(printed.contains(" E eau "), printed);
        assertTrue(printed.contains(" O odeur "), printed);
    }

    @Test
    void everyLocatorIsThePageTheMarkedWordsArePrintedOn() {
        String printed = printedIndex();
        for (String w : WORDS) {
            String page = pageOf("Le mot " + w + ".");
            assertTrue(printed.contains(" " + w + " " + page + " "), w + " on page " + page + ": " + printed);
        }
        String start = pageOf("Début de la plage");
        String end = pageOf("Fin de la plage");
        assertTrue(Integer.parseInt(end) > Integer.parseInt(start), "the range spans pages");
        assertTrue(printed.contains("typographie " + start + "\u2013" + end + " française"), printed);
        assertTrue(printed.contains("française " + pageOf("Les guillemets")), printed);
        assertTrue(printed.contains("espaces " + pageOf("Les espaces fines")), printed);
        assertTrue(printed.contains("Macron, voir président"), printed);
        assertTrue(printed.contains("président " + pageOf("Le président") + ". voir aussi typographie"), printed);
    }

    @Test
    void pagesInARowMergeIntoARange() {
        int one = Integer.parseInt(pageOf("Série un."));
        int two = Integer.parseInt(pageOf("Série deux."));
        int three = Integer.parseInt(pageOf("Série trois."));
        assertEquals(List.of(one + 1, one + 2), List.of(two, three), "the fixture puts them on three pages in a row");
        assertTrue(printedIndex().contains("série " + one + "\u2013" + three + " "), printedIndex());
    }

    @Test
    void epubLocatorsLinkToThePlacesAndPrintThePrintedPages() {
        List<Element> locators = byType(index(), "index-locator");
        assertTrue(locators.size() > WORDS.size(), "a locator per page");
        for (Element a : locators) {
            String href = a.getAttribute("href");
            int hash = href.indexOf('#');
            String file = href.substring(0, hash);
            String id = href.substring(hash + 1);
            byte[] target = epub.get("EPUB/text/" + file);
            assertNotNull(target, href);
            String xhtml = new String(target, StandardCharsets.UTF_8);
            assertTrue(xhtml.contains("id=\"" + id + "\""), href);
            // the words marked come right before their mark in this fixture
            int at = xhtml.indexOf("id=\"" + id + "\"");
            String before = xhtml.substring(xhtml.lastIndexOf("<p", at), at).replaceAll("<[^>]*>", "")
                    .replace("<span class=\"ix\" ", "").trim();
            if (before.startsWith("Le mot")) {
                assertEquals(pageOf(before + "."), a.getTextContent(), href);
            }
        }
        Element see = byType(index(), "index-xref-preferred").get(0);
        assertTrue(see.getAttribute("href").startsWith("#index-entry-"), "a 'voir' links to its entry");
    }

    @Test
    void theIndexIsSetInTwoBalancedColumns() throws Exception {
        int first = -1;
        for (int i = 0; i < pageTexts.size(); i++) {
            if (pageTexts.get(i).contains("Index A ")) {
                first = i;
            }
        }
        List<Float> starts = new ArrayList<>();
        List<Float> tops = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(out.resolve("index.pdf")))) {
            PDFTextStripper lines = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> glyphs) {
                    if (!glyphs.isEmpty() && text.matches("\\p{L}.*")) {
                        starts.add(glyphs.get(0).getXDirAdj());
                        tops.add(glyphs.get(0).getYDirAdj());
                    }
                }
            };
            lines.setStartPage(first + 1);
            lines.setEndPage(first + 1);
            lines.getText(pdf);
            float width = pdf.getPage(first).getMediaBox().getWidth();
            float left = Float.MAX_VALUE;
            float right = 0;
            for (float x : starts) {
                left = Math.min(left, x);
                right = Math.max(right, x);
            }
            assertTrue(right - left > width * 0.3f, "entries start in two bands: " + starts);
            int inLeft = 0;
            int inRight = 0;
            for (float x : starts) {
                assertTrue(x < left + 30 || x > right - 30, "every line starts in one of the two columns: " + starts);
                if (x < left + 30) {
                    inLeft++;
                } else {
                    inRight++;
                }
            }
            assertTrue(inLeft > 5 && inRight > 5, inLeft + " lines on the left, " + inRight + " on the right");
        }
    }

    @Test
    void bothBooksPassTheirValidators() throws Exception {
        EpubValidator.Result epubcheck = EpubValidator.check(out.resolve("index.epub"));
        assertTrue(epubcheck.clean(), epubcheck.describe());
        byte[] pdf = Files.readAllBytes(out.resolve("index.pdf"));
        assertEquals(List.of(), PdfValidator.pdfUa1(pdf).failedRules(), "PDF/UA-1");
        assertEquals(List.of(), PdfValidator.pdfA2a(pdf).failedRules(), "PDF/A-2a");
    }

    @Test
    void aGermanIndexFilesSzWithSsAndUmlautsWithTheirVowel(@TempDir Path de) throws Exception {
        Path manuscript = de.resolve("register.xml");
        Files.writeString(manuscript, """
                <?xml version="1.0" encoding="UTF-8"?>
                <book xmlns="https://colophon.org/ns/manuscript/1" version="1" xml:lang="de">
                <metadata><title>Register</title><creator role="author">Vorname Name</creator><date>2026-12-03</date></metadata>
                <body><chapter><title>Eins</title>
                <p>Die Straße<ix term="Straße"/>, die Strasse<ix term="Strasse"/>, der Strand<ix term="Strand"/>,
                die Strauß<ix term="Strauß"/>, das Öl<ix term="Öl"/>, der Ofen<ix term="Ofen"/>, die Äpfel<ix term="Äpfel"/>,
                der Apfel<ix term="Apfel" see-also="Ofen"/>, Zucker<ix term="Zucker"/>, Weg<ix term="Gasse" see="Straße"/>.</p>
                </chapter></body><back><index/></back></book>
                """, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("build", manuscript.toString(), "--out", de.resolve("out").toString(), "--quiet");
        assertEquals(0, run.status(), run.err());
        Map<String, byte[]> files = EpubFiles.entries(de.resolve("out/register.epub"));
        String xhtml = new String(files.get("EPUB/text/index-001.xhtml"), StandardCharsets.UTF_8);
        List<String> terms = new ArrayList<>();
        for (Element t : byType(EpubFiles.parse(files.get("EPUB/text/index-001.xhtml")), "index-term")) {
            terms.add(t.getTextContent());
        }
        assertEquals(List.of("Apfel", "Äpfel", "Gasse", "Ofen", "Öl", "Strand", "Strasse", "Straße", "Strauß",
                "Zucker"), terms);
        assertTrue(xhtml.contains("/>Register</h1>"), xhtml);
        assertTrue(xhtml.contains("<em class=\"see\">siehe</em>"), xhtml);
        assertTrue(xhtml.contains("<em class=\"see\">siehe auch</em>"), xhtml);
        EpubValidator.Result epubcheck = EpubValidator.check(de.resolve("out/register.epub"));
        assertTrue(epubcheck.clean(), epubcheck.describe());
    }

    @Test
    void teiIndexEntriesMapOntoTheSameIndex(@TempDir Path tei) throws Exception {
        Path manuscript = tei.resolve("tei.xml");
        Files.writeString(manuscript, """
                <?xml version="1.0" encoding="UTF-8"?>
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="fr">
                <teiHeader><fileDesc><titleStmt><title>Index TEI</title><author>Prénom Nom</author></titleStmt>
                <publicationStmt><date when="2026-12-03">2026</date></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>
                <text><body><div type="chapter"><head>Un</head>
                <p>La typographie<index><term>typographie</term><index><term>française</term></index></index> et
                l’œuvre<index><term>œuvre</term></index> ou l’eau<index><term>eau</term></index>.</p>
                </div></body><back><divGen type="index"/></back></text></TEI>
                """, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("build", manuscript.toString(), "--out", tei.resolve("out").toString(), "--quiet");
        assertEquals(0, run.status(), run.err());
        Map<String, byte[]> files = EpubFiles.entries(tei.resolve("out/tei.epub"));
        List<String> terms = new ArrayList<>();
        for (Element t : byType(EpubFiles.parse(files.get("EPUB/text/index-001.xhtml")), "index-term")) {
            terms.add(t.getTextContent());
        }
        assertEquals(List.of("eau", "œuvre", "typographie", "française"), terms, "française nested under typographie");
        String chapter = new String(files.get("EPUB/text/chapter-001.xhtml"), StandardCharsets.UTF_8);
        assertTrue(chapter.contains("La typographie<span class=\"ix\" id=\"ix-1\"></span> et"),
                "the term prints nothing in the text: " + chapter);
    }

    @Test
    void badIndexTermsAreRefusedAtTheirPlace(@TempDir Path bad) throws Exception {
        String[][] cases = {
            {"<ix term=\"a\" see=\"nulle part\"/>", "3:21: error: <ix see=\"nulle part\"> names no term of the index"},
            {"<ix end=\"r\"/>", "3:21: error: <ix end=\"r\"> ends a range that no <ix start=\"r\"> opened before it"},
            {"<ix term=\"a\" start=\"r\"/>", "3:21: error: <ix start=\"r\"> is never closed"},
        };
        for (String[] c : cases) {
            Path manuscript = bad.resolve("bad.xml");
            Files.writeString(manuscript, """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <book xmlns="https://colophon.org/ns/manuscript/1" version="1" xml:lang="fr"><metadata><title>Mauvais</title></metadata>
                    <body><chapter><p>Un%s mot.</p></chapter></body><back><index/></back></book>
                    """.formatted(c[0]), StandardCharsets.UTF_8);
            Path elsewhere = bad.resolve("out");
            CliRun run = CliRun.of("build", manuscript.toString(), "--out", elsewhere.toString(), "--quiet");
            assertEquals(1, run.status(), run.err());
            assertTrue(run.err().contains(manuscript + ":" + c[1]), run.err());
            assertTrue(Files.notExists(elsewhere), "nothing written");
        }
    }
}
