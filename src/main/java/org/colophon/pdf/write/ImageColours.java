package org.colophon.pdf.write;

import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The colour space an image is written in, so that it agrees with the PDF's output intent.
 *
 * <p>A print-ready PDF (a CMYK intent): an RGB image is ICCBased sRGB (the {@link SrgbSpace}
 * the pages use), a CMYK JPEG stays DeviceCMYK — its numbers are the press's inks, as a
 * prepress department made them, and a CMYK intent allows DeviceCMYK. An ordinary PDF (an
 * sRGB intent, under which PDF/A forbids DeviceCMYK): a CMYK JPEG becomes ICCBased on the
 * profile it carries (its APP2 ICC_PROFILE segments), or, without one, on the print
 * condition's FOGRA39 profile, the usual meaning of untagged CMYK in Europe. One per PDF.
 */
public final class ImageColours {

    private final PDDocument document;
    private final PDColorSpace srgb;
    private final byte[] defaultCmyk;
    private final Map<String, PDColorSpace> cmykSpaces = new HashMap<>();

    private ImageColours(PDDocument document, PDColorSpace srgb, byte[] defaultCmyk) {
        this.document = document;
        this.srgb = srgb;
        this.defaultCmyk = defaultCmyk;
    }

    /** For a print-ready PDF whose pages draw in {@code srgb}. */
    public static ImageColours print(PDDocument document, PDColorSpace srgb) {
        return new ImageColours(document, srgb, null);
    }

    /** For an ordinary PDF; {@code cmykProfile} gives untagged CMYK JPEGs their meaning (null: they stay DeviceCMYK). */
    public static ImageColours ordinary(PDDocument document, byte[] cmykProfile) {
        return new ImageColours(document, null, cmykProfile);
    }

    /** The sRGB space a print-ready PDF draws colour in; null in an ordinary PDF. */
    public PDColorSpace srgb() {
        return srgb;
    }

    /**
     * Gives {@code image}, made from {@code data} (its file's bytes; null for pixels drawn
     * into the PDF, which carry no profile), the colour space this PDF wants.
     */
    public void apply(PDImageXObject image, byte[] data) throws IOException {
        Object space = image.getCOSObject().getDictionaryObject(COSName.COLORSPACE);
        if (srgb != null && COSName.DEVICERGB.equals(space)) {
            // an untagged RGB image is taken as sRGB, as browsers and e-readers take it
            image.getCOSObject().setItem(COSName.COLORSPACE, srgb);
        } else if (srgb == null && COSName.DEVICECMYK.equals(space)) {
            byte[] profile = data == null ? null : JpegProfiles.cmykProfile(data);
            if (profile == null) {
                profile = defaultCmyk;
            }
            if (profile != null) {
                image.getCOSObject().setItem(COSName.COLORSPACE, cmyk(profile));
            }
        }
    }

    private PDColorSpace cmyk(byte[] profile) throws IOException {
        String key = java.util.HexFormat.of().formatHex(digest(profile));
        PDColorSpace known = cmykSpaces.get(key);
        if (known != null) {
            return known;
        }
        PDStream stream = new PDStream(document, new ByteArrayInputStream(profile), COSName.FLATE_DECODE);
        stream.getCOSObject().setInt(COSName.N, 4);
        stream.getCOSObject().setItem(COSName.ALTERNATE, COSName.DEVICECMYK);
        COSArray iccBased = new COSArray();
        iccBased.add(COSName.ICCBASED);
        iccBased.add(stream);
        PDColorSpace space = PDColorSpace.create(iccBased);
        cmykSpaces.put(key, space);
        return space;
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The ICC profile a JPEG carries in its APP2 segments, when it is a CMYK one Java can read. */
    static final class JpegProfiles {
        private JpegProfiles() {
        }

        static byte[] cmykProfile(byte[] jpeg) {
            byte[] profile = iccProfile(jpeg);
            if (profile == null) {
                return null;
            }
            try {
                ICC_Profile icc = ICC_Profile.getInstance(profile);
                return icc.getColorSpaceType() == java.awt.color.ColorSpace.TYPE_CMYK ? profile : null;
            } catch (IllegalArgumentException e) {
                return null; // not a profile Java can read: the default one stands in
            }
        }

        /** The APP2 "ICC_PROFILE" chunks in their sequence numbers' order, joined; null when there are none. */
        static byte[] iccProfile(byte[] jpeg) {
            Map<Integer, byte[]> chunks = new HashMap<>();
            int pos = 2;
            while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
                int marker = jpeg[pos + 1] & 0xFF;
                if (marker == 0xDA || marker == 0xD9) {
                    break; // the scan: no more headers
                }
                int length = (jpeg[pos + 2] & 0xFF) << 8 | jpeg[pos + 3] & 0xFF;
                int start = pos + 4;
                if (marker == 0xE2 && length >= 16 && start + length - 2 <= jpeg.length
                        && new String(jpeg, start, 12, java.nio.charset.StandardCharsets.ISO_8859_1)
                                .equals("ICC_PROFILE\0")) {
                    int sequence = jpeg[start + 12] & 0xFF;
                    byte[] chunk = java.util.Arrays.copyOfRange(jpeg, start + 14, start + length - 2);
                    chunks.put(sequence, chunk);
                }
                pos += 2 + length;
            }
            if (chunks.isEmpty()) {
                return null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 1; i <= chunks.size(); i++) {
                byte[] chunk = chunks.get(i);
                if (chunk == null) {
                    return null; // a chunk is missing: the profile is not whole
                }
                out.writeBytes(chunk);
            }
            return out.toByteArray();
        }
    }
}
