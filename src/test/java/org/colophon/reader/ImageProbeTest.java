package org.colophon.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Image type, size and wholeness, from headers and closing markers only. */
class ImageProbeTest {

    @TempDir
    Path dir;

    private ImageProbe.ImageInfo probe(byte[] bytes) throws Exception {
        Path p = dir.resolve("img");
        Files.write(p, bytes);
        return ImageProbe.probe(p, new ReadBudget());
    }

    private String refusal(byte[] bytes) throws Exception {
        Path p = dir.resolve("img");
        Files.write(p, bytes);
        return assertThrows(ImageProbe.NotUsable.class, () -> ImageProbe.probe(p, new ReadBudget())).getMessage();
    }

    @Test
    void pngSize() throws Exception {
        assertEquals(new ImageProbe.ImageInfo("image/png", 321, 123), probe(Images.pngBytes(321, 123)));
    }

    @Test
    void jpegSize() throws Exception {
        assertEquals(new ImageProbe.ImageInfo("image/jpeg", 200, 75), probe(Images.jpegBytes(200, 75)));
    }

    @Test
    void jpegWithTrailingPaddingIsWhole() throws Exception {
        byte[] jpeg = Images.jpegBytes(20, 10);
        byte[] padded = Arrays.copyOf(jpeg, jpeg.length + 100);
        assertEquals(20, probe(padded).width());
    }

    @Test
    void largestAllowedSizeIsAccepted() throws Exception {
        assertEquals(20_000, probe(Images.pngHeaderOnly(20_000, 3_000)).width());
    }

    @Test
    void refusals() throws Exception {
        assertTrue(refusal(new byte[0]).contains("empty file"));
        assertTrue(refusal(Images.pngHeaderOnly(0, 10)).contains("has no size"));
        assertTrue(refusal(Images.pngHeaderOnly(20_001, 10)).contains("too large"));
        assertTrue(refusal(Arrays.copyOf(Images.pngBytes(10, 10), 20)).contains("truncated PNG"));
        byte[] jpeg = Images.jpegBytes(10, 10);
        assertTrue(refusal(Arrays.copyOf(jpeg, 40)).contains("truncated JPEG"));
        assertTrue(refusal("%PDF-1.7\n".getBytes()).contains("is a PDF file"));
        assertTrue(refusal("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes()).contains("SVG"));
    }

    @Test
    void pixelsThatWouldDecodeToTooManyBytesAreRefused() throws Exception {
        // RGB: 20,000 × 3,000 decode to 172 MB, 20,000 × 4,000 to 229 MB
        assertTrue(refusal(Images.pngHeaderOnly(20_000, 4_000)).contains("which decode to 228.9 MB for the PDF"));
    }

    @Test
    void chunksThatAreNotChunksAreRefusedAtOnce() throws Exception {
        // the header, then zero padding where chunks should be: one read per 12 bytes, before
        byte[] png = Images.pngHeaderOnly(10, 10);
        byte[] padded = new byte[png.length + (8 << 20)];
        System.arraycopy(png, 0, padded, 0, 33);
        System.arraycopy(png, 33, padded, padded.length - 12, 12);
        assertTrue(refusal(padded).contains("is a damaged PNG file (a chunk has no name of letters)"));
    }

    @Test
    void imagesCountTowardsTheBooksBytesTogether() throws Exception {
        Path big = dir.resolve("big.png");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.write(Images.pngHeaderOnly(10, 10));
            f.setLength(100L << 20); // sparse: takes no disk
        }
        ReadBudget budget = new ReadBudget();
        assertEquals(10, ImageProbe.probe(big, budget).width()); // 100 MB of the book's 128
        String refusal = assertThrows(ImageProbe.NotUsable.class, () -> ImageProbe.probe(big, budget)).getMessage();
        assertTrue(refusal.contains("which would bring the book's images to 200.0 MB"), refusal);
    }

    /** The JPEG {@code jpeg} with its frame header's marker, precision and component count changed. */
    private static byte[] withFrame(byte[] jpeg, int marker, int precision, int components) {
        byte[] out = jpeg.clone();
        for (int i = 2; i + 9 < out.length; i++) {
            if ((out[i] & 0xFF) == 0xFF && (out[i + 1] & 0xFF) == 0xC0) {
                out[i + 1] = (byte) marker;
                out[i + 4] = (byte) precision;
                out[i + 9] = (byte) components;
                return out;
            }
        }
        throw new AssertionError("no SOF0 in the test JPEG");
    }

    @Test
    void jpegCodingsViewersCannotShow() throws Exception {
        byte[] jpeg = Images.jpegBytes(16, 16);
        assertTrue(refusal(withFrame(jpeg, 0xC3, 8, 3)).contains("is a lossless JPEG"));
        assertTrue(refusal(withFrame(jpeg, 0xC9, 8, 3)).contains("is an arithmetic-coded JPEG"));
        assertTrue(refusal(withFrame(jpeg, 0xC1, 12, 3)).contains("is a 12-bit JPEG"));
        assertEquals(16, probe(withFrame(jpeg, 0xC2, 8, 3)).width(), "progressive is fine");
    }

    @Test
    void cmykJpegIsTakenWithoutACaution() throws Exception {
        ImageProbe.ImageInfo info = probe(withFrame(Images.jpegBytes(16, 16), 0xC0, 8, 4));
        assertEquals(null, info.caution(), "the EPUB gets an RGB copy of it");
        assertEquals(null, probe(Images.jpegBytes(16, 16)).caution());
    }
}
