package org.colophon.pdf.write;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.util.Matrix;
import org.colophon.error.Warnings;
import org.colophon.pdf.flow.FlowBlock;
import org.colophon.pdf.flow.Frame;
import org.colophon.pdf.flow.SvgDrawing;
import org.colophon.pdf.page.LaidOutPage;
import org.colophon.pdf.page.PageMaster;
import org.colophon.pdf.tags.ContentTag;
import org.colophon.pdf.tags.TaggedContent;
import org.colophon.pdf.text.GlyphRun;
import org.colophon.pdf.text.SetLine;

/**
 * Draws laid-out pages into a PDF: page boxes, lines through the text writer, images,
 * and link annotations (URI actions for external links, GoTo for ids in the book).
 *
 * <p>Box model: the trim box is the page size of {@code @page}; the media box (and the
 * bleed box) adds the {@code bleed} on every side, so a printer that trims gets the page
 * and a picture that runs off the page has its bleed.
 */
public final class PdfAssembler {

    private record Target(int page, float x, float y) {}

    /** A link drawn over a run; {@code element} is the run's structure element in a tagged PDF, else null. */
    private record Link(int page, PDRectangle area, String href, String source, String text, Object element) {}

    private final PDDocument document;
    private final PageMaster master;
    private final PdfTextWriter writer;
    private final Warnings warnings;
    private final Map<String, PDImageXObject> images = new HashMap<>();
    private final Map<String, Drawing> drawings = new HashMap<>();
    private final Map<String, Target> targets = new LinkedHashMap<>();
    private final List<Link> links = new ArrayList<>();
    private final List<PDPage> pdfPages = new ArrayList<>();
    private final ImageColours imageColours;
    private TaggedContent tagged; // null: an untagged PDF
    private final DrawnPages drawnPages; // null: none kept

    public PdfAssembler(PDDocument document, PageMaster master, PdfTextWriter writer, Warnings warnings) {
        this(document, master, writer, warnings, ImageColours.ordinary(document, null), null);
    }

    /**
     * {@code imageColours}: the colour spaces images are written in, for the PDF's output intent;
     * {@code drawnPages}: the content streams an earlier PDF of the book drew, which this one reuses
     * and keeps (null: none).
     */
    public PdfAssembler(PDDocument document, PageMaster master, PdfTextWriter writer, Warnings warnings,
                        ImageColours imageColours, DrawnPages drawnPages) {
        this.document = document;
        this.master = master;
        this.writer = writer;
        this.warnings = warnings;
        this.imageColours = imageColours;
        this.drawnPages = drawnPages;
        if (drawnPages != null) {
            drawnPages.startPdf(imageColours.srgb() != null);
        }
    }

    /**
     * Draws the pages, with their links; when their frames carry tags of the book's logical
     * structure, as a tagged PDF: every line and image as marked content of its structure
     * element or as an artifact, and the structure tree written at the end.
     */
    public void draw(List<LaidOutPage> pages) throws IOException {
        tagged = TaggedContent.of(firstTag(pages));
        for (LaidOutPage page : pages) {
            drawPage(page);
        }
        addLinks();
        if (tagged != null) {
            tagged.finish(document, pdfPages);
        }
    }

    private static ContentTag firstTag(List<LaidOutPage> pages) {
        for (LaidOutPage page : pages) {
            for (LaidOutPage.Placed placed : page.frames()) {
                ContentTag tag = placed.frame() instanceof Frame.TextLine t ? t.tag()
                        : placed.frame() instanceof Frame.Picture p ? p.image().tag() : null;
                if (tag instanceof org.colophon.pdf.tags.ContentSlot) {
                    return tag;
                }
            }
        }
        return null;
    }

    /** A destination at the place an id landed, or null when no page has it. */
    PDPageXYZDestination destination(String id) {
        Target target = targets.get(id);
        if (target == null) {
            return null;
        }
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(pdfPages.get(target.page()));
        destination.setLeft((int) target.x());
        destination.setTop((int) Math.ceil(target.y()));
        return destination;
    }

    /** Where each id landed: page index, for tests and the contents page later. */
    Map<String, Integer> targetPages() {
        Map<String, Integer> out = new LinkedHashMap<>();
        targets.forEach((id, t) -> out.put(id, t.page()));
        return out;
    }

