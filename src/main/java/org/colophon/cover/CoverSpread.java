package org.colophon.cover;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.colophon.error.BuildException;
import org.colophon.model.Creator;
import org.colophon.model.Metadata;
import org.colophon.pdf.css.Lengths;
import org.colophon.pdf.page.PageMaster;
import org.colophon.pdf.write.PdfMetadata;
import org.colophon.pdf.write.SrgbSpace;

/**
 * The cover a printer binds round the book: one page of back cover, spine and front cover
 * at trim size plus bleed, the spine as wide as the pages on the paper make the book.
 *
 * <p>The front is the manuscript's cover image (filling the front and its bleed) or the
 * drawn typographic cover; the back and the spine then take the image's colour where it
 * meets the spine (the drawn cover's ground without an image), and carry the blurb (the
 * manuscript's description), the title and author up the spine when it is at least
 * {@link #SPINE_TEXT_MIN_MM} mm wide, and the ISBN's barcode. A landscape image is taken
 * for a whole wrap designed with its own back and spine: it is split at its middle, the
 * halves held to the outer edges, and only the barcode is drawn on it; a spine wider or
 * narrower than the image's is warned about.
 */
final class CoverSpread {

    /** Under this the spine has no lettering: KDP, Lulu and IngramSpark ask for about 6 mm (80 to 100 pages). */
    static final float SPINE_TEXT_MIN_MM = 6;

    private static final float MM = Lengths.MM;
    /** The back's text keeps this far from its trim edges and the fold. */
    private static final float BACK_MARGIN = 18 * MM;
    private static final float BACK_TOP = 25 * MM;
    /** The barcode's box keeps this far from the back's foot and from the spine's fold. */
    private static final float BARCODE_OFFSET = 12 * MM;
    /** The spine's lettering keeps this far from the head and the foot. */
    private static final float SPINE_ENDS = 15 * MM;
    /** A wrap image's spine may differ from the book's by this much unwarned (KDP's tolerance is 1.6 mm). */
    private static final float SPINE_TOLERANCE = 0.5f * MM;
    private static final float[] BLURB_SIZES = {10.5f, 9.5f, 8.5f};
    /**
     * Languages whose spines read from head to foot (the title upright when the book lies
     * face up): English, Dutch and the Scandinavian languages; the rest of Europe reads up.
     */
    private static final Set<String> TOP_TO_BOTTOM = Set.of("en", "nl", "da", "sv", "no", "nb", "nn", "is");

    private final Covers covers;

    CoverSpread(Covers covers) {
        this.covers = covers;
    }

