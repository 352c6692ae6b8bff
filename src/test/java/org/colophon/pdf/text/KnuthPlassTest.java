package org.colophon.pdf.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.colophon.error.Warnings;
import org.junit.jupiter.api.Test;

/** Total fit against first fit, on the paragraph of Knuth and Plass's own paper. */
class KnuthPlassTest {

    static final String FROG_KING = "In olden times when wishing still helped one, there lived a king whose "
            + "daughters were all beautiful; and the youngest was so beautiful that the sun itself, which has seen so "
            + "much, was astonished whenever it shone in her face. Close by the king’s castle lay a great dark forest, "
            + "and under an old lime-tree in the forest was a well, and when the day was very warm, the king’s child "
            + "went out into the forest and sat down by the side of the cool fountain; and when she was bored she took "
            + "a golden ball, and threw it up on high and caught it; and this ball was her favorite plaything.";

    private final ParagraphSetter setter = new ParagraphSetter(new TextResources(List.of(), Warnings.ignore()));

    /** Word spaces of 67 to 150 % and ±2 % letter spacing, with which this paragraph has no setting within the tolerance. */
    private final ParagraphSetter narrowSpaces = new ParagraphSetter(new TextResources(List.of(), Warnings.ignore()),
            Tuning.lineLetterSpacing());

    @Test
    void ofSettingsTooLooseToCountTheFinalPassTakesTheLeastLoose() {
        // no setting of this paragraph keeps its lines within the tolerance, even with the
        // emergency stretch; a first line of three words stretched over the measure used to
        // cost no more than one of eight, and won
        TextStyle style = new TextStyle(Fixtures.REGULAR, 10, "es", false, 0);
        String text = "Roseta y su madre prorrumpieron en gemidos. «¡Reina Santísima!… ¡Señora y soberana! "
                + "¿Le habían matado?…»";
        ParagraphSpec spec = new ParagraphSpec(300.5f, 12, ParagraphSpec.Alignment.JUSTIFY, true);
        LineBreaker.Breaks breaks = narrowSpaces.breaks(Fixtures.text(text, style), spec);
        assertTrue(breaks.pass > 2, "a paragraph only the final pass sets: pass " + breaks.pass);
        float worst = 0;
        for (int k = 0; k < breaks.count - 1; k++) {
            worst = Math.max(worst, breaks.ratios[k]);
        }
        assertTrue(worst < 10, "the loosest line's ratio: " + worst);
    }

    @Test
    void totalFitBeatsFirstFitWhereverTheyDiffer() {
        TextStyle style = new TextStyle(Fixtures.REGULAR, 10, "en", false, 0);
        int differing = 0;
        int comparable = 0;
        for (float measure = 180; measure <= 360; measure += 6) {
            ParagraphSpec spec = new ParagraphSpec(measure, 0, ParagraphSpec.Alignment.JUSTIFY, true);
            ItemList items = setter.paragraph(Fixtures.text(FROG_KING, style), spec).items();
            LineBreaker.Breaks breaks = setter.breaks(Fixtures.text(FROG_KING, style), spec);
            if (breaks.pass > 2) {
                continue; // the emergency pass optimizes with extra stretch: another function
            }
            int[] total = breaks.positions;
            int[] first = firstFit(items, measure);
            double kp = demerits(items, total, measure);
            double greedy = demerits(items, first, measure);
            if (!Arrays.equals(total, first)) {
                differing++;
                int tolerance = breaks.pass == 1 ? 100 : 200;
                double worstGreedy = worstBadness(items, first, measure);
                if (worstGreedy <= tolerance && longestHyphenRun(items, first) <= 2
                        && (breaks.pass == 2 || !usesHyphenation(items, first))) {
                    // first fit found a solution total fit could have chosen: total fit must beat it
                    comparable++;
                    assertTrue(kp < greedy, "at " + measure + " pt total fit " + kp + " vs first fit " + greedy);
                } else if (worstGreedy > tolerance) {
                    // first fit needed a line total fit rejects as too loose
                    assertTrue(worstBadness(items, total, measure) < worstGreedy, "at " + measure);
                } else {
                    // first fit broke the rule of at most two hyphenated lines in a row
                    assertTrue(longestHyphenRun(items, total) <= 2, "at " + measure);
                }
            } else {
                assertTrue(Math.abs(kp - greedy) < 1e-6);
            }
        }
        assertTrue(differing >= 5, "total fit should choose other breaks than first fit at several measures: " + differing);
        assertTrue(comparable >= 2, "first fit should give a feasible but worse solution at some measures: " + comparable);
    }

