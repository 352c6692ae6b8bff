package org.colophon.cover;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.colophon.error.BuildException;
import org.colophon.error.Warnings;
import org.colophon.model.Creator;
import org.colophon.model.Metadata;
import org.colophon.pdf.FontCatalog;
import org.colophon.pdf.css.FontFaceRule;
import org.colophon.pdf.css.PageRule;
import org.colophon.pdf.css.StyleSheet;
import org.colophon.pdf.css.StyleSheetParser;
import org.colophon.pdf.page.PageMaster;
import org.colophon.pdf.text.FontFace;
import org.colophon.styles.StyleFileRefused;
import org.colophon.styles.Styles;

/**
 * The book's cover, printed apart from the interior: a one-page PDF at trim size plus
 * bleed with the manuscript's cover image, or, when the manuscript names none, a
 * typographic cover (title and author in the fonts print.css names) rendered to JPEG for
 * the EPUB.
 */
public final class Covers {

    /** The drawn cover's dark blue ground and the light colour of its letters. */
    static final Rgb GROUND = new Rgb(0.16f, 0.19f, 0.26f);
    static final Rgb LIGHT = new Rgb(0.93f, 0.89f, 0.80f);

    /** Height in pixels of the JPEG cover: 1600 is what e-book shops ask for at least. */
    private static final int JPEG_HEIGHT = 1600;

    private final Styles styles;
    private final String css;
    private final StyleSheet sheet;
    private final PageMaster master;

    public Covers(Styles styles) throws BuildException {
        this.styles = styles;
        String file = styles.describe(Styles.Kind.STYLE_SHEET, "print.css");
        try {
            this.css = styles.readText(Styles.Kind.STYLE_SHEET, "print.css").orElseThrow(() ->
                    new BuildException(file, 0, 0, "the styles have no print.css"));
        } catch (StyleFileRefused refused) {
            throw refused.at(file, 0, 0);
        }
        // the typesetter reports what is wrong with print.css; here it is read quietly
        this.sheet = new StyleSheetParser(Warnings.ignore()).parse(css, file);
        this.master = PageMaster.from(sheet.pageRules(), file, Warnings.ignore());
    }

