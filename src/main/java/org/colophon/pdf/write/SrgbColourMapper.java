package org.colophon.pdf.write;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DColorMapper;
import java.awt.Color;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;

/**
 * How an SVG figure's colours are written in a print-ready PDF, as the text's are: a grey
 * (black included) in DeviceGray, which the press prints on the black plate alone, any
 * other colour in the {@link SrgbSpace}, never in DeviceRGB, which pdfbox-graphics2d's own
 * mapper writes. Transparency is not a colour here: the graphics set it apart.
 */
final class SrgbColourMapper implements IPdfBoxGraphics2DColorMapper {

    private final PDColorSpace srgb;

    SrgbColourMapper(PDColorSpace srgb) {
        this.srgb = srgb;
    }

    @Override
    public PDColor mapColor(Color color, IColorMapperEnv env) {
        int r = color.getRed();
        int g = color.getGreen();
        int b = color.getBlue();
        if (r == g && g == b) {
            return new PDColor(new float[] {r / 255f}, PDDeviceGray.INSTANCE);
        }
        return new PDColor(new float[] {r / 255f, g / 255f, b / 255f}, srgb);
    }
}
