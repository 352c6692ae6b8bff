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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.colophon.testing.BookValidation;
import org.colophon.testing.EpubFiles;
import org.colophon.testing.PdfDrawings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The non-fiction sample, {@code src/test/resources/books/guide}: a French guide of some
 * forty pages, in nine files, with numbered chapters, sections, figures, tables and
 * listings, a long table, code in five languages, SVG and raster figures, notes, references
 * that print their target's page, and lists of figures and tables. Both books are built
 * once and held to what a reader and a printer would check.
 */
class NonFictionBookTest {

    private static final Path GUIDE = Path.of("src/test/resources/books/guide");

    @TempDir
    static Path out;
    static byte[] pdf;
    static Map<String, byte[]> epub;
    static List<String> texts = new ArrayList<>();
    static List<String> labels = new ArrayList<>();
    static List<List<Line>> lines = new ArrayList<>();
    static List<PdfDrawings.Drawings> drawings = new ArrayList<>();
    static List<Integer> turned = new ArrayList<>(); // pages turned a quarter

    record Line(String text, float top, float bottom, float left) {}

    @BeforeAll
    static void build() throws Exception {
        CliRun run = CliRun.of("build", GUIDE.resolve("guide.xml").toString(), "--out", out.toString(),
                "--styles", GUIDE.resolve("styles").toString(), "--quiet");
        assertEquals(0, run.status(), run.err());
        // the one warning: the table too wide for the measure, which gets a turned page
        assertEquals("EPUB/text/chapter-007.xhtml: warning: tab-formats is too wide for the measure: set on a page of"
                + " its own turned a quarter (landscape)", run.err().strip(), "the sample's warnings");
        pdf = Files.readAllBytes(out.resolve("guide.pdf"));
        epub = EpubFiles.entries(out.resolve("guide.epub"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPageLabels pageLabels = doc.getDocumentCatalog().getPageLabels();
            String[] byPage = pageLabels == null ? new String[0] : pageLabels.getLabelsByPageIndices();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(i + 1);
                s.setEndPage(i + 1);
                texts.add(s.getText(doc).replace('\u00a0', ' ').replace('\u202f', ' '));
                labels.add(i < byPage.length ? byPage[i] : Integer.toString(i + 1));
                lines.add(lines(doc, i + 1));
                drawings.add(PdfDrawings.of(doc.getPage(i)));
                if (doc.getPage(i).getRotation() != 0) {
                    turned.add(i);
                }
            }
        }
    }

    @Test
    void itIsABookOfThirtyToFiftyPagesThatBothValidatorsPass() {
        assertTrue(texts.size() >= 30 && texts.size() <= 50, texts.size() + " pages");
        BookValidation.assertBothBooksPass(out.resolve("guide.epub"), pdf);
    }

    @Test
    void everyTableCellIsPrintedOnAPageOfItsTable() throws Exception {
        for (Element table : manuscriptElements("table")) {
            String caption = normal(table.getElementsByTagNameNS("*", "caption").item(0).getTextContent());
            List<Integer> tablePages = new ArrayList<>(pagesWith(caption));
            assertFalse(tablePages.isEmpty(), "no page prints the caption " + caption);
            // the pages it runs onto say "Tableau n (suite)" instead of the caption (a turned
            // page, which waited for the next page as a float does, may stand between them)
            for (int p = tablePages.get(tablePages.size() - 1) + 1; p < texts.size()
                    && (turned.contains(p) || normal(texts.get(p)).contains(" (suite)")); p++) {
                tablePages.add(p);
            }
            NodeList rows = table.getElementsByTagNameNS("*", "tr");
            for (int r = 0; r < rows.getLength(); r++) {
                Element row = (Element) rows.item(r);
                NodeList cells = row.getChildNodes();
                List<String> words = new ArrayList<>();
                for (int c = 0; c < cells.getLength(); c++) {
                    if (cells.item(c) instanceof Element cell) {
                        words.add(normal(cell.getTextContent()));
                    }
                }
                // a row is never split: one page of the table holds all its cells
                boolean found = false;
                for (int p : tablePagesAndNext(tablePages)) {
                    // a cell's lines may be hyphenated: compare without spaces and hyphens
                    String page = compact(texts.get(p));
                    found |= words.stream().allMatch(w -> page.contains(compact(w)));
                }
                assertTrue(found, "row " + words + " of '" + caption + "' is on no page of the table");
            }
        }
    }

