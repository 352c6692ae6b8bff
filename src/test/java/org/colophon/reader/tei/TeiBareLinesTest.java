package org.colophon.reader.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.colophon.Colophon;
import org.colophon.model.Block;
import org.colophon.model.Book;
import org.colophon.reader.BookReader;
import org.colophon.testing.BookInvariants;
import org.colophon.testing.EpubFiles;
import org.colophon.testing.EpubValidator;
import org.colophon.testing.PdfValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lines of verse with no {@code <lg>} around them are one stanza: inside a {@code <p>},
 * each {@code <l>} became a verse of its own, and the lines were set a blank line apart.
 * So are an epigraph's, whose attribution comes under them and whose title comes first.
 */
class TeiBareLinesTest {

    @TempDir
    Path dir;

    @Test
    void linesInAParagraphAreOneStanzaSetOnConsecutiveGridLines() throws Exception {
        Path tei = dir.resolve("vers.xml");
        Files.writeString(tei, """
                <?xml version="1.0" encoding="UTF-8"?>
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="fr">
                  <teiHeader><fileDesc><titleStmt><title>Vers</title></titleStmt>
                    <publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>
                  <text><body>
                    <div type="chapter"><head>Un</head>
                      <p>Il chanta :
                        <l>Premier vers de la chanson</l>
                        <l>Deuxième vers de la chanson</l>
                        <pb n="2"/>
                        <l>Troisième vers de la chanson</l>
                      puis il se tut.</p>
                      <l>Un vers seul, hors du paragraphe</l>
                      <l>Et son voisin, hors du paragraphe</l>
                    </div>
                  </body></text>
                </TEI>
                """);
        Book book = new BookReader(d -> { }).read(tei);
        List<Block> blocks = book.body().get(0).blocks();
        List<Integer> stanzas = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Verse v) {
                v.stanzas().forEach(s -> stanzas.add(s.lines().size()));
            }
        }
        assertEquals(List.of(3, 2), stanzas, "one stanza of three lines in the paragraph, one of two outside: " + blocks);

        Path out = dir.resolve("out");
        Colophon.Result result = new Colophon(d -> { }, Colophon.Progress.silent())
                .build(tei, Colophon.Options.builder(out).build());
        BookInvariants.checkBuild(tei, result.outputs());
        byte[] pdf = Files.readAllBytes(out.resolve("vers.pdf"));
        Map<String, Float> baselines = new LinkedHashMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (!text.isBlank()) {
                        baselines.put(text.strip(), positions.get(0).getYDirAdj());
                    }
                }
            }.getText(doc);
        }
        assertTrue(baselines.keySet().containsAll(List.of("Premier vers de la chanson", "Deuxième vers de la chanson",
                "Troisième vers de la chanson", "Un vers seul, hors du paragraphe", "Et son voisin, hors du paragraphe")),
                baselines.toString());
        float first = baselines.get("Premier vers de la chanson");
        assertEquals(13, baselines.get("Deuxième vers de la chanson") - first, 0.01, "the next grid line: " + baselines);
        assertEquals(26, baselines.get("Troisième vers de la chanson") - first, 0.01, baselines.toString());
        assertEquals(13, baselines.get("Et son voisin, hors du paragraphe")
                - baselines.get("Un vers seul, hors du paragraphe"), 0.01, baselines.toString());
        assertEquals(List.of(), PdfValidator.pdfUa1(pdf).failedRules(), "PDF/UA-1");

        Path epub = out.resolve("vers.epub");
        EpubValidator.Result check = EpubValidator.check(epub);
        assertTrue(check.clean(), check.describe());
        String chapter = new String(EpubFiles.entries(epub).get("EPUB/text/chapter-001.xhtml"), StandardCharsets.UTF_8);
        assertEquals(2, chapter.split("<div class=\"stanza\">", -1).length - 1, chapter);
    }

    @Test
    void anEpigraphsLinesAreOneStanzaWithItsAttributionUnderTheTitle() throws Exception {
        // ELTeC's shapes: an epigraph of bare lines and a bibl, before the head or after it;
        // a cit of a quote and a bibl; lines a page break of the source apart
        Path tei = dir.resolve("epigraphes.xml");
        Files.writeString(tei, """
                <?xml version="1.0" encoding="UTF-8"?>
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="fr">
                  <teiHeader><fileDesc><titleStmt><title>Épigraphes</title></titleStmt>
                    <publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>
                  <text><body>
                    <div type="chapter">
                      <epigraph><l>Vers avant le titre</l><l>Second vers avant le titre</l><bibl>Nerval</bibl></epigraph>
                      <head>Premier</head>
                      <p>Le texte du chapitre.</p>
                      <cit><quote><l>Un vers cité</l><pb n="2"/><l>Et le vers qui le suit</l></quote><bibl>Musset</bibl></cit>
                      <p>La suite.</p>
                    </div>
                    <div type="chapter"><head>Second</head>
                      <epigraph><cit><quote><l>Vers un de l’épigraphe</l><l>Vers deux de l’épigraphe</l></quote>
                        <bibl>Lamartine</bibl></cit></epigraph>
                      <p>Le texte.</p>
                    </div>
                  </body></text>
                </TEI>
                """);
        Book book = new BookReader(d -> { }).read(tei);
        assertEquals("Premier", text(book.body().get(0).title()));
        List<String> verses = new ArrayList<>();
        for (var division : book.body()) {
            for (Block b : division.blocks()) {
                if (b instanceof Block.Verse v) {
                    verses.add(v.stanzas().size() + " stanza of " + v.stanzas().get(0).lines().size() + " lines, by "
                            + text(v.attribution()));
                }
            }
        }
        assertEquals(List.of("1 stanza of 2 lines, by Nerval", "1 stanza of 2 lines, by Musset",
                "1 stanza of 2 lines, by Lamartine"), verses);

        Path out = dir.resolve("out");
        Colophon.Result result = new Colophon(d -> { }, Colophon.Progress.silent())
                .build(tei, Colophon.Options.builder(out).build());
        BookInvariants.checkBuild(tei, result.outputs());
        Map<String, Float> baselines = new LinkedHashMap<>();
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(out.resolve("epigraphes.pdf")))) {
            new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (!text.isBlank()) {
                        baselines.put(text.strip(), positions.get(0).getYDirAdj());
                    }
                }
            }.getText(doc);
        }
        String[][] pairs = {{"Vers avant le titre", "Second vers avant le titre", "Nerval"},
                {"Un vers cité", "Et le vers qui le suit", "Musset"},
                {"Vers un de l’épigraphe", "Vers deux de l’épigraphe", "Lamartine"}};
        for (String[] p : pairs) {
            assertTrue(baselines.keySet().containsAll(List.of(p)), baselines.toString());
            assertEquals(13, baselines.get(p[1]) - baselines.get(p[0]), 0.01, "no blank line between: " + baselines);
            assertTrue(baselines.get(p[2]) > baselines.get(p[1]), "the attribution under the lines: " + baselines);
        }
        assertTrue(baselines.get("Premier") < baselines.get("Vers avant le titre"), "the title first: " + baselines);

        Path epub = out.resolve("epigraphes.epub");
        EpubValidator.Result check = EpubValidator.check(epub);
        assertTrue(check.clean(), check.describe());
        String one = new String(EpubFiles.entries(epub).get("EPUB/text/chapter-001.xhtml"), StandardCharsets.UTF_8);
        String two = new String(EpubFiles.entries(epub).get("EPUB/text/chapter-002.xhtml"), StandardCharsets.UTF_8);
        assertEquals(2, one.split("<div class=\"stanza\">", -1).length - 1, one);
        assertEquals(1, two.split("<div class=\"stanza\">", -1).length - 1, two);
        assertTrue(one.indexOf("<h1") < one.indexOf("Vers avant le titre"), one);
        assertTrue(one.contains("<p class=\"attribution\">Nerval</p>") && one.contains("<p class=\"attribution\">Musset</p>"),
                one);
    }

    private static String text(List<org.colophon.model.Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (org.colophon.model.Inline i : inlines) {
            if (i instanceof org.colophon.model.Inline.Text t) {
                sb.append(t.text());
            }
        }
        return sb.toString();
    }
}
