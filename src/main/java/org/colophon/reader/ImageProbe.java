package org.colophon.reader;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells what an image file is by its first bytes, reads its pixel size from its header,
 * and checks that it is whole and within the {@link ReadLimits} (its bytes, counted
 * towards the book's, before anything is read; its pixels; what a PNG decodes to, and
 * what its metadata inflates to), without decoding it: a manuscript may name a huge
 * image, and only its size is needed here.
 */
public final class ImageProbe {

    /**
     * What the probe found.
     *
     * @param caution what may go wrong with the image in some readers, or null
     */
    public record ImageInfo(String mediaType, int width, int height, String caution) {
        ImageInfo(String mediaType, int width, int height) {
            this(mediaType, width, height, null);
        }
    }

    /** The file is not a usable image; the message says why. */
    public static final class NotUsable extends Exception {
        NotUsable(String message) {
            super(message, null, false, false);
        }
    }

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** How far from the end a file's closing marker is looked for (past any padding). */
    private static final int TAIL = 4096;

    private ImageProbe() {
    }

    /** A JPEG or PNG image of the book whose {@code budget} it spends. */
    public static ImageInfo probe(Path file, ReadBudget budget) throws NotUsable {
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            long size = ch.size();
            if (size == 0) {
                throw new NotUsable("is an empty file, not a JPEG or PNG image");
            }
            String refusal = budget.takeImageBytes(size);
            if (refusal != null) {
                throw new NotUsable(refusal);
            }
            byte[] head = read(ch, 0, (int) Math.min(size, 64));
            if (startsWith(head, PNG_SIGNATURE)) {
                return png(file, size);
            }
            if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
                ImageInfo info = jpeg(ch, size);
                checkSize(info);
                return info;
            }
            throw new NotUsable(otherKind(head));
        } catch (EOFException e) {
            throw new NotUsable("is truncated (the file ends in the middle of its header)");
        } catch (IOException e) {
            throw new NotUsable("cannot be read: " + e.getMessage());
        }
    }

    private static ImageInfo png(Path file, long size) throws IOException, NotUsable {
        if (size < 33) {
            throw new NotUsable("is a truncated PNG file (it ends inside its header)");
        }
        PngChunks.Png png = PngChunks.walk(file);
        if (png.metadataBytes() > ReadLimits.MAX_IMAGE_METADATA_BYTES) {
            throw new NotUsable("holds text or colour-profile chunks that decompress to more than "
                    + ReadBudget.bytes(ReadLimits.MAX_IMAGE_METADATA_BYTES) + " (image readers inflate them whole):"
                    + " save the image again without its metadata");
        }
        if (!png.hasEnd()) {
            throw new NotUsable("is a truncated PNG file (its IEND chunk is missing)");
        }
        ImageInfo info = new ImageInfo("image/png", clamp(png.width()), clamp(png.height()));
        checkSize(info);
        checkDecodedSize(info, png.decodedBytes(), png.pixels(), png.bitDepth() > 8);
        return info;
    }

    /**
     * Any other image file a TEI document may name (an SVG): only its bytes are counted
     * towards the book's, before it is read.
     */
    public static void checkBytes(Path file, ReadBudget budget) throws NotUsable {
        try {
            String refusal = budget.takeImageBytes(Files.size(file));
            if (refusal != null) {
                throw new NotUsable(refusal);
            }
        } catch (IOException e) {
            throw new NotUsable("cannot be read: " + e.getMessage());
        }
    }

    /**
     * A GIF (TEI documents may name them): its logical screen size, checked as a PNG's
     * is. Its pixels are decoded for the PDF, to indexed colours expanded with alpha.
     */
    public static ImageInfo probeGif(Path file, ReadBudget budget) throws NotUsable {
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            long size = ch.size();
            String refusal = budget.takeImageBytes(size);
            if (refusal != null) {
                throw new NotUsable(refusal);
            }
            if (size < 10) {
                throw new NotUsable("is a truncated GIF file (it ends inside its header)");
            }
            byte[] head = read(ch, 0, 10);
            int width = (head[6] & 0xFF) | (head[7] & 0xFF) << 8;
            int height = (head[8] & 0xFF) | (head[9] & 0xFF) << 8;
            ImageInfo info = new ImageInfo("image/gif", width, height);
            checkSize(info);
            checkDecodedSize(info, 4L * width * height, "palette colours", false);
            return info;
        } catch (IOException e) {
            throw new NotUsable("cannot be read: " + e.getMessage());
        }
    }

    private static ImageInfo jpeg(SeekableByteChannel ch, long size) throws IOException, NotUsable {
        long pos = 2;
        while (true) {
            if (pos + 4 > size) {
                throw new NotUsable("is a truncated JPEG file (it ends before its image size is given)");
            }
            byte[] marker = read(ch, pos, 2);
            if ((marker[0] & 0xFF) != 0xFF) {
                throw new NotUsable("is a damaged JPEG file (no segment marker at byte " + pos + ")");
            }
            int m = marker[1] & 0xFF;
            if (m == 0xFF) {
                pos++; // fill byte
                continue;
            }
            if (m == 0x01 || (m >= 0xD0 && m <= 0xD7)) {
                pos += 2; // markers without a length
                continue;
            }
            if (m == 0xD9 || m == 0xDA) {
                throw new NotUsable("is a damaged JPEG file (its image data starts before its size is given)");
            }
            byte[] len = read(ch, pos + 2, 2);
            int length = ((len[0] & 0xFF) << 8) | (len[1] & 0xFF);
            if (length < 2) {
                throw new NotUsable("is a damaged JPEG file (a segment has length " + length + ")");
            }
            if (isStartOfFrame(m)) {
                if (pos + 9 > size) {
                    throw new NotUsable("is a truncated JPEG file (it ends inside its header)");
                }
                ByteBuffer sof = ByteBuffer.wrap(read(ch, pos + 4, 6));
                int precision = sof.get() & 0xFF;
                int height = sof.getShort() & 0xFFFF;
                int width = sof.getShort() & 0xFFFF;
                int components = sof.get() & 0xFF;
                refuseUnusualCoding(m, precision);
                if (!endsWithEndOfImage(tail(ch, size), size, pos)) {
                    throw new NotUsable("is a truncated JPEG file (its end-of-image marker is missing)");
                }
                // a CMYK JPEG is taken: the PDF keeps it, the EPUB gets an RGB copy (epub.RgbJpegs)
                return new ImageInfo("image/jpeg", width, height, null);
            }
            pos += 2 + length;
        }
    }

    /**
     * Only the JPEG every viewer decodes: 8-bit, baseline or progressive, Huffman coded.
     * Lossless and arithmetic-coded JPEGs (and 12-bit ones) are legal but shown by almost
     * no e-reader or PDF viewer.
     */
    private static void refuseUnusualCoding(int sofMarker, int precision) throws NotUsable {
        boolean lossless = sofMarker == 0xC3 || sofMarker == 0xC7 || sofMarker == 0xCB || sofMarker == 0xCF;
        boolean arithmetic = sofMarker >= 0xC9;
        if (lossless || arithmetic) {
            throw new NotUsable("is " + (lossless ? "a lossless" : "an arithmetic-coded") + " JPEG, which e-readers"
                    + " and PDF viewers do not show; save it as an ordinary (baseline or progressive) JPEG");
        }
        if (precision != 8) {
            throw new NotUsable("is a " + precision + "-bit JPEG, which e-readers and PDF viewers do not show;"
                    + " save it with 8 bits per channel");
        }
    }

    /** SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
    private static boolean isStartOfFrame(int m) {
        return m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
    }

    /**
     * Entropy-coded data never holds FF D9 (an FF there is always followed by 00 or a
     * restart marker), so an FF D9 in the file's last bytes, past its frame header, is
     * the end of the image.
     */
    private static boolean endsWithEndOfImage(byte[] tail, long size, long frameAt) {
        long tailStart = size - tail.length;
        for (int i = tail.length - 2; i >= 0; i--) {
            if ((tail[i] & 0xFF) == 0xFF && (tail[i + 1] & 0xFF) == 0xD9) {
                return tailStart + i > frameAt;
            }
        }
        return false;
    }

    private static void checkSize(ImageInfo info) throws NotUsable {
        if (info.width() <= 0 || info.height() <= 0) {
            throw new NotUsable("has no size (" + info.width() + " × " + info.height() + " pixels)");
        }
        if (info.width() > ReadLimits.MAX_IMAGE_SIDE || info.height() > ReadLimits.MAX_IMAGE_SIDE
                || (long) info.width() * info.height() > ReadLimits.MAX_IMAGE_PIXELS) {
            throw new NotUsable("is " + info.width() + " × " + info.height() + " pixels, too large: an image may be"
                    + " at most " + ReadLimits.MAX_IMAGE_SIDE + " pixels on a side and "
                    + ReadLimits.MAX_IMAGE_PIXELS / 1_000_000 + " megapixels; scale it down");
        }
    }

    /** PNGs and GIFs are decoded for the PDF: what that takes must fit in memory. */
    private static void checkDecodedSize(ImageInfo info, long decoded, String pixels, boolean deep) throws NotUsable {
        if (decoded > ReadLimits.MAX_DECODED_IMAGE_BYTES) {
            throw new NotUsable("is " + info.width() + " × " + info.height() + " pixels of " + pixels
                    + ", which decode to " + ReadBudget.bytes(decoded) + " for the PDF; Colophon decodes images of at"
                    + " most " + ReadBudget.bytes(ReadLimits.MAX_DECODED_IMAGE_BYTES) + " (50 megapixels of RGB with"
                    + " alpha): scale it down" + (deep ? ", or save it with 8 bits a channel" : ""));
        }
    }

    private static String otherKind(byte[] head) {
        String ascii = new String(head, StandardCharsets.ISO_8859_1);
        String kind;
        if (ascii.startsWith("GIF8")) {
            kind = "a GIF image";
        } else if (ascii.startsWith("RIFF") && ascii.length() >= 12 && ascii.startsWith("WEBP", 8)) {
            kind = "a WebP image";
        } else if (ascii.startsWith("II*\0") || ascii.startsWith("MM\0*")) {
            kind = "a TIFF image";
        } else if (ascii.startsWith("BM")) {
            kind = "a BMP image";
        } else if (ascii.contains("<svg") || ascii.startsWith("<?xml")) {
            return "is an SVG or other XML file; an SVG figure must be named .svg (a cover is JPEG or PNG only)";
        } else if (ascii.startsWith("%PDF")) {
            kind = "a PDF file";
        } else {
            return "is not a JPEG or PNG image (Colophon accepts JPEG and PNG only)";
        }
        return "is " + kind + "; Colophon accepts JPEG and PNG images only";
    }

    private static int clamp(long v) {
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    private static byte[] tail(SeekableByteChannel ch, long size) throws IOException {
        int n = (int) Math.min(size, TAIL);
        return read(ch, size - n, n);
    }

    private static byte[] read(SeekableByteChannel ch, long at, int n) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(n);
        ch.position(at);
        while (buf.hasRemaining()) {
            if (ch.read(buf) < 0) {
                break;
            }
        }
        byte[] out = new byte[buf.position()];
        buf.flip();
        buf.get(out);
        if (out.length < n) {
            throw new EOFException();
        }
        return out;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
