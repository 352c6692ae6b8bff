package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.colophon.pdf.text.Protrusion;
import org.colophon.robustness.Hostile;
import org.colophon.testing.EpubFiles;
import org.colophon.testing.EpubValidator;
import org.colophon.testing.PdfDrawings;
import org.colophon.testing.PdfValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures find their place, in both books: an image larger than the page is scaled to the
 * measure, a width from the manuscript (a share of the measure or a length) is the width
 * printed, a figure that does not fit in the rest of its page floats to the top of the next
 * one while the text goes on, unless the manuscript keeps it where it is; an SVG is drawn
 * as vectors; an image printed under 300 ppi is named in the report and on stderr.
 */
class FiguresCliTest {

    private static final String FILL = "<p>Un paragraphe de remplissage qui occupe de la place sur la page, pour"
            + " que la figure tombe plus loin dans le livre.</p>\n";

    @TempDir
    static Path dir;
    static CliRun run;
    static byte[] pdf;
    static Map<String, byte[]> epub;
    static List<Page> pages = new ArrayList<>();
    static float measure;

    /** One PDF page: its text, its text lines' left and right ends and baselines (from the top), its drawings. */
    record Page(String text, List<Line> lines, PdfDrawings.Drawings drawings, float height) {
        Line line(String words) {
            return lines.stream().filter(l -> l.text().contains(words)).findFirst().orElseThrow(
                    () -> new AssertionError("no line with '" + words + "' in:\n" + text));
        }
    }

    record Line(String text, float left, float right, float baseline) {}

