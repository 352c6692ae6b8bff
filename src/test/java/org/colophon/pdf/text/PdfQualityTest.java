package org.colophon.pdf.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The quality bars, read back from the glyph positions of a written PDF. */
class PdfQualityTest {

    @Test
    void aThousandParagraphsOfPonsonMeetTheBarsInThePdf() throws IOException {
        List<String> paragraphs = Fixtures.ponsonParagraphs();
        assumeFalse(paragraphs.isEmpty(), "../shared/corpus/FRA03101_Ponson.xml is absent: skipped");
        float measure = 106 / 25.4f * 72; // the default print.css text block
        byte[] pdf = SamplePage.pdf(paragraphs, 200, 1000, measure);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PdfLineQuality.Result quality = PdfLineQuality.measure(doc);
            String report = quality.toString();
            assertTrue(quality.pages() > 40, report);
            assertTrue(quality.justified() > 1000, report);
            assertEquals(0, quality.overfull(), report);
            assertEquals(0, quality.strandedPunctuation(), report);
            assertTrue(quality.longestHyphenRun() <= 2, report);
            assertTrue(quality.hyphenatedShare() < 0.07, report);
            // the word spaces do what each line's letter spacing did before issue 20: 0.078 em, not 0.05
            assertTrue(quality.spaceDeviationEm() <= 0.085, report);
        }
    }
}
