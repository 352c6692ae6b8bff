package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interior prints on the black plate alone: text, rules and leaders are in DeviceGray
 * (a CMYK press puts a grey on K only, an RGB black or grey on all four plates), a grey that
 * print.css asks for included; Ghostscript's separations of every page show it.
 */
class BlackPlateTest {

    /** Colour operators other than DeviceGray's {@code g} and {@code G}. */
    private static final Set<String> NOT_GREY = Set.of("rg", "RG", "k", "K", "cs", "CS", "sc", "SC", "scn", "SCN");

    @TempDir
    static Path dir;

    /** The default manuscript, its paragraphs in a dark grey. */
    @BeforeAll
    static void build() throws IOException {
        Path styles = Files.createDirectories(dir.resolve("styles"));
        Files.writeString(styles.resolve("print.css"), Files.readString(Path.of("styles/print.css"))
                + "\np { color: #333333; }\n");
        CliRun run = CliRun.of("build", "manuscript/macron-rutte.xml", "--out", dir.resolve("out").toString(),
                "--styles", styles.toString(), "--quiet", "--print");
        assertEquals(0, run.status(), run.err());
    }

    @Test
    void theContentStreamsSetNoColourButGreys() throws IOException {
        Map<String, Integer> operators = new TreeMap<>();
        List<Float> greys = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(dir.resolve("out/macron-rutte.pdf").toFile())) {
            for (PDPage page : doc.getPages()) {
                List<Object> tokens = new PDFStreamParser(page).parse();
                for (int i = 0; i < tokens.size(); i++) {
                    if (tokens.get(i) instanceof Operator op) {
                        if (NOT_GREY.contains(op.getName())) {
                            operators.merge(op.getName(), 1, Integer::sum);
                        }
                        if (op.getName().equals("g") && tokens.get(i - 1) instanceof COSNumber n) {
                            greys.add(n.floatValue());
                        }
                    }
                }
            }
        }
        assertEquals(Map.of(), operators, "colour operators in the interior");
        assertTrue(greys.contains(0.2f), "the paragraphs' #333333 as 0.2 g: " + greys);
    }

    @Test
    void everyPageSeparatesToTheBlackPlateOnly() throws Exception {
        Assumptions.assumeTrue(hasGhostscript(), "Ghostscript (gs) is not installed");
        Path seps = Files.createDirectories(dir.resolve("separations"));
        Process gs = new ProcessBuilder("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=tiffsep", "-r50",
                "-sOutputFile=" + seps.resolve("page-%02d.tif"), dir.resolve("out/macron-rutte.pdf").toString())
                .redirectErrorStream(true).start();
        String said = new String(gs.getInputStream().readAllBytes());
        assertTrue(gs.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, gs.exitValue(), said);
        int pages;
        try (PDDocument doc = Loader.loadPDF(dir.resolve("out/macron-rutte.pdf").toFile())) {
            pages = doc.getNumberOfPages();
        }
        int inkedBlack = 0;
        for (int p = 1; p <= pages; p++) {
            String page = String.format("page-%02d", p);
            for (String plate : List.of("Cyan", "Magenta", "Yellow")) {
                assertEquals(0, inked(seps.resolve(page + "(" + plate + ").tif")), page + ": ink on the " + plate + " plate");
            }
            if (inked(seps.resolve(page + "(Black).tif")) > 0) {
                inkedBlack++;
            }
        }
        // the blank versos have no ink at all; every other page has its text on K
        assertTrue(inkedBlack >= pages / 2, inkedBlack + " of " + pages + " pages have ink on the black plate");
    }

    /** Pixels with ink on a separation (tiffsep writes 255 where a plate has none). */
    private static long inked(Path plate) throws IOException {
        BufferedImage image = ImageIO.read(plate.toFile());
        Raster raster = image.getRaster();
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (raster.getSample(x, y, 0) != 255) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean hasGhostscript() {
        try {
            Process p = new ProcessBuilder("gs", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
