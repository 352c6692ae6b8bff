package org.colophon.pdf.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** Which colour space an image gets, against the PDF's output intent, and whose profile. */
class ImageColoursTest {

    private static final Path FOGRA39 = Path.of("styles/color/FOGRA39L-coated.icc");

    @Test
    void anOrdinaryPdfPutsACmykJpegOnItsOwnProfileElseOnFogra39() throws IOException {
        byte[] fogra = Files.readAllBytes(FOGRA39);
        // another CMYK profile: FOGRA39's with one entry of its tables changed, carried in as
        // many APP2 chunks as 354 KB need (six)
        byte[] own = fogra.clone();
        own[own.length - 100] ^= 0x10;
        byte[] tagged = withProfile(cmykJpeg(), own);
        assertArrayEquals(own, ImageColours.JpegProfiles.iccProfile(tagged));
        try (PDDocument doc = new PDDocument()) {
            ImageColours colours = ImageColours.ordinary(doc, fogra);
            PDImageXObject withOwn = image(doc, tagged, colours);
            PDImageXObject untagged = image(doc, cmykJpeg(), colours);
            PDImageXObject again = image(doc, cmykJpeg(), colours);
            assertArrayEquals(own, profile(withOwn));
            assertArrayEquals(fogra, profile(untagged));
            assertSame(untagged.getCOSObject().getDictionaryObject(COSName.COLORSPACE),
                    again.getCOSObject().getDictionaryObject(COSName.COLORSPACE), "one profile stream for both");
        }
    }

    @Test
    void aPrintPdfKeepsCmykAsDeviceCmykAndGivesRgbTheSrgbSpace() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            var srgb = SrgbSpace.create(doc);
            ImageColours colours = ImageColours.print(doc, srgb);
            PDImageXObject cmyk = image(doc, withProfile(cmykJpeg(), Files.readAllBytes(FOGRA39)), colours);
            assertEquals(COSName.DEVICECMYK, cmyk.getCOSObject().getDictionaryObject(COSName.COLORSPACE));
            PDImageXObject rgb = image(doc, rgbJpeg(), colours);
            assertSame(srgb.getCOSObject(), rgb.getCOSObject().getDictionaryObject(COSName.COLORSPACE));
        }
    }

    @Test
    void aProfileWithAChunkMissingIsNone() throws IOException {
        byte[] whole = withProfile(cmykJpeg(), Files.readAllBytes(FOGRA39));
        // drop the second APP2 segment
        int first = indexOfApp2(whole, 2);
        int second = indexOfApp2(whole, first + 2);
        int length = (whole[second + 2] & 0xFF) << 8 | whole[second + 3] & 0xFF;
        ByteArrayOutputStream cut = new ByteArrayOutputStream();
        cut.write(whole, 0, second);
        cut.write(whole, second + 2 + length, whole.length - second - 2 - length);
        assertNull(ImageColours.JpegProfiles.iccProfile(cut.toByteArray()));
    }

    private static int indexOfApp2(byte[] jpeg, int from) {
        for (int i = from; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xE2) {
                return i;
            }
        }
        throw new AssertionError("no APP2");
    }

    private static PDImageXObject image(PDDocument doc, byte[] jpeg, ImageColours colours) throws IOException {
        PDImageXObject x = JPEGFactory.createFromByteArray(doc, jpeg);
        colours.apply(x, jpeg);
        return x;
    }

    private static byte[] profile(PDImageXObject image) throws IOException {
        COSBase space = image.getCOSObject().getDictionaryObject(COSName.COLORSPACE);
        COSStream stream = (COSStream) ((COSArray) space).getObject(1);
        assertEquals(COSName.ICCBASED, ((COSArray) space).getObject(0));
        assertEquals(4, stream.getInt(COSName.N));
        try (var in = stream.createInputStream()) {
            return in.readAllBytes();
        }
    }

    /** A 16 × 16 CMYK JPEG with no marker (the JDK writes a four-band raster so). */
    private static byte[] cmykJpeg() throws IOException {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 16, 16, 4, null);
        return write(new IIOImage(raster, null, null));
    }

    private static byte[] rgbJpeg() throws IOException {
        return write(new IIOImage(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), null, null));
    }

    private static byte[] write(IIOImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, image, null);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** {@code jpeg} with {@code profile} in APP2 ICC_PROFILE segments after its SOI, as ICC.1 B.4 has them. */
    private static byte[] withProfile(byte[] jpeg, byte[] profile) {
        int chunk = 65519 - 14;
        int count = (profile.length + chunk - 1) / chunk;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        for (int i = 0; i < count; i++) {
            int from = i * chunk;
            int n = Math.min(chunk, profile.length - from);
            int length = 2 + 14 + n;
            out.write(0xFF);
            out.write(0xE2);
            out.write(length >> 8);
            out.write(length & 0xFF);
            out.writeBytes("ICC_PROFILE\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            out.write(i + 1);
            out.write(count);
            out.write(profile, from, n);
        }
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