    /**
     * The spread of a book of {@code pages} pages on {@code paper}; {@code image} the
     * manuscript's cover image, or null for the drawn cover.
     */
    SpreadPdf draw(Metadata metadata, byte[] image, String source, int pages, Paper paper, PrintReady print)
            throws IOException, BuildException {
        PageMaster master = covers.master();
        SpreadGeometry g = new SpreadGeometry(master.width(), master.height(), master.bleed(), paper.spine(pages));
        List<String> warnings = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(g.width(), g.height()));
            page.setBleedBox(page.getMediaBox());
            page.setTrimBox(new PDRectangle(g.bleed(), g.bleed(), g.width() - 2 * g.bleed(), g.trimHeight()));
            doc.addPage(page);
            PDType0Font display = covers.font(doc, true, true);
            PDType0Font text = covers.font(doc, false, true);
            boolean wrap = false;
            // print-ready: the ground, letters and image in ICCBased sRGB, never DeviceRGB
            PDColorSpace rgb = print == null ? null : SrgbSpace.create(doc);
            Rgb ground = Covers.GROUND;
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                if (image == null) {
                    fill(content, rgb, ground, 0, 0, g.width(), g.height());
                    covers.drawTitlePage(content, rgb, display, text, metadata, g.frontX(), g.bleed());
                } else {
                    PDImageXObject picture = PDImageXObject.createFromByteArray(doc, image, source);
                    if (rgb != null && COSName.DEVICERGB.equals(picture.getCOSObject().getDictionaryObject(
                            COSName.COLORSPACE))) {
                        picture.getCOSObject().setItem(COSName.COLORSPACE, rgb);
                    }
                    BufferedImage pixels = picture.getImage();
                    wrap = picture.getWidth() > picture.getHeight();
                    if (wrap) {
                        ground = meanColour(pixels, 0.48f, 0.52f);
                        fill(content, rgb, ground, 0, 0, g.width(), g.height());
                        drawWrap(content, picture, g, pages, paper, warnings);
                    } else {
                        ground = meanColour(pixels, 0, 0.05f);
                        fill(content, rgb, ground, 0, 0, g.width(), g.height());
                        drawFront(content, picture, g);
                    }
                }
                IsbnBarcode barcode = barcode(metadata);
                float blurbFloor = g.bleed() + BARCODE_OFFSET;
                if (barcode != null) {
                    float x = g.spineX() - BARCODE_OFFSET - barcode.width();
                    barcode.draw(content, text, x, blurbFloor);
                    blurbFloor += barcode.height() + 10 * MM;
                }
                if (!wrap) {
                    drawBlurb(content, rgb, text, metadata.description(), g, ground.lettering(), blurbFloor, warnings);
                    if (g.spine() >= SPINE_TEXT_MIN_MM * MM) {
                        drawSpine(content, rgb, display, text, metadata, g, ground.lettering());
                    }
                }
            }
            String seed = metadata + "|" + pages + "|" + paper;
            byte[] seedBytes = seed.getBytes(StandardCharsets.UTF_8);
            byte[] digestOf = image == null ? seedBytes : concat(seedBytes, image);
            if (print != null && print.condition().marks().any()) {
                // the marks print.css asks of the interior, and fold marks at the spine's edges
                print.condition().marks().applyToSpread(doc, g.spineX(), g.frontX());
            }
            if (print != null) {
                PdfMetadata.apply(doc, metadata, PdfMetadata.date(print.date()), digestOf, print.condition(), rgb);
            }
            return new SpreadPdf(Covers.save(doc, digestOf), g, List.copyOf(warnings));
        }
    }

    private static IsbnBarcode barcode(Metadata metadata) {
        Metadata.Identifier id = metadata.identifier();
        return id == null || id.scheme() != Metadata.Identifier.Scheme.ISBN ? null : IsbnBarcode.of(id.value());
    }

    /** The image over the front cover and its bleed, cropped to it (never distorted). */
    private static void drawFront(PDPageContentStream content, PDImageXObject picture, SpreadGeometry g)
            throws IOException {
        float w = g.width() - g.frontX();
        float h = g.height();
        float scale = Math.max(w / picture.getWidth(), h / picture.getHeight());
        float iw = picture.getWidth() * scale;
        float ih = picture.getHeight() * scale;
        content.saveGraphicsState();
        content.addRect(g.frontX(), 0, w, h);
        content.clip();
        content.drawImage(picture, g.frontX() + (w - iw) / 2, (h - ih) / 2, iw, ih);
        content.restoreGraphicsState();
    }

    /**
     * A whole wrap at the spread's height, split at the middle of its spine: its back half
     * held to the left edge, its front half to the right, so that neither cover moves when
     * the spine is not the one it was drawn for.
     */
    private static void drawWrap(PDPageContentStream content, PDImageXObject picture, SpreadGeometry g, int pages,
                                 Paper paper, List<String> warnings) throws IOException {
        float scale = g.height() / picture.getHeight();
        float iw = picture.getWidth() * scale;
        float middle = g.spineX() + g.spine() / 2;
        content.saveGraphicsState();
        content.addRect(0, 0, middle, g.height());
        content.clip();
        content.drawImage(picture, 0, 0, iw, g.height());
        content.restoreGraphicsState();
        content.saveGraphicsState();
        content.addRect(middle, 0, g.width() - middle, g.height());
        content.clip();
        content.drawImage(picture, g.width() - iw, 0, iw, g.height());
        content.restoreGraphicsState();
        float imageSpine = iw - 2 * (g.trimWidth() + g.bleed());
        String need = String.format(Locale.ROOT, "the book's %d pages on %s need a spine of %.1f mm",
                pages, paper.describe(), g.spine() / MM);
        if (g.spine() > imageSpine + SPINE_TOLERANCE) {
            warnings.add(String.format(Locale.ROOT, "the cover image is a wrap with a spine of %.1f mm, but %s: the"
                    + " %.1f mm between its halves are filled with the colour of its spine; make the image %.1f mm"
                    + " wider at the cover's height (%.1f × %.1f mm with bleed)", Math.max(0, imageSpine) / MM, need,
                    (g.spine() - Math.max(0, imageSpine)) / MM, (g.spine() - imageSpine) / MM, g.width() / MM,
                    g.height() / MM));
        } else if (imageSpine > g.spine() + SPINE_TOLERANCE) {
            warnings.add(String.format(Locale.ROOT, "the cover image is a wrap with a spine of %.1f mm, but %s: the"
                    + " middle %.1f mm of its spine are left out; make the image %.1f × %.1f mm with bleed",
                    imageSpine / MM, need, (imageSpine - g.spine()) / MM, g.width() / MM, g.height() / MM));
        }
    }

    /** The description in ragged lines from the back's head down, smaller when it is long, cut (and warned about) when even that will not do. */
    private static void drawBlurb(PDPageContentStream content, PDColorSpace rgb, PDType0Font font, String description, SpreadGeometry g,
                                  Rgb colour, float floor, List<String> warnings) throws IOException {
        if (description == null || description.isBlank()) {
            return;
        }
        float measure = g.trimWidth() - 2 * BACK_MARGIN;
        float top = g.bleed() + g.trimHeight() - BACK_TOP;
        float size = BLURB_SIZES[0];
        List<List<String>> paragraphs = List.of();
        for (float candidate : BLURB_SIZES) {
            size = candidate;
            paragraphs = paragraphs(description, font, size, measure);
            if (height(paragraphs, size) <= top - floor) {
                break;
            }
        }
        float leading = size * 1.4f;
        float y = top - size;
        int left = 0;
        colour.fill(content, rgb);
        for (List<String> paragraph : paragraphs) {
            for (String line : paragraph) {
                if (y < floor) {
                    left++;
                    continue;
                }
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(g.backX() + BACK_MARGIN, y);
                content.showText(line);
                content.endText();
                y -= leading;
            }
            y -= leading / 2;
        }
        if (left > 0) {
            warnings.add("the description is too long for the back cover even at " + size + " pt: its last " + left
                    + " line(s) are left out; shorten it");
        }
    }

    private static List<List<String>> paragraphs(String description, PDType0Font font, float size, float measure)
            throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (String paragraph : description.strip().split("\\n\\s*\\n")) {
            out.add(Covers.lines(paragraph, font, size, measure));
        }
        return out;
    }

    private static float height(List<List<String>> paragraphs, float size) {
        int lines = paragraphs.stream().mapToInt(List::size).sum();
        return size + (lines - 1) * size * 1.4f + (paragraphs.size() - 1) * size * 0.7f;
    }

    /**
     * The title, then the authors, along the spine, centred both ways: from head to foot in
     * English, Dutch and the Scandinavian languages, from foot to head elsewhere. The size
     * keeps the capitals within 45 % of the spine's width and the line within its length;
     * the authors are left out sooner than the title is set under 5 pt.
     */
    private static void drawSpine(PDPageContentStream content, PDColorSpace rgb, PDType0Font display, PDType0Font text,
                                  Metadata metadata, SpreadGeometry g, Rgb colour) throws IOException {
        String title = Covers.drawable(metadata.title().strip(), display);
        String authors = Covers.drawable(String.join(", ", metadata.authors().stream().map(Creator::name).toList()),
                text);
        float capHeight = capHeight(display);
        float room = g.trimHeight() - 2 * SPINE_ENDS;
        float size = Math.min(13, 0.45f * g.spine() / capHeight);
        float length = spineLength(display, text, title, authors, size);
        if (length > room) {
            size *= room / length;
        }
        if (size < 5 && !authors.isEmpty()) {
            authors = "";
            size = Math.min(13, 0.45f * g.spine() / capHeight);
            length = spineLength(display, text, title, authors, size);
            if (length > room) {
                size *= room / length;
            }
        }
        length = spineLength(display, text, title, authors, size);
        boolean down = TOP_TO_BOTTOM.contains(primaryLanguage(metadata.language()));
        // the direction the letters run along (0, ∓1) and their up, across the spine (±1, 0)
        float run = down ? -1 : 1;
        float across = (g.spine() - capHeight * size) / 2;
        float baselineX = down ? g.spineX() + across : g.frontX() - across;
        float middle = g.bleed() + g.trimHeight() / 2;
        float start = middle - run * length / 2;
        colour.fill(content, rgb);
        spineRun(content, display, size, title, baselineX, start, run);
        if (!authors.isEmpty()) {
            float authorStart = start + run * (width(display, size, title) + size * 1.5f);
            spineRun(content, text, size * 0.8f, authors, baselineX, authorStart, run);
        }
    }

    /** Letters from ({@code x}, {@code y}) up the page ({@code run} 1) or down it ({@code run} -1). */
    private static void spineRun(PDPageContentStream content, PDType0Font font, float size, String s, float x, float y,
                                 float run) throws IOException {
        content.beginText();
        content.setFont(font, size);
        // rotated a quarter turn: the baseline runs (0, run), the letters' up is (-run, 0)
        content.setTextMatrix(new Matrix(0, run, -run, 0, x, y));
        content.showText(s);
        content.endText();
    }

    private static float spineLength(PDType0Font display, PDType0Font text, String title, String authors, float size)
            throws IOException {
        float length = width(display, size, title);
        if (!authors.isEmpty()) {
            length += size * 1.5f + width(text, size * 0.8f, authors);
        }
        return length;
    }

    private static float width(PDType0Font font, float size, String s) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    /** The face's capital height as a fraction of the em; 0.7 when the font does not say. */
    private static float capHeight(PDType0Font font) {
        float h = font.getFontDescriptor() == null ? 0 : font.getFontDescriptor().getCapHeight();
        return h > 0 ? h / 1000 : 0.7f;
    }

    private static String primaryLanguage(String tag) {
        if (tag == null) {
            return "";
        }
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    private static void fill(PDPageContentStream content, PDColorSpace rgb, Rgb colour, float x, float y, float w, float h)
            throws IOException {
        colour.fill(content, rgb);
        content.addRect(x, y, w, h);
        content.fill();
    }

    /** The mean colour of the image's columns between two fractions of its width. */
    private static Rgb meanColour(BufferedImage image, float from, float to) {
        int x0 = (int) (from * image.getWidth());
        int x1 = Math.max(x0 + 1, (int) Math.ceil(to * image.getWidth()));
        long r = 0;
        long gr = 0;
        long b = 0;
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = x0; x < x1 && x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                r += rgb >> 16 & 0xFF;
                gr += rgb >> 8 & 0xFF;
                b += rgb & 0xFF;
                n++;
            }
        }
        return new Rgb(r / (255f * n), gr / (255f * n), b / (255f * n));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
