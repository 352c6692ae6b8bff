package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.colophon.testing.BookInvariants;
import org.colophon.testing.BookValidation;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Markdown sample (src/test/resources/books/markdown: the opening of F. Anstey's
 * Vice Versa, 1882, in five files with parts, a table, code, a figure and notes) built by
 * the command line into both books: epubcheck and veraPDF pass, no word of the Markdown
 * is lost in either, and a second build gives the same bytes.
 */
class MarkdownBookTest {

    private static final Path BOOK = Path.of("src/test/resources/books/markdown");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    @TempDir
    static Path out;
    @TempDir
    static Path again;

    @BeforeAll
    static void build() {
        for (Path dir : List.of(out, again)) {
            CliRun run = CliRun.of("build", BOOK.resolve("book.yaml").toString(), "--out", dir.toString(), "--quiet");
            assertEquals(0, run.status(), run.err());
            assertEquals("", run.err(), "the sample builds without a warning");
        }
    }

    @Test
    void bothValidatorsPass() throws IOException {
        byte[] pdf = Files.readAllBytes(out.resolve("book.pdf"));
        BookValidation.assertBothBooksPass(out.resolve("book.epub"), pdf);
    }

    @Test
    void noWordIsLost() throws IOException {
        BookInvariants.checkBuild(BOOK.resolve("book.yaml"), List.of(out.resolve("book.epub")));
        // and counted independently of the reader: the Markdown's own text, as commonmark-java's
        // plain-text renderer gives it, word by word in both books (counts per word, in any order:
        // notes move to the foot of a page or the end of a chapter)
        Map<String, Integer> source = new HashMap<>();
        int sourceWords = 0;
        for (String file : List.of("preface.md", "chapters/01-black-monday.md", "chapters/02-transformation.md",
                "appendix.md")) {
            sourceWords += count(plainText(Files.readString(BOOK.resolve(file), StandardCharsets.UTF_8)), source);
        }
        sourceWords += count("The Tale", source); // the part's title, from book.yaml
        Map<String, Integer> epub = new HashMap<>();
        count(epubText(out.resolve("book.epub")), epub);
        Map<String, Integer> pdf = new HashMap<>();
        countPdf(pdfText(out.resolve("book.pdf")), source.keySet(), pdf);
        int inEpub = found(source, epub);
        int inPdf = found(source, pdf);
        // a word hyphenated at the foot of a page whose notes PDFBox extracts between its halves
        // ("consid-", the notes, "erably" on the next page) is there in two halves
        String pdfLetters = letters(pdfText(out.resolve("book.pdf")));
        int overAPageTurn = 0;
        for (Map.Entry<String, Integer> e : source.entrySet()) {
            int missing = e.getValue() - Math.min(e.getValue(), pdf.getOrDefault(e.getKey(), 0));
            if (missing > 0) {
                assertTrue(splitThere(e.getKey(), pdfLetters), "the PDF lacks '" + e.getKey() + "'");
                overAPageTurn += missing;
            }
        }
        System.out.printf("Markdown sample: %d words in the Markdown, %d of them in the EPUB, %d in the PDF"
                + " (and %d hyphenated over a page turn, its notes between the halves)%n", sourceWords, inEpub, inPdf,
                overAPageTurn);
        assertEquals(sourceWords, inEpub, "words of the Markdown missing from the EPUB");
        assertEquals(sourceWords, inPdf + overAPageTurn, "words of the Markdown missing from the PDF");
        assertTrue(overAPageTurn <= 2, overAPageTurn + " words split by notes");
        assertTrue(sourceWords > 1500, sourceWords + " words");
    }

    @Test
    void theSameInputGivesTheSameBytes() throws IOException {
        for (String name : List.of("book.epub", "book.pdf")) {
            assertArrayEquals(Files.readAllBytes(out.resolve(name)), Files.readAllBytes(again.resolve(name)), name);
        }
    }

