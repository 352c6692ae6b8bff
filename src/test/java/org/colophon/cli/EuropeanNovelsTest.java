package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The German and Spanish novels of ../shared/corpus set by their languages' rules: no
 * character without a glyph, no warning, few hyphenated lines and at most two in a row
 * (the limits of each break are {@code HyphenatorTest}'s), no punctuation stranded at a
 * line's start, and no line whose spaces run wild. Skipped when the corpus is not there.
 */
class EuropeanNovelsTest {

    @ParameterizedTest
    @CsvSource({
            // novel, its closing quotation mark (German books print »…«), most hyphenated lines in
            // 100 (the bar), most loose lines (DEU051 had 31 before its letters took 3 %),
            // the colophon in the book's language
            "DEU051.xml, «, 9, 20, Gesetzt mit Colophon. Schrift: Source Serif 4.",
            "SPA3010_BlascoIbanez_LaBarraca.xml, », 9, 25, Compuesto con Colophon. Tipografía: Source Serif 4."})
    void theNovelIsSetByItsLanguagesRules(String name, String closing, int hyphenatedPercent, int mostLoose,
                                          String colophon, @org.junit.jupiter.api.io.TempDir Path out)
            throws Exception {
        Path novel = Path.of("../shared/corpus").resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(novel), "the ELTeC corpus is not there: skipped");
        CliRun run = CliRun.of("build", novel.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err(), "no warning");
        String base = name.substring(0, name.length() - 4);
        JsonNode r = new ObjectMapper().readTree(out.resolve(base + "-report.json").toFile());
        assertEquals(0, r.get("missingCharacters").size());
        assertTrue(r.get("longestHyphenRun").asInt() <= 2, r.get("longestHyphenRun").toString());
        double share = 100.0 * r.get("hyphenatedLines").asInt() / r.get("lines").asInt();
        assertTrue(share < hyphenatedPercent, share + " % of the lines hyphenated");
        assertTrue(r.get("looseLines").size() <= mostLoose, r.get("looseLines").size() + " loose lines");
        assertTrue(r.get("wordSpaceEm").get("max").asDouble() < 1, "the widest word space: " + r.get("wordSpaceEm"));
        assertEquals(0, r.get("forcedWidows").size() + r.get("forcedOrphans").size());

        List<String> lines = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(out.resolve(base + ".pdf").toFile())) {
            lines.addAll(new PDFTextStripper().getText(doc).lines().map(String::strip).toList());
        }
        // set in the body face alone: the colophon names no other
        assertTrue(lines.contains(colophon), "the colophon: " + colophon);
        assertTrue(lines.stream().noneMatch(l -> l.contains("Noto Serif")), "no fallback face named");
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            // what closes a phrase never starts a line: punctuation, and the language's closing quotation mark
            assertTrue(line.isEmpty() || (",;:!?)" + closing).indexOf(line.charAt(0)) < 0 || line.startsWith("..."),
                    "punctuation stranded at a line's start: " + line + " (after: " + lines.get(i - 1) + ")");
        }
    }
}
