package org.colophon.pdf.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.ArrayList;
import java.util.List;
import org.colophon.error.Warnings;
import org.junit.jupiter.api.Test;

/**
 * Protrusion in the line setter: justified lines are set wider by what hangs at their
 * ends and drawn from minus their left hang to the measure plus their right hang; the
 * amounts are the table's share of the hung glyph's advance; the Ponson novel sets no
 * worse with it (hyphens, runs of them, stranded punctuation, overfull lines).
 */
class MarginHangsTest {

    private static final float MEASURE = 106 / 25.4f * 72; // the default print.css text block
    private final ParagraphSetter setter = new ParagraphSetter(new TextResources(List.of(), Warnings.ignore()));

    private static ParagraphSpec spec(float indent, Protrusion protrusion) {
        return new ParagraphSpec(MEASURE, indent, ParagraphSpec.Alignment.JUSTIFY, true, false, null,
                HyphenLimits.AUTO, protrusion);
    }

    @Test
    void ponsonSetsNoWorseAndEveryLineSpansTheMeasurePlusWhatHangs() {
        List<String> paragraphs = Fixtures.ponsonParagraphs();
        assumeFalse(paragraphs.isEmpty(), "../shared/corpus/FRA03101_Ponson.xml is absent: skipped");
        List<List<SetLine>> hung = new ArrayList<>();
        List<List<SetLine>> flush = new ArrayList<>();
        for (String p : paragraphs) {
            hung.add(setter.set(Fixtures.text(p, Fixtures.french(10)), spec(12, Protrusion.DEFAULT)));
            flush.add(setter.set(Fixtures.text(p, Fixtures.french(10)), spec(12, Protrusion.NONE)));
        }
        LineStatistics with = LineStatistics.of(hung, 10, MEASURE);
        LineStatistics without = LineStatistics.of(flush, 10, MEASURE);
        String both = "with: " + with + "\nwithout: " + without;
        assertEquals(0, with.overfull(), both);
        assertEquals(0, with.strandedPunctuation(), both);
        assertTrue(with.longestHyphenRun() <= 2, both);
        assertTrue(with.hyphenated() <= without.hyphenated(), both);
        int commas = 0;
        int letters = 0;
        for (List<SetLine> paragraph : hung) {
            for (int k = 0; k + 1 < paragraph.size(); k++) {
                SetLine line = paragraph.get(k);
                GlyphRun first = line.runs().get(0);
                GlyphRun last = line.runs().get(line.runs().size() - 1);
                // the first line starts with its indent, which does not hang
                assertEquals(k == 0 ? 12 : -line.hangLeft(), first.x(), 0.001f, line.text());
                if (k == 0) {
                    assertEquals(0, line.hangLeft(), line.text());
                }
                assertEquals(MEASURE + line.hangRight(), last.x() + last.width(), 0.01f, line.text());
                assertEquals(MEASURE, line.width(), 0.01f, line.text());
                String text = line.text();
                float advance = last.advances()[last.advances().length - 1];
                if (text.endsWith(",")) {
                    assertEquals(0.6f * advance, line.hangRight(), 0.001f, text);
                    commas++;
                } else if (Character.isLetter(text.charAt(text.length() - 1))) {
                    assertEquals(0, line.hangRight(), text);
                    letters++;
                }
            }
        }
        assertTrue(commas > 100 && letters > 1000, commas + " commas, " + letters + " letters");
    }

    @Test
    void theFrenchSemicolonHangsAndTheNarrowSpaceBeforeItDoesNot() {
        String text = Fixtures.frenchSpacing("Le baron était beau, magnifique, inconstant, joueur et querelleur ; "
                .repeat(6));
        int found = 0;
        for (SetLine line : setter.set(Fixtures.text(text, Fixtures.french(10)), spec(0, Protrusion.DEFAULT))) {
            if (line.text().endsWith("\u202F;")) {
                GlyphRun last = line.runs().get(line.runs().size() - 1);
                float semicolon = last.advances()[last.advances().length - 1];
                assertEquals(0.4f * semicolon, line.hangRight(), 0.001f, line.text());
                assertTrue(line.hangRight() > 0.5f, line.text());
                found++;
            }
        }
        assertTrue(found >= 1, "a line ends with the semicolon");
    }

    @Test
    void aDialogueDashHangsAtTheMarginButNotAfterAnIndent() {
        String text = Fixtures.frenchSpacing("— Impossible ! s’écria la duchesse, qui se leva vivement.");
        float dash = Fixtures.REGULAR.advance(Fixtures.REGULAR.glyphOf('\u2014')) * 10 / 1000f;
        SetLine flushLeft = setter.set(Fixtures.text(text, Fixtures.french(10)), spec(0, Protrusion.DEFAULT)).get(0);
        assertEquals(0.2f * dash, flushLeft.hangLeft(), 0.05f, "advance " + dash);
        assertEquals(-flushLeft.hangLeft(), flushLeft.runs().get(0).x(), 0.001f);
        SetLine indented = setter.set(Fixtures.text(text, Fixtures.french(10)), spec(12, Protrusion.DEFAULT)).get(0);
        assertEquals(0, indented.hangLeft());
        SetLine none = setter.set(Fixtures.text(text, Fixtures.french(10)), spec(0, Protrusion.NONE)).get(0);
        assertEquals(0, none.hangLeft());
        assertEquals(0, none.runs().get(0).x());
    }
}