    private void drawPage(LaidOutPage laidOut) throws IOException {
        float bleed = master.bleed();
        PDRectangle media = new PDRectangle(master.width() + 2 * bleed, master.height() + 2 * bleed);
        PDPage page = new PDPage(media);
        page.setTrimBox(new PDRectangle(bleed, bleed, master.width(), master.height()));
        page.setBleedBox(new PDRectangle(0, 0, media.getWidth(), media.getHeight()));
        document.addPage(page);
        pdfPages.add(page);
        PageMaster.Margins margins = master.margins(laidOut.index());
        float left = bleed + margins.left();
        float top = bleed + master.height() - margins.top();
        Space upright = new Space(left, top, false);
        if (tagged != null) {
            tagged.beginPage(pdfPages.size() - 1);
        }
        if (drawnPages != null && !laidOut.turned() && laidOut.frames().stream()
                .noneMatch(p -> p.frame() instanceof Frame.Picture)) {
            drawSteps(page, laidOut, upright); // a page of lines and rules alone, whose stream may be an earlier one
            return;
        }
        try (PDPageContentStream content = new PDPageContentStream(document, page,
                PDPageContentStream.AppendMode.OVERWRITE, true)) {
            if (!laidOut.turned()) {
                drawFrames(content, laidOut, laidOut.frames(), upright);
                return;
            }
            // a viewer shows the page turned so that the table reads upright; a printer prints it as it is
            page.setRotation(90);
            List<LaidOutPage.Placed> block = new ArrayList<>();
            List<LaidOutPage.Placed> furniture = new ArrayList<>();
            for (LaidOutPage.Placed placed : laidOut.frames()) {
                // the folio stays where it is on every page; only the text block turns
                boolean pagination = placed.frame() instanceof Frame.TextLine t
                        && (t.tag() == ContentTag.Artifact.FOOTER || t.tag() == ContentTag.Artifact.HEADER);
                (pagination ? furniture : block).add(placed);
            }
            Space turned = new Space(left, top - master.textHeight(laidOut.index()), true);
            content.saveGraphicsState();
            content.transform(new Matrix(0, 1, -1, 0, turned.left(), turned.top()));
            drawFrames(content, laidOut, block, turned);
            content.restoreGraphicsState();
            drawFrames(content, laidOut, furniture, upright);
        }
    }

    /**
     * Where frames are drawn: upright, from the text block's top-left corner; or turned a
     * quarter, from its bottom-left corner, x running up the page and baselines to the right
     * (the content stream then draws from 0, 0 under a rotation; links and targets are
     * placed on the page by {@link #onPage}).
     */
    private record Space(float left, float top, boolean turned) {
        float x(float x) {
            return turned ? 0 + x : left + x;
        }

        float y(float y) {
            return turned ? -y : top - y;
        }

        /** A point drawn at (x, y) in this space, on the page. */
        float[] onPage(float x, float y) {
            return turned ? new float[] {left - y, top + x} : new float[] {x, y};
        }

        /** A rectangle drawn at (x, y), w wide and h high, in this space, on the page. */
        PDRectangle onPage(float x, float y, float w, float h) {
            return turned ? new PDRectangle(left - y - h, top + x, h, w) : new PDRectangle(x, y, w, h);
        }
    }

    private void drawFrames(PDPageContentStream content, LaidOutPage laidOut, List<LaidOutPage.Placed> frames,
                            Space space) throws IOException {
        for (LaidOutPage.Placed placed : frames) {
            Frame frame = placed.frame();
            if (frame instanceof Frame.TextLine t) {
                float x = space.x(t.x());
                float y = space.y(placed.baseline() + t.dy());
                TaggedContent.LineMarks marks = tagged == null ? null : tagged.line(t.line(), t.tag());
                writer.drawLine(content, t.line(), x, y, marks == null ? null : marks.opens());
                collect(laidOut, t.line(), x, y, marks == null ? null : marks.owners(), space);
            } else if (frame instanceof Frame.Picture p) {
                float x = space.x(p.x());
                float y = space.y(placed.baseline() + p.dy());
                if (tagged != null) {
                    PDRectangle box = space.onPage(x, y, p.image().width(), p.image().height());
                    content.appendRawCommands(tagged.object(p.image().tag(), box.getLowerLeftX(),
                            box.getLowerLeftY(), box.getWidth(), box.getHeight()));
                }
                draw(content, p.image(), x, y);
                endMarked(content);
            } else if (frame instanceof Frame.Rule r) {
                rule(content, space.x(r.x()), space.y(placed.baseline() + r.dy()), r.width(), 0.4f);
            } else if (frame instanceof Frame.TableRule r) {
                rule(content, space.x(r.x()), space.y(placed.baseline() + r.dy()), r.width(), r.thickness());
            } else if (frame instanceof Frame.Anchor a) {
                float[] at = space.onPage(space.x(a.x()), space.y(placed.baseline() + a.dy()));
                targets.putIfAbsent(a.id(), new Target(laidOut.index(), at[0], at[1]));
            }
        }
    }

