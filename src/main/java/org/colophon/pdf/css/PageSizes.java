package org.colophon.pdf.css;

import java.util.Locale;

/** Named page sizes, portrait, in points. */
public final class PageSizes {

    private PageSizes() {
    }

    /** {width, height} in points, or null for an unknown name. */
    public static float[] named(String name) {
        float mm = Lengths.MM;
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "a4" -> new float[] {210 * mm, 297 * mm};
            case "a5" -> new float[] {148 * mm, 210 * mm};
            case "a6" -> new float[] {105 * mm, 148 * mm};
            case "b5" -> new float[] {176 * mm, 250 * mm};
            case "letter" -> new float[] {612, 792};
            default -> null;
        };
    }
}
