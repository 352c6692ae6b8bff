package org.colophon.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Images that are small files but huge once read are refused where the manuscript names
 * them, in a small heap, before anything decodes them. Before, the PNG chunks ran the
 * JVM out of memory when the PDF was laid out or written, a TEI image's size was never
 * checked, and a sparse file was read whole.
 */
class ImageLimitsTest {

    /** One build each: the JIT's first tier only, as the README advises for a one-off build (half the CPU). */
    private static final String QUICK = "-XX:TieredStopAtLevel=1";

    @TempDir
    Path dir;

    private ChildBuild.Result build(Path manuscript) throws Exception {
        return new ChildBuild(dir).jvm(QUICK, "-Xmx256m")
                .args(manuscript.toString(), "--out", dir.resolve("out").toString(), "--quiet")
                .run(dir.resolve("logs"), 60);
    }

    private Path figure(String image) {
        return Hostile.write(dir.resolve("book.xml"), Hostile.chapter("fr",
                "      <p>Texte.</p>\n      <figure src=\"" + image + "\" alt=\"Une image\"/>\n"));
    }

    private void assertRefused(ChildBuild.Result r, String start, String words) {
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().startsWith(start), r.err());
        assertTrue(r.err().contains(words), r.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    /** A text or profile chunk of 256 MB of zeros, deflated to some 250 KB, in a 10 × 10 image. */
    @ParameterizedTest
    @ValueSource(strings = {"zTXt", "iTXt", "iCCP"})
    void aMetadataChunkThatInflatesToHundredsOfMegabytesIsRefused(String type) throws Exception {
        byte[] bomb = deflatedZeros(256L << 20);
        byte[] head = switch (type) {
            case "zTXt" -> "Comment\0\0".getBytes(StandardCharsets.ISO_8859_1);
            case "iTXt" -> "Comment\0\1\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
            default -> "profile\0\0".getBytes(StandardCharsets.ISO_8859_1);
        };
        Hostile.write(dir.resolve("bomb.png"), png(10, 10, 6, chunk(type, concat(head, bomb))));
        assertRefused(build(figure("bomb.png")), dir.resolve("book.xml") + ":7:7: error: the image 'bomb.png' holds text"
                + " or colour-profile chunks that decompress to more than 8.0 MB", "without its metadata");
    }

    @Test
    void pixelsThatDecodeToMoreThanTheHeapAreRefused() throws Exception {
        // 8,000 × 8,000 RGB with alpha: a 256 KB file, 244 MB decoded, within the pixel limit
        Hostile.write(dir.resolve("pixels.png"), png(8_000, 8_000, 6, new byte[0]));
        assertRefused(build(figure("pixels.png")), dir.resolve("book.xml") + ":7:7: error: the image 'pixels.png' is"
                + " 8000 × 8000 pixels of RGB with alpha at 8 bits a channel, which decode to 244.1 MB", "at most 200.0 MB");
    }

    @Test
    void aTeiImageOfHugePixelsIsRefusedAtItsGraphic() throws Exception {
        Hostile.write(dir.resolve("huge.png"), Hostile.pngHeaderOnly(100_000, 100_000));
        Path tei = Hostile.write(dir.resolve("book.xml"), Hostile.tei("fr",
                "<p>Texte.</p>\n<figure><graphic url=\"huge.png\"/><head>Légende</head></figure>\n"));
        assertRefused(build(tei), tei + ":9:9: error: image 'huge.png' is 100000 × 100000 pixels, too large",
                "at most 20000 pixels on a side");
    }

    @Test
    void aSparseImageOfGigabytesIsRefusedBeforeItIsRead() throws Exception {
        Path image = dir.resolve("sparse.png");
        byte[] start = png(100, 100, 0, new byte[0]);
        try (RandomAccessFile f = new RandomAccessFile(image.toFile(), "rw")) {
            f.write(start, 0, start.length - 12); // all but IEND
            f.setLength(3L << 30);
            f.seek((3L << 30) - 12);
            f.write(start, start.length - 12, 12);
        }
        assertRefused(build(figure("sparse.png")), dir.resolve("book.xml") + ":7:7: error: the image 'sparse.png' is"
                + " 3.0 GB; the images of a book may take at most 128.0 MB together", "make them smaller");
    }

    /** A PNG of zero pixels (deflated as they go, row by row) with {@code extra} chunks before them. */
    private static byte[] png(int width, int height, int colorType, byte[] extra) {
        int channels = colorType == 6 ? 4 : colorType == 2 ? 3 : 1;
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) colorType).put((byte) 0).put((byte) 0).put((byte) 0);
        byte[] row = new byte[1 + width * channels];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int y = 0; y < height; y++) {
            deflater.setInput(row);
            while (!deflater.needsInput()) {
                idat.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            idat.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, chunk("IHDR", ihdr.array()),
                extra, chunk("IDAT", idat.toByteArray()), chunk("IEND", new byte[0]));
    }

    private static byte[] deflatedZeros(long length) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] zeros = new byte[1 << 20];
        byte[] buffer = new byte[64 * 1024];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (long done = 0; done < length; done += zeros.length) {
            deflater.setInput(zeros);
            while (!deflater.needsInput()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(name).put(data)
                .putInt((int) crc.getValue()).array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
