package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Optical margin alignment read back from the glyph positions of built books: in the
 * lines inside a paragraph, a final comma or hyphen hangs beyond the text block's right
 * edge by its share of the default table, a final letter ends at the edge, an opening
 * guillemet or a dash that starts a line hangs left of the left edge; print.css changes
 * the amounts with {@code -colophon-protrusion} and turns it off with {@code
 * hanging-punctuation: none}; a wrong table stops the build at its line and column.
 */
class OpticalMarginsTest {

    private static final float MM = 72 / 25.4f;
    private static final float BODY = 10; // the default print.css's body size

    @TempDir
    static Path dir;

    private static List<Line> hung;
    private static List<Line> changed;
    private static List<Line> flush;
    private static Path manuscript;

    /** A line of body text inside a paragraph (another line of it follows), with its ends and the text block's. */
    record Line(String text, char first, float start, float firstWidth, char last, float end, float lastWidth,
                float left, float right) {

        /** A paragraph's first line, which starts after its indent. */
        boolean indented() {
            return start > left + 3;
        }
    }

    @BeforeAll
    static void build() throws IOException {
        manuscript = dir.resolve("book.xml");
        Files.writeString(manuscript, manuscriptText());
        hung = lines(build("hung", null));
        changed = lines(build("changed", "p { -colophon-protrusion: \",\" 0 0.3, \"-\" 0 0; }"));
        flush = lines(build("flush", "p { hanging-punctuation: none; }"));
    }

    @Test
    void aFinalCommaOrHyphenHangsByTheTablesShareAndAFinalLetterEndsAtTheEdge() {
        int commas = 0;
        int hyphens = 0;
        int letters = 0;
        for (Line l : hung) {
            if (l.last() == ',') {
                assertEquals(l.right() + 0.6f * l.lastWidth(), l.end(), 0.1f, l.toString());
                commas++;
            } else if (l.last() == '-' || l.last() == '\u00AD') {
                assertEquals(l.right() + 0.7f * l.lastWidth(), l.end(), 0.1f, l.toString());
                hyphens++;
            } else if (Character.isLetter(l.last())) {
                assertEquals(l.right(), l.end(), 0.05f, l.toString());
                letters++;
            }
        }
        assertTrue(commas >= 3 && hyphens >= 3 && letters >= 20,
                commas + " commas, " + hyphens + " hyphens, " + letters + " letters at the ends of " + hung.size() + " lines");
    }

    @Test
    void anOpeningGuillemetOrADashThatStartsALineHangsIntoTheLeftMargin() {
        int marks = 0;
        int letters = 0;
        for (Line l : hung) {
            if (l.indented()) {
                continue;
            }
            if (l.first() == '\u00AB') {
                assertEquals(l.left() - 0.4f * l.firstWidth(), l.start(), 0.1f, l.toString());
                marks++;
            } else if (l.first() == '\u2014') {
                assertEquals(l.left() - 0.2f * l.firstWidth(), l.start(), 0.1f, l.toString());
                marks++;
            } else if (Character.isLetter(l.first())) {
                assertEquals(l.left(), l.start(), 0.05f, l.toString());
                letters++;
            }
        }
        assertTrue(marks >= 2 && letters >= 20, marks + " marks, " + letters + " letters at the starts of lines");
    }

    @Test
    void printCssChangesTheAmounts() {
        int commas = 0;
        int hyphens = 0;
        for (Line l : changed) {
            if (l.last() == ',') {
                assertEquals(l.right() + 0.3f * l.lastWidth(), l.end(), 0.1f, l.toString());
                commas++;
            } else if (l.last() == '-' || l.last() == '\u00AD') {
                assertEquals(l.right(), l.end(), 0.05f, l.toString());
                hyphens++;
            }
        }
        assertTrue(commas >= 3 && hyphens >= 3, commas + " commas, " + hyphens + " hyphens");
    }

    @Test
    void hangingPunctuationNoneKeepsEveryGlyphInsideTheTextBlock() {
        int punctuation = 0;
        for (Line l : flush) {
            assertEquals(l.right(), l.end(), 0.05f, l.toString());
            if (!l.indented()) {
                assertEquals(l.left(), l.start(), 0.05f, l.toString());
            }
            if (!Character.isLetter(l.last())) {
                punctuation++;
            }
        }
        assertTrue(punctuation >= 6 && flush.size() >= 40, punctuation + " of " + flush.size() + " lines end in punctuation");
    }

