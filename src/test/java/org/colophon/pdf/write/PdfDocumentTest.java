package org.colophon.pdf.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.colophon.error.Warnings;
import org.colophon.layout.BuildDate;
import org.colophon.model.Creator;
import org.colophon.model.Metadata;
import org.colophon.pdf.css.Lengths;
import org.colophon.pdf.flow.FlowBlock;
import org.colophon.pdf.flow.Frame;
import org.colophon.pdf.page.LaidOutPage;
import org.colophon.pdf.page.PageMaster;
import org.colophon.testing.PdfValidator;
import org.junit.jupiter.api.Test;

/** The PDF/A side of the typesetter, without text: boxes, images, metadata, determinism. */
public class PdfDocumentTest {

    private static final Metadata METADATA = Metadata.builder()
            .title("Le Titre")
            .creators(List.of(new Creator("Anne Autrice", null, Creator.Role.AUTHOR)))
            .language("fr")
            .publisher("Éditions X")
            .date("2021-03-04")
            .description("Une description.")
            .subjects(List.of("Roman"))
            .build();

    public static byte[] png(int w, int h, boolean alpha) throws IOException {
        BufferedImage image = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 60, 40, alpha ? 128 : 255));
        g.fillRect(0, 0, w, h / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] build(byte[] png) throws IOException {
        return build(png, METADATA);
    }

    private static byte[] build(byte[] png, Metadata metadata) throws IOException {
        PageMaster master = PageMaster.from(List.of(), "t.css", Warnings.ignore());
        FlowBlock.Image image = new FlowBlock.Image("EPUB/images/a.png", png, "image/png", 200, 100, 10,
                List.of("fig1"), false);
        LaidOutPage page = new LaidOutPage(0, "EPUB/text/a.xhtml", List.of(
                new LaidOutPage.Placed(new Frame.Anchor("fig1", 10, -100), 120),
                new LaidOutPage.Placed(new Frame.Picture(image, 10, 0), 120)));
        try (PDDocument document = new PDDocument()) {
            new PdfAssembler(document, master, null, Warnings.ignore()).draw(List.of(page));
            PdfMetadata.apply(document, metadata, PdfMetadata.date(BuildDate.of(metadata, null)),
                    PdfMetadata.digest(List.of("content")));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPageWithAnImageIsPdfA2bWithA5TrimAndBleed() throws IOException {
        byte[] pdf = build(png(400, 200, true));
        PdfValidator.Verdict verdict = PdfValidator.pdfA2b(pdf);
        assertTrue(verdict.compliant(), verdict.toString());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            PDRectangle trim = page.getTrimBox();
            assertEquals(148 * Lengths.MM, trim.getWidth(), 0.01);
            assertEquals(210 * Lengths.MM, trim.getHeight(), 0.01);
            assertEquals(3 * Lengths.MM, trim.getLowerLeftX(), 0.01);
            PDRectangle bleed = page.getBleedBox();
            assertEquals(154 * Lengths.MM, bleed.getWidth(), 0.01);
            assertEquals(page.getMediaBox().getHeight(), bleed.getHeight(), 0.01);
            int images = 0;
            for (COSName name : page.getResources().getXObjectNames()) {
                images += page.getResources().getXObject(name) instanceof PDImageXObject ? 1 : 0;
            }
            assertEquals(1, images);
            assertEquals("fr", doc.getDocumentCatalog().getLanguage());
            assertEquals("Le Titre", doc.getDocumentInformation().getTitle());
            assertEquals("Colophon", doc.getDocumentInformation().getProducer());
            Calendar created = doc.getDocumentInformation().getCreationDate();
            assertEquals(2021, created.get(Calendar.YEAR));
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("Anne Autrice"), xmp);
            assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>") || xmp.contains("pdfaid:part=\"2\""), xmp);
            assertTrue(xmp.contains("2021-03-04T00:00:00"), xmp);
        }
    }

    @Test
    void theInfoDictionaryNamesTheAuthorsAsXmpDoes() throws IOException {
        byte[] one = build(png(40, 30, false));
        try (PDDocument doc = Loader.loadPDF(one)) {
            assertEquals("Anne Autrice", doc.getDocumentInformation().getAuthor());
            assertEquals(List.of("Anne Autrice"), xmpCreators(doc));
        }
        Metadata two = Metadata.builder()
                .title("Le Titre")
                .creators(List.of(new Creator("Anne Autrice", "Autrice, Anne", Creator.Role.AUTHOR),
                        new Creator("Tom Traducteur", null, Creator.Role.TRANSLATOR),
                        new Creator("Bruno Auteur", null, Creator.Role.AUTHOR)))
                .language("fr")
                .date("2021-03-04")
                .build();
        byte[] pdf = build(png(40, 30, false), two);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // the authors, in the order XMP lists them; a translator is a contributor, not an author
            assertEquals("Anne Autrice; Bruno Auteur", doc.getDocumentInformation().getAuthor());
            assertEquals(List.of("Anne Autrice", "Bruno Auteur"), xmpCreators(doc));
        }
        assertEquals(List.of(), PdfValidator.pdfA2b(pdf).failedRules(), "PDF/A-2 accepts /Author beside a list");

        Metadata none = Metadata.builder().title("Anonyme").language("fr").build();
        try (PDDocument doc = Loader.loadPDF(build(png(40, 30, false), none))) {
            assertEquals(null, doc.getDocumentInformation().getAuthor(), "no author, no /Author");
        }
    }

    private static List<String> xmpCreators(PDDocument doc) throws IOException {
        try {
            org.apache.xmpbox.XMPMetadata xmp = new org.apache.xmpbox.xml.DomXmpParser()
                    .parse(doc.getDocumentCatalog().getMetadata().toByteArray());
            return xmp.getDublinCoreSchema().getCreators();
        } catch (org.apache.xmpbox.xml.XmpParsingException e) {
            throw new IOException(e);
        }
    }

    @Test
    void twoRunsGiveTheSameBytes() throws IOException {
        byte[] png = png(40, 30, false);
        assertArrayEquals(build(png), build(png));
    }

    @Test
    void datesComeFromSourceDateEpochThenTheManuscriptThen1980() {
        assertEquals(2023, PdfMetadata.date(BuildDate.of(dated("1999"), EPOCH_1700000000)).get(Calendar.YEAR));
        assertEquals(1999, PdfMetadata.date(BuildDate.of(dated("1999"), null)).get(Calendar.YEAR));
        Calendar c = PdfMetadata.date(BuildDate.of(dated(null), null));
        assertEquals(1980, c.get(Calendar.YEAR));
        assertEquals(0, c.get(Calendar.MONTH));
        assertEquals(1, c.get(Calendar.DAY_OF_MONTH));
    }

    @Test
    void theDateIsTheBuildsToTheSecondAndAManuscriptsDayAsWritten() {
        assertEquals(1_700_000_000_000L, PdfMetadata.date(BuildDate.of(dated("1999"), EPOCH_1700000000))
                .getTimeInMillis());
        // before the Gregorian reform the calendar counts in Julian days: the day stays the one written
        Calendar old = PdfMetadata.date(BuildDate.of(dated("1500-03-01"), null));
        assertEquals(1500, old.get(Calendar.YEAR));
        assertEquals(Calendar.MARCH, old.get(Calendar.MONTH));
        assertEquals(1, old.get(Calendar.DAY_OF_MONTH));
        assertEquals(0, old.get(Calendar.HOUR_OF_DAY));
    }

    private static final Instant EPOCH_1700000000 = Instant.ofEpochSecond(1_700_000_000L);

    private static Metadata dated(String date) {
        Metadata m = METADATA;
        return new Metadata(m.title(), m.subtitle(), m.creators(), m.language(), m.identifier(), m.publisher(), date,
                m.rights(), m.description(), m.subjects(), m.series(), m.cover(), m.source(), m.conformance());
    }
}
