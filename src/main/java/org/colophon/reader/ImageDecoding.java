package org.colophon.reader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes an image once, when the book is read, as the PDF writer and e-readers will: a
 * file whose header is right (all that {@link ImageProbe} reads) may still hold pixel data
 * that does not decode, and that must be said at the figure that names it, not when the
 * PDF is written. Every row is decoded but only one pixel in many is kept, so that a
 * large image is checked in little memory.
 */
public final class ImageDecoding {

    /** At most this many pixels kept on a side while checking. */
    private static final int KEPT_SIDE = 64;

    private ImageDecoding() {
    }

    /**
     * Why the image {@code file} of {@code mediaType} (PNG, JPEG or GIF) does not decode,
     * as words that follow its name ("cannot be decoded: …"); null when it decodes, or when
     * it is of another type.
     */
    public static String problem(Path file, String mediaType) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return "cannot be read";
            }
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(mediaType);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true); // ancillary chunks (text, profiles) are not inflated
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width > ReadLimits.MAX_IMAGE_SIDE || height > ReadLimits.MAX_IMAGE_SIDE || width * height > ReadLimits.MAX_IMAGE_PIXELS) {
                    return null; // too large to be decoded at all: the size check says so
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, Math.max(width, height) / KEPT_SIDE);
                param.setSourceSubsampling(step, step, 0, 0);
                if (mediaType.equals("image/jpeg")) {
                    // the PDF embeds a JPEG as it is: its data is checked, not its colours converted
                    reader.readRaster(0, param);
                } else {
                    reader.read(0, param);
                }
                return null;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return "cannot be decoded: its image data is damaged (" + causes(e) + "); export it again from an"
                    + " image editor";
        }
    }

    /** The exception's message and its causes', the library's own words for what is wrong. */
    private static String causes(Throwable e) {
        String message = e.getMessage();
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c.getMessage() != null) {
                message = message == null ? c.getMessage() : message + ": " + c.getMessage();
            }
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
