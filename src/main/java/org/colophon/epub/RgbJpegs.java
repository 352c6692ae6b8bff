package org.colophon.epub;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.colophon.error.BuildException;
import org.colophon.layout.Publication;

/**
 * The EPUB's copy of a CMYK JPEG, made RGB: reading systems show CMYK JPEGs in wrong
 * colours or not at all (several ignore the Adobe marker that says the inks are inverted),
 * while the PDF keeps the CMYK original for the press. The image is decoded by
 * TwelveMonkeys' JPEG reader (the JDK's cannot read CMYK), through the profile it carries
 * or a generic CMYK one, into sRGB, and written again as a baseline JPEG at quality 0.92
 * under the same path, so no page's reference changes.
 */
public final class RgbJpegs {

    private static final float QUALITY = 0.92f;

    private RgbJpegs() {
    }

    /** {@code publication} with each CMYK JPEG among its resources replaced by an RGB one. */
    public static Publication of(Publication publication) throws BuildException {
        List<Publication.Resource> resources = new ArrayList<>(publication.resources().size());
        boolean changed = false;
        for (Publication.Resource r : publication.resources()) {
            if ("image/jpeg".equals(r.mediaType()) && components(r.content()) == 4) {
                resources.add(new Publication.Resource(r.path(), r.mediaType(), rgb(r)));
                changed = true;
            } else {
                resources.add(r);
            }
        }
        return changed ? new Publication(publication.book(), publication.pages(), resources) : publication;
    }

    private static byte[] rgb(Publication.Resource r) throws BuildException {
        try {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(r.content()));
            if (decoded == null) {
                throw new IOException("no JPEG reader for CMYK on the class path");
            }
            BufferedImage rgb = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            g.drawImage(decoded, 0, 0, null);
            g.dispose();
            return jpeg(rgb);
        } catch (IOException e) {
            throw new BuildException(r.path(), 0, 0, "cannot make an RGB copy of the CMYK JPEG for the EPUB: "
                    + e.getMessage());
        }
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** The number of colour components in a JPEG's frame header; 0 when none is found. */
    static int components(byte[] jpeg) {
        int pos = 2;
        while (pos + 9 < jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
            int marker = jpeg[pos + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                return 0;
            }
            int length = (jpeg[pos + 2] & 0xFF) << 8 | jpeg[pos + 3] & 0xFF;
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                return jpeg[pos + 9] & 0xFF;
            }
            pos += 2 + length;
        }
        return 0;
    }
}
