package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.colophon.testing.BookValidation;
import org.colophon.testing.EpubFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The two DocBook samples, built through the command line: {@code books/docbook4} (a
 * DocBook 4.5 book in four files joined by external entities, with character entities)
 * and {@code books/docbook5}. Each passes epubcheck and veraPDF (PDF/UA-1, PDF/A-2a), and
 * every word of the source's text is in the EPUB and in the PDF.
 */
class DocBookBooksTest {

    private static final Path BOOKS = Path.of("src/test/resources/books");
    /** Elements whose words no book prints as running text: metadata, index entries, alt text. */
    private static final Set<String> UNPRINTED = Set.of("bookinfo", "info", "indexterm", "textobject");
    /** Elements inside a word's run of text, in either markup: no space around them. */
    private static final Set<String> INLINE = Set.of("emphasis", "literal", "code", "filename", "quote", "citetitle",
            "link", "xref", "superscript", "subscript", "phrase", "application", "span", "em", "strong", "a", "sup",
            "sub", "i", "b");

    @TempDir
    Path out;

    @Test
    void theDocBook4BookBuildsCleanWithEveryWord() throws Exception {
        Map<String, byte[]> epub = buildAndCheck(BOOKS.resolve("docbook4/book.dbk"), "book");
        String appendix = new String(epub.get("EPUB/text/appendix-001.xhtml"), StandardCharsets.UTF_8);
        assertTrue(appendix.contains("<aside class=\"admonition warning\">\n<p class=\"admonition-title\">"
                + "<span class=\"admonition-label\">Warning</span> Files outside the folder</p>"), appendix);
        assertTrue(appendix.contains("<td rowspan=\"2\">The text of the novel and its preface</td>"), appendix);
        assertTrue(appendix.contains("<td colspan=\"2\">All the files together</td>"), appendix);
        assertTrue(appendix.contains("<code class=\"language-xml\">"), appendix);
        assertTrue(appendix.contains("<img src=\"../media/images/presse.png\" alt=\"A drawing of a hand press\"/>"));
        String preface = new String(epub.get("EPUB/text/preface-001.xhtml"), StandardCharsets.UTF_8);
        assertTrue(preface.contains("<p class=\"admonition-title\">Note</p>"), preface);
        assertTrue(preface.contains("first edition\u2014\u201cskilfully"), "character entities: " + preface);
        assertTrue(epub.containsKey("EPUB/text/index-001.xhtml"));

        // the same files give the same bytes
        Path again = out.resolve("again");
        CliRun run = CliRun.of("build", BOOKS.resolve("docbook4/book.dbk").toString(), "--out", again.toString(),
                "--styles", "styles", "--quiet");
        assertEquals(0, run.status(), run.err());
        for (String ext : List.of(".pdf", ".epub")) {
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(out.resolve("book" + ext)),
                    Files.readAllBytes(again.resolve("book" + ext))), ext + " differs between two builds");
        }
    }

    @Test
    void theDocBook5BookBuildsCleanWithEveryWord() throws Exception {
        buildAndCheck(BOOKS.resolve("docbook5/book.xml"), "book");
    }

    /** Builds {@code source}, checks both books, and returns the EPUB's entries. */
    private Map<String, byte[]> buildAndCheck(Path source, String name) throws Exception {
        CliRun run = CliRun.of("build", source.toString(), "--out", out.toString(), "--styles", "styles", "--quiet");
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err(), "the sample builds without a warning");
        Path epub = out.resolve(name + ".epub");
        byte[] pdf = Files.readAllBytes(out.resolve(name + ".pdf"));
        BookValidation.assertBothBooksPass(epub, pdf);

        List<String> sourceWords = words(sourceText(source));
        List<String> epubWords = words(epubText(EpubFiles.entries(epub)));
        List<String> pdfWords = words(pdfText(pdf));
        List<String> lostInEpub = lost(sourceWords, epubWords);
        // PDFBox gives a word hyphenated at a line end as two, without its hyphen: a word not found
        // whole is looked for in the PDF's letters run together, as often as the source has it
        List<String> lostInPdf = lostInLetters(lost(sourceWords, pdfWords), sourceWords, String.join("", pdfWords));
        System.out.printf(Locale.ROOT, "%s: %d words in the source, %d in the EPUB, %d in the PDF; lost: %d in the"
                + " EPUB, %d in the PDF%n", source, sourceWords.size(), epubWords.size(), pdfWords.size(),
                lostInEpub.size(), lostInPdf.size());
        assertTrue(lostInEpub.isEmpty(), "words of the source the EPUB lacks: " + lostInEpub);
        assertTrue(lostInPdf.isEmpty(), "words of the source the PDF lacks: " + lostInPdf);
        return EpubFiles.entries(epub);
    }

    /**
     * The source's text, parsed here on its own (not by Colophon): DocBook 4's DTD stands
     * for its character entities, and its entities name the chapter files next to it.
     */
    private static String sourceText(Path source) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setExpandEntityReferences(true);
        DocumentBuilder builder = f.newDocumentBuilder();
        byte[] entities;
        try (InputStream in = DocBookBooksTest.class.getResourceAsStream(
                "/org/colophon/reader/docbook/character-entities.ent")) {
            entities = in.readAllBytes();
        }
        builder.setEntityResolver((publicId, systemId) -> {
            InputSource s = systemId.endsWith("docbookx.dtd") ? new InputSource(new ByteArrayInputStream(entities))
                    : new InputSource(Files.newInputStream(source.resolveSibling(Path.of(systemId).getFileName())));
            s.setSystemId(systemId);
            return s;
        });
        Document doc = builder.parse(source.toFile());
        StringBuilder text = new StringBuilder();
        append(doc.getDocumentElement(), text);
        return text.toString();
    }

    private static void append(Node node, StringBuilder out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                // a note's call is a number of the layouts', set against the word before it
                boolean inline = INLINE.contains(e.getLocalName()) && !e.getAttribute("class").equals("noteref");
                if (!UNPRINTED.contains(e.getLocalName())) {
                    out.append(inline ? "" : " ");
                    append(e, out);
                    out.append(inline ? "" : " ");
                }
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(n.getNodeValue());
            }
        }
    }

    private static String epubText(Map<String, byte[]> entries) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (e.getKey().endsWith(".xhtml") && !e.getKey().endsWith("nav.xhtml")) {
                Document page = EpubFiles.parse(e.getValue());
                Node body = page.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "body").item(0);
                StringBuilder pageText = new StringBuilder();
                append(body, pageText);
                text.append(pageText).append(' ');
            }
        }
        return text.toString();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // a word broken at a page's last line goes on after the folio and the next page's
            // running head: those two lines are left out between its halves
            StringBuilder text = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper();
            boolean carried = false;
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                List<String> lines = new ArrayList<>(stripper.getText(doc).lines().toList());
                if (carried && !lines.isEmpty()) {
                    lines.remove(0);
                }
                int n = lines.size();
                carried = n >= 2 && lines.get(n - 1).strip().matches("[0-9]+|[ivxlcdm]+")
                        && lines.get(n - 2).strip().matches(".*[-\u2010\u00AD]");
                if (carried) {
                    lines.remove(n - 1);
                }
                lines.forEach(l -> text.append(l).append('\n'));
            }
            // a word broken at a line end is one word again
            return text.toString().replaceAll("[-\u2010\u00AD][ \\t]*\\r?\\n\\s*", "");
        }
    }

    /** The words of a text, each reduced to its letters and digits, lower case (punctuation and quote marks differ by design). */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : Normalizer.normalize(text, Normalizer.Form.NFKC).split("[\\s\\u00A0\\u2007\\u202F\\u2009\\u2014\\u2013]+")) {
            StringBuilder letters = new StringBuilder();
            w.codePoints().filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
            if (letters.length() > 0) {
                out.add(letters.toString().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Of the {@code missing} words, those that {@code letters} holds fewer times than {@code source} does. */
    static List<String> lostInLetters(List<String> missing, List<String> source, String letters) {
        List<String> lost = new ArrayList<>();
        for (String w : new java.util.LinkedHashSet<>(missing)) {
            long wanted = source.stream().filter(w::equals).count();
            int found = 0;
            for (int i = letters.indexOf(w); i >= 0; i = letters.indexOf(w, i + w.length())) {
                found++;
            }
            if (found < wanted) {
                lost.add(w);
            }
        }
        return lost;
    }

    /** The words of {@code source} that {@code book} holds fewer times than the source does. */
    static List<String> lost(List<String> source, List<String> book) {
        Map<String, Integer> have = new HashMap<>();
        book.forEach(w -> have.merge(w, 1, Integer::sum));
        List<String> lost = new ArrayList<>();
        for (String w : source) {
            int n = have.getOrDefault(w, 0);
            if (n == 0) {
                lost.add(w);
            } else {
                have.put(w, n - 1);
            }
        }
        return lost;
    }
}
