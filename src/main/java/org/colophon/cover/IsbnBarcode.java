package org.colophon.cover;

import com.google.zxing.oned.EAN13Writer;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.colophon.pdf.css.Lengths;

/**
 * An ISBN's EAN-13 barcode as a printer wants it: bars drawn as filled rectangles (vectors,
 * sharp at any resolution) in black on a white box, the ISBN written above and the
 * thirteen digits below. ZXing's {@link EAN13Writer} gives the bar pattern.
 *
 * <p>The size is GS1's nominal one (a module of 0.33 mm, 95 modules and the quiet zones of
 * 11 and 7 modules); the bars are shortened to 20 mm, as book covers usually have them.
 *
 * @param isbn   the ISBN as written (for the line above the bars)
 * @param digits its thirteen digits (an ISBN-10 turned into its ISBN-13)
 */
record IsbnBarcode(String isbn, String digits) {

    private static final float MODULE = 0.33f * Lengths.MM;
    private static final int LEFT_QUIET = 11;
    private static final int RIGHT_QUIET = 7;
    private static final int MODULES = 95;
    private static final float BAR_HEIGHT = 20 * Lengths.MM;
    /** Guard bars reach this far below the others, into the digits' line. */
    private static final float GUARD_EXTRA = 5 * MODULE;
    private static final float DIGIT_SIZE = 8.5f;
    private static final float LABEL_SIZE = 7.5f;
    private static final float PAD = 2 * Lengths.MM;

    /** The barcode of {@code isbn}, or null when it is not an ISBN (13 or 10 digits, an X last in an ISBN-10). */
    static IsbnBarcode of(String isbn) {
        String digits = digitsOf(isbn);
        return digits == null ? null : new IsbnBarcode(isbn.strip(), digits);
    }

    /** The white box's width, in points. */
    float width() {
        return (LEFT_QUIET + MODULES + RIGHT_QUIET) * MODULE;
    }

    /** The white box's height, in points. */
    float height() {
        return PAD + LABEL_SIZE * 1.3f + BAR_HEIGHT + DIGIT_SIZE + PAD;
    }

    /** Draws the box with its lower left corner at ({@code x}, {@code y}). */
    void draw(PDPageContentStream content, PDFont font, float x, float y) throws IOException {
        boolean[] modules = new EAN13Writer().encode(digits);
        content.saveGraphicsState();
        content.setNonStrokingColor(1f); // DeviceGray: white, then black, as a press prints them
        content.addRect(x, y, width(), height());
        content.fill();
        content.setNonStrokingColor(0f);
        float left = x + LEFT_QUIET * MODULE;
        float barsBottom = y + PAD + DIGIT_SIZE;
        for (int i = 0; i < modules.length; ) {
            if (!modules[i]) {
                i++;
                continue;
            }
            int start = i;
            while (i < modules.length && modules[i]) {
                i++;
            }
            float bottom = isGuard(start) ? barsBottom - GUARD_EXTRA : barsBottom;
            content.addRect(left + start * MODULE, bottom, (i - start) * MODULE, barsBottom + BAR_HEIGHT - bottom);
        }
        content.fill();
        float digitsBaseline = y + PAD + 1;
        text(content, font, DIGIT_SIZE, digits.substring(0, 1), x + LEFT_QUIET * MODULE - 1.5f * MODULE
                - width(font, DIGIT_SIZE, digits.substring(0, 1)), digitsBaseline);
        centred(content, font, DIGIT_SIZE, digits.substring(1, 7), left + 3 * MODULE, 42 * MODULE, digitsBaseline);
        centred(content, font, DIGIT_SIZE, digits.substring(7), left + 50 * MODULE, 42 * MODULE, digitsBaseline);
        centred(content, font, LABEL_SIZE, "ISBN " + readable(), x, width(), barsBottom + BAR_HEIGHT + 0.3f * LABEL_SIZE);
        content.restoreGraphicsState();
    }

    /** The start, middle and end guards: modules 0–2, 45–49, 92–94. */
    private static boolean isGuard(int module) {
        return module < 3 || module >= 45 && module < 50 || module >= 92;
    }

    /** The ISBN as written, less its prefix; the thirteen digits when it was an ISBN-10. */
    private String readable() {
        String bare = withoutPrefix(isbn);
        String plain = bare.replaceAll("[\\s-]", "");
        return plain.length() == 13 ? bare : digits;
    }

    private static void centred(PDPageContentStream content, PDFont font, float size, String text, float x, float width,
                                float y) throws IOException {
        text(content, font, size, text, x + (width - width(font, size, text)) / 2, y);
    }

    private static void text(PDPageContentStream content, PDFont font, float size, String text, float x, float y)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private static String withoutPrefix(String isbn) {
        String s = isbn.strip();
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("urn:isbn:")) {
            return s.substring(9).strip();
        }
        if (lower.startsWith("isbn")) {
            s = s.substring(4).strip();
            return s.startsWith(":") ? s.substring(1).strip() : s;
        }
        return s;
    }

    /** The thirteen digits of an ISBN-13, or of an ISBN-10 made one (978 in front, the check digit computed again). */
    static String digitsOf(String isbn) {
        String plain = withoutPrefix(isbn).replaceAll("[\\s-]", "");
        if (plain.matches("97[89]\\d{10}")) {
            return plain;
        }
        if (!plain.matches("\\d{9}[\\dXx]")) {
            return null;
        }
        String twelve = "978" + plain.substring(0, 9);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return twelve + (10 - sum % 10) % 10;
    }
}