    /** The classic greedy algorithm: each line takes as much as fits (with shrinking). */
    static int[] firstFit(ItemList items, float measure) {
        List<Integer> breaks = new ArrayList<>();
        int start = 0;
        int lastFeasible = -1;
        for (int i = 0; i < items.size; i++) {
            if (!items.isBreakpoint(i)) {
                continue;
            }
            float[] line = line(items, start, i);
            boolean fits = line[0] <= measure || line[0] - line[2] <= measure;
            boolean forced = items.type[i] == ItemList.PENALTY && items.penalty[i] <= -ItemList.INFINITE;
            if (!fits && lastFeasible >= 0) {
                breaks.add(lastFeasible);
                start = next(items, lastFeasible);
                lastFeasible = -1;
                i = start - 1;
                continue;
            }
            if (forced) {
                breaks.add(i);
                start = next(items, i);
                lastFeasible = -1;
                continue;
            }
            lastFeasible = i;
        }
        return breaks.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int next(ItemList items, int breakAt) {
        int j = breakAt + 1;
        while (j < items.size && items.type[j] != ItemList.BOX
                && !(items.type[j] == ItemList.PENALTY && items.penalty[j] <= -ItemList.INFINITE)) {
            j++;
        }
        return j;
    }

    /** Natural width, stretch, shrink and fil count of the line from {@code start} to the break {@code end}. */
    private static float[] line(ItemList items, int start, int end) {
        float w = 0;
        float y = 0;
        float z = 0;
        float fil = 0;
        for (int j = start; j < end; j++) {
            if (items.type[j] == ItemList.PENALTY) {
                continue;
            }
            w += items.width[j];
            y += items.stretch[j]; // boxes may stretch a little too (letter spacing)
            z += items.shrink[j];
            if (items.type[j] == ItemList.GLUE) {
                fil += (items.flags[j] & ItemList.FIL) != 0 ? 1 : 0;
            }
        }
        if (items.type[end] == ItemList.PENALTY) {
            w += items.width[end];
        }
        return new float[] {w, y, z, fil};
    }

    static int longestHyphenRun(ItemList items, int[] breaks) {
        int run = 0;
        int longest = 0;
        for (int b : breaks) {
            run = items.isFlagged(b) ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    static boolean usesHyphenation(ItemList items, int[] breaks) {
        for (int b : breaks) {
            if ((items.flags[b] & ItemList.HYPHENATION) != 0) {
                return true;
            }
        }
        return false;
    }

    /** The worst badness of the lines but the last. */
    static double worstBadness(ItemList items, int[] breaks, float measure) {
        double worst = 0;
        int start = 0;
        for (int k = 0; k < breaks.length - 1; k++) {
            worst = Math.max(worst, badness(line(items, start, breaks[k]), measure));
            start = next(items, breaks[k]);
        }
        return worst;
    }

    private static double ratio(float[] l, float measure) {
        if (l[0] < measure) {
            return l[3] > 0 ? 0 : l[1] > 0 ? (measure - l[0]) / l[1] : Double.POSITIVE_INFINITY;
        }
        return l[0] > measure ? (measure - l[0]) / l[2] : 0;
    }

    private static double badness(float[] l, float measure) {
        double r = ratio(l, measure);
        return Double.isInfinite(r) ? 10000 : Math.min(10000, 100 * Math.abs(r * r * r));
    }

    /** TeX's demerits of a set of breaks: (l + b)² + p², hyphen and fitness-class demerits. */
    static double demerits(ItemList items, int[] breaks, float measure) {
        double total = 0;
        int start = 0;
        int previousFitness = 2;
        boolean previousFlagged = false;
        for (int end : breaks) {
            float[] l = line(items, start, end);
            double r = ratio(l, measure);
            double b = badness(l, measure);
            double d = Math.pow(10 + b, 2);
            int p = items.type[end] == ItemList.PENALTY ? items.penalty[end] : 0;
            if (p > 0) {
                d += (double) p * p;
            }
            boolean flagged = items.isFlagged(end);
            boolean last = items.type[end] == ItemList.PENALTY && items.penalty[end] <= -ItemList.INFINITE;
            if (flagged && previousFlagged) {
                d += 10000;
            } else if (last && previousFlagged) {
                d += 5000;
            }
            int fitness = r < -0.5 ? 3 : r <= 0.5 ? 2 : r <= 1 ? 1 : 0;
            if (Math.abs(fitness - previousFitness) > 1) {
                d += 10000;
            }
            total += d;
            previousFitness = fitness;
            previousFlagged = flagged;
            start = next(items, end);
        }
        return total;
    }
}
