package org.colophon.pdf.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.colophon.error.Diagnostic;
import org.junit.jupiter.api.Test;

/** CSS {@code text-wrap: balance}: a title's lines as even as its number of lines allows. */
class BalancedLinesTest {

    private static final String TITLE = "Le baron de Nossac et la baronne trépassée";

    private final List<Diagnostic> warnings = new ArrayList<>();
    private final ParagraphSetter setter = new ParagraphSetter(new TextResources(List.of(), warnings::add));

    private List<SetLine> set(ParagraphSpec.Alignment alignment, boolean balance) {
        return setter.set(Fixtures.text(TITLE, Fixtures.french(20)),
                new ParagraphSpec(Fixtures.MEASURE, 0, alignment, false, balance));
    }

    @Test
    void aBalancedTitleHasAsManyLinesAsItWouldAndTheyAreEven() {
        for (ParagraphSpec.Alignment alignment : List.of(ParagraphSpec.Alignment.LEFT, ParagraphSpec.Alignment.CENTER)) {
            List<SetLine> ragged = set(alignment, false);
            List<SetLine> balanced = set(alignment, true);
            assertEquals(2, ragged.size(), "the title needs two lines at 20 pt");
            assertEquals(ragged.size(), balanced.size());
            float raggedGap = Math.abs(ragged.get(0).width() - ragged.get(1).width());
            float balancedGap = Math.abs(balanced.get(0).width() - balanced.get(1).width());
            assertTrue(raggedGap > 60, "unbalanced, the last line is short: " + raggedGap);
            assertTrue(balancedGap < raggedGap / 3, balancedGap + " against " + raggedGap);
            assertTrue(balanced.get(0).width() < ragged.get(0).width(), "the first line gives words to the second");
            assertEquals(text(ragged), text(balanced));
            for (SetLine line : balanced) {
                assertEquals(0, line.ratio(), "ragged lines keep their natural spaces");
                assertTrue(line.width() <= Fixtures.MEASURE);
            }
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void centredBalancedLinesAreCentredOnTheFullMeasure() {
        List<SetLine> balanced = set(ParagraphSpec.Alignment.CENTER, true);
        for (SetLine line : balanced) {
            float left = line.runs().get(0).x();
            assertEquals((Fixtures.MEASURE - line.width()) / 2, left, 0.5f);
        }
    }

    @Test
    void justifiedAndOneLineParagraphsAreLeftAlone() {
        List<SetLine> justified = setter.set(Fixtures.text(TITLE, Fixtures.french(20)),
                new ParagraphSpec(Fixtures.MEASURE, 0, ParagraphSpec.Alignment.JUSTIFY, false, true));
        List<SetLine> plain = setter.set(Fixtures.text(TITLE, Fixtures.french(20)),
                new ParagraphSpec(Fixtures.MEASURE, 0, ParagraphSpec.Alignment.JUSTIFY, false, false));
        assertEquals(plain.get(0).width(), justified.get(0).width(), 0.001f);
        List<SetLine> short_ = setter.set(Fixtures.text("La baronne", Fixtures.french(20)),
                new ParagraphSpec(Fixtures.MEASURE, 0, ParagraphSpec.Alignment.LEFT, false, true));
        assertEquals(1, short_.size());
    }

    private static String text(List<SetLine> lines) {
        StringBuilder s = new StringBuilder();
        for (SetLine line : lines) {
            s.append(LineStatistics.text(line)).append(' ');
        }
        return s.toString().replaceAll("\\s+", " ").strip();
    }
}
