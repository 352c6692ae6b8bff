package org.colophon.cover;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** Images for cover tests. */
public final class CoverImages {

    private CoverImages() {
    }

    /** A JPEG of two colours, top and bottom. */
    public static byte[] jpeg(int w, int h) throws IOException {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 90, 140));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(220, 180, 60));
        g.fillRect(0, h / 2, w, h / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }
}
