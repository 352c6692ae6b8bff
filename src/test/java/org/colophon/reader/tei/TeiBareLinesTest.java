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
}
