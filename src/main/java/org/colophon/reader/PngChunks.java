package org.colophon.reader;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Walks a PNG file's chunks without decoding a pixel: the header's fields, and how much
 * its other chunks (text, colour profile, palettes…) hold once decompressed, which is
 * what image readers allocate for them. A compressed chunk is inflated into a small
 * buffer that is thrown away, and never past {@link ReadLimits#MAX_IMAGE_METADATA_BYTES}:
 * a kilobyte of zTXt can hold a gigabyte of text.
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

    private PngChunks() {
    }

    /**
     * Walks the chunks from the header to IEND ({@code hasEnd} false when the file ends
     * first). Stops counting once the metadata passes the limit.
     *
     * @throws ImageProbe.NotUsable when the header is not IHDR or a chunk is malformed
     */
    static Png walk(SeekableByteChannel ch, long size) throws IOException, ImageProbe.NotUsable {
        ByteBuffer header = read(ch, 8, 8 + 13);
        int length = header.getInt();
        byte[] type = new byte[4];
        header.get(type);
        if (length != 13 || !new String(type, StandardCharsets.US_ASCII).equals("IHDR")) {
            throw new ImageProbe.NotUsable("is a damaged PNG file (its first chunk is not IHDR)");
        }
        long width = Integer.toUnsignedLong(header.getInt());
        long height = Integer.toUnsignedLong(header.getInt());
        int bitDepth = header.get() & 0xFF;
        int colorType = header.get() & 0xFF;
        int channels = switch (colorType) {
            case 0 -> 1;
            case 2 -> 3;
            case 4 -> 2;
            default -> 4; // RGB with alpha, or a palette expanded to it
        };
        String pixels = switch (colorType) {
            case 0 -> "grey";
            case 2 -> "RGB";
            case 4 -> "grey with alpha";
            case 6 -> "RGB with alpha";
            default -> "palette colours";
        } + " at " + bitDepth + (bitDepth == 1 ? " bit" : " bits") + " a channel";
        long metadata = 0;
        boolean end = false;
        long pos = 8 + 8 + 13 + 4;
        while (pos + 8 <= size && metadata <= ReadLimits.MAX_IMAGE_METADATA_BYTES) {
            ByteBuffer chunk = read(ch, pos, 8);
            long dataLength = Integer.toUnsignedLong(chunk.getInt());
            String name = new String(new byte[] {chunk.get(), chunk.get(), chunk.get(), chunk.get()},
                    StandardCharsets.ISO_8859_1);
            if (pos + 12 + dataLength > size) {
                break; // truncated: the missing IEND says so
            }
            if (name.equals("IEND")) {
                end = true;
                break;
            }
            if (!name.equals("IDAT")) {
                metadata += CHUNK_OVERHEAD + switch (name) {
                    case "zTXt", "iCCP" -> inflatedAfterKeyword(ch, pos + 8, dataLength, 1,
                            ReadLimits.MAX_IMAGE_METADATA_BYTES - metadata);
                    case "iTXt" -> iTxt(ch, pos + 8, dataLength, ReadLimits.MAX_IMAGE_METADATA_BYTES - metadata);
                    default -> dataLength;
                };
            }
            pos += 12 + dataLength;
        }
        return new Png(width, height, bitDepth, channels, pixels, end, metadata);
    }

    /**
     * An international text: keyword, NUL, compression flag, method, language, NUL,
     * translated keyword, NUL, then the text, deflated when the flag is 1.
     */
    private static long iTxt(SeekableByteChannel ch, long at, long length, long budget) throws IOException {
        byte[] head = readUpTo(ch, at, length, 80 + 2 + 160);
        int keywordEnd = indexOf(head, 0, 0);
        if (keywordEnd < 0 || keywordEnd + 2 >= head.length || head[keywordEnd + 1] != 1) {
            return length;
        }
        int languageEnd = indexOf(head, keywordEnd + 3, 0);
        int translatedEnd = languageEnd < 0 ? -1 : indexOf(head, languageEnd + 1, 0);
        if (translatedEnd < 0) {
            return length;
        }
        return inflated(ch, at + translatedEnd + 1, length - translatedEnd - 1, budget);
    }

    /** A keyword, NUL, {@code skip} bytes (the compression method), then deflated data. */
    private static long inflatedAfterKeyword(SeekableByteChannel ch, long at, long length, int skip, long budget)
            throws IOException {
        byte[] head = readUpTo(ch, at, length, 80);
        int keywordEnd = indexOf(head, 0, 0);
        if (keywordEnd < 0) {
            return length;
        }
        long start = keywordEnd + 1 + skip;
        return inflated(ch, at + start, length - start, budget);
    }

    /**
     * The size of {@code length} deflated bytes at {@code at} once inflated, or a little
     * more than {@code budget} when it is larger: inflating stops there. Data that does
     * not inflate counts as what it is.
     */
    private static long inflated(SeekableByteChannel ch, long at, long length, long budget) throws IOException {
        if (length <= 0) {
            return 0;
        }
        Inflater inflater = new Inflater();
        try {
            byte[] out = new byte[64 * 1024];
            long total = 0;
            long read = 0;
            while (!inflater.finished() && total <= budget) {
                if (inflater.needsInput()) {
                    if (read >= length) {
                        break;
                    }
                    int n = (int) Math.min(64 * 1024, length - read);
                    byte[] in = readUpTo(ch, at + read, n, n);
                    read += in.length;
                    inflater.setInput(in);
                }
                int produced = inflater.inflate(out);
                if (produced == 0 && (inflater.needsDictionary() || (!inflater.needsInput() && !inflater.finished()))) {
                    break;
                }
                total += produced;
            }
            return Math.max(total, length);
        } catch (DataFormatException e) {
            return length;
        } finally {
            inflater.end();
        }
    }

    private static int indexOf(byte[] data, int from, int value) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] readUpTo(SeekableByteChannel ch, long at, long length, int most) throws IOException {
        ByteBuffer b = read(ch, at, (int) Math.min(length, most));
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }

    private static ByteBuffer read(SeekableByteChannel ch, long at, int n) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(n);
        ch.position(at);
        while (buf.hasRemaining()) {
            if (ch.read(buf) < 0) {
                throw new EOFException();
            }
        }
        buf.flip();
        return buf;
    }
}