    /**
     * Draws a page of lines and rules (upright, no picture) in two passes: first what
     * drawing it gives the structure tree, the links and the targets, and the steps it
     * draws; then, unless the last PDF drew a page of the same steps, whose stream it is
     * given, the steps.
     */
    private void drawSteps(PDPage page, LaidOutPage laidOut, Space space) throws IOException {
        List<PageStep> steps = new ArrayList<>();
        List<SetLine> lines = new ArrayList<>();
        for (LaidOutPage.Placed placed : laidOut.frames()) {
            Frame frame = placed.frame();
            if (frame instanceof Frame.TextLine t) {
                float x = space.x(t.x());
                float y = space.y(placed.baseline() + t.dy());
                TaggedContent.LineMarks marks = tagged == null ? null : tagged.line(t.line(), t.tag());
                steps.add(new PageStep.Line(t.line(), x, y, marks == null ? null : marks.opens()));
                lines.add(t.line());
                collect(laidOut, t.line(), x, y, marks == null ? null : marks.owners(), space);
            } else if (frame instanceof Frame.Rule r) {
                steps.add(ruleStep(space.x(r.x()), space.y(placed.baseline() + r.dy()), r.width(), 0.4f));
            } else if (frame instanceof Frame.TableRule r) {
                steps.add(ruleStep(space.x(r.x()), space.y(placed.baseline() + r.dy()), r.width(), r.thickness()));
            } else if (frame instanceof Frame.Anchor a) {
                float[] at = space.onPage(space.x(a.x()), space.y(placed.baseline() + a.dy()));
                targets.putIfAbsent(a.id(), new Target(laidOut.index(), at[0], at[1]));
            }
        }
        DrawnPages.Key key = new DrawnPages.Key(space.left(), space.top(), List.copyOf(steps));
        DrawnPages.Drawn earlier = drawnPages.get(key);
        if (earlier != null) {
            // in the order drawing puts them: the page's resources, then its contents
            PDResources resources = new PDResources();
            page.setResources(resources);
            if (writer.replay(earlier.fonts(), resources)) {
                COSStream stream = document.getDocument().createCOSStream();
                stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
                try (OutputStream raw = stream.createRawOutputStream()) {
                    raw.write(earlier.content());
                }
                page.getCOSObject().setItem(COSName.CONTENTS, stream);
                drawnPages.reused();
                return;
            }
            page.setResources(new PDResources()); // drawn as if never given, in the same place
        }
        try (PDPageContentStream content = new PDPageContentStream(document, page,
                PDPageContentStream.AppendMode.OVERWRITE, true)) {
            for (PageStep step : steps) {
                if (step instanceof PageStep.Line l) {
                    writer.drawLine(content, l.line(), l.x(), l.y(), l.opens());
                } else if (step instanceof PageStep.Rule r) {
                    if (r.open() != null) {
                        content.appendRawCommands(r.open());
                    }
                    strokeRule(content, r.x(), r.y(), r.width(), r.thickness());
                }
            }
        }
        byte[] drawn;
        try (InputStream raw = page.getCOSObject().getCOSStream(COSName.CONTENTS).createRawInputStream()) {
            drawn = raw.readAllBytes();
        }
        drawnPages.put(key, new DrawnPages.Drawn(drawn, writer.fontsOf(lines)));
    }

    private PageStep.Rule ruleStep(float x, float y, float width, float thickness) {
        return new PageStep.Rule(x, y, width, thickness,
                tagged == null ? null : tagged.object(ContentTag.Artifact.LAYOUT, 0, 0, 0, 0));
    }

    private void rule(PDPageContentStream content, float x, float y, float width, float thickness)
            throws IOException {
        if (tagged != null) {
            content.appendRawCommands(tagged.object(ContentTag.Artifact.LAYOUT, 0, 0, 0, 0));
        }
        strokeRule(content, x, y, width, thickness);
    }

    /** The rule's stroke, and the end of its marked content in a tagged PDF. */
    private void strokeRule(PDPageContentStream content, float x, float y, float width, float thickness)
            throws IOException {
        content.setLineWidth(thickness);
        content.moveTo(x, y);
        content.lineTo(x + width, y);
        content.stroke();
        endMarked(content);
    }

    private void endMarked(PDPageContentStream content) throws IOException {
        if (tagged != null) {
            content.appendRawCommands("EMC\n");
        }
    }

