package org.colophon.report;

import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDAbstractPattern;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDShadingPattern;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDTilingPattern;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShading;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * One page run through PDFBox's content stream engine, as a printer's preflight reads it:
 * with the graphics state (transformation, clip, resources of the form XObject being drawn)
 * that a plain token scan cannot follow. It notes the colour spaces the content names —
 * as written: {@code rg} is DeviceRGB even under a {@code DefaultRGB}, which a PDF/X
 * preflight need not accept — the fonts it sets text in, and where what it paints lies
 * against the page's bleed and trim boxes.
 *
 * <p>A mark is "across the bleed" when it paints both inside and outside the bleed box (the
 * printer's marks and the slug line lie wholly outside it, so they are not); "short of the
 * bleed" when an image, a path or a shading reaches past the trim edge but stops before the
 * bleed edge on that side, which leaves a white sliver when the knife wanders.
 */
final class PageScan extends PDFGraphicsStreamEngine {

    /** How far past an edge counts: a quarter point, well under what a knife's wander is. */
    private static final double EPSILON = 0.25;

    private final Rectangle2D bleed;
    private final Rectangle2D trim;
    /** How many clips the engine set before the page's first operator: the page's boxes. */
    private int pageClips = -1;
    private final FontSink fonts;
    final Set<String> spaces = new TreeSet<>();
    final Set<String> acrossBleed = new TreeSet<>();
    final Set<String> shortOfBleed = new TreeSet<>();
    private final GeneralPath path = new GeneralPath();
    private int pendingClip = -1;
    /** Inside a tiling pattern's cell, whose space is not the page's: colours count, places do not. */
    private int inPattern;

    /** Where the scan reports a font set on the page, by its name in the current resources. */
    interface FontSink {
        void font(PDResources resources, COSName name);
    }

    PageScan(PDPage page, FontSink fonts) {
        super(page);
        this.fonts = fonts;
        this.bleed = box(page.getBleedBox());
        this.trim = box(page.getTrimBox());
    }

    private static Rectangle2D box(PDRectangle r) {
        return new Rectangle2D.Float(r.getLowerLeftX(), r.getLowerLeftY(), r.getWidth(), r.getHeight());
    }

    void run() throws IOException {
        processPage(getPage());
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (pageClips < 0) {
            pageClips = getGraphicsState().getCurrentClippingPaths().size();
        }
        switch (operator.getName()) {
            case "rg", "RG" -> spaces.add(Preflight.DEVICE_RGB);
            case "k", "K" -> spaces.add(Preflight.DEVICE_CMYK);
            case "g", "G" -> spaces.add(Preflight.DEVICE_GRAY);
            case "cs", "CS" -> {
                if (!operands.isEmpty() && operands.get(0) instanceof COSName n) {
                    spaces.add(named(n));
                }
            }
            case "scn", "SCN" -> {
                if (!operands.isEmpty() && operands.get(operands.size() - 1) instanceof COSName n) {
                    pattern(n);
                }
            }
            case "Tf" -> {
                if (!operands.isEmpty() && operands.get(0) instanceof COSName n && getResources() != null) {
                    fonts.font(getResources(), n);
                }
            }
            default -> { }
        }
        super.processOperator(operator, operands);
    }

    /** A colour space by its name in the current resources; device names as they are, not mapped to a Default space. */
    private String named(COSName name) throws IOException {
        if (COSName.DEVICERGB.equals(name) || COSName.DEVICECMYK.equals(name) || COSName.DEVICEGRAY.equals(name)
                || COSName.PATTERN.equals(name)) {
            return name.getName();
        }
        PDResources resources = getResources();
        PDColorSpace space = resources == null ? null : resources.getColorSpace(name);
        return space == null ? name.getName() : space.getName();
    }

    /** A pattern paints in its shading's space, or in those its cell's content names. */
    private void pattern(COSName name) throws IOException {
        PDResources resources = getResources();
        PDAbstractPattern pattern = resources == null ? null : resources.getPattern(name);
        if (pattern instanceof PDShadingPattern shading && shading.getShading() != null) {
            shadingSpace(shading.getShading());
        } else if (pattern instanceof PDTilingPattern tiling && tiling.getPaintType() == PDTilingPattern.PAINT_COLORED) {
            inPattern++;
            try {
                processTilingPattern(tiling, null, null);
            } finally {
                inPattern--;
            }
        }
    }

    private void shadingSpace(PDShading shading) throws IOException {
        COSBase cs = shading.getCOSObject().getDictionaryObject(COSName.CS, COSName.COLORSPACE);
        if (cs instanceof COSName n) {
            spaces.add(named(n));
        } else if (shading.getColorSpace() != null) {
            spaces.add(shading.getColorSpace().getName());
        }
    }

    @Override
    public void drawImage(PDImage image) throws IOException {
        if (!image.isStencil()) {
            COSBase cs = image instanceof PDImageXObject x
                    ? x.getCOSObject().getDictionaryObject(COSName.COLORSPACE) : null;
            if (cs instanceof COSName n) {
                spaces.add(n.getName());
            } else if (cs instanceof COSArray a && a.size() > 0 && a.getObject(0) instanceof COSName n
                    && !COSName.INDEXED.equals(n)) {
                spaces.add(n.getName());
            } else {
                PDColorSpace space = image.getColorSpace();
                if (space != null) {
                    spaces.add(space.getName());
                }
            }
        }
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        GeneralPath unit = new GeneralPath(new Rectangle2D.Float(0, 0, 1, 1));
        unit.transform(ctm.createAffineTransform());
        painted("image", unit.getBounds2D());
    }

    @Override
    public void shadingFill(COSName name) throws IOException {
        PDShading shading = getResources() == null ? null : getResources().getShading(name);
        if (shading != null) {
            shadingSpace(shading);
        }
        painted("shading", null); // sh paints the whole clip
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
        if (mode == RenderingMode.NEITHER || mode == RenderingMode.NEITHER_CLIP) {
            return;
        }
        float ascent = 0.8f;
        float descent = -0.2f;
        PDFontDescriptor d = font.getFontDescriptor();
        if (d != null && d.getAscent() > 0) {
            ascent = d.getAscent() / 1000;
            descent = d.getDescent() / 1000;
        }
        // the glyph's cell in text space: its advance wide, the font's ascent and descent high
        float advance = Math.max(displacement.getX(), 0.01f);
        Rectangle2D cell;
        if (textRenderingMatrix.getShearX() == 0 && textRenderingMatrix.getShearY() == 0) {
            // upright text, nearly all of it: no path to build
            float x = textRenderingMatrix.getTranslateX();
            float y = textRenderingMatrix.getTranslateY();
            float sx = textRenderingMatrix.getScaleX();
            float sy = textRenderingMatrix.getScaleY();
            cell = new Rectangle2D.Float(Math.min(x, x + advance * sx), Math.min(y + descent * sy, y + ascent * sy),
                    Math.abs(advance * sx), Math.abs((ascent - descent) * sy));
        } else {
            GeneralPath path = new GeneralPath(new Rectangle2D.Float(0, descent, advance, ascent - descent));
            path.transform(textRenderingMatrix.createAffineTransform());
            cell = path.getBounds2D();
        }
        painted("text", cell);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        path.moveTo(p0.getX(), p0.getY());
        path.lineTo(p1.getX(), p1.getY());
        path.lineTo(p2.getX(), p2.getY());
        path.lineTo(p3.getX(), p3.getY());
        path.closePath();
    }

    @Override
    public void clip(int windingRule) {
        pendingClip = windingRule;
    }

    @Override
    public void moveTo(float x, float y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        path.lineTo(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        path.curveTo(x1, y1, x2, y2, x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return path.getCurrentPoint();
    }

    @Override
    public void closePath() {
        path.closePath();
    }

    @Override
    public void endPath() {
        donePath();
    }

    @Override
    public void strokePath() {
        Rectangle2D bounds = path.getBounds2D();
        float width = transformWidth(getGraphicsState().getLineWidth());
        double half = Math.max(width, 0) / 2;
        painted("path", new Rectangle2D.Double(bounds.getX() - half, bounds.getY() - half,
                bounds.getWidth() + 2 * half, bounds.getHeight() + 2 * half));
        donePath();
    }

    @Override
    public void fillPath(int windingRule) {
        painted("path", path.getBounds2D());
        donePath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    /** The path's end: a pending clip (W, W*) takes effect now, as the operators say. */
    private void donePath() {
        if (pendingClip >= 0) {
            GeneralPath clip = (GeneralPath) path.clone();
            clip.setWindingRule(pendingClip);
            getGraphicsState().intersectClippingPath(clip);
            pendingClip = -1;
        }
        path.reset();
    }

    /** What {@code kind} paints within {@code bounds} (null: wherever the clip lets it), held against the boxes. */
    private void painted(String kind, Rectangle2D bounds) {
        if (inPattern > 0) {
            return;
        }
        // what lies inside the trim (text: the bleed) can neither cross nor stop short: no clip to work out
        if (bounds != null && within(bounds, "text".equals(kind) ? bleed : trim)) {
            return;
        }
        Rectangle2D clip = clipBounds();
        Rectangle2D area = bounds == null ? clip : clip == null ? bounds : bounds.createIntersection(clip);
        if (area == null) {
            return; // sh with no clip of its own: the whole page, which is no mark of the book's
        }
        if (area.getWidth() <= 0 || area.getHeight() <= 0) {
            return;
        }
        if (overlaps(area, bleed) && !within(area, bleed)) {
            acrossBleed.add(kind);
        }
        if (!"text".equals(kind) && overlaps(area, trim) && shortOfEdge(area)) {
            shortOfBleed.add(kind);
        }
    }

    /**
     * The bounds of the clips the content set (form XObjects' boxes included); null when it
     * set none. The page's own box, which the engine clips to first, is left out: it cuts
     * what runs off the page, and what runs off is what this looks for.
     */
    private Rectangle2D clipBounds() {
        Rectangle2D bounds = null;
        List<java.awt.geom.Path2D> clips = getGraphicsState().getCurrentClippingPaths();
        for (int i = Math.max(pageClips, 0); i < clips.size(); i++) {
            Rectangle2D b = clips.get(i).getBounds2D();
            bounds = bounds == null ? b : bounds.createIntersection(b);
        }
        return bounds;
    }

    private static boolean overlaps(Rectangle2D a, Rectangle2D b) {
        return Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX()) > EPSILON
                && Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY()) > EPSILON;
    }

    private static boolean within(Rectangle2D a, Rectangle2D b) {
        return a.getMinX() >= b.getMinX() - EPSILON && a.getMinY() >= b.getMinY() - EPSILON
                && a.getMaxX() <= b.getMaxX() + EPSILON && a.getMaxY() <= b.getMaxY() + EPSILON;
    }

    /** Past the trim on some side, and on that side short of the bleed. */
    private boolean shortOfEdge(Rectangle2D a) {
        return a.getMinX() < trim.getMinX() - EPSILON && a.getMinX() > bleed.getMinX() + EPSILON
                || a.getMaxX() > trim.getMaxX() + EPSILON && a.getMaxX() < bleed.getMaxX() - EPSILON
                || a.getMinY() < trim.getMinY() - EPSILON && a.getMinY() > bleed.getMinY() + EPSILON
                || a.getMaxY() > trim.getMaxY() + EPSILON && a.getMaxY() < bleed.getMaxY() - EPSILON;
    }
}
