package org.colophon.pdf.flow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.NodeList;

/**
 * An image's pixel size and resolution, read from its header without decoding it.
 *
 * @param dpi from the file (PNG pHYs, JPEG JFIF density), or 96 (the CSS pixel) when absent
 */
record ImageSize(int pixelWidth, int pixelHeight, double dpi) {

    static final double DEFAULT_DPI = 96;

    float naturalWidth() {
        return (float) (pixelWidth * 72 / dpi);
    }

    float naturalHeight() {
        return (float) (pixelHeight * 72 / dpi);
    }

    static ImageSize read(byte[] data) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("not an image format the JDK reads");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, false);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                return new ImageSize(w, h, dpi(reader));
            } finally {
                reader.dispose();
            }
        }
    }

    private static double dpi(ImageReader reader) {
        try {
            IIOMetadata metadata = reader.getImageMetadata(0);
            if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
                return DEFAULT_DPI;
            }
            IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_1.0");
            NodeList sizes = root.getElementsByTagName("HorizontalPixelSize");
            if (sizes.getLength() == 0) {
                return DEFAULT_DPI;
            }
            double mmPerPixel = Double.parseDouble(((IIOMetadataNode) sizes.item(0)).getAttribute("value"));
            double dpi = 25.4 / mmPerPixel;
            // a density of 1 (JFIF "aspect ratio only") or absurd values mean "unknown"
            return dpi >= 36 && dpi <= 2400 ? dpi : DEFAULT_DPI;
        } catch (IOException | RuntimeException e) {
            return DEFAULT_DPI;
        }
    }
}