    /** @param owners the structure element of each run, or null */
    private void collect(LaidOutPage page, SetLine line, float x, float baseline, Object[] owners, Space space) {
        int pageIndex = page.index();
        for (SetLine.PlacedMarker m : line.markers()) {
            float[] at = space.onPage(x + m.x(), baseline + line.ascent());
            targets.putIfAbsent(m.id(), new Target(pageIndex, at[0], at[1]));
        }
        List<GlyphRun> runs = line.runs();
        for (int i = 0; i < runs.size(); i++) {
            GlyphRun run = runs.get(i);
            // in a tagged PDF every link annotation belongs to a Link element: none for a run not drawn
            if (run.href() != null && (owners == null || owners[i] != null)) {
                links.add(new Link(pageIndex, space.onPage(x + run.x(), baseline - line.descent(), run.width(),
                        line.ascent() + line.descent()), run.href(), page.pagePath(), run.text(),
                        owners == null ? null : owners[i]));
            }
        }
    }

    private void draw(PDPageContentStream content, FlowBlock.Image image, float x, float y) throws IOException {
        if (!image.mediaType().equals("image/svg+xml")) {
            content.drawImage(image(image), x, y, image.width(), image.height());
            return;
        }
        Drawing drawing = drawings.get(image.source());
        if (drawing == null) {
            drawing = Drawing.of(document, image, imageColours);
            drawings.put(image.source(), drawing);
        }
        content.saveGraphicsState();
        content.transform(new Matrix(image.width() / drawing.width(), 0, 0, image.height() / drawing.height(), x, y));
        content.drawForm(drawing.form());
        content.restoreGraphicsState();
    }

    /** An SVG painted once into a form, in its own user units, drawn wherever the image is. */
    private record Drawing(PDFormXObject form, float width, float height) {
        static Drawing of(PDDocument document, FlowBlock.Image image, ImageColours colours) throws IOException {
            SvgDrawing svg = SvgDrawing.read(image.data(), image.source());
            PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(document, svg.userWidth(), svg.userHeight());
            if (colours.srgb() != null) {
                graphics.setColorMapper(new SrgbColourMapper(colours.srgb()));
            }
            try {
                svg.root().paint(graphics);
            } finally {
                graphics.dispose();
            }
            PDFormXObject form = graphics.getXFormObject();
            noInterpolation(form.getResources(), colours);
            return new Drawing(form, svg.userWidth(), svg.userHeight());
        }

        /**
         * PDF/A forbids asking viewers to smooth an image's pixels; Batik asks for it. The
         * pictures an SVG holds get the colour space the PDF's images get.
         */
        private static void noInterpolation(PDResources resources, ImageColours colours) throws IOException {
            if (resources == null) {
                return;
            }
            for (COSName name : resources.getXObjectNames()) {
                PDXObject x = resources.getXObject(name);
                if (x instanceof PDImageXObject image) {
                    image.setInterpolate(false);
                    colours.apply(image, null);
                    if (image.getSoftMask() != null) {
                        image.getSoftMask().setInterpolate(false);
                    }
                } else if (x instanceof PDFormXObject inner) {
                    noInterpolation(inner.getResources(), colours);
                }
            }
        }
    }

    private PDImageXObject image(FlowBlock.Image image) throws IOException {
        PDImageXObject cached = images.get(image.source());
        if (cached != null) {
            return cached;
        }
        PDImageXObject x;
        if (image.mediaType().equals("image/jpeg")) {
            x = JPEGFactory.createFromByteArray(document, image.data());
        } else {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.data()));
            if (decoded == null) {
                throw new IOException("cannot decode " + image.source());
            }
            x = LosslessFactory.createFromImage(document, decoded);
        }
        imageColours.apply(x, image.data());
        images.put(image.source(), x);
        return x;
    }

    private void addLinks() throws IOException {
        TreeSet<String> missing = new TreeSet<>();
        for (Link link : links) {
            PDAnnotationLink annotation = new PDAnnotationLink();
            annotation.setRectangle(link.area());
            annotation.setPrinted(true);
            PDBorderStyleDictionary border = new PDBorderStyleDictionary();
            border.setWidth(0);
            annotation.setBorderStyle(border);
            if (link.href().startsWith("#")) {
                PDPageXYZDestination destination = destination(link.href().substring(1));
                if (destination == null) {
                    if (missing.add(link.source() + " " + link.href())) {
                        warnings.warn(link.source() == null ? "PDF" : link.source(), 0, 0,
                                "link to " + link.href() + " has no target in the book; the link is left out");
                    }
                    continue;
                }
                PDActionGoTo action = new PDActionGoTo();
                action.setDestination(destination);
                annotation.setAction(action);
            } else {
                PDActionURI action = new PDActionURI();
                action.setURI(link.href());
                annotation.setAction(action);
            }
            pdfPages.get(link.page()).getAnnotations().add(annotation);
            if (tagged != null && link.element() != null) {
                // the alternate description a screen reader gives for the link
                annotation.setContents(tagged.describeLink(link.href(), link.text()));
                tagged.annotation(link.page(), annotation, link.element());
            }
        }
    }
}
