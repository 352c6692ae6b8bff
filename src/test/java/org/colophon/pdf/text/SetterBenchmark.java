package org.colophon.pdf.text;

import java.util.ArrayList;
import java.util.List;
import org.colophon.error.Warnings;

/**
 * Sets every paragraph of the Ponson novel at the measure (4.36 in, 10 pt,
 * justified, French hyphenation) and prints speed and quality: lines per second,
 * share of hyphenated lines, longest run of hyphenated lines, and the standard
 * deviation of the per-line mean word space in em.
 *
 * <pre>mvn -q -o test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.colophon.pdf.text.SetterBenchmark</pre>
 */
public final class SetterBenchmark {

    public static void main(String[] args) {
        List<String> paragraphs = Fixtures.ponsonParagraphs();
        if (paragraphs.isEmpty()) {
            System.err.println("corpus not found under " + Fixtures.corpus().toAbsolutePath());
            return;
        }
        float size = 10f;
        TextStyle style = Fixtures.french(size);
        float measure = Float.parseFloat(System.getProperty("measure.mm", "" + Fixtures.MEASURE / 72f * 25.4f)) / 25.4f * 72f;
        System.out.printf("measure %.2f pt (%.1f mm), %.0f pt%n", measure, measure / 72 * 25.4, size);
        ParagraphSpec spec = new ParagraphSpec(measure, size, ParagraphSpec.Alignment.JUSTIFY, true);
        Tuning tuning = tuning();
        System.out.println(tuning);
        ParagraphSetter warm = new ParagraphSetter(new TextResources(List.of(), Warnings.ignore()), tuning);
        for (String p : paragraphs) {
            warm.set(Fixtures.text(p, style), spec);
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        List<List<SetLine>> result = null;
        for (int round = 0; round < rounds; round++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            List<List<SetLine>> set = new ArrayList<>(paragraphs.size());
            for (String p : paragraphs) {
                set.add(warm.set(Fixtures.text(p, style), spec));
            }
            best = Math.min(best, System.nanoTime() - t0);
            bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - c0);
            result = set;
        }
        long coldStart = System.nanoTime();
        long coldCpuStart = threads.getCurrentThreadCpuTime();
        ParagraphSetter cold = new ParagraphSetter(new TextResources(List.of(), Warnings.ignore()), tuning);
        for (String p : paragraphs) {
            cold.set(Fixtures.text(p, style), spec);
        }
        long coldTime = System.nanoTime() - coldStart;
        long coldCpu = threads.getCurrentThreadCpuTime() - coldCpuStart;
        LineStatistics stats = LineStatistics.of(result, size, measure);
        System.out.printf("paragraphs %d, lines %d%n", paragraphs.size(), stats.lines());
        System.out.printf("warm (shaping cached): %.0f ms wall, %.0f ms CPU, %.0f lines/s of CPU, one thread%n",
                best / 1e6, bestCpu / 1e6, stats.lines() / (bestCpu / 1e9));
        System.out.printf("cold (fresh caches):   %.0f ms wall, %.0f ms CPU, %.0f lines/s of CPU%n",
                coldTime / 1e6, coldCpu / 1e6, stats.lines() / (coldCpu / 1e9));
        System.out.println(stats);
    }

    /** The default tuning, with any of its numbers overridden by -Dtuning.name=value. */
    private static Tuning tuning() {
        Tuning d = Tuning.defaults();
        return new Tuning(
                Integer.getInteger("tuning.hyphenPenalty", d.hyphenPenalty()),
                Integer.getInteger("tuning.explicitHyphenPenalty", d.explicitHyphenPenalty()),
                Float.parseFloat(System.getProperty("tuning.spaceStretch", "" + d.spaceStretch())),
                Float.parseFloat(System.getProperty("tuning.spaceShrink", "" + d.spaceShrink())),
                Integer.getInteger("tuning.pretolerance", d.pretolerance()),
                Integer.getInteger("tuning.tolerance", d.tolerance()),
                Integer.getInteger("tuning.linePenalty", d.linePenalty()),
                Integer.getInteger("tuning.adjDemerits", d.adjDemerits()),
                Integer.getInteger("tuning.doubleHyphenDemerits", d.doubleHyphenDemerits()),
                Integer.getInteger("tuning.finalHyphenDemerits", d.finalHyphenDemerits()),
                Float.parseFloat(System.getProperty("tuning.emergencyStretchEm", "" + d.emergencyStretchEm())),
                Float.parseFloat(System.getProperty("tuning.letterStretch", "" + d.letterStretch())),
                Float.parseFloat(System.getProperty("tuning.letterShrink", "" + d.letterShrink())),
                d.letterStretchByLanguage(),
                Float.parseFloat(System.getProperty("tuning.spaceOpt", "" + d.spaceOpt())),
                Integer.getInteger("tuning.properNounHyphenPenalty", d.properNounHyphenPenalty()),
                Float.parseFloat(System.getProperty("tuning.glyphScaling", "" + d.glyphScaling())),
                Float.parseFloat(System.getProperty("tuning.glyphScalingStep", "" + d.glyphScalingStep())),
                Float.parseFloat(System.getProperty("tuning.emergencyLetterSpacing", "" + d.emergencyLetterSpacing())));
    }
}
