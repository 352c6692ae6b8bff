package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
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
 * The ELTeC Greek novel GRE0004 (Papadiamantis, "Ὁ γείτονας μὲ τὸ λαγοῦτο"), polytonic
 * throughout though tagged {@code el}: built with the default styles, no character is
 * missing; its polytonic words are drawn in Noto Serif, every glyph of them; its Latin
 * words stay in Source Serif 4; the EPUB embeds the Noto Serif subsets and lists them; the
 * colophon of both books names both faces.
 */
class GreekNovelFontsTest {

    private static final Path NOVEL = Path.of("../shared/corpus/GRE0004_Papadiamantis_O_geitonas.xml");
    private static final String FIRST_WORDS = "Ὁ νέος νοικάρης ποῦ εἶχεν ἐνοικιάσει τὴν κάμαραν";

    @TempDir
    static Path out;
    static CliRun run;
    static byte[] pdf;
    static String pdfText;
    static List<Word> words = new ArrayList<>();

    /** A word of the PDF with the font of each of its glyphs. */
    record Word(String text, List<String> fonts) {}

    @BeforeAll
    static void build() throws IOException {
        assumeTrue(Files.isRegularFile(NOVEL), "the ELTeC corpus is not in ../shared/corpus");
        run = CliRun.of("build", NOVEL.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, run.status(), run.err());
        pdf = Files.readAllBytes(out.resolve("GRE0004_Papadiamantis_O_geitonas.pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                private final StringBuilder word = new StringBuilder();
                private final List<String> fonts = new ArrayList<>();

                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        String u = p.getUnicode();
                        if (u.isBlank()) {
                            endWord();
                        } else {
                            word.append(u);
                            fonts.add(p.getFont().getName());
                        }
                    }
                    endWord();
                    super.writeString(text, positions);
                }

                private void endWord() {
                    if (!word.isEmpty()) {
                        words.add(new Word(Normalizer.normalize(word, Normalizer.Form.NFC), List.copyOf(fonts)));
                        word.setLength(0);
                        fonts.clear();
                    }
                }
            };
            StringWriter text = new StringWriter();
            stripper.writeText(doc, text);
            pdfText = Normalizer.normalize(text.toString(), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        }
    }

    @Test
    void noCharacterIsMissing() {
        assertFalse(run.err().contains("no font has"), run.err());
        for (Word w : words) {
            assertFalse(w.text().contains("?") || w.text().contains("\uFFFD"), "a replacement character in " + w.text());
        }
    }

    @Test
    void theFirstSentenceIsPrintedWithAllItsAccents() {
        assertTrue(pdfText.contains(FIRST_WORDS), pdfText.substring(0, Math.min(2000, pdfText.length())));
    }

    @Test
    void everyGlyphOfAPolytonicWordIsDrawnInNotoSerif() {
        int polytonic = 0;
        for (Word w : words) {
            if (w.text().codePoints().anyMatch(cp -> cp >= 0x1F00 && cp <= 0x1FFF)) {
                polytonic++;
                for (String font : w.fonts()) {
                    assertTrue(font.contains("NotoSerif"), w.text() + " is drawn in " + w.fonts());
                }
            }
        }
        assertTrue(polytonic > 1000, polytonic + " polytonic words");
    }

    @Test
    void aLatinWordOfTheSameBookIsStillSourceSerif() {
        // the copyright page, in Greek ("Πηγή: Ἀλέξανδρος Παπαδιαμάντης, …" goes to Noto Serif with the
        // polytonic words of its paragraph): its Latin word "Colophon" is the body face's
        Word colophon = words.stream().filter(w -> w.text().startsWith("Colophon")).findFirst().orElseThrow();
        assertTrue(colophon.fonts().stream().allMatch(f -> f.contains("SourceSerif4")), colophon.fonts().toString());
    }

    @Test
    void theColophonNamesTheFallbackFaceInBothBooks() throws IOException {
        String line = "Στοιχειοθετήθηκε με το Colophon. Γραμματοσειρές: Source Serif 4 και Noto Serif.";
        assertTrue(pdfText.contains(line), pdfText.substring(0, Math.min(1500, pdfText.length())));
        String copyright = new String(EpubFiles.entries(out.resolve("GRE0004_Papadiamantis_O_geitonas.epub"))
                .get("EPUB/text/copyright.xhtml"), StandardCharsets.UTF_8);
        assertTrue(copyright.contains(">" + line + "<"), copyright);
    }

    @Test
    void theEpubEmbedsTheSubsetsItsStyleSheetDeclaresAndItsManifestLists() throws Exception {
        Path epubFile = out.resolve("GRE0004_Papadiamantis_O_geitonas.epub");
        Map<String, byte[]> epub = EpubFiles.entries(epubFile);
        byte[] regular = epub.get("EPUB/fonts/NotoSerif-Regular.ttf");
        assertTrue(regular != null, epub.keySet().toString());
        String css = new String(epub.get("EPUB/css/epub.css"), StandardCharsets.UTF_8);
        assertTrue(css.contains("@font-face { font-family: \"Noto Serif\"; font-style: normal; font-weight: 400;"
                + " src: url(../fonts/NotoSerif-Regular.ttf); }"), css);
        assertTrue(css.contains("\"Source Serif 4\", \"Noto Serif\""), "the body's family list");

        Document opf = EpubFiles.parse(epub.get("EPUB/package.opf"));
        NodeList items = opf.getElementsByTagNameNS("*", "item");
        boolean listed = false;
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            listed |= item.getAttribute("href").equals("fonts/NotoSerif-Regular.ttf")
                    && item.getAttribute("media-type").equals("font/ttf");
        }
        assertTrue(listed, "the manifest lists the font");

        // a subset: the characters of the book set in it, far fewer than the font's
        try (TrueTypeFont subset = new TTFParser().parse(new RandomAccessReadBuffer(regular))) {
            var cmap = subset.getUnicodeCmapLookup();
            assertTrue(cmap.getGlyphId('ὸ') > 0 && cmap.getGlyphId('ῦ') > 0 && cmap.getGlyphId('Ὁ') > 0);
            assertEquals(0, cmap.getGlyphId('W'), "no Latin capital W: the book sets none in Noto Serif");
            assertTrue(subset.getNumberOfGlyphs() < 400, subset.getNumberOfGlyphs() + " glyphs");
        }
        assertTrue(regular.length < 60_000, regular.length + " bytes");

        EpubValidator.Result check = EpubValidator.check(epubFile);
        assertTrue(check.clean(), check.describe());
    }

    @Test
    void thePdfPassesPdfUa1AndPdfA2a() {
        PdfValidator.Verdict ua = PdfValidator.pdfUa1(pdf);
        assertTrue(ua.compliant(), ua.toString());
        PdfValidator.Verdict a = PdfValidator.pdfA2a(pdf);
        assertTrue(a.compliant(), a.toString());
    }
}
