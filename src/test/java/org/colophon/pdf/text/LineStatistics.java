package org.colophon.pdf.text;

import java.util.List;

/**
 * Quality figures of set paragraphs, measured on the lines themselves: hyphenated lines,
 * longest run of them, lines starting with French punctuation, overfull lines, and the
 * spread of the per-line mean word space (justified lines that are not a paragraph's last).
 * A line's width is read from its runs, not from what the assembler says it is: where its
 * glyphs end, less what its last glyph may hang into the margin by the default protrusion
 * table ({@link Protrusion#DEFAULT}), so that a comma hung by its share is not overfull and
 * one hung further is.
 */
record LineStatistics(int lines, int hyphenated, int endingWithHyphen, int longestHyphenRun,
                      int strandedPunctuation, int overfull, double meanSpaceEm, double spaceDeviationEm,
                      float widest, int loose, int tight) {

    static LineStatistics of(List<List<SetLine>> paragraphs, float size) {
        return of(paragraphs, size, Fixtures.MEASURE);
    }

    static LineStatistics of(List<List<SetLine>> paragraphs, float size, float measure) {
        int lines = 0;
        int hyphenated = 0;
        int endingWithHyphen = 0;
        int longest = 0;
        int stranded = 0;
        int overfull = 0;
        float widest = 0;
        double sum = 0;
        double sumSquares = 0;
        int spaced = 0;
        int loose = 0;
        int tight = 0;
        for (List<SetLine> paragraph : paragraphs) {
            int run = 0;
            for (int k = 0; k < paragraph.size(); k++) {
                SetLine line = paragraph.get(k);
                lines++;
                float width = lettersEnd(line);
                widest = Math.max(widest, width);
                if (width > measure + 0.01f) {
                    overfull++;
                }
                String text = text(line);
                if (line.hyphenated()) {
                    hyphenated++;
                }
                if (text.endsWith("-")) {
                    endingWithHyphen++;
                    run++;
                    longest = Math.max(longest, run);
                } else {
                    run = 0;
                }
                if (!text.isEmpty() && ";:!?»".indexOf(text.charAt(0)) >= 0) {
                    stranded++;
                }
                if (k < paragraph.size() - 1) {
                    double mean = meanSpace(line, size);
                    if (mean >= 0) {
                        loose += mean > PdfLineQuality.LOOSE_EM ? 1 : 0;
                        tight += mean < PdfLineQuality.TIGHT_EM ? 1 : 0;
                        sum += mean;
                        sumSquares += mean * mean;
                        spaced++;
                    }
                }
            }
        }
        double mean = spaced == 0 ? 0 : sum / spaced;
        double deviation = spaced == 0 ? 0 : Math.sqrt(Math.max(0, sumSquares / spaced - mean * mean));
        return new LineStatistics(lines, hyphenated, endingWithHyphen, longest, stranded, overfull, mean, deviation, widest,
                loose, tight);
    }

    /** Where the line's glyphs end, less the share of its last glyph the default table lets hang. */
    static float lettersEnd(SetLine line) {
        float end = 0;
        GlyphRun lastRun = null;
        for (GlyphRun run : line.runs()) {
            if (run.glyphs().length > 0 && run.x() + run.width() >= end) {
                end = run.x() + run.width();
                lastRun = run;
            }
        }
        if (lastRun == null) {
            return line.width();
        }
        String text = lastRun.text();
        int c = text.isEmpty() ? 0 : text.codePointBefore(text.length());
        float advance = lastRun.advances()[lastRun.advances().length - 1];
        return end - Protrusion.DEFAULT.right(c) * advance;
    }

    static String text(SetLine line) {
        StringBuilder sb = new StringBuilder();
        for (GlyphRun run : line.runs()) {
            sb.append(run.text());
        }
        return sb.toString();
    }

    /** Mean advance of the line's interword spaces in em, or -1 when it has none. */
    static double meanSpace(SetLine line, float size) {
        double total = 0;
        int count = 0;
        for (GlyphRun run : line.runs()) {
            String text = run.text();
            // runs hold one glyph per cluster; spaces are single-glyph clusters, so walk both together
            int glyph = 0;
            int i = 0;
            FontFace face = run.style().font();
            while (glyph < run.glyphs().length && i < text.length()) {
                String g = face.glyphText(run.glyphs()[glyph]);
                int len = g == null ? 1 : g.length();
                if (text.charAt(i) == ' ' && " ".equals(g)) {
                    total += run.advances()[glyph] / run.style().size();
                    count++;
                }
                i += len;
                glyph++;
            }
        }
        return count == 0 ? -1 : total / count;
    }

    double hyphenatedShare() {
        return lines == 0 ? 0 : (double) hyphenated / lines;
    }

    @Override
    public String toString() {
        return String.format("lines %d; hyphenated by the setter %d (%.2f %%), ending with a hyphen %d (%.2f %%); "
                        + "longest hyphen run %d; French punctuation starting a line %d; overfull %d (widest %.3f pt); "
                        + "mean word space %.4f em, standard deviation %.4f em; loose (> 0.5 em) %d, tight (< 0.17 em) %d",
                lines, hyphenated, 100.0 * hyphenated / Math.max(1, lines), endingWithHyphen,
                100.0 * endingWithHyphen / Math.max(1, lines), longestHyphenRun, strandedPunctuation, overfull,
                widest, meanSpaceEm, spaceDeviationEm, loose, tight);
    }
}
