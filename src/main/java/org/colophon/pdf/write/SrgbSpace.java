package org.colophon.pdf.write;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;

/**
 * sRGB as an ICCBased colour space, the way a print-ready PDF draws what is not grey.
 *
 * <p>Why not DeviceRGB, nor CMYK: against a CMYK output intent, PDF/X-4 takes RGB only as
 * device-independent colour (ICCBased), and a preflight need not read a {@code DefaultRGB}
 * as making DeviceRGB so; PDF/A-2 accepts ICCBased with any intent. Converting to the
 * press's CMYK here instead would need a colour engine whose numbers change between JDKs
 * (the build's bytes would too) and would fix one rendering intent for every printer; the
 * printer's RIP converts ICCBased sRGB to its own condition as it does an RGB photograph.
 */
public final class SrgbSpace {

    /** Its name in every page's colour space resources, under which the text writer selects it. */
    public static final COSName NAME = COSName.getPDFName("sRGB");

    private SrgbSpace() {
    }

    /** A new sRGB space in {@code document}: one profile stream, to be shared by everything that draws in it. */
    public static PDColorSpace create(PDDocument document) throws IOException {
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDStream stream = new PDStream(document, new ByteArrayInputStream(profile), COSName.FLATE_DECODE);
        stream.getCOSObject().setInt(COSName.N, 3);
        stream.getCOSObject().setItem(COSName.ALTERNATE, COSName.DEVICERGB);
        COSArray iccBased = new COSArray();
        iccBased.add(COSName.ICCBASED);
        iccBased.add(stream);
        return PDColorSpace.create(iccBased);
    }
}