    @Test
    void theLongTableRepeatsItsHeaderOnEveryPageItRunsOnto() {
        List<Integer> pages = pagesWith("Tableau 7.3 (suite)");
        assertTrue(pages.size() >= 2, "the long table runs onto " + pages.size() + " more pages");
        for (int p : pages) {
            assertTrue(normal(texts.get(p)).contains("Signe Code Nom Usage"), "no header on page " + labels.get(p));
        }
        // its last row is on the last of them, the first row on the page before the first
        assertTrue(texts.get(pages.get(pages.size() - 1)).contains("alpha tonos"));
        int before = pages.get(0) - 1;
        while (turned.contains(before)) {
            before--; // a float page between
        }
        assertTrue(texts.get(before).contains("guillemet ouvrant"));
    }

    @Test
    void everyPageAReferencePrintsIsThePageItsTargetIsOn() {
        Pattern ref = Pattern.compile("(figure|tableau|listing) (\\d+\\.\\d+) à la page (\\d+)");
        int checked = 0;
        for (String page : texts) {
            Matcher m = ref.matcher(normal(page));
            while (m.find()) {
                String label = Character.toUpperCase(m.group(1).charAt(0)) + m.group(1).substring(1) + " " + m.group(2);
                int target = labels.indexOf(m.group(3));
                assertTrue(target >= 0, "no page " + m.group(3));
                // the caption (not a later "(suite)") is on that page
                String there = normal(texts.get(target));
                assertTrue(Pattern.compile(Pattern.quote(label) + " [–-] ").matcher(there).find()
                        || there.contains(label.toUpperCase()), m.group() + ": page " + m.group(3) + " is:\n" + there);
                checked++;
            }
        }
        assertTrue(checked >= 3, "references with a page found: " + checked);
    }

