package org.colophon.pdf.text;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The quality figures read back from a PDF's glyph positions, whoever set it:
 * lines are rebuilt from the glyphs (a new line starts when the text goes back left or
 * down), the right edge of the text block is the end most lines share (left and right
 * pages apart), justified lines are those ending there. Punctuation may hang into the margins by
 * the amounts of Colophon's default protrusion table ({@link Protrusion#DEFAULT}): a line's ends are
 * measured without what its first and last glyph may hang, so a comma that hangs by its table's
 * amount is not overfull, one that hangs further is. Reports overfull lines, lines ending with a
 * hyphen and the longest run of them, French punctuation starting a line, and the
 * standard deviation of the per-line mean word space (justified lines, in em); the issue's
 * loose and tight lines (mean word space above 0.5 em, under 0.17 em) and how much the same
 * word's width varies on one page (letter spacing and glyph scaling show there). Prints a
 * markdown row per PDF for the notes. Note that "French punctuation starting a line" counts
 * a German line opening with », which in German opens a quotation.
 *
 * <pre>java ... org.colophon.pdf.text.PdfLineQuality target/pdf-samples/ponson.pdf</pre>
 */
final class PdfLineQuality {

    /** The limits: a justified line whose mean word space is above this is loose (em). */
    static final double LOOSE_EM = 0.5;
    /** ... and below this, tight (em). */
    static final double TIGHT_EM = 0.17;

    /**
     * @param loose          justified lines with a mean word space above {@link #LOOSE_EM}
     * @param tight          justified lines with a mean word space below {@link #TIGHT_EM}
     * @param widthSpreadMax the largest, over pages, of the same word's width spread on a page
     *                       (max/min − 1 over its occurrences in one font and size)
     * @param widthSpreadP99 the 99th percentile over pages (that have a repeated word) of the same
     * @param pagesOverHalfPercent the pages where that spread is above the 0.5 %
     */
    record Result(int pages, int lines, int justified, int endingWithHyphen, int longestHyphenRun,
                  int strandedPunctuation, int overfull, double meanSpaceEm, double spaceDeviationEm,
                  int loose, int tight, double widthSpreadMax, double widthSpreadP99, String widestSpread,
                  int pagesOverHalfPercent, List<String> faults) {

        double hyphenatedShare() {
            return lines == 0 ? 0 : (double) endingWithHyphen / lines;
        }

        /** Loose lines per 1,000 justified lines. */
        double loosePerThousand() {
            return justified == 0 ? 0 : 1000.0 * loose / justified;
        }

        double tightShare() {
            return justified == 0 ? 0 : (double) tight / justified;
        }

        @Override
        public String toString() {
            return String.format("%d pages, %d lines (%d justified); ending with a hyphen %d (%.2f %%), longest run %d; "
                            + "French punctuation starting a line %d; overfull %d; mean word space %.4f em, "
                            + "standard deviation %.4f em; loose (> %.2f em) %d (%.2f per 1,000); "
                            + "tight (< %.2f em) %d (%.2f %%); same word on a page: width spread max %.2f %% (%s), "
                            + "99th percentile %.2f %%, pages above 0.5 %% %d",
                    pages, lines, justified, endingWithHyphen, 100 * hyphenatedShare(), longestHyphenRun,
                    strandedPunctuation, overfull, meanSpaceEm, spaceDeviationEm, LOOSE_EM, loose, loosePerThousand(),
                    TIGHT_EM, tight, 100 * tightShare(), 100 * widthSpreadMax, widestSpread, 100 * widthSpreadP99,
                    pagesOverHalfPercent);
        }

        /** One row of a markdown table: the figures the targets are about. */
        String row(String name) {
            return String.format("| %s | %d | %d | %d (%.2f ‰) | %d (%.2f %%) | %.2f %% | %.2f %% | %d | %.2f %% | %d | %d | %d |",
                    name, pages, justified, loose, loosePerThousand(), tight, 100 * tightShare(), 100 * widthSpreadMax,
                    100 * widthSpreadP99, pagesOverHalfPercent, 100 * hyphenatedShare(), longestHyphenRun,
                    strandedPunctuation, overfull);
        }
    }

    private PdfLineQuality() {
    }


    static Result measure(PDDocument doc) throws IOException {
        List<String> faults = new ArrayList<>(); // the first faulty lines, for a look
        List<List<List<TextPosition>>> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            private List<List<TextPosition>> lines;
            private List<TextPosition> line;
            private TextPosition previous;

            @Override
            protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) {
                lines = new ArrayList<>();
                pages.add(lines);
                line = null;
                previous = null;
            }