    @Test
    void aWrongProtrusionTableStopsTheBuildAtItsLineAndColumn() throws IOException {
        Path styles = Files.createDirectories(dir.resolve("bad-styles"));
        String css = Files.readString(Path.of("styles/print.css"));
        int line = (int) css.lines().count() + 3; // after the blank line and "p {"
        Files.writeString(styles.resolve("print.css"), css + "\np {\n  -colophon-protrusion: \",\" 0 1.5;\n}\n");
        Path out = dir.resolve("bad");
        CliRun run = CliRun.of("build", manuscript.toString(), "--out", out.toString(), "--styles", styles.toString(),
                "--quiet");
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().contains("print.css:" + line + ":3: error: -colophon-protrusion takes"), run.err());
        assertTrue(run.err().contains("not 1.5 after \",\""), run.err());
        assertTrue(!Files.exists(out.resolve("book.pdf")), "no PDF for a wrong style");
    }

    private static Path build(String name, String extraCss) throws IOException {
        Path out = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("build", manuscript.toString(), "--out", out.toString(), "--quiet"));
        if (extraCss != null) {
            Path styles = Files.createDirectories(dir.resolve(name + "-styles"));
            Files.writeString(styles.resolve("print.css"), Files.readString(Path.of("styles/print.css")) + "\n" + extraCss + "\n");
            args.addAll(List.of("--styles", styles.toString()));
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.status(), run.err());
        return out.resolve("book.pdf");
    }

    /**
     * French prose with commas, guillemets, dashes and long words, in a fixed order that
     * puts each of them at line ends and starts somewhere on the book's pages.
     */
    private static String manuscriptText() {
        String[] words = {"le", "baron", "duchesse,", "s’écria", "extraordinairement", "«", "mais", "incontestablement",
            "»", "la", "reconnaissance", "—", "vous", "et", "mélancoliquement,", "chevalier", "de", "désappointement",
            "ainsi,", "perpendiculairement", "sa", "main", "fine", "aristocratique,", "qui", "était", "encore", "au",
            "lit,", "allongea", "un", "petit", "air", "impatient,", "merveilleusement", "dans", "le", "fauteuil"};
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <book xmlns="https://colophon.org/ns/manuscript/1" version="1" xml:lang="fr">
                  <metadata><title>Marges optiques</title></metadata>
                  <body>
                    <chapter id="c1">
                      <title>Un</title>
                """);
        long seed = 20;
        for (int p = 0; p < 24; p++) {
            StringBuilder text = new StringBuilder("Alors");
            boolean open = false;
            for (int w = 0; w < 110; w++) {
                seed = (seed * 1103515245L + 12345L) & 0x7fffffffL;
                String word = words[(int) (seed >> 8) % words.length];
                if (word.equals("»") && !open || word.equals("«") && open) {
                    continue;
                }
                open = word.equals("«") || open && !word.equals("»");
                text.append(' ').append(word);
            }
            xml.append("      <p>").append(text).append(open ? " »" : "").append(".</p>\n");
        }
        return xml.append("    </chapter>\n  </body>\n</book>\n").toString();
    }

    /**
     * The body lines of the book's pages that another line of their paragraph follows (the
     * next line starts at the left edge, not indented), with the text block's edges from
     * the default print.css: A5 trimmed, 3 mm bleed, margins 18 mm inside and 24 mm outside.
     */
    private static List<Line> lines(Path pdf) throws IOException {
        List<Line> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDRectangle trim = doc.getPage(i).getTrimBox();
                boolean recto = i % 2 == 0;
                float left = trim.getLowerLeftX() + (recto ? 18 : 24) * MM;
                float right = trim.getUpperRightX() - (recto ? 24 : 18) * MM;
                List<List<TextPosition>> page = pageLines(doc, i + 1);
                for (int k = 0; k + 1 < page.size(); k++) {
                    List<TextPosition> line = page.get(k);
                    List<TextPosition> next = page.get(k + 1);
                    boolean body = Math.abs(line.get(0).getFontSizeInPt() - BODY) < 0.01f
                            && Math.abs(next.get(0).getFontSizeInPt() - BODY) < 0.01f;
                    if (!body || next.get(0).getXDirAdj() > left + 3 || line.get(0).getXDirAdj() > left + 12.5f) {
                        continue; // a paragraph's last line, or not body text (a running head)
                    }
                    TextPosition first = line.get(0);
                    TextPosition last = line.get(line.size() - 1);
                    StringBuilder text = new StringBuilder();
                    line.forEach(p -> text.append(p.getUnicode()));
                    out.add(new Line(text.toString(), first.getUnicode().charAt(0), first.getXDirAdj(),
                            first.getWidthDirAdj(), last.getUnicode().charAt(0), last.getXDirAdj() + last.getWidthDirAdj(),
                            last.getWidthDirAdj(), left, right));
                }
            }
        }
        return out;
    }

    /** A page's lines rebuilt from its glyphs: a new line starts where the text goes back left or down. */
    private static List<List<TextPosition>> pageLines(PDDocument doc, int page) throws IOException {
        List<List<TextPosition>> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            private TextPosition previous;

            @Override
            protected void processTextPosition(TextPosition p) {
                if (previous == null || p.getXDirAdj() < previous.getXDirAdj() - 0.5f
                        || Math.abs(p.getYDirAdj() - previous.getYDirAdj()) > 2) {
                    lines.add(new ArrayList<>());
                }
                lines.get(lines.size() - 1).add(p);
                previous = p;
            }
        };
        stripper.setSortByPosition(false);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        return lines;
    }
}
