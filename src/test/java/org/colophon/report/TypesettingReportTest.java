package org.colophon.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.colophon.Colophon;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;
import org.colophon.pdf.TypesetFacts;
import org.colophon.testing.BookInvariants;
import org.colophon.testing.SoftHyphenSpans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypesettingReportTest {

    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void reportOfTheDefaultManuscriptAgreesWithItsPdf() throws Exception {
        Path out = dir.resolve("out");
        Colophon.Result result = new Colophon(d -> { }, Colophon.Progress.silent())
                .build(Path.of("manuscript/macron-rutte.xml"), Colophon.Options.builder(out).report(true).build());
        Path json = out.resolve("macron-rutte-report.json");
        Path html = out.resolve("macron-rutte-report.html");
        assertTrue(result.outputs().contains(json.toAbsolutePath()) || result.outputs().contains(json), result.outputs().toString());
        JsonNode r = JSON.readTree(json.toFile());
        try (PDDocument pdf = Loader.loadPDF(out.resolve("macron-rutte.pdf").toFile())) {
            assertEquals(pdf.getNumberOfPages(), r.get("pages").asInt());
            // every hyphen the setter put at a line end, and only those (the article has no
            // soft hyphens of its own), is marked for extraction to drop: on its line's last glyph
            List<SoftHyphenSpans.Mark> marks = SoftHyphenSpans.find(pdf);
            assertEquals(r.get("hyphenatedLines").asInt(), marks.size(), r + "\n" + marks);
            assertTrue(marks.stream().allMatch(SoftHyphenSpans.Mark::endsItsLine), marks.toString());
            for (String key : List.of("looseLines", "tightLines")) {
                for (JsonNode line : r.get(key)) {
                    assertLineOnPage(pdf, line);
                }
            }
        }
        assertTrue(r.get("lines").asInt() >= 20, r.toString()); // five paragraphs on a ~100 mm measure
        assertTrue(r.get("longestHyphenRun").asInt() <= 2, r.toString());
        JsonNode spaces = r.get("wordSpaceEm");
        assertTrue(spaces.get("lines").asInt() > 10, spaces.toString());
        double mean = spaces.get("mean").asDouble();
        assertTrue(mean > 0.15 && mean < 0.5, "a word space is about a quarter em: " + spaces);
        assertTrue(spaces.get("min").asDouble() <= mean && mean <= spaces.get("max").asDouble(), spaces.toString());
        assertEquals(0, r.get("overfullLines").size());
        assertEquals(0, r.get("missingCharacters").size());
        assertEquals(0, r.get("strictProblems").size());
        List<String> stages = new ArrayList<>();
        r.get("stages").forEach(s -> stages.add(s.get("stage").asText()));
        // no cover named: one is drawn while the layouts and the typesetter run, and reported when the EPUB takes it
        assertEquals(List.of("read", "typography", "layouts", "lines", "pages", "cover", "pdf", "epub"), stages);
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>"), page);
        assertTrue(page.contains("<tr><th>Pages</th><td class=\"n\">" + r.get("pages").asInt() + "</td></tr>"), page);
    }

    /** The line the report names begins, on the page it names, with the words it names. */
    private static void assertLineOnPage(PDDocument pdf, JsonNode line) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(line.get("page").asInt());
        stripper.setEndPage(line.get("page").asInt());
        String words = line.get("firstWords").asText().replace(" \u2026", "");
        String pageText = stripper.getText(pdf).replaceAll("[\\s\u00A0]+", " ");
        assertTrue(pageText.contains(words.replaceAll("[\\s\u00A0]+", " ")), words + " not on page " + line);
    }

    @Test
    void aCharacterNoFontHasIsReportedAndFailsAStrictBuild() throws Exception {
        Path manuscript = dir.resolve("runes.xml");
        Files.writeString(manuscript, """
                <?xml version="1.0" encoding="UTF-8"?>
                <book xmlns="https://colophon.org/ns/manuscript/1" version="1" xml:lang="en">
                  <metadata><title>Runes</title></metadata>
                  <body>
                    <chapter id="one">
                      <title>One</title>
                      <p>The rune \u16A0 stands for wealth, and the text around it is long enough to fill a line or two of the page.</p>
                    </chapter>
                  </body>
                </book>
                """);
        Path out = dir.resolve("out");
        new Colophon(d -> { }, Colophon.Progress.silent())
                .build(manuscript, Colophon.Options.builder(out).report(true).build());
        BookInvariants.checkBuild(manuscript, out); // the rune is a "?" in the PDF, which the report names
        JsonNode r = JSON.readTree(out.resolve("runes-report.json").toFile());
        assertEquals(1, r.get("missingCharacters").size(), r.toString());
        JsonNode rune = r.get("missingCharacters").get(0);
        assertEquals("U+16A0", rune.get("codePoint").asText());
        assertEquals("RUNIC LETTER FEHU FEOH FE F", rune.get("name").asText());
        assertEquals(1, r.get("strictProblems").size());

        Path strictOut = dir.resolve("strict");
        List<Diagnostic> seen = new ArrayList<>();
        BuildException e = org.junit.jupiter.api.Assertions.assertThrows(BuildException.class, () ->
                new Colophon(seen::add, Colophon.Progress.silent()).build(manuscript,
                        Colophon.Options.builder(strictOut).report(true).strict(true).build()));
        assertTrue(e.diagnostics().get(0).message().contains("U+16A0"), e.diagnostics().toString());
        assertTrue(e.diagnostics().get(0).file().endsWith("runes.xml"), e.diagnostics().toString());
        if (Files.exists(strictOut)) {
            try (var files = Files.list(strictOut)) {
                assertEquals(List.of(), files.toList(), "a strict build that fails writes nothing");
            }
        }
    }

    @Test
    void aLooseLineBeforeAWordThatMayNotBeHyphenatedNamesTheWord() throws Exception {
        Path manuscript = dir.resolve("baron.xml");
        Files.writeString(manuscript, """
                <?xml version="1.0" encoding="UTF-8"?>
                <book xmlns="https://colophon.org/ns/manuscript/1" version="1" xml:lang="fr">
                <metadata><title>Essai</title><date>2026-01-01</date></metadata>
                <body><chapter id="c"><title>Un</title>
                <p>Il vit arriver le vieux baron de Holdengrasburg, qui venait de Finlande avec son fils et sa fille,
                par un chemin de traverse que personne ne connaissait.</p>
                <p>Le lendemain, le baron de Holdengrasburg repartit pour Constantinople sans un mot.</p>
                </chapter></body></book>
                """);
        // a narrow page, so that a proper noun at a line's start leaves the line before it loose
        // (and no letter spacing, which would take what passes 0.5 em)
        Path styles = Files.createDirectories(dir.resolve("styles"));
        Files.writeString(styles.resolve("print.css"), Files.readString(Path.of("styles/print.css"))
                + "\n@page { size: 95mm 140mm; -colophon-letter-spacing: none; }\n");
        Path out = dir.resolve("baron-out");
        new Colophon(d -> { }, Colophon.Progress.silent()).build(manuscript,
                Colophon.Options.builder(out).styles(org.colophon.styles.Styles.fromDirectory(styles)).report(true).build());
        JsonNode r = JSON.readTree(out.resolve("baron-report.json").toFile());
        JsonNode words = r.get("unbreakableWords");
        assertTrue(words.size() >= 1 && words.size() <= r.get("looseLines").size(), r.toString());
        List<String> named = new ArrayList<>();
        words.forEach(w -> named.add(w.get("firstWords").asText()));
        assertTrue(named.contains("Constantinople"), named.toString());
        for (JsonNode w : words) {
            assertTrue(w.get("wordSpaceEm").asDouble() > 0.5, "listed after a loose line: " + w);
        }
        String html = Files.readString(out.resolve("baron-report.html"));
        assertTrue(html.contains("Words that may not be hyphenated") && html.contains("Constantinople"));
    }

    private static TypesetFacts.Line body(String text, int index, int count, float ratio, boolean hyphen, float em) {
        return new TypesetFacts.Line(text, "p", index, count, false, ratio, hyphen, 0, em > 0 ? 4 : 0, em > 0 ? em : Float.NaN,
                "a.xhtml", 0, 0);
    }

    @Test
    void figuresFromConstructedFacts() {
        // page 1 ends with a paragraph's first line (an orphan); page 2 starts with a
        // paragraph's last line (a widow) after breaking a paragraph early with room left
        List<TypesetFacts.Page> pages = List.of(
                new TypesetFacts.Page(0, "1", "a.xhtml", 0, List.of(
                        body("alpha one two three four five six", 0, 3, 0.5f, true, 0.30f),
                        body("beta one", 1, 3, -0.95f, true, 0.15f),
                        body("gamma end", 2, 3, 0, false, 0.25f),
                        body("delta first", 0, 3, 1.5f, false, 0.55f))),
                new TypesetFacts.Page(1, "2", "a.xhtml", 14, List.of(
                        body("epsilon", 1, 3, 0.2f, true, 0.25f),
                        body("zeta last", 2, 3, 0, false, 0.25f),
                        body("eta", 0, 4, 0.1f, false, 0.25f),
                        body("theta", 1, 4, 0.1f, false, 0.25f))),
                new TypesetFacts.Page(2, "3", "a.xhtml", 0, List.of(
                        body("iota", 2, 4, 0.1f, false, 0.25f),
                        body("kappa", 3, 4, 0, false, 0.25f))));
        TypesetFacts facts = new TypesetFacts(300, 13, pages, Map.of(0x2009, "Display"), Map.of(), List.of());
        TypesettingReport r = TypesettingReport.of(facts, List.of());
        assertEquals(3, r.pages());
        assertEquals(10, r.lines());
        assertEquals(3, r.hyphenatedLines());
        assertEquals(2, r.longestHyphenRun());
        // lines that are not a paragraph's last: 0.30, 0.15, 0.55, 0.25, 0.25, 0.25, 0.25
        double mean = (0.30f + 0.15f + 0.55f + 4 * 0.25f) / 7;
        assertEquals(mean, r.wordSpacing().mean(), 1e-6);
        double var = (Math.pow(0.30f - mean, 2) + Math.pow(0.15f - mean, 2) + Math.pow(0.55f - mean, 2)
                + 4 * Math.pow(0.25 - mean, 2)) / 7;
        assertEquals(Math.sqrt(var), r.wordSpacing().deviation(), 1e-6);
        // loose and tight by the mean word space (above 0.5 em, under 0.17 em), listed with it
        assertEquals(List.of(new TypesettingReport.Place(1, "1", "delta first", 0.55f)), r.looseLines());
        assertEquals(1, r.tightLines().size());
        assertEquals("beta one", r.tightLines().get(0).firstWords());
        assertEquals(1, r.forcedOrphans().size());
        assertEquals("delta first", r.forcedOrphans().get(0).firstWords());
        assertEquals(0, r.forcedWidows().size());
        // page 2 ends inside a paragraph with a line's room to spare: a widow kept off
        assertEquals(1, r.widowsAndOrphansAvoided());
        assertEquals("U+2009", r.fallbackCharacters().get(0).hex());
        assertEquals(1, r.strictProblems().size(), r.strictProblems().toString());
        assertTrue(r.strictProblems().get(0).contains("orphan"));
        String json = ReportJson.write(r, "constructed");
        assertTrue(json.contains("\"firstWords\": \"delta first\", \"wordSpaceEm\": 0.55}"), json);
    }

    @Test
    void aPageStartingWithAParagraphsLastLineIsAWidow() {
        List<TypesetFacts.Page> pages = List.of(
                new TypesetFacts.Page(0, "1", "a.xhtml", 0, List.of(body("one", 0, 3, 0, false, 0.25f),
                        body("two", 1, 3, 0, false, 0.25f))),
                new TypesetFacts.Page(1, "2", "a.xhtml", 0, List.of(body("three", 2, 3, 0, false, 0.25f))));
        TypesettingReport r = TypesettingReport.of(new TypesetFacts(300, 13, pages, Map.of(), Map.of(), List.of()),
                List.of());
        assertEquals(List.of(new TypesettingReport.Place(2, "2", "three", 0)), r.forcedWidows());
        assertFalse(r.strictProblems().isEmpty());
    }

    @Test
    void paragraphsSetALineLongerOrShorterAreListedByTheirFirstLine() {
        TypesetFacts.Line looser0 = new TypesetFacts.Line("lambda one two", "p", 0, 2, false, 0.8f, false, 0, 2, 0.3f,
                "a.xhtml", 0, 1);
        TypesetFacts.Line looser1 = new TypesetFacts.Line("mu", "p", 1, 2, false, 0, false, 0, 0, Float.NaN,
                "a.xhtml", 14, 1);
        TypesetFacts.Line tighter0 = new TypesetFacts.Line("nu xi omicron", "p", 0, 1, false, -0.6f, false, 0, 2, 0.2f,
                "a.xhtml", 16, -1);
        List<TypesetFacts.Page> pages = List.of(
                new TypesetFacts.Page(0, "1", "a.xhtml", 0, List.of(body("one", 0, 1, 0, false, 0.25f), looser0)),
                new TypesetFacts.Page(1, "2", "a.xhtml", 0, List.of(looser1, tighter0)));
        TypesettingReport r = TypesettingReport.of(new TypesetFacts(300, 13, pages, Map.of(), Map.of(), List.of()),
                List.of());
        assertEquals(List.of(new TypesettingReport.Place(1, "1", "lambda one two", 2)), r.paragraphsSetLonger());
        assertEquals(List.of(new TypesettingReport.Place(2, "2", "nu xi omicron", 1)), r.paragraphsSetShorter());
        String json = ReportJson.write(r, "constructed");
        assertTrue(json.contains("\"paragraphsSetLonger\": [\n    {\"page\": 1, \"folio\": \"1\", \"firstWords\": \"lambda one two\", \"lines\": 2}\n  ],"), json);
        assertTrue(ReportHtml.write(r, "constructed").contains("Paragraphs set a line longer"));
    }
}