    @BeforeAll
    static void build() throws Exception {
        png(dir.resolve("images/grand.png"), 3000, 2400, 300);
        png(dir.resolve("images/large.png"), 1200, 600, 300);
        png(dir.resolve("images/haut.png"), 1500, 1200, 300);
        png(dir.resolve("images/petit.png"), 400, 300, 96);
        Files.writeString(dir.resolve("images/schema.svg"), """
                <svg xmlns="http://www.w3.org/2000/svg" width="12cm" height="6cm" viewBox="0 0 120 60">
                  <rect x="2" y="2" width="116" height="56" fill="#dde" stroke="#224"/>
                  <circle cx="30" cy="30" r="18" fill="#446"/>
                  <path d="M55 45 L75 15 L95 45 Z" fill="none" stroke="#a22" stroke-width="2"/>
                </svg>
                """);
        Path manuscript = dir.resolve("figures.xml");
        Files.writeString(manuscript, """
                <?xml version="1.0" encoding="UTF-8"?>
                <book xmlns="https://colophon.org/ns/manuscript/1" version="1" xml:lang="fr">
                <metadata><title>Figures</title><creator role="author">Prénom Nom</creator><date>2026-12-03</date></metadata>
                <body>
                <chapter id="tailles"><title>Tailles</title>
                %1$s%1$s%1$s
                <figure id="grand" src="images/grand.png" alt="Un grand dégradé"><caption>Légende grande</caption></figure>
                %1$s%1$s
                <figure id="moitie" src="images/large.png" width="50%%" alt="Un dégradé"><caption>Légende moitié</caption></figure>
                %1$s
                <figure id="huit" src="images/large.png" width="8cm" alt="Un dégradé"><caption>Légende huit</caption></figure>
                %1$s
                <figure id="petit" src="images/petit.png" alt="Un dégradé clair"><caption>Légende petite</caption></figure>
                %1$s
                <figure id="schema" src="images/schema.svg" alt="Un cercle et un triangle"><caption>Légende vectorielle</caption></figure>
                %1$s
                </chapter>
                <chapter id="flottant"><title>Flottant</title>
                %2$s<p>Avant-flottant : le texte qui appelle la figure.</p>
                <figure id="fig-flottant" src="images/haut.png" alt="Un dégradé"><caption>Légende flottante</caption></figure>
                <p>Après-flottant : le texte qui suit la figure dans le manuscrit.</p>
                %3$s</chapter>
                <chapter id="ici"><title>Ici</title>
                %2$s<p>Avant-ici : le texte qui appelle la figure.</p>
                <figure id="fig-ici" src="images/haut.png" placement="here" alt="Un dégradé"><caption>Légende ici</caption></figure>
                <p>Après-ici : le texte qui suit la figure dans le manuscrit.</p>
                %3$s</chapter>
                </body></book>
                """.formatted(FILL, FILL.repeat(8), FILL.repeat(6)), StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        run = CliRun.of("build", manuscript.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, run.status(), run.err());
        pdf = Files.readAllBytes(out.resolve("figures.pdf"));
        epub = EpubFiles.entries(out.resolve("figures.epub"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                pages.add(new Page(pageText(doc, i + 1), lines(doc, i + 1), PdfDrawings.of(doc.getPage(i)),
                        doc.getPage(i).getMediaBox().getHeight()));
            }
        }
        // the text block: where the letters of the lines of a page of running text start and end
        Page running = pages.get(pageOf("Avant-flottant") - 1);
        float left = Float.MAX_VALUE;
        float right = 0;
        for (Line l : running.lines()) {
            left = Math.min(left, l.left());
            right = Math.max(right, l.right());
        }
        measure = right - left;
    }

    @Test
    void anImageLargerThanThePageIsScaledToTheMeasureKeepingItsShape() {
        PdfDrawings.Drawn big = image("Légende grande");
        assertEquals(measure, big.width(), 1.5f, "measure " + measure + ", image " + big);
        assertEquals(leftOf("Légende grande"), big.x(), 1.5f, big.toString());
        assertEquals(3000f / 2400f, big.width() / big.height(), 0.01f, big.toString());
        assertEquals(3000, big.pixelWidth());
    }

    @Test
    void theManuscriptsWidthIsTheWidthPrintedAndTheEpubsCssWidth() {
        assertEquals(measure / 2, image("Légende moitié").width(), 1.5f);
        assertEquals(8 * 72 / 2.54f, image("Légende huit").width(), 0.1f);
        PdfDrawings.Drawn half = image("Légende moitié");
        assertEquals(leftOf("Légende moitié") + measure / 4, half.x(), 1.5f, "a narrower figure is centred");
        String chapter = chapterXhtml("Tailles");
        assertTrue(chapter.contains("src=\"../media/images/large.png\" style=\"width: 50%\""), chapter);
        assertTrue(chapter.contains("style=\"width: 8cm\""), chapter);
    }

    @Test
    void aFigureThatDoesNotFitFloatsToTheTopOfTheNextPageWhileTheTextGoesOn() {
        int called = pageOf("Avant-flottant");
        int figure = pageOf("Légende flottante");
        assertEquals(called + 1, figure, "the figure did not move to the next page: the test lost its point");
        assertEquals(called, pageOf("Après-flottant"), "the text after the figure did not go on where it was called");
        Page p = pages.get(figure - 1);
        PdfDrawings.Drawn image = p.drawings().of(PdfDrawings.Kind.IMAGE).get(0);
        float imageTop = p.height() - image.top();
        for (Line l : p.lines()) {
            boolean runningHead = List.of("Figures", "Flottant").contains(l.text().strip());
            assertTrue(runningHead || l.baseline() > imageTop, "'" + l.text() + "' is above the floated figure");
        }
        assertTrue(p.line("Légende flottante").baseline() - (p.height() - image.y()) < 30,
                "the caption stays under its image");
    }

    @Test
    void aFigureKeptHereEndsThePageBeforeItAndTheTextFollowsIt() {
        int called = pageOf("Avant-ici");
        int figure = pageOf("Légende ici");
        assertEquals(called + 1, figure, "the figure moved off its page: the test lost its point");
        Page p = pages.get(figure - 1);
        assertTrue(p.text().contains("Après-ici"), "the text after a figure kept here comes after it");
        assertTrue(p.line("Après-ici").baseline() > p.line("Légende ici").baseline());
        assertFalse(pages.get(called - 1).text().contains("Après-ici"));
        assertTrue(chapterXhtml("Ici").contains("<figure id=\"fig-ici\" class=\"here\">"), chapterXhtml("Ici"));
    }

    @Test
    void anSvgIsDrawnAsVectorsAcrossTheMeasure() {
        Page p = pages.get(pageOf("Légende vectorielle") - 1);
        List<PdfDrawings.Drawn> forms = p.drawings().of(PdfDrawings.Kind.FORM);
        assertEquals(1, forms.size(), p.drawings().toString());
        // 12 cm wide, wider than the measure: scaled to it, 2:1 kept
        assertEquals(measure, forms.get(0).width(), 1.5f);
        assertEquals(2f, forms.get(0).width() / forms.get(0).height(), 0.01f);
        assertTrue(p.drawings().formPaths() >= 3, p.drawings().toString());
        assertTrue(epub.containsKey("EPUB/media/images/schema.svg"));
    }

    @Test
    void anImageUnder300PpiIsNamedInTheReportAndOnStderr() throws IOException {
        String report = Files.readString(dir.resolve("out/figures-report.json"));
        int low = report.indexOf("\"lowResolutionImages\"");
        String lowList = report.substring(low, report.indexOf("]", low));
        assertTrue(lowList.contains("images/petit.png"), report);
        Matcher ppi = Pattern.compile("\"ppi\": ([0-9.]+)").matcher(lowList);
        assertTrue(ppi.find(), lowList);
        assertEquals(96, Double.parseDouble(ppi.group(1)), 1, lowList);
        for (String fine : List.of("grand.png", "large.png", "haut.png", "schema.svg")) {
            assertFalse(lowList.contains(fine), lowList);
            assertTrue(report.contains(fine), "every printed image is in the report: " + fine);
        }
        List<String> warned = run.err().lines().filter(l -> l.contains("ppi")).toList();
        assertEquals(1, warned.size(), run.err());
        assertTrue(warned.get(0).contains("images/petit.png") && warned.get(0).contains("at 96 ppi"), warned.get(0));
    }

    @Test
    void bothBooksPassTheirValidators() {
        assertTrue(EpubValidator.check(dir.resolve("out/figures.epub")).clean(),
                EpubValidator.check(dir.resolve("out/figures.epub")).describe());
        PdfValidator.Verdict ua = PdfValidator.pdfUa1(pdf);
        assertTrue(ua.compliant(), ua.toString());
        PdfValidator.Verdict a = PdfValidator.pdfA2a(pdf);
        assertTrue(a.compliant(), a.toString());
    }

    @Test
    void aWidthThatIsNoWidthIsRefusedAtItsPlace() {
        for (String width : List.of("150%", "wide", "0cm", "12px")) {
            Path bad = dir.resolve("bad/book.xml");
            Hostile.write(dir.resolve("bad/images/large.png"), Hostile.png(20, 10));
            Hostile.write(bad, Hostile.chapter("fr",
                    "      <figure src=\"images/large.png\" width=\"" + width + "\" alt=\"un dégradé\"/>\n"));
            CliRun r = CliRun.of("build", bad.toString(), "--out", dir.resolve("bad/out").toString(), "--quiet");
            assertEquals(1, r.status(), r.err());
            String first = r.err().lines().findFirst().orElse("");
            assertTrue(first.startsWith(bad + ":6:"), first);
            assertTrue(first.contains("width=\"" + width + "\"") && first.contains("50%") && first.contains("6cm"), first);
            assertFalse(Files.exists(dir.resolve("bad/out")), "something was written for width " + width);
        }
    }

    private static PdfDrawings.Drawn image(String caption) {
        Page p = pages.get(pageOf(caption) - 1);
        float captionLine = p.line(caption).baseline();
        // the image right above its caption
        PdfDrawings.Drawn best = null;
        for (PdfDrawings.Drawn d : p.drawings().drawn()) {
            float bottom = p.height() - d.y();
            if (bottom < captionLine && (best == null || bottom > p.height() - best.y())) {
                best = d;
            }
        }
        assertTrue(best != null, "no image above " + caption);
        return best;
    }

    /** Where the text block starts on the page that prints {@code words} (pages face each other). */
    private static float leftOf(String words) {
        float min = Float.MAX_VALUE;
        for (Line l : pages.get(pageOf(words) - 1).lines()) {
            min = Math.min(min, l.left());
        }
        return min;
    }

    private static int pageOf(String words) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).text().contains(words)) {
                return i + 1;
            }
        }
        throw new AssertionError("no page prints '" + words + "'");
    }

    private static String chapterXhtml(String title) {
        return epub.entrySet().stream().filter(e -> e.getKey().startsWith("EPUB/text/chapter-"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8))
                .filter(x -> x.contains(">" + title + "<")).findFirst().orElseThrow();
    }

    private static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc);
    }

    private static List<Line> lines(PDDocument doc, int page) throws IOException {
        List<Line> lines = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (positions.isEmpty()) {
                    return;
                }
                TextPosition first = positions.get(0);
                TextPosition last = positions.get(positions.size() - 1);
                // the letters' edges: punctuation may hang into the margins by its share of the protrusion table
                lines.add(new Line(text, first.getXDirAdj() + Protrusion.DEFAULT.left(codePoint(first)) * first.getWidthDirAdj(),
                        last.getXDirAdj() + last.getWidthDirAdj() * (1 - Protrusion.DEFAULT.right(codePoint(last))),
                        first.getYDirAdj()));
            }
        };
        s.setStartPage(page);
        s.setEndPage(page);
        s.getText(doc);
        return lines;
    }

    /** The character a glyph shows; the setter's hyphen (a soft hyphen, which the stripper empties here) as a hyphen. */
    private static int codePoint(TextPosition p) {
        String u = p.getUnicode();
        return u.isEmpty() || u.equals("\u00AD") ? '-' : u.codePointAt(0);
    }

    /** A grey PNG of {@code w} × {@code h} pixels that says it is {@code dpi} dots per inch. */
    private static void png(Path file, int w, int h, int dpi) throws IOException {
        Files.createDirectories(file.getParent());
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.LIGHT_GRAY);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.DARK_GRAY);
        g.fillOval(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        IIOMetadataNode horizontal = new IIOMetadataNode("HorizontalPixelSize");
        horizontal.setAttribute("value", Double.toString(25.4 / dpi));
        IIOMetadataNode vertical = new IIOMetadataNode("VerticalPixelSize");
        vertical.setAttribute("value", Double.toString(25.4 / dpi));
        IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
        dimension.appendChild(horizontal);
        dimension.appendChild(vertical);
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
        root.appendChild(dimension);
        metadata.mergeTree("javax_imageio_1.0", root);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(new IIOImage(image, null, metadata));
        } finally {
            writer.dispose();
        }
    }
}
