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
 * standard deviation of the per-line mean word space (justified lines, in em).
 *
 * <pre>java ... org.colophon.pdf.text.PdfLineQuality target/pdf-samples/ponson.pdf</pre>
 */
final class PdfLineQuality {

    record Result(int pages, int lines, int justified, int endingWithHyphen, int longestHyphenRun,
                  int strandedPunctuation, int overfull, double meanSpaceEm, double spaceDeviationEm,
                  List<String> faults) {

        double hyphenatedShare() {
            return lines == 0 ? 0 : (double) endingWithHyphen / lines;
        }

        @Override
        public String toString() {
            return String.format("%d pages, %d lines (%d justified); ending with a hyphen %d (%.2f %%), longest run %d; "
                            + "French punctuation starting a line %d; overfull %d; mean word space %.4f em, "
                            + "standard deviation %.4f em",
                    pages, lines, justified, endingWithHyphen, 100 * hyphenatedShare(), longestHyphenRun,
                    strandedPunctuation, overfull, meanSpaceEm, spaceDeviationEm);
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
            for (List<TextPosition> line : lines) {
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
                previousJustified = Math.abs(end - right) <= 0.05f;
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
                        sum += mean;
                        sumSquares += mean * mean;
                        spaced++;
                    }
                }
            }
        }
        double mean = spaced == 0 ? 0 : sum / spaced;
        double deviation = spaced == 0 ? 0 : Math.sqrt(Math.max(0, sumSquares / spaced - mean * mean));
        return new Result(pages.size(), lineCount, justified, hyphens, longest, stranded, overfull, mean, deviation,
                List.copyOf(faults));
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
        for (String file : args) {
            try (PDDocument doc = Loader.loadPDF(new File(file))) {
                Result result = measure(doc);
                System.out.println(file + ": " + result);
                result.faults().forEach(System.out::println);
            }
        }
    }
}
