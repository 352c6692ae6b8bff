package org.colophon.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.colophon.pdf.css.Lengths;

/**
 * Reads a PDF made with the default print.css (A5, bleed 3 mm, margins 20/24/28/18 mm,
 * 10 pt body text) back and counts page-breaking faults from the glyphs alone: body lines
 * are the 10 pt lines inside the text block; a paragraph starts with an indented line
 * (1.2 em) and ends with a line that stops short of the right edge.
 *
 * <ul>
 * <li>widow: a page's first body line ends a paragraph that began on an earlier page;</li>
 * <li>orphan: a page's last body line starts a paragraph that goes on overleaf;</li>
 * <li>unequal spread: a verso and the recto beside it, both inside one chapter and
 *     the recto not the chapter's last page, whose lowest lines stand on different
 *     baselines.</li>
 * </ul>
 *
 * <p>{@code java … PageAudit book.pdf} prints the figures for any such PDF.
 */
final class PageAudit {

    private static final float MM = Lengths.MM;
    private static final float BLEED = 3 * MM;
    private static final float TOP = BLEED + 20 * MM;
    private static final float BOTTOM = TOP + 162 * MM;
    /** A spread may run a line long: its last lines stand a grid line below the text block. */
    private static final float LONG = 13;
    private static final float MEASURE = 106 * MM;
    private static final float INDENT = 12; // 1.2 em of 10 pt

    /** A line of glyphs: its baseline from the top of the page, its edges and size. */
    record Line(float baseline, float left, float right, float size, String text) {}

    /** One page's lines, top to bottom. */
    record Page(int number, List<Line> lines) {

        float textLeft() {
            return BLEED + (number % 2 == 1 ? 18 * MM : 24 * MM); // page 1 is a recto
        }

        /** The running text's 10 pt lines inside the text block. */
        List<Line> body() {
            List<Line> out = new ArrayList<>();
            for (Line l : lines) {
                if (l.baseline() > TOP && l.baseline() <= BOTTOM + LONG + 1 && Math.abs(l.size() - 10) < 0.3f) {
                    out.add(l);
                }
            }
            return out;
        }

        /** Every line inside the text block, notes included: the page's visual foot. */
        float lowestBaseline() {
            float low = 0;
            for (Line l : lines) {
                if (l.baseline() > TOP && l.baseline() <= BOTTOM + LONG + 1) {
                    low = Math.max(low, l.baseline());
                }
            }
            return low;
        }

        /** A running head stands above the text block on every page but openings and blanks. */
        boolean hasRunningHead() {
            return lines.stream().anyMatch(l -> l.baseline() < TOP);
        }

        boolean startsParagraph(Line l) {
            return Math.abs(l.left() - textLeft() - INDENT) < 0.6f;
        }

        boolean endsParagraph(Line l) {
            return l.right() < textLeft() + MEASURE - 1.5f;
        }
    }

    /** What the audit found, with a description of each fault. */
    record Report(int pages, List<String> widows, List<String> orphans, List<String> unequalSpreads) {
        @Override
        public String toString() {
            return pages + " pages, " + widows.size() + " widows, " + orphans.size() + " orphans, "
                    + unequalSpreads.size() + " unequal spreads";
        }
    }

    private PageAudit() {
    }