            @Override
            protected void processTextPosition(TextPosition p) {
                boolean newLine = previous == null || p.getXDirAdj() < previous.getXDirAdj() - 0.5f
                        || p.getYDirAdj() - previous.getYDirAdj() > Math.max(p.getFontSizeInPt(), previous.getFontSizeInPt());
                if (newLine) {
                    line = new ArrayList<>();
                    lines.add(line);
                }
                line.add(p);
                previous = p;
            }
        };
        stripper.setSortByPosition(false);
        stripper.getText(doc);

        int lineCount = 0;
        int justified = 0;
        int hyphens = 0;
        int run = 0;
        int longest = 0;
        int stranded = 0;
        int overfull = 0;
        double sum = 0;
        double sumSquares = 0;
        int spaced = 0;
        int loose = 0;
        int tight = 0;
        List<Double> spreads = new ArrayList<>(); // per page with a repeated word, its largest spread
        double widest = 0;
        String widestWord = "none";
        // the text block's right edge: the end most lines share, on left and on right pages
        List<List<TextPosition>> even = new ArrayList<>();
        List<List<TextPosition>> odd = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            (i % 2 == 0 ? even : odd).addAll(pages.get(i));
        }
        float[] edges = {commonEnd(even), commonEnd(odd)};
        for (List<List<TextPosition>> lines : pages) {
            float right = edges[pages.indexOf(lines) % 2];
            float left = commonStart(lines);
            boolean previousJustified = false;
            Map<String, double[]> words = new HashMap<>(); // word, font and size: {min, max, count} of its width
            for (List<TextPosition> line : lines) {
                addWords(line, words);
                lineCount++;
                TextPosition first = line.get(0);
                TextPosition last = line.get(line.size() - 1);
                float end = end(line);
                if (end > right + 0.01f) {
                    overfull++;
                    if (faults.size() < 20) {
                        StringBuilder text = new StringBuilder();
                        line.forEach(p -> text.append(p.getUnicode()));
                        faults.add(String.format("page %d, %.3f > %.3f: %s", pages.indexOf(lines) + 1, end, right, text));
                    }
                }
                // a paragraph may start with » (a quotation going on); a line inside one may not
                boolean continuation = previousJustified && start(line) < left + 1;
                if (continuation && ";:!?»".contains(first.getUnicode())) {
                    stranded++;
                    if (faults.size() < 20) {
                        StringBuilder text = new StringBuilder();
                        line.forEach(p -> text.append(p.getUnicode()));
                        faults.add(String.format("page %d, starts with punctuation: %s", pages.indexOf(lines) + 1, text));
                    }
                }
                // a hyphen the setter added reads as the soft hyphen (U+00AD) but shows as a hyphen
                if (last.getUnicode().equals("-") || last.getUnicode().equals("\u2010") || last.getUnicode().equals("\u00AD")) {
                    hyphens++;
                    longest = Math.max(longest, ++run);
                } else {
                    run = 0;
                }
                // a line ends at the edge with its letters (its punctuation hung) or, when nothing hangs, with its last glyph
                float glyphsEnd = last.getXDirAdj() + last.getWidthDirAdj();
                previousJustified = Math.abs(end - right) <= 0.05f || Math.abs(glyphsEnd - right) <= 0.05f;
                if (previousJustified) {
                    justified++;
                    double total = 0;
                    int count = 0;
                    for (int i = 0; i + 1 < line.size(); i++) {
                        TextPosition p = line.get(i);
                        if (p.getUnicode().equals(" ")) {
                            total += (line.get(i + 1).getXDirAdj() - p.getXDirAdj()) / p.getFontSizeInPt();
                            count++;
                        }
                    }
                    if (count > 0) {
                        double mean = total / count;
                        if (mean > LOOSE_EM || mean < TIGHT_EM) {
                            if (mean > LOOSE_EM) {
                                loose++;
                            } else {
                                tight++;
                            }
                            if (faults.size() < 60 && mean > LOOSE_EM) {
                                StringBuilder text = new StringBuilder();
                                line.forEach(p -> text.append(p.getUnicode()));
                                faults.add(String.format("page %d, loose %.3f em: %s", pages.indexOf(lines) + 1,
                                        mean, text));
                            }
                        }
                        sum += mean;
                        sumSquares += mean * mean;
                        spaced++;
                    }
                }
            }
            double pageSpread = -1;
            String pageWord = null;
            for (Map.Entry<String, double[]> e : words.entrySet()) {
                double[] w = e.getValue();
                if (w[2] >= 2 && w[0] > 0) {
                    double spread = w[1] / w[0] - 1;
                    if (spread > pageSpread) {
                        pageSpread = spread;
                        pageWord = e.getKey();
                    }
                }
            }
            if (pageSpread >= 0) {
                spreads.add(pageSpread);
                if (pageSpread > widest) {
                    widest = pageSpread;
                    widestWord = String.format("page %d: %s", pages.indexOf(lines) + 1, pageWord);
                }
            }
        }
        spreads.sort(null);
        double p99 = spreads.isEmpty() ? 0 : spreads.get(Math.min(spreads.size() - 1, (int) Math.ceil(0.99 * spreads.size()) - 1));
        double mean = spaced == 0 ? 0 : sum / spaced;
        double deviation = spaced == 0 ? 0 : Math.sqrt(Math.max(0, sumSquares / spaced - mean * mean));
        return new Result(pages.size(), lineCount, justified, hyphens, longest, stranded, overfull, mean, deviation,
                loose, tight, widest, p99, widestWord, (int) spreads.stream().filter(x -> x > 0.005).count(),
                List.copyOf(faults));
    }

    /**
     * Adds the words of {@code line} (runs of glyphs between spaces, of two characters or
     * more, in one font and size) with their widths: from the first glyph's origin to the
     * last one's advance end, as the reader sees the word.
     */
    private static void addWords(List<TextPosition> line, Map<String, double[]> words) {
        int start = 0;
        for (int i = 0; i <= line.size(); i++) {
            // a gap inside a word is a leader's or a tab's, not a letter's: the word ends there
            boolean end = i == line.size() || isSpace(line.get(i))
                    || i > start && (!sameFont(line.get(i), line.get(start)) || gap(line.get(i - 1), line.get(i)));
            if (!end) {
                continue;
            }
            if (i - start >= 2) {
                TextPosition first = line.get(start);
                TextPosition last = line.get(i - 1);
                StringBuilder word = new StringBuilder();
                for (int k = start; k < i; k++) {
                    word.append(line.get(k).getUnicode());
                }
                // a word cut at the line's end is another word than the whole one
                String key = word + " | " + first.getFont().getName() + " " + Math.round(first.getFontSizeInPt() * 100);
                double width = last.getXDirAdj() + last.getWidthDirAdj() - first.getXDirAdj();
                double[] w = words.computeIfAbsent(key, k -> new double[] {Double.MAX_VALUE, 0, 0});
                w[0] = Math.min(w[0], width);
                w[1] = Math.max(w[1], width);
                w[2]++;
            }
            start = i < line.size() && isSpace(line.get(i)) ? i + 1 : i;
        }
    }

    /** A space, no-break or narrow no-break (French punctuation's): what separates words. */
    private static boolean isSpace(TextPosition p) {
        String u = p.getUnicode();
        return u.isBlank() || u.equals("\u00A0") || u.equals("\u202F");
    }

    private static boolean gap(TextPosition before, TextPosition after) {
        return after.getXDirAdj() - (before.getXDirAdj() + before.getWidthDirAdj()) > 0.1f * before.getFontSizeInPt();
    }

    private static boolean sameFont(TextPosition a, TextPosition b) {
        return a.getFont() == b.getFont() && Math.abs(a.getFontSizeInPt() - b.getFontSizeInPt()) < 0.01f;
    }

    /** Where a line's letters end: its last glyph's end, less what the glyph may hang into the margin. */
    static float end(List<TextPosition> line) {
        TextPosition last = line.get(line.size() - 1);
        return last.getXDirAdj() + last.getWidthDirAdj() * (1 - Protrusion.DEFAULT.right(codePoint(last)));
    }

    /** Where a line's letters start: its first glyph's start, plus what the glyph may hang into the margin. */
    static float start(List<TextPosition> line) {
        TextPosition first = line.get(0);
        return first.getXDirAdj() + first.getWidthDirAdj() * Protrusion.DEFAULT.left(codePoint(first));
    }

    /** The character a glyph shows; the setter's hyphen, which reads as a soft hyphen, as the hyphen it shows. */
    private static int codePoint(TextPosition p) {
        String u = p.getUnicode();
        return u == null || u.isEmpty() ? 0 : u.equals("\u00AD") ? '-' : u.codePointAt(0);
    }

    /** The line end (to a hundredth of a point) most lines share. */
    private static float commonEnd(List<List<TextPosition>> lines) {
        Map<Long, Integer> counts = new HashMap<>();
        long best = 0;
        int bestCount = 0;
        for (List<TextPosition> line : lines) {
            long end = Math.round(end(line) * 100.0);
            int count = counts.merge(end, 1, Integer::sum);
            if (count > bestCount || count == bestCount && end < best) {
                best = end;
                bestCount = count;
            }
        }
        return bestCount == 0 ? Float.MAX_VALUE : best / 100f;
    }

    /** The left edge of a page's text block: the start most lines share. */
    private static float commonStart(List<List<TextPosition>> lines) {
        Map<Long, Integer> counts = new HashMap<>();
        long best = 0;
        int bestCount = 0;
        for (List<TextPosition> line : lines) {
            long start = Math.round(start(line) * 100.0);
            int count = counts.merge(start, 1, Integer::sum);
            if (count > bestCount || count == bestCount && start < best) {
                best = start;
                bestCount = count;
            }
        }
        return best / 100f;
    }

    public static void main(String[] args) throws IOException {
        List<String> rows = new ArrayList<>();
        for (String file : args) {
            try (PDDocument doc = Loader.loadPDF(new File(file))) {
                Result result = measure(doc);
                System.out.println(file + ": " + result);
                result.faults().forEach(System.out::println);
                rows.add(result.row(new File(file).getName()));
            }
        }
        System.out.println();
        System.out.println("| PDF | pages | justified | > 0.5 em | < 0.17 em | word width max | p99 | pages > 0.5 % | "
                + "hyphenated | longest run | stranded | overfull |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }
}
