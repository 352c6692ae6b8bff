package org.colophon.pdf.write;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.colophon.pdf.css.Lengths;
import org.colophon.pdf.css.PageRule;
import org.colophon.pdf.text.SetLine;

/**
 * The printer's marks print.css asks for with CSS Paged Media's {@code marks} on
 * {@code @page}: {@code crop} draws crop marks on the trim lines and bleed marks on the
 * bleed lines at every corner, {@code cross} a registration target in the middle of each
 * side, all outside the bleed, in the registration colour ({@code /Separation /All}: every
 * plate), as page artifacts. The media box grows to hold them; the trim and bleed boxes
 * stay as they are.
 */
public record PrinterMarks(boolean crop, boolean cross) {

    public static final PrinterMarks NONE = new PrinterMarks(false, false);

    private static final float MM = Lengths.MM;
    /** A mark starts this far outside the bleed box, so that no mark reaches into the bleed. */
    private static final float OFFSET = 3 * MM;
    private static final float LENGTH = 6 * MM;
    /** What the media box adds on every side beyond the bleed. */
    static final float MARGIN = OFFSET + LENGTH + 1 * MM;
    private static final float HAIRLINE = 0.25f;

    /** The marks {@code @page} names (its last {@code marks}); none unless it names some. */
    public static PrinterMarks from(List<PageRule> rules) {
        return PageRule.lastValue(rules, "marks").map(terms -> new PrinterMarks(
                terms.stream().anyMatch(t -> t.isIdent("crop")), terms.stream().anyMatch(t -> t.isIdent("cross"))))
                .orElse(NONE);
    }

    public boolean any() {
        return crop || cross;
    }

    /**
     * Draws the marks on every page of {@code document}, growing its media boxes, and with
     * the crop marks each page's slug line ({@code slugs}, one a page, drawn by
     * {@code writer} before it subsets its fonts) below the bleed, from
     * {@code slugStart} right of the trim's left edge.
     */
    public void apply(PDDocument document, PdfTextWriter writer, List<SetLine> slugs, float slugStart)
            throws IOException {
        apply(document, writer, slugs, slugStart, new float[0]);
    }

    /**
     * The marks of a cover spread, which has no slug line: with {@code crop}, also a fold
     * mark above and below the bleed at each of {@code folds} (the spine's edges, where the
     * cover is scored and folded round the book), drawn like the crop marks.
     */
    public void applyToSpread(PDDocument document, float... folds) throws IOException {
        apply(document, null, List.of(), 0, folds);
    }

    private void apply(PDDocument document, PdfTextWriter writer, List<SetLine> slugs, float slugStart, float[] folds)
            throws IOException {
        int index = 0;
        PDColorSpace registration = PDColorSpace.create(registrationColour());
        PDColor all = new PDColor(new float[] {1}, registration);
        for (PDPage page : document.getPages()) {
            PDRectangle bleed = page.getBleedBox();
            PDRectangle trim = page.getTrimBox();
            try (PDPageContentStream content = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                // production aids, not the book: an artifact of type Page (ISO 32000-1, 14.8.2.2.2)
                content.appendRawCommands("/Artifact <</Type /Page>> BDC\n");
                content.setStrokingColor(all);
                content.setLineWidth(HAIRLINE);
                if (crop) {
                    corners(content, trim, bleed);
                    corners(content, bleed, bleed);
                    for (float x : folds) {
                        line(content, x, bleed.getLowerLeftY() - OFFSET, x, bleed.getLowerLeftY() - OFFSET - LENGTH);
                        line(content, x, bleed.getUpperRightY() + OFFSET, x, bleed.getUpperRightY() + OFFSET + LENGTH);
                    }
                }
                if (cross) {
                    float r = LENGTH / 3;
                    float out = OFFSET + LENGTH / 2;
                    float mx = (bleed.getLowerLeftX() + bleed.getUpperRightX()) / 2;
                    float my = (bleed.getLowerLeftY() + bleed.getUpperRightY()) / 2;
                    target(content, mx, bleed.getLowerLeftY() - out, r);
                    target(content, mx, bleed.getUpperRightY() + out, r);
                    target(content, bleed.getLowerLeftX() - out, my, r);
                    target(content, bleed.getUpperRightX() + out, my, r);
                }
                if (crop && index < slugs.size()) {
                    // its ascent stays below the bleed by the marks' offset, in the band of the marks
                    SetLine slug = slugs.get(index);
                    writer.drawLine(content, slug, trim.getLowerLeftX() + slugStart,
                            bleed.getLowerLeftY() - OFFSET - slug.ascent());
                }
                index++;
                content.appendRawCommands("EMC\n");
            }
            PDRectangle media = page.getMediaBox();
            page.setMediaBox(new PDRectangle(media.getLowerLeftX() - MARGIN, media.getLowerLeftY() - MARGIN,
                    media.getWidth() + 2 * MARGIN, media.getHeight() + 2 * MARGIN));
            page.setTrimBox(trim);
            page.setBleedBox(bleed);
        }
    }