    static List<Page> pages(PDDocument doc) throws IOException {
        Map<Integer, TreeMap<Float, List<TextPosition>>> byPage = new TreeMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                TreeMap<Float, List<TextPosition>> lines = byPage.computeIfAbsent(getCurrentPageNo(), k -> new TreeMap<>());
                for (TextPosition p : positions) {
                    float y = Math.round(p.getYDirAdj() * 4) / 4f;
                    lines.computeIfAbsent(y, k -> new ArrayList<>()).add(p);
                }
            }
        };
        stripper.getText(doc);
        List<Page> out = new ArrayList<>();
        for (int n = 1; n <= doc.getNumberOfPages(); n++) {
            List<Line> lines = new ArrayList<>();
            for (Map.Entry<Float, List<TextPosition>> e : byPage.getOrDefault(n, new TreeMap<>()).entrySet()) {
                float left = Float.MAX_VALUE;
                float right = 0;
                StringBuilder text = new StringBuilder();
                for (TextPosition p : e.getValue()) {
                    left = Math.min(left, p.getXDirAdj());
                    right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                    text.append(p.getUnicode());
                }
                lines.add(new Line(e.getKey(), left, right, e.getValue().get(0).getFontSizeInPt(), text.toString()));
            }
            out.add(new Page(n, lines));
        }
        return out;
    }

    static Report audit(PDDocument doc) throws IOException {
        List<Page> pages = pages(doc);
        List<String> widows = new ArrayList<>();
        List<String> orphans = new ArrayList<>();
        List<String> unequal = new ArrayList<>();
        for (int i = 0; i + 1 < pages.size(); i++) {
            Page page = pages.get(i);
            Page next = pages.get(i + 1);
            List<Line> body = page.body();
            List<Line> nextBody = next.body();
            if (body.isEmpty() || nextBody.isEmpty() || !next.hasRunningHead()) {
                continue; // the text does not run on overleaf
            }
            Line last = body.get(body.size() - 1);
            Line first = nextBody.get(0);
            boolean continues = !page.endsParagraph(last) && !next.startsParagraph(first);
            if (continues && page.startsParagraph(last)) {
                orphans.add("page " + page.number() + ": " + last.text());
            }
            if (continues && next.endsParagraph(first)) {
                widows.add("page " + next.number() + ": " + first.text());
            }
        }
        // spreads: a verso (even page number) and the next recto
        for (int i = 1; i + 1 < pages.size(); i += 2) {
            Page verso = pages.get(i);
            Page recto = pages.get(i + 1);
            boolean rectoEndsChapter = i + 2 >= pages.size() || !pages.get(i + 2).hasRunningHead();
            if (verso.body().isEmpty() || !recto.hasRunningHead() || rectoEndsChapter) {
                continue;
            }
            float a = verso.lowestBaseline();
            float b = recto.lowestBaseline();
            if (Math.abs(a - b) > 0.5f) {
                unequal.add("pages " + verso.number() + "–" + recto.number() + ": " + a + " / " + b);
            }
        }
        return new Report(pages.size(), widows, orphans, unequal);
    }

    public static void main(String[] args) throws IOException {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(Path.of(args[0])))) {
            List<Page> all = pages(doc);
            for (int i = 1; i < args.length; i++) { // pages to show line by line
                Page p = all.get(Integer.parseInt(args[i]) - 1);
                for (Line l : p.lines()) {
                    System.out.printf("%3d %6.1f %6.1f %6.1f %4.1f %s%s %s%n", p.number(), l.baseline(),
                            l.left() - p.textLeft(), l.right() - p.textLeft(), l.size(), p.startsParagraph(l) ? "S" : " ",
                            p.endsParagraph(l) ? "E" : " ", l.text());
                }
            }
            Report r = audit(doc);
            r.widows().forEach(w -> System.out.println("widow  " + w));
            r.orphans().forEach(o -> System.out.println("orphan " + o));
            r.unequalSpreads().forEach(u -> System.out.println("spread " + u));
            // how far above the last grid line pages that are not a chapter's last end, in lines
            List<Page> pages = all;
            Map<Integer, Integer> shortness = new TreeMap<>();
            for (int i = 0; i + 1 < pages.size(); i++) {
                if (!pages.get(i).body().isEmpty() && pages.get(i + 1).hasRunningHead()) {
                    int lines = Math.round((517.5f - pages.get(i).lowestBaseline()) / 13);
                    shortness.merge(lines, 1, Integer::sum);
                }
            }
            System.out.println("pages running on, by grid lines left empty at the foot: " + shortness);
            List<Integer> lastPages = new ArrayList<>();
            for (int i = 1; i < pages.size(); i++) {
                boolean ends = i + 1 == pages.size() || !pages.get(i + 1).hasRunningHead();
                if (ends && pages.get(i).hasRunningHead() && !pages.get(i).body().isEmpty()) {
                    lastPages.add(pages.get(i).body().size());
                    if (pages.get(i).body().size() < 3) {
                        System.out.println("short chapter end: page " + pages.get(i).number());
                    }
                }
            }
            System.out.println("lines on chapters' last pages (openings aside): " + lastPages);
            System.out.println(r);
        }
    }
}