    @Test
    void theTableTooWideForTheMeasureIsSetOnATurnedPageWhileTheTextGoesOn() throws Exception {
        List<Integer> pages = pagesWith("Formats de livre courants et leur gabarit");
        int p = pages.stream().filter(i -> normal(texts.get(i)).contains("Interlignage")).findFirst().orElseThrow();
        assertEquals(List.of(p), turned, "the one page a viewer shows turned");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(90, doc.getPage(p).getRotation());
            // its words run up the page: each glyph's baseline is vertical (the folio's only is not)
            List<TextPosition> glyphs = positions(doc, p + 1);
            long upright = glyphs.stream().filter(g -> g.getTextMatrix().getShearY() == 0).count();
            long turned = glyphs.stream().filter(g -> g.getTextMatrix().getScaleX() == 0
                    && g.getTextMatrix().getShearY() > 0).count();
            assertTrue(upright <= 3 && turned > 300, upright + " upright glyphs, " + turned + " turned");
            // the header cells are bold, the others not
            assertTrue(glyphs.stream().filter(g -> g.getUnicode().equals("I")).anyMatch(g -> bold(g)), "Interlignage is bold");
            assertTrue(glyphs.stream().filter(g -> g.getUnicode().equals("1")).noneMatch(g -> bold(g)),
                    "body cells are not bold");
        }
        // the text went on before it: the paragraph after the table's is on the page before
        assertTrue(compact(texts.get(p - 1)).contains(compact("La page tournée porte son folio")), texts.get(p - 1));
        // and the reference names the turned page
        Matcher ref = Pattern.compile("tableau 7\\.2 à la page (\\d+)").matcher(normal(texts.get(p - 1)));
        assertTrue(ref.find(), texts.get(p - 1));
        assertEquals(labels.get(p), ref.group(1));
    }

    private static boolean bold(TextPosition g) {
        return g.getFont().getName().contains("Bold");
    }

    private static List<TextPosition> positions(PDDocument doc, int page) throws IOException {
        List<TextPosition> out = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                out.addAll(positions);
            }
        };
        s.setStartPage(page);
        s.setEndPage(page);
        s.getText(doc);
        return out;
    }

    @Test
    void theFigureLargerThanThePageIsScaledToTheTextBlock() {
        int p = pagesWith("Une image plus grande que la page").stream()
                .filter(i -> !drawings.get(i).of(PdfDrawings.Kind.IMAGE).isEmpty()).findFirst().orElseThrow();
        List<PdfDrawings.Drawn> images = drawings.get(p).of(PdfDrawings.Kind.IMAGE);
        assertEquals(1, images.size());
        PdfDrawings.Drawn presse = images.get(0);
        assertEquals(2400, presse.pixelWidth());
        assertEquals(2400f / 3300f, presse.width() / presse.height(), 0.01f);
        // 8 by 11 inches shown within the text block: narrower than 110 mm, shorter than the page
        assertTrue(presse.width() < 312 && presse.height() < 0.8f * pageHeight(), presse.toString());
        // the SVG figures are vectors
        int chaine = pagesWith("La chaîne : un manuscrit").stream()
                .filter(i -> !drawings.get(i).drawn().isEmpty()).findFirst().orElseThrow();
        assertEquals(1, drawings.get(chaine).of(PdfDrawings.Kind.FORM).size());
    }

    @Test
    void noPageIsLessThanAThirdFullUnlessItEndsAChapter() {
        int firstChapter = pagesWith("Chapitre 1").stream().filter(p -> texts.get(p).contains("Du manuscrit au livre"))
                .reduce((a, b) -> b).orElseThrow();
        float top = Float.MAX_VALUE;
        float bottom = 0;
        for (int p = firstChapter; p < texts.size(); p++) {
            for (Line l : body(p)) {
                top = Math.min(top, l.top());
                bottom = Math.max(bottom, l.bottom());
            }
        }
        for (int p = firstChapter; p < texts.size() - 1; p++) {
            List<Line> body = body(p);
            if (body.isEmpty() || opensADivision(p + 1) || (opensADivision(p + 2) && body(p + 1).isEmpty())) {
                continue; // a blank page, or the last page of a chapter
            }
            float lowest = 0;
            for (Line l : body) {
                lowest = Math.max(lowest, l.bottom());
            }
            for (PdfDrawings.Drawn d : drawings.get(p).drawn()) {
                lowest = Math.max(lowest, pageHeight() - d.y());
            }
            float full = (lowest - top) / (bottom - top);
            assertTrue(full > 1f / 3, "page " + labels.get(p) + " is " + Math.round(full * 100) + "% full:\n" + texts.get(p));
        }
    }

    @Test
    void theEpubListsTheFiguresAndTablesWithLinksAndTheReferencesSayTheSameWords() {
        String all = epub.entrySet().stream().filter(e -> e.getKey().endsWith(".xhtml"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).reduce("", String::concat);
        for (String caption : List.of("La chaîne : un manuscrit, un modèle, deux livres",
                "Quelques signes typographiques et leur usage", "Un programme qui salue")) {
            assertTrue(normal(all).contains(caption), caption);
        }
        assertTrue(Pattern.compile("<th scope=\"col\">(<span [^>]*/>)*Signe</th>").matcher(all).find(),
                "the long table's header cells");
        assertTrue(all.contains("class=\"language-java\""), "the Java listing is highlighted");
        assertTrue(all.contains("epub:type=\"pagebreak\""), "the EPUB carries the print pages");
        // the reading system's contents give the numbers the printed contents give
        String nav = new String(epub.get("EPUB/nav.xhtml"), StandardCharsets.UTF_8);
        String ncx = new String(epub.get("EPUB/toc.ncx"), StandardCharsets.UTF_8);
        for (String entry : List.of("7 Les tableaux", "7.2 Un tableau plus large que la page")) {
            assertTrue(nav.contains("\">" + entry + "</a>"), entry + " in the nav:\n" + nav);
            assertTrue(ncx.contains("<text>" + entry + "</text>"), entry + " in the NCX");
        }
        assertTrue(pagesWith("7 Les tableaux").stream().anyMatch(p -> texts.get(p).contains("Table des matières")),
                "the chapter's number in the printed contents");
    }

    @Test
    void everyIndexLocatorOfAWordIsAPageThatPrintsItInBothBooks() {
        int first = pagesWith("Index").stream().filter(p -> texts.get(p).strip().startsWith("Index"))
                .findFirst().orElseThrow();
        String index = normal(String.join("\n", texts.subList(first, texts.size())));
        String epubIndex = epub.entrySet().stream().filter(e -> e.getKey().contains("/index-"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
        for (String word : List.of("ISBN", "XInclude", "TeX", "Maven", "epubcheck", "veraPDF", "SVG", "Python")) {
            Matcher m = Pattern.compile("(?<![\\p{L}])" + word + " (\\d+(?:(?:–|, )\\d+)*)").matcher(index);
            assertTrue(m.find(), word + " is not in the index:\n" + index);
            for (String page : m.group(1).split("–|, ")) {
                int at = labels.indexOf(page);
                assertTrue(at >= 0 && at < first && texts.get(at).contains(word),
                        word + ": page " + page + " does not print it");
            }
            // the EPUB's entry links to the place and shows the same printed page
            Matcher e = Pattern.compile(">" + word + "</span> <a epub:type=\"index-locator\" href=\"([^\"#]+)#([^\"]+)\">"
                    + "(\\d+)</a>").matcher(epubIndex);
            assertTrue(e.find(), word + " in the EPUB index:\n" + epubIndex);
            assertEquals(m.group(1).split("–|, ")[0], e.group(3), word);
            String target = new String(epub.get("EPUB/text/" + e.group(1)), StandardCharsets.UTF_8);
            assertTrue(target.contains("id=\"" + e.group(2) + "\""), word + ": no " + e.group(2) + " in " + e.group(1));
        }
        // the entry of a range prints its first and last page; "voir" sends to another entry
        assertTrue(Pattern.compile("figure \\d+–\\d+").matcher(index).find(), index);
        assertTrue(index.contains("chasse fixe, voir police"), index);
        assertTrue(epubIndex.contains("epub:type=\"index\""), "an EPUB Indexes 1.1 index");
    }

    private static boolean opensADivision(int p) {
        if (p >= texts.size()) {
            return true;
        }
        String t = texts.get(p);
        return t.contains("Chapitre ") && t.indexOf("Chapitre ") < 40 || t.startsWith("Annexe") || t.contains("\nAnnexe");
    }

    /** A page's lines without its running head and folio. */
    private static List<Line> body(int p) {
        List<Line> out = new ArrayList<>();
        for (Line l : lines.get(p)) {
            String t = l.text().strip();
            if (t.equals(labels.get(p)) || t.equals("Faire un livre avec Colophon") && l.top() < 80
                    || l.top() < 60) {
                continue;
            }
            out.add(l);
        }
        // the running head of a recto is its chapter's title, on the first line alone
        if (!out.isEmpty() && lines.get(p).size() > 1 && out.get(0).top() < 75) {
            out.remove(0);
        }
        return out;
    }

    private static float pageHeight() {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getPage(0).getMediaBox().getHeight();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Integer> tablePagesAndNext(List<Integer> pages) {
        List<Integer> out = new ArrayList<>(pages);
        int last = pages.get(pages.size() - 1);
        if (last + 1 < texts.size()) {
            out.add(last + 1);
        }
        return out;
    }

    private static List<Integer> pagesWith(String words) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (normal(texts.get(i)).contains(words)) {
                out.add(i);
            }
        }
        return out;
    }

    private static String compact(String s) {
        return normal(s).replaceAll("[\\s-]", "");
    }

    private static String normal(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2009', ' ').replace("\u00ad", "").replace('\u2011', '-').replace('\u2010', '-')
                .replaceAll("\\s+", " ").strip();
    }

    /** The elements of that name in the manuscript and the chapters it includes. */
    private static List<Element> manuscriptElements(String name) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        List<Element> out = new ArrayList<>();
        try (var files = Files.list(GUIDE.resolve("chapitres"))) {
            for (Path file : files.sorted().toList()) {
                Document d = f.newDocumentBuilder().parse(file.toFile());
                NodeList found = d.getElementsByTagNameNS("*", name);
                for (int i = 0; i < found.getLength(); i++) {
                    out.add((Element) found.item(i));
                }
            }
        }
        assertFalse(out.isEmpty());
        return out;
    }

    private static List<Line> lines(PDDocument doc, int page) throws IOException {
        List<Line> out = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (!positions.isEmpty()) {
                    TextPosition first = positions.get(0);
                    out.add(new Line(text, first.getYDirAdj() - first.getHeightDir(), first.getYDirAdj(),
                            first.getXDirAdj()));
                }
            }
        };
        s.setStartPage(page);
        s.setEndPage(page);
        s.getText(doc);
        return out;
    }
}
