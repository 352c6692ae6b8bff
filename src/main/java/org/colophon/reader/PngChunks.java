package org.colophon.reader;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Walks a PNG file's chunks without decoding a pixel: the header's fields, and how much
 * its other chunks (text, colour profile, palettes…) hold once decompressed, which is
 * what image readers allocate for them. A compressed chunk is inflated into a small
 * buffer that is thrown away, and never past {@link ReadLimits#MAX_IMAGE_METADATA_BYTES}:
 * a kilobyte of zTXt can hold a gigabyte of text. Read in one buffered pass, skipping the
 * pixels, so that a file of a million tiny chunks takes no longer than a large one.
 */
final class PngChunks {

    /**
     * What the walk found. {@code channels} counts alpha; {@code bitDepth} is per channel;
     * {@code pixels} says what they are in words.
     */
    record Png(long width, long height, int bitDepth, int channels, String pixels, boolean hasEnd, long metadataBytes) {

        /** Bytes of the pixels once decoded (palettes expanded to RGB with alpha, as the PDF needs). */
        long decodedBytes() {
            return width * height * channels * Math.max(1, bitDepth / 8);
        }
    }

    /** What each chunk other than the pixels costs a reader beyond its content: its entry. */
    private static final int CHUNK_OVERHEAD = 64;

    /** The longest keyword (and language tag) a text chunk may have, by the PNG specification, and its NUL. */
    private static final int KEYWORD = 80;

    private PngChunks() {
    }

    /**
     * Walks the chunks from the header to IEND ({@code hasEnd} false when the file ends
     * first). Stops counting once the metadata passes the limit.
     *
     * @throws ImageProbe.NotUsable when the header is not IHDR or a chunk is malformed
     */
    static Png walk(Path file) throws IOException, ImageProbe.NotUsable {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 64 * 1024))) {
            in.skipNBytes(8); // the signature, checked by the caller
            int length = in.readInt();
            if (length != 13 || !name(in).equals("IHDR")) {
                throw new ImageProbe.NotUsable("is a damaged PNG file (its first chunk is not IHDR)");
            }
            long width = Integer.toUnsignedLong(in.readInt());
            long height = Integer.toUnsignedLong(in.readInt());
            int bitDepth = in.readUnsignedByte();
            int colorType = in.readUnsignedByte();
            in.skipNBytes(3 + 4); // compression, filter, interlace; the CRC
            long metadata = 0;
            boolean end = false;
            try {
                while (metadata <= ReadLimits.MAX_IMAGE_METADATA_BYTES) {
                    long dataLength = Integer.toUnsignedLong(in.readInt());
                    String name = name(in);
                    if (!isChunkName(name)) {
                        throw new ImageProbe.NotUsable("is a damaged PNG file (a chunk has no name of letters)");
                    }
                    if (name.equals("IEND")) {
                        end = true;
                        break;
                    }
                    metadata += CHUNK_OVERHEAD;
                    if (name.equals("IDAT")) {
                        in.skipNBytes(dataLength);
                    } else {
                        metadata += content(name, in, dataLength, ReadLimits.MAX_IMAGE_METADATA_BYTES - metadata);
                    }
                    in.skipNBytes(4); // the CRC
                }
            } catch (EOFException truncated) {
                // the missing IEND says so
            }
            return new Png(width, height, bitDepth, channels(colorType), pixels(colorType, bitDepth), end, metadata);
        }
    }

    private static int channels(int colorType) {
        return switch (colorType) {
            case 0 -> 1;
            case 2 -> 3;
            case 4 -> 2;
            default -> 4; // RGB with alpha, or a palette expanded to it
        };
    }

    private static String pixels(int colorType, int bitDepth) {
        return switch (colorType) {
            case 0 -> "grey";
            case 2 -> "RGB";
            case 4 -> "grey with alpha";
            case 6 -> "RGB with alpha";
            default -> "palette colours";
        } + " at " + bitDepth + (bitDepth == 1 ? " bit" : " bits") + " a channel";
    }

    /**
     * What a chunk's {@code length} bytes hold, read to its end: inflated for zTXt and iCCP
     * (keyword, NUL, method, deflated data) and for a compressed iTXt (keyword, NUL, flag,
     * method, language, NUL, translated keyword, NUL, text); as they are otherwise.
     */
    private static long content(String name, DataInputStream in, long length, long budget) throws IOException {
        InputStream chunk = new BoundedInput(in, length);
        long size = length;
        if (name.equals("zTXt") || name.equals("iCCP")) {
            if (skipPast(chunk, KEYWORD) && chunk.read() >= 0) {
                size = Math.max(length, inflated(chunk, budget));
            }
        } else if (name.equals("iTXt")) {
            if (skipPast(chunk, KEYWORD) && chunk.read() == 1 && chunk.read() >= 0
                    && skipPast(chunk, KEYWORD) && skipPast(chunk, Integer.MAX_VALUE)) {
                size = Math.max(length, inflated(chunk, budget));
            }
        }
        chunk.skipNBytes(((BoundedInput) chunk).left);
        return size;
    }

    /** Reads past the next NUL, within {@code most} bytes; false when there is none. */
    private static boolean skipPast(InputStream in, int most) throws IOException {
        for (int i = 0; i < most; i++) {
            int b = in.read();
            if (b <= 0) {
                return b == 0;
            }
        }
        return false;
    }

    /** The size of what {@code in} inflates to, or a little more than {@code budget} when it is larger. */
    private static long inflated(InputStream in, long budget) throws IOException {
        Inflater inflater = new Inflater();
        try {
            byte[] input = new byte[16 * 1024];
            byte[] out = new byte[64 * 1024];
            long total = 0;
            while (!inflater.finished() && total <= budget) {
                if (inflater.needsInput()) {
                    int n = in.read(input);
                    if (n < 0) {
                        break;
                    }
                    inflater.setInput(input, 0, n);
                }
                int produced = inflater.inflate(out);
                if (produced == 0 && inflater.needsDictionary()) {
                    break;
                }
                total += produced;
            }
            return total;
        } catch (DataFormatException e) {
            return 0; // not deflated data: it counts as what it is
        } finally {
            inflater.end();
        }
    }

    private static String name(DataInputStream in) throws IOException {
        byte[] name = new byte[4];
        in.readFully(name);
        return new String(name, StandardCharsets.ISO_8859_1);
    }

    /** Chunk names are four ASCII letters (zero padding, or a lying length, gives others). */
    private static boolean isChunkName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    /** The next {@code left} bytes of a stream, and no more. */
    private static final class BoundedInput extends InputStream {
        private final InputStream in;
        private long left;

        BoundedInput(InputStream in, long length) {
            this.in = in;
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = in.skip(Math.min(n, left));
            left -= skipped;
            return skipped;
        }
    }
}
