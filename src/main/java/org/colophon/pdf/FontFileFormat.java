package org.colophon.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * What kind of font file a {@code @font-face} rule names, told by its first bytes and its
 * table directory. Colophon shapes with the JDK and embeds subsets with PDFBox, which
 * both need TrueType outlines ({@code glyf}); the other kinds fail deep inside either
 * library with words such as "Font name not found", so they are named here instead,
 * with what to use.
 */
enum FontFileFormat {

    TRUETYPE(null),
    OPENTYPE_CFF("is a CFF (OpenType-CFF) font; Colophon embeds TrueType (glyf) fonts only: use the TTF version of"
            + " the font (often in a TTF/ folder beside the OTF/ one)"),
    COLLECTION("is a TrueType collection (.ttc) holding several fonts; Colophon needs one font per file: use the"
            + " .ttf files of the family"),
    WOFF("is a WOFF web font; Colophon needs the TrueType (.ttf) file it was made from"),
    WOFF2("is a WOFF2 web font; Colophon needs the TrueType (.ttf) file it was made from"),
    TYPE1("is a PostScript Type 1 font; Colophon needs a TrueType (.ttf) font"),
    UNKNOWN(null);

    private static final int SFNT_TRUETYPE = 0x0001_0000;

    /** Why the file cannot be used, after its name; null for TrueType and for what is not told apart here. */
    private final String refusal;

    FontFileFormat(String refusal) {
        this.refusal = refusal;
    }

    String refusal() {
        return refusal;
    }

    static FontFileFormat of(byte[] font) {
        if (font.length < 4) {
            return UNKNOWN;
        }
        String tag = new String(font, 0, 4, StandardCharsets.ISO_8859_1);
        switch (tag) {
            case "OTTO":
                return OPENTYPE_CFF;
            case "ttcf":
                return COLLECTION;
            case "wOFF":
                return WOFF;
            case "wOF2":
                return WOFF2;
            case "true":
                return TRUETYPE;
            default:
                break;
        }
        if ((font[0] & 0xFF) == 0x80 && (font[1] & 0xFF) == 0x01 || tag.startsWith("%!")) {
            return TYPE1; // .pfb segments, or .pfa text
        }
        if (ByteBuffer.wrap(font, 0, 4).getInt() != SFNT_TRUETYPE) {
            return UNKNOWN;
        }
        // a TrueType header over CFF outlines: told by its tables
        return hasTable(font, "CFF ") || hasTable(font, "CFF2") ? hasTable(font, "glyf") ? TRUETYPE : OPENTYPE_CFF
                : TRUETYPE;
    }

    private static boolean hasTable(byte[] font, String name) {
        if (font.length < 12) {
            return false;
        }
        int tables = ByteBuffer.wrap(font, 4, 2).getShort() & 0xFFFF;
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (at + 4 > font.length) {
                return false;
            }
            if (new String(font, at, 4, StandardCharsets.ISO_8859_1).equals(name)) {
                return true;
            }
        }
        return false;
    }
}
