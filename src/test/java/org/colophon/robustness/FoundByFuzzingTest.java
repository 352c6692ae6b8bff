package org.colophon.robustness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.colophon.Colophon;
import org.colophon.error.BuildException;
import org.colophon.error.Warnings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The smallest manuscripts that reproduce what the fuzz test found, kept apart from the
 * seeds (a seed's meaning changes if the mutator does; these do not).
 */
class FoundByFuzzingTest {

    @TempDir
    Path dir;

    /**
     * Fuzz seed "default 1015": a word wider than the line made only of characters that
     * may not start a line, such as the "?" every glyph no font has is shown as, had no
     * allowed cut and the line breaker gave up with an IllegalStateException.
     */
    @ParameterizedTest
    @CsvSource({
            "fr, '一', 81",
            "en, '?', 81",
            "fr, '»', 90",
            "fr, '«', 90",
            "en, '.', 200",
    })
    void anOverlongWordOfCharactersThatMayNotStartALineIsStillCut(String lang, String c, int count) throws Exception {
        Path manuscript = Hostile.write(dir.resolve("word.xml"),
                Hostile.chapter(lang, "      <p>Avant. " + c.repeat(count) + " après.</p>\n"));
        new Colophon(Warnings.ignore(), Colophon.Progress.silent()).build(manuscript, Colophon.Options.defaults(dir.resolve("out")));
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("out/word.pdf").toFile())) {
            // the overlong stretch is cut where the line breaker finds it best, which may be inside
            // "Avant" or "après" (tied to it by French spacing): the words are read across the cuts
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\R", "");
            assertTrue(text.contains("Avant.") && text.contains("après."), text);
        }
    }

    /** Fuzz seed "complete 40420": the SAX parser lets {@code <:p>} through and the DOM threw DOMException. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<:p>x</:p>|6:1",
            "<p :a=\"1\">x</p>|6:1",
            "<p>a <:em>x</:em></p>|6:6",
    })
    void namesTheDomRefusesAreLocatedErrors(String body, String place) {
        Path manuscript = Hostile.write(dir.resolve("names.xml"), Hostile.chapter("fr", body + "\n"));
        BuildException e = org.junit.jupiter.api.Assertions.assertThrows(BuildException.class,
                () -> new Colophon(Warnings.ignore(), Colophon.Progress.silent())
                        .build(manuscript, Colophon.Options.defaults(dir.resolve("out"))));
        String message = e.diagnostics().get(0).toString();
        assertTrue(message.startsWith(manuscript + ":" + place + ": error: not well-formed XML"), message);
    }
}
