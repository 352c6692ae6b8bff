package org.colophon.reader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;
import org.colophon.error.Warnings;
import org.colophon.model.Asset;
import org.colophon.reader.manuscript.XIncludeExpander;
import org.w3c.dom.Element;

/**
 * The images a manuscript names (figures, the cover), each checked once: confined to the
 * manuscript's folder, present, a whole JPEG or PNG within the {@link ReadLimits} whose
 * pixels decode, or (for a figure) an SVG made safe to ship. Kept in the order the book first names them.
 */
public final class Assets {

    private static final String SVG = "image/svg+xml";

    private final ManuscriptFolder folder;
    private final Warnings warnings;
    private final ReadBudget budget;
    private final Map<String, Asset> byHref = new LinkedHashMap<>();
    private final Map<Element, String> hrefOf = new IdentityHashMap<>();

    /** {@code budget}: the book's, which its images spend (each once, however often it is named). */
    public Assets(ManuscriptFolder folder, Warnings warnings, ReadBudget budget) {
        this.folder = folder;
        this.warnings = warnings;
        this.budget = budget;
    }

    /** Checks the image {@code element}'s {@code src} names; adds what is wrong to {@code out}. */
    public void register(Element element, String src, List<Diagnostic> out) {
        register(element, src, element.getLocalName().equals("figure"), out);
    }

    /**
     * The same, saying whether the image is a figure's (an SVG may be one) or a cover's
     * (formats whose figure elements have other names, such as DocBook's imagedata).
     */
    public void register(Element element, String src, boolean figure, List<Diagnostic> out) {
        String href = register(src, XIncludeExpander.baseOf(element), XmlSource.locationOf(element), figure, out);
        if (href != null) {
            hrefOf.put(element, href);
        }
    }

    /**
     * Checks an image named {@code src} in a file of folder {@code base} (relative to the
     * manuscript's folder), at {@code at}: a figure's ({@code figure}) or the cover's. Returns
     * its asset href, or null with what is wrong in {@code out}. For readers without a DOM.
     */
    public String register(String src, Path base, XmlSource.Location at, boolean figure, List<Diagnostic> out) {
        ManuscriptFolder.Resolved file;
        try {
            file = folder.resolve(src, base, "image");
        } catch (ManuscriptFolder.Refused refused) {
            out.add(Diagnostic.error(at.file(), at.line(), at.column(), refused.getMessage()));
            return null;
        }
        Asset known = byHref.get(file.href());
        if (known == null && file.href().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            known = drawing(figure, src, file, at, out);
            if (known == null) {
                return null;
            }
            byHref.put(file.href(), known);
        }
        if (known == null) {
            ImageProbe.ImageInfo info;
            try {
                info = ImageProbe.probe(file.realFile(), budget);
            } catch (ImageProbe.NotUsable e) {
                out.add(Diagnostic.error(at.file(), at.line(), at.column(), "the image '" + src + "' " + e.getMessage()));
                return null;
            }
            String undecodable = ImageDecoding.problem(file.realFile(), info.mediaType());
            if (undecodable != null) {
                out.add(Diagnostic.error(at.file(), at.line(), at.column(), "the image '" + src + "' " + undecodable));
                return null;
            }
            warnIfMisnamed(file, info, at);
            if (info.caution() != null) {
                warnings.warn(at.file(), at.line(), at.column(), "the image '" + src + "' " + info.caution());
            }
            known = new Asset(file.href(), file.realFile(), info.mediaType(), info.width(), info.height());
            byHref.put(file.href(), known);
        }
        return known.href();
    }

    /**
     * An SVG figure: its bytes counted against the book's, rewritten without scripts and
     * outside references ({@link SvgSanitizer}); null (with the reason in {@code out}) when
     * it cannot be used. A cover is a picture the shops show as it is: JPEG or PNG only.
     */
    private Asset drawing(boolean figure, String src, ManuscriptFolder.Resolved file, XmlSource.Location at,
                          List<Diagnostic> out) {
        if (!figure) {
            out.add(Diagnostic.error(at.file(), at.line(), at.column(), "the image '" + src + "' is an SVG file;"
                    + " a cover must be a JPEG or PNG image (SVG images are for figures)"));
            return null;
        }
        try {
            ImageProbe.checkBytes(file.realFile(), budget);
        } catch (ImageProbe.NotUsable e) {
            out.add(Diagnostic.error(at.file(), at.line(), at.column(), "the image '" + src + "' " + e.getMessage()));
            return null;
        }
        Path manuscript = Path.of(at.file()).getParent();
        String shown = (manuscript == null ? Path.of(src) : manuscript.resolve(src)).normalize().toString();
        try {
            return new Asset(file.href(), file.realFile(), SVG, 0, 0, SvgSanitizer.sanitize(file.realFile(), shown, warnings));
        } catch (BuildException e) {
            out.addAll(e.diagnostics());
            return null;
        }
    }

    /** The asset href of a registered element, or null when its image was refused. */
    public String hrefOf(Element element) {
        return hrefOf.get(element);
    }

    public List<Asset> all() {
        return new ArrayList<>(byHref.values());
    }

    private void warnIfMisnamed(ManuscriptFolder.Resolved file, ImageProbe.ImageInfo info, XmlSource.Location at) {
        String name = file.href().toLowerCase(Locale.ROOT);
        boolean jpegName = name.endsWith(".jpg") || name.endsWith(".jpeg");
        boolean pngName = name.endsWith(".png");
        boolean isJpeg = info.mediaType().equals("image/jpeg");
        if ((jpegName && !isJpeg) || (pngName && isJpeg)) {
            warnings.warn(at.file(), at.line(), at.column(), "the image '" + file.href() + "' is a "
                    + (isJpeg ? "JPEG" : "PNG") + " file, though its name says otherwise; some e-readers go by the name");
        }
    }
}
