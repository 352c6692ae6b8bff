package org.colophon.testing;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * What a PDF page draws besides its text: each raster image and each form (an SVG drawn as
 * vectors) with the box it covers on the page, in PDF points from the page's bottom left,
 * and how many paths the page's forms fill or stroke.
 */
public final class PdfDrawings {

    /** A drawn image or form: its kind and the rectangle it covers. */
    public record Drawn(Kind kind, float x, float y, float width, float height, int pixelWidth) {
        public float top() {
            return y + height;
        }
    }

    public enum Kind { IMAGE, FORM }

    private PdfDrawings() {
    }

    /** The images and forms {@code page} draws, in drawing order. */
    public static Drawings of(PDPage page) throws IOException {
        Engine engine = new Engine(page);
        engine.processPage(page);
        return new Drawings(List.copyOf(engine.drawn), engine.formPaths);
    }

    /** A page's drawings, and the paths painted inside its forms. */
    public record Drawings(List<Drawn> drawn, int formPaths) {
        public List<Drawn> of(Kind kind) {
            return drawn.stream().filter(d -> d.kind() == kind).toList();
        }
    }

    private static final class Engine extends PDFGraphicsStreamEngine {
        final List<Drawn> drawn = new ArrayList<>();
        int formDepth;
        int formPaths;

        Engine(PDPage page) {
            super(page);
        }

        @Override
        public void showForm(PDFormXObject form) throws IOException {
            if (formDepth == 0) {
                Matrix m = getGraphicsState().getCurrentTransformationMatrix().clone();
                m.concatenate(form.getMatrix());
                PDRectangle box = form.getBBox();
                Point2D.Float a = m.transformPoint(box.getLowerLeftX(), box.getLowerLeftY());
                Point2D.Float b = m.transformPoint(box.getUpperRightX(), box.getUpperRightY());
                drawn.add(new Drawn(Kind.FORM, Math.min(a.x, b.x), Math.min(a.y, b.y), Math.abs(b.x - a.x),
                        Math.abs(b.y - a.y), 0));
            }
            formDepth++;
            try {
                super.showForm(form);
            } finally {
                formDepth--;
            }
        }

        @Override
        public void drawImage(PDImage image) {
            if (formDepth > 0) {
                return;
            }
            Matrix m = getGraphicsState().getCurrentTransformationMatrix();
            int pixels = image instanceof PDImageXObject x ? x.getWidth() : 0;
            drawn.add(new Drawn(Kind.IMAGE, m.getTranslateX(), m.getTranslateY(), m.getScalingFactorX(),
                    m.getScalingFactorY(), pixels));
        }

        @Override
        public void fillPath(int windingRule) {
            countPath();
        }

        @Override
        public void strokePath() {
            countPath();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            countPath();
        }

        @Override
        public void shadingFill(COSName shadingName) {
            countPath();
        }

        private void countPath() {
            if (formDepth > 0) {
                formPaths++;
            }
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
        }

        @Override
        public void lineTo(float x, float y) {
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        }

        @Override
        public Point2D getCurrentPoint() {
            return new Point2D.Float();
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
        }
    }
}
