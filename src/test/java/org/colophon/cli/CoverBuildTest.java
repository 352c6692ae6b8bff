package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.colophon.testing.BookInvariants;
import org.colophon.testing.EpubValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cover through a whole build: the manuscript's image, or a drawn one. */
class CoverBuildTest {

    @TempDir
    Path dir;

    private Path manuscript(String cover) throws Exception {
        // dated, as a published book is: an undated one is warned about
        String xml = Files.readString(Path.of("manuscript/macron-rutte.xml"))
                .replace("<description>", "<date>2024-11-12</date>\n    <description>");
        if (cover != null) {
            xml = xml.replace("</metadata>", "  <cover src=\"" + cover + "\"/>\n  </metadata>");
        }
        Path file = dir.resolve("book.xml");
        Files.writeString(file, xml);
        return file;
    }

    private int build(Path manuscript, String... more) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "build", manuscript.toString(), "--out", dir.resolve("out").toString(), "--quiet"));
        args.addAll(java.util.List.of(more));
        int code = new Main(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args.toArray(String[]::new));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        if (code == 0) {
            BookInvariants.checkBuild(manuscript, dir.resolve("out"));
        }
        return code;
    }

    private static String entry(ZipFile zip, String name) throws Exception {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void withoutACoverImageTheEpubGetsADrawnCoverAndNoCoverPdfIsWritten() throws Exception {
        assertEquals(0, build(manuscript(null)));
        Path epub = dir.resolve("out/book.epub");
        assertFalse(Files.exists(dir.resolve("out/book-cover.pdf")));
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            String opf = entry(zip, "EPUB/package.opf");
            java.util.regex.Matcher item = java.util.regex.Pattern
                    .compile("<item id=\"([^\"]+)\" href=\"([^\"]+)\" media-type=\"image/jpeg\" properties=\"cover-image\"/>")
                    .matcher(opf);
            assertTrue(item.find(), opf);
            assertTrue(opf.contains("<itemref idref=\"cover\"/>"), "a cover page in the spine");
            ZipEntry image = zip.getEntry("EPUB/" + item.group(2));
            try (InputStream in = zip.getInputStream(image)) {
                assertEquals(1600, ImageIO.read(in).getHeight());
            }
            assertTrue(entry(zip, "EPUB/text/cover.xhtml").contains(item.group(2).replace("media/", "")));
        }
        EpubValidator.Result result = EpubValidator.check(epub);
        assertEquals(java.util.List.of(), result.errors());
        assertEquals(java.util.List.of(), result.warnings());
    }

    @Test
    void aCoverImageMakesACoverPdfAtTrimSizePlusBleedAndIsTheEpubCover() throws Exception {
        Files.createDirectories(dir.resolve("images"));
        byte[] jpeg = org.colophon.cover.CoverImages.jpeg(400, 560);
        Files.write(dir.resolve("images/cover.jpg"), jpeg);
        assertEquals(0, build(manuscript("images/cover.jpg")));
        Path coverPdf = dir.resolve("out/book-cover.pdf");
        assertTrue(Files.exists(coverPdf));
        try (PDDocument doc = Loader.loadPDF(coverPdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            assertEquals(doc.getPage(0).getMediaBox().getWidth(),
                    doc.getPage(0).getTrimBox().getWidth() + 2 * 3 * 72 / 25.4f, 0.05);
        }
        try (PDDocument book = Loader.loadPDF(dir.resolve("out/book.pdf").toFile())) {
            assertFalse(book.getPage(0).getResources().getXObjectNames().iterator().hasNext(),
                    "the interior does not start with the cover");
        }
        try (ZipFile zip = new ZipFile(dir.resolve("out/book.epub").toFile())) {
            String opf = entry(zip, "EPUB/package.opf");
            java.util.regex.Matcher item = java.util.regex.Pattern
                    .compile("href=\"([^\"]+)\" media-type=\"image/jpeg\" properties=\"cover-image\"").matcher(opf);
            assertTrue(item.find(), opf);
            try (InputStream in = zip.getInputStream(zip.getEntry("EPUB/" + item.group(1)))) {
                assertArrayEquals(jpeg, in.readAllBytes(), "the manuscript's own image");
            }
        }
        assertEquals(java.util.List.of(), EpubValidator.check(dir.resolve("out/book.epub")).errors());
    }

    @Test
    void printWritesTheCoverSpreadForThePagesTheBookHas() throws Exception {
        Path manuscript = manuscript(null);
        Files.writeString(manuscript, Files.readString(manuscript)
                .replace("<date>", "<identifier scheme=\"isbn\">978-0-306-40615-7</identifier>\n    <date>"));
        assertEquals(0, build(manuscript, "--print"));
        int pages;
        try (PDDocument book = Loader.loadPDF(dir.resolve("out/book.pdf").toFile())) {
            pages = book.getNumberOfPages();
        }
        float mm = 72 / 25.4f;
        try (PDDocument cover = Loader.loadPDF(dir.resolve("out/book-cover.pdf").toFile())) {
            assertEquals(1, cover.getNumberOfPages());
            assertEquals(2 * 148 * mm + pages * 0.002252f * 72 + 2 * 3 * mm,
                    cover.getPage(0).getMediaBox().getWidth(), 0.1);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(cover);
            assertTrue(text.contains("Article de presse sur la rencontre"), "the blurb: " + text);
            assertTrue(text.contains("ISBN 978-0-306-40615-7"), text);
        }
        // the EPUB still gets its drawn cover
        try (ZipFile zip = new ZipFile(dir.resolve("out/book.epub").toFile())) {
            assertTrue(entry(zip, "EPUB/package.opf").contains("properties=\"cover-image\""));
        }
    }

    @Test
    void printCssCanAskForThePrintSetWithoutTheSwitch() throws Exception {
        Path styles = Files.createDirectories(dir.resolve("styles"));
        Files.writeString(styles.resolve("print.css"), Files.readString(Path.of("styles/print.css"))
                .replace("bleed: 3mm;", "bleed: 3mm;\n  -colophon-print: on;"));
        assertEquals(0, build(manuscript(null), "--styles", styles.toString()));
        assertTrue(Files.exists(dir.resolve("out/book-cover.pdf")), "the cover spread");
        try (PDDocument book = Loader.loadPDF(dir.resolve("out/book.pdf").toFile())) {
            assertEquals("PDF/X-4", book.getDocumentInformation().getCOSObject().getString("GTS_PDFXVersion"));
        }
    }
}
