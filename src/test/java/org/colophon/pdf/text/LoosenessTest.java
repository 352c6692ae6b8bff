package org.colophon.pdf.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.ArrayList;
import java.util.List;
import org.colophon.error.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * A paragraph set a line shorter or longer than its best setting (TeX's looseness), as the
 * page breaker may take it: on the Ponson novel's paragraphs at the book's measure.
 */
class LoosenessTest {

    /** The ratio of badness 200, the tolerance: TeX's badness is 100·r³. */
    private static final double MOST_STRETCH = Math.cbrt(2);

    private final List<Diagnostic> warnings = new ArrayList<>();
    private final ParagraphSetter setter = new ParagraphSetter(new TextResources(List.of(), warnings::add));
    private final ParagraphSpec spec = new ParagraphSpec(Fixtures.MEASURE, 10, ParagraphSpec.Alignment.JUSTIFY, true);

    private List<String> paragraphs() {
        List<String> paragraphs = Fixtures.ponsonParagraphs();
        assumeFalse(paragraphs.isEmpty(), "../shared/corpus/FRA03101_Ponson.xml is absent: skipped");
        return paragraphs.subList(0, Math.min(1500, paragraphs.size()));
    }

    @Test
    void otherSettingsHaveALineMoreOrLessTheSameTextAndStayWithinTheTolerance() {
        int looser = 0;
        int tighter = 0;
        for (String text : paragraphs()) {
            ParagraphSetter.SetParagraph set = setter.setParagraph(Fixtures.text(text, Fixtures.french(10)), spec);
            int n = set.lines().size();
            if (set.looser() != null) {
                looser++;
                assertEquals(n + 1, set.looser().size(), text);
                assertSameText(set.lines(), set.looser());
                assertWithinTolerance(set.looser(), text);
            }
            if (set.tighter() != null) {
                tighter++;
                assertEquals(n - 1, set.tighter().size(), text);
                assertSameText(set.lines(), set.tighter());
                assertWithinTolerance(set.tighter(), text);
            }
        }
        // not a test that cannot fail: the novel has paragraphs of both kinds
        assertTrue(looser > 20, "paragraphs with a setting a line longer: " + looser);
        assertTrue(tighter > 5, "paragraphs with a setting a line shorter: " + tighter);
        assertEquals(List.of(), warnings);
    }

    @Test
    void theQuickTestOfWidthsNeverHidesASettingTheBreakerWouldFind() {
        LineBreaker breaker = new LineBreaker();
        int ruledOut = 0;
        for (String text : paragraphs()) {
            List<ParagraphItem> items = Fixtures.text(text, Fixtures.french(10));
            ParagraphSetter.SetParagraph set = setter.setParagraph(items, spec);
            if (set.tighter() != null && set.looser() != null || set.lines().isEmpty()) {
                continue;
            }
            Paragraph paragraph = setter.paragraph(items, spec);
            LineBreaker.Sums sums = LineBreaker.sums(paragraph.items());
            LineBreaker.Breaks[] variants = breaker.variants(paragraph.items(), sums, spec.measure(), paragraph.background(),
                    true, Tuning.defaults().parameters(paragraph.emSize()), set.lines().size());
            if (set.tighter() == null) {
                assertNull(variants[0], "a setting a line shorter was missed: " + text);
            }
            if (set.looser() == null) {
                assertNull(variants[1], "a setting a line longer was missed: " + text);
            }
            boolean[] might = LineBreaker.mightVary(paragraph.items(), sums, spec.measure(), set.lines().size(),
                    Tuning.defaults().parameters(paragraph.emSize()), 5);
            ruledOut += might[0] || might[1] ? 0 : 1;
        }
        assertTrue(ruledOut > 100, "the quick test spares the breaker most short paragraphs: " + ruledOut);
    }

    @Test
    void aSettingALineLongerNeverLeavesAWordsTailAloneOnItsLastLine() {
        for (String text : paragraphs()) {
            ParagraphSetter.SetParagraph set = setter.setParagraph(Fixtures.text(text, Fixtures.french(10)), spec);
            for (List<SetLine> other : java.util.Arrays.asList(set.looser(), set.tighter())) {
                if (other != null && other.size() > 1) {
                    assertFalse(other.get(other.size() - 2).hyphenated(), text);
                }
            }
        }
    }

    @Test
    void raggedParagraphsAreNotSetOtherwise() {
        String text = paragraphs().stream().filter(p -> p.length() > 600).findFirst().orElseThrow();
        ParagraphSpec left = new ParagraphSpec(Fixtures.MEASURE, 10, ParagraphSpec.Alignment.LEFT, true);
        ParagraphSetter.SetParagraph set = setter.setParagraph(Fixtures.text(text, Fixtures.french(10)), left);
        assertNull(set.looser());
        assertNull(set.tighter());
    }

    private static void assertSameText(List<SetLine> usual, List<SetLine> other) {
        assertEquals(letters(usual), letters(other));
    }

    /** The text without spaces and hyphens (a hyphen the setter adds is not the text's). */
    private static String letters(List<SetLine> lines) {
        StringBuilder s = new StringBuilder();
        for (SetLine line : lines) {
            s.append(LineStatistics.text(line));
        }
        return s.toString().replaceAll("[\\s\\u00a0\\u202f\\-\\u2010]", "");
    }

    private static void assertWithinTolerance(List<SetLine> lines, String text) {
        for (int k = 0; k < lines.size() - 1; k++) {
            float r = lines.get(k).ratio();
            assertTrue(r >= -1.0001f && r <= MOST_STRETCH + 1e-3, "line " + k + " ratio " + r + ": " + text);
            assertTrue(lines.get(k).width() <= Fixtures.MEASURE + 0.01f, text);
        }
    }
}