    /** At each corner, the lines of {@code box}'s edges carried out beyond {@code bleed}. */
    private static void corners(PDPageContentStream content, PDRectangle box, PDRectangle bleed) throws IOException {
        float left = bleed.getLowerLeftX() - OFFSET;
        float right = bleed.getUpperRightX() + OFFSET;
        float bottom = bleed.getLowerLeftY() - OFFSET;
        float top = bleed.getUpperRightY() + OFFSET;
        for (float y : new float[] {box.getLowerLeftY(), box.getUpperRightY()}) {
            line(content, left, y, left - LENGTH, y);
            line(content, right, y, right + LENGTH, y);
        }
        for (float x : new float[] {box.getLowerLeftX(), box.getUpperRightX()}) {
            line(content, x, bottom, x, bottom - LENGTH);
            line(content, x, top, x, top + LENGTH);
        }
    }

    /** A circle with a cross through it, the target the plates are aligned on. */
    private static void target(PDPageContentStream content, float x, float y, float r) throws IOException {
        line(content, x - 1.5f * r, y, x + 1.5f * r, y);
        line(content, x, y - 1.5f * r, x, y + 1.5f * r);
        float k = 0.5523f * r; // four Bézier quarters make the circle
        content.moveTo(x + r, y);
        content.curveTo(x + r, y + k, x + k, y + r, x, y + r);
        content.curveTo(x - k, y + r, x - r, y + k, x - r, y);
        content.curveTo(x - r, y - k, x - k, y - r, x, y - r);
        content.curveTo(x + k, y - r, x + r, y - k, x + r, y);
        content.stroke();
    }

    private static void line(PDPageContentStream content, float x0, float y0, float x1, float y1) throws IOException {
        content.moveTo(x0, y0);
        content.lineTo(x1, y1);
        content.stroke();
    }

    /** {@code [/Separation /All /DeviceCMYK <<a tint of 1 is 100 % of every ink>>]}. */
    private static COSArray registrationColour() {
        COSDictionary tint = new COSDictionary();
        tint.setInt(COSName.FUNCTION_TYPE, 2);
        tint.setItem(COSName.DOMAIN, numbers(0, 1));
        tint.setItem(COSName.C0, numbers(0, 0, 0, 0));
        tint.setItem(COSName.C1, numbers(1, 1, 1, 1));
        tint.setItem(COSName.N, COSInteger.ONE);
        COSArray cs = new COSArray();
        cs.add(COSName.SEPARATION);
        cs.add(COSName.getPDFName("All"));
        cs.add(COSName.DEVICECMYK);
        cs.add(tint);
        return cs;
    }

    private static COSArray numbers(float... values) {
        COSArray a = new COSArray();
        for (float v : values) {
            a.add(new COSFloat(v));
        }
        return a;
    }
}