    /** Both halves of {@code word}, cut somewhere, are in {@code letters}. */
    private static boolean splitThere(String word, String letters) {
        for (int i = 3; i <= word.length() - 3; i++) {
            if (letters.contains(word.substring(0, i)) && letters.contains(word.substring(i))) {
                return true;
            }
        }
        return false;
    }

    private static String plainText(String markdown) {
        Parser parser = Parser.builder().extensions(List.of(TablesExtension.create(),
                FootnotesExtension.builder().inlineFootnotes(true).build())).build();
        String text = markdown.replaceAll("(?m)^(#+ .*?)\\s*\\{[^{}]*\\}\\s*$", "$1") // heading attributes
                .replaceAll("</?(sup|sub|span)[^>]*>", "")                            // the accepted HTML tags
                .replaceAll("!\\[[^\\]]*\\]\\([^ )]*( \"([^\"]*)\")?\\)", "$2");          // a figure prints its caption; its alt text is no text
        return TextContentRenderer.builder().build().render(parser.parse(text))
                .replaceAll("\\((?:[^()\\s]*[/.:][^()\\s]*)(?: \"[^\"]*\")?\\)", " ")     // (link or image src "title")
                .replaceAll("\"[^\"]*\"\\)", ")")
                .replaceAll("(?m)^\\s*\\d+\\. ", "");                                      // list numbers: the layouts print them
    }

    /**
     * The PDF's words. A word hyphenated at a line end comes out of PDFBox as two, on two
     * lines, without its hyphen (drawn as an artifact): a line's last piece and the next
     * line's first are one word when together they are a word of the source and apart they
     * are not both.
     */
    private static void countPdf(String text, java.util.Set<String> vocabulary, Map<String, Integer> into) {
        List<String> tokens = new ArrayList<>();
        List<Boolean> endsLine = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = WORD.matcher(normal(line));
            int before = tokens.size();
            while (m.find()) {
                tokens.add(m.group());
                endsLine.add(false);
            }
            if (tokens.size() > before && line.matches(".*\\p{L}\\s*")) {
                endsLine.set(tokens.size() - 1, true);
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i);
            if (endsLine.get(i) && i + 1 < tokens.size()) {
                String joined = w + tokens.get(i + 1);
                if (vocabulary.contains(joined) && !(vocabulary.contains(w) && vocabulary.contains(tokens.get(i + 1)))) {
                    into.merge(joined, 1, Integer::sum);
                    i++;
                    continue;
                }
            }
            into.merge(w, 1, Integer::sum);
        }
    }

    private static String letters(String text) {
        return normal(text).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String normal(String text) {
        return text.replace('\u2019', '\'').replace("\u00ad", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** Words, with the typography pass's apostrophe undone. */
    private static int count(String text, Map<String, Integer> into) {
        String t = normal(text);
        Matcher m = WORD.matcher(t);
        int n = 0;
        while (m.find()) {
            into.merge(m.group(), 1, Integer::sum);
            n++;
        }
        return n;
    }

    private static int found(Map<String, Integer> source, Map<String, Integer> book) {
        int n = 0;
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Integer> e : source.entrySet()) {
            int there = Math.min(e.getValue(), book.getOrDefault(e.getKey(), 0));
            n += there;
            if (there < e.getValue()) {
                missing.add(e.getKey());
            }
        }
        if (!missing.isEmpty()) {
            System.out.println("missing: " + missing);
        }
        return n;
    }

    private static String epubText(Path epub) throws IOException {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(epub))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().endsWith(".xhtml") && !e.getName().endsWith("nav.xhtml")) {
                    String page = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    int body = page.indexOf("<body");
                    text.append(page.substring(Math.max(body, 0))
                            .replaceAll("</?(span|sub|sup|em|strong|code|a)\\b[^>]*>", "").replaceAll("<[^>]+>", " ")
                            .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")).append('\n');
                }
            }
        }
        return text.toString();
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