    /** A PDF whose one page is the trim size plus bleed, filled by the image (cropped, not distorted). */
    public byte[] imageCoverPdf(byte[] image, String source) throws BuildException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = page(doc);
            PDRectangle media = page.getMediaBox();
            PDImageXObject picture = PDImageXObject.createFromByteArray(doc, image, source);
            float scale = Math.max(media.getWidth() / picture.getWidth(), media.getHeight() / picture.getHeight());
            float w = picture.getWidth() * scale;
            float h = picture.getHeight() * scale;
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(picture, (media.getWidth() - w) / 2, (media.getHeight() - h) / 2, w, h);
            }
            return save(doc, image);
        } catch (IOException | IllegalArgumentException e) {
            throw new BuildException(source, 0, 0, "the cover image cannot be read: " + e.getMessage());
        }
    }

    /**
     * The cover spread of a book of {@code pages} pages, on the paper print.css names: back,
     * spine and front at trim size plus bleed (see {@link CoverSpread}); {@code image} the
     * manuscript's cover image, or null for the drawn cover.
     */
    public SpreadPdf spreadPdf(Metadata metadata, byte[] image, String source, int pages) throws BuildException {
        return spreadPdf(metadata, image, source, pages, null);
    }

    /**
     * The same, print-ready for {@code print} when it is given: a PDF/X-4 and PDF/A-2b on
     * that condition's CMYK intent, dated {@code print}'s date, as the interior is.
     */
    public SpreadPdf spreadPdf(Metadata metadata, byte[] image, String source, int pages, PrintReady print)
            throws BuildException {
        try {
            return new CoverSpread(this).draw(metadata, image, source, pages, Paper.from(sheet.pageRules()), print);
        } catch (IOException | IllegalArgumentException e) {
            String where = image == null ? styles.describe("print.css") : source;
            throw new BuildException(where, 0, 0, "the cover spread cannot be drawn: " + e.getMessage());
        }
    }

    /**
     * What the typographic cover of {@code metadata} is drawn from, as a digest: print.css
     * (the page, the faces it names), the bytes of the two faces it is lettered in, the
     * title, the subtitle and the authors. Two covers of one digest are the same bytes.
     */
    public String typographicCoverKey(Metadata metadata) throws BuildException {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            java.util.function.Consumer<String> add = text -> {
                byte[] b = String.valueOf(text).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                digest.update(java.nio.ByteBuffer.allocate(4).putInt(b.length).array());
                digest.update(b);
            };
            add.accept(css);
            String cssFile = styles.describe("print.css");
            for (boolean display : new boolean[] {true, false}) {
                FontFaceRule rule = pick(display);
                digest.update(rule == null ? new byte[0] : FontCatalog.readFontFile(rule, styles, cssFile));
            }
            add.accept(metadata.title());
            add.accept(metadata.subtitle());
            for (Creator author : metadata.authors()) {
                add.accept(author.name());
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** A typographic cover at trim size: the title, the subtitle and the authors, centred. */
    public byte[] typographicCoverJpeg(Metadata metadata) throws BuildException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(master.width(), master.height()));
            doc.addPage(page);
            PDType0Font display = font(doc, true, false);
            PDType0Font text = font(doc, false, false);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                GROUND.fill(content, null);
                content.addRect(0, 0, master.width(), master.height());
                content.fill();
                drawTitlePage(content, null, display, text, metadata, 0, 0);
            }
            float height = master.height();
            float scale = JPEG_HEIGHT / height;
            BufferedImage image = new PDFRenderer(doc).renderImage(0, scale, ImageType.RGB);
            return jpeg(image);
        } catch (IOException e) {
            throw new BuildException(styles.describe("print.css"), 0, 0, "the cover cannot be drawn: " + e.getMessage());
        }
    }

    /**
     * The typographic cover's lettering (title, subtitle, a rule, the authors) in the light
     * colour, on a trim-sized panel whose lower left corner is at ({@code x}, {@code y0}),
     * in {@code rgb} (null: DeviceRGB).
     */
    void drawTitlePage(PDPageContentStream content, PDColorSpace rgb, PDType0Font display, PDType0Font text, Metadata metadata,
                       float x, float y0) throws IOException {
        float width = master.width();
        float height = master.height();
        float measure = master.measure();
        LIGHT.fill(content, rgb);
        float y = y0 + height * 0.68f;
        for (String line : lines(metadata.title(), display, 26, measure)) {
            y = centred(content, display, 26, line, x, width, y) - 32;
        }
        if (metadata.subtitle() != null && !metadata.subtitle().isBlank()) {
            for (String line : lines(metadata.subtitle(), display, 13, measure)) {
                y = centred(content, display, 13, line, x, width, y) - 17;
            }
        }
        content.addRect(x + width / 2 - 20, y - 4, 40, 0.8f); // a short rule between title and author
        content.fill();
        float ya = y0 + height * 0.22f;
        for (Creator author : metadata.authors()) {
            for (String line : lines(author.name(), text, 12, measure)) {
                ya = centred(content, text, 12, line, x, width, ya) - 16;
            }
        }
    }

    /** Whether print.css's {@code @page} says {@code -colophon-print: on} (its last such declaration). */
    boolean printAsked() {
        return PageRule.lastValue(sheet.pageRules(), "-colophon-print")
                .map(terms -> terms.get(0).isIdent("on")).orElse(false);
    }

    /** The page geometry print.css sets. */
    PageMaster master() {
        return master;
    }

    private PDPage page(PDDocument doc) {
        float b = master.bleed();
        PDPage page = new PDPage(new PDRectangle(master.width() + 2 * b, master.height() + 2 * b));
        page.setBleedBox(page.getMediaBox());
        page.setTrimBox(new PDRectangle(b, b, master.width(), master.height()));
        doc.addPage(page);
        return page;
    }

    /** The display face print.css names for titles if it has one, else its first upright face. */
    PDType0Font font(PDDocument doc, boolean display, boolean subset) throws IOException, BuildException {
        FontFaceRule pick = pick(display);
        if (pick == null) {
            throw new IOException("print.css names no upright regular font (@font-face)");
        }
        // the cover is drawn before the pages are set: the same checks and messages as theirs
        String cssFile = styles.describe("print.css");
        byte[] bytes = FontCatalog.readFontFile(pick, styles, cssFile);
        try {
            // a page that is only rendered embeds the font whole: a subset is made only on saving
            PDType0Font font = PDType0Font.load(doc, new java.io.ByteArrayInputStream(bytes), subset);
            if (font.getDescendantFont() instanceof PDCIDFontType2 cid && cid.getTrueTypeFont() != null) {
                FontFace.checkUnitsPerEm(cid.getTrueTypeFont().getUnitsPerEm());
            }
            return font;
        } catch (IOException | RuntimeException e) {
            throw FontCatalog.notTrueType(pick, cssFile, e);
        }
    }

    /** The @font-face rule of the display face (or the text face), or null when print.css has no upright regular one. */
    private FontFaceRule pick(boolean display) {
        FontFaceRule pick = null;
        for (FontFaceRule rule : sheet.fontFaces()) {
            if (rule.italic() || rule.weight() != 400) {
                continue;
            }
            if (pick == null || display && rule.family().contains("Display") && !pick.family().contains("Display")) {
                pick = rule;
            }
        }
        return pick;
    }

    /**
     * The text with every character the font lacks shown as '?', as the line setter shows it
     * on the pages (where it is also warned about): a cover never fails on a title's glyphs.
     */
    static String drawable(String text, PDType0Font font) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            try {
                font.encode(c);
                out.append(c);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Words filled into lines no wider than the measure. */
    static List<String> lines(String text, PDType0Font font, float size, float measure) throws IOException {
        text = drawable(text, font);
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > measure) {
                out.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (!line.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }

    static float centred(PDPageContentStream content, PDType0Font font, float size, String line, float x, float width,
                         float y) throws IOException {
        line = drawable(line, font);
        float w = font.getStringWidth(line) / 1000 * size;
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x + (width - w) / 2, y);
        content.showText(line);
        content.endText();
        return y;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    static byte[] save(PDDocument doc, byte[] image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.getDocumentInformation().setProducer("Colophon");
        // PDFBox would otherwise make a document id from the clock: derive it from the image
        byte[] digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256").digest(image);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        org.apache.pdfbox.cos.COSString id = new org.apache.pdfbox.cos.COSString(java.util.Arrays.copyOf(digest, 16));
        org.apache.pdfbox.cos.COSArray ids = new org.apache.pdfbox.cos.COSArray();
        ids.add(id);
        ids.add(id);
        doc.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
        doc.save(out);
        return out.toByteArray();
    }
}
