package org.colophon.reader.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.colophon.Colophon;
import org.colophon.error.Diagnostic;
import org.colophon.model.Book;
import org.colophon.model.Division;
import org.colophon.reader.BookReader;
import org.colophon.testing.BookInvariants;
import org.colophon.testing.EpubFiles;
import org.colophon.testing.EpubValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The two ELTeC novels (and the TEI samples) built through the whole pipeline into EPUBs that epubcheck
 * passes with no error and no warning, with exactly the words of their TEI text in the
 * pages made from the book's divisions (the generated title, copyright and contents
 * pages are not the author's text and are left out).
 */
class TeiEpubTest {

    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final String OPS_NS = "http://www.idpf.org/2007/ops";

    /** XHTML elements whose text runs on with the text around them; all others separate words. */
    private static final Set<String> PHRASING = Set.of(
            "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark",
            "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr");

    @TempDir
    Path out;

    @Test
    void ponsonBuildsToACleanEpubWithEveryWord() throws Exception {
        buildAndCheck("FRA03101_Ponson.xml");
    }

    @Test
    void ansteyBuildsToACleanEpubWithEveryWord() throws Exception {
        buildAndCheck("ENG18820_Anstey.xml");
    }

    @Test
    void theSampleOfEveryElementBuildsToACleanEpubWithEveryWord() throws Exception {
        check(TeiReaderTest.resource("every-element.xml"));
    }

    @Test
    void theMessySampleBuildsToACleanEpubWithEveryWord() throws Exception {
        check(TeiReaderTest.resource("messy.xml"));
    }

    /** The typesetter has its own tests; here only: a TEI novel goes all the way to a PDF. */
    @Test
    void bothNovelsBuildToPdfToTheirLastWords() throws Exception {
        pdfEndsWith("FRA03101_Ponson.xml", "C’est le fantôme de la Baronne trépassée.");
        pdfEndsWith("ENG18820_Anstey.xml", "And with these very sincere wishes I beg to bid them a reluctant farewell.");
    }

    private void pdfEndsWith(String name, String lastWords) throws Exception {
        Path tei = TeiCorpusTest.novel(name);
        Colophon.Result result = new Colophon(d -> { }, Colophon.Progress.silent())
                .build(tei, Colophon.Options.builder(out).outputs(Colophon.Output.PDF).build());
        Path pdf = result.outputs().get(0);
        BookInvariants.checkBuild(tei, result.outputs());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages > 150, name + ": " + pages + " pages");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(pages - 2);
            stripper.setEndPage(pages);
            String end = stripper.getText(doc).replace("-\n", "").replace("-\r\n", "")
                    .replaceAll("[\\s\u00A0\u202F]+", " ");
            assertTrue(end.contains(lastWords), name + " ends:\n" + end.substring(Math.max(0, end.length() - 600)));
        }
    }

    private void buildAndCheck(String name) throws Exception {
        check(TeiCorpusTest.novel(name));
    }

    private void check(Path tei) throws Exception {
        String name = tei.getFileName().toString();
        List<Diagnostic> warnings = new ArrayList<>();
        Colophon.Result result = new Colophon(warnings::add, Colophon.Progress.silent())
                .build(tei, Colophon.Options.builder(out).outputs(Colophon.Output.EPUB).build());
        Path epub = result.outputs().get(0);
        assertTrue(epub.toString().endsWith(".epub"), epub.toString());

        EpubValidator.Result check = EpubValidator.check(epub);
        assertTrue(check.clean(), check.describe());
        BookInvariants.checkBuild(tei, result.outputs());

        Book book = new BookReader(d -> { }).read(tei);
        Set<String> divisionIds = new HashSet<>();
        collectIds(book.frontMatter(), divisionIds);
        collectIds(book.body(), divisionIds);
        collectIds(book.backMatter(), divisionIds);

        StringBuilder text = new StringBuilder();
        int pages = 0;
        for (Map.Entry<String, byte[]> e : EpubFiles.entries(epub).entrySet()) {
            if (!e.getKey().endsWith(".xhtml")) {
                continue;
            }
            Document page = EpubFiles.parse(e.getValue());
            if (isDivisionPage(page, divisionIds)) {
                pages++;
                Element body = (Element) page.getElementsByTagNameNS(XHTML_NS, "body").item(0);
                appendText(body, text);
            }
        }
        assertEquals(divisionIds.size(), pages, "one page per division");
        long teiWords = TeiWordCount.countTeiText(tei);
        long epubWords = TeiWordCount.countWords(text);
        System.out.println(name + ": TEI text " + teiWords + " words, EPUB " + epubWords + " words, "
                + pages + " division pages; warnings " + warnings);
        assertEquals(teiWords, epubWords, "no word lost or doubled between the TEI text and the EPUB");
        assertTrue(new String(EpubFiles.entries(epub).get("mimetype"), StandardCharsets.US_ASCII).equals("application/epub+zip"));
    }

    private static void collectIds(List<Division> divisions, Set<String> ids) {
        for (Division d : divisions) {
            ids.add(d.id());
            collectIds(d.children(), ids);
        }
    }

    private static boolean isDivisionPage(Document page, Set<String> divisionIds) {
        NodeList sections = page.getElementsByTagNameNS(XHTML_NS, "section");
        for (int i = 0; i < sections.getLength(); i++) {
            if (divisionIds.contains(((Element) sections.item(i)).getAttribute("id"))) {
                return true;
            }
        }
        return false;
    }

    /** The page's text; footnote call numbers and back-link numbers are the layout's, not the author's. */
    private static void appendText(Node node, StringBuilder sb) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                sb.append(n.getNodeValue());
            } else if (n instanceof Element e) {
                String type = e.getAttributeNS(OPS_NS, "type");
                String role = e.getAttribute("role");
                if (type.contains("noteref") || role.equals("doc-noteref") || role.equals("doc-backlink")) {
                    continue;
                }
                boolean separates = !PHRASING.contains(e.getLocalName());
                if (separates) {
                    sb.append('\n');
                }
                appendText(e, sb);
                if (separates) {
                    sb.append('\n');
                }
            }
        }
    }
}
