package org.colophon.reader.tei;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;
import org.colophon.error.Warnings;
import org.colophon.model.Asset;
import org.colophon.reader.ImageDecoding;
import org.colophon.reader.ImageProbe;
import org.colophon.reader.ReadBudget;
import org.colophon.reader.SvgSanitizer;
import org.colophon.reader.XmlSource;
import org.w3c.dom.Element;

/**
 * Resolves {@code graphic/@url} against the TEI file's folder. A URL that leaves the
 * folder (absolute, {@code ..}, a scheme, a symbolic link pointing out) is an error: a
 * book may not read files outside its folder. A file that is simply absent is only a
 * warning and the figure keeps its caption without an image, because TEI exports
 * (ELTeC, Wikisource) routinely name page images they do not ship. An SVG is taken in
 * through {@link SvgSanitizer}: without its scripts and outside references.
 */
final class TeiImages {

    private final Path folder;
    private final Warnings warnings;
    private final List<Diagnostic> errors;
    private final ReadBudget budget;
    private final Map<String, Asset> assets = new LinkedHashMap<>();
    /** The folder with links resolved, found once when the first image is checked. */
    private Path realFolder;

    TeiImages(Path teiFile, Warnings warnings, List<Diagnostic> errors, ReadBudget budget) {
        Path parent = teiFile.toAbsolutePath().normalize().getParent();
        this.folder = parent;
        this.warnings = warnings;
        this.errors = errors;
        this.budget = budget;
    }

    List<Asset> assets() {
        return List.copyOf(assets.values());
    }

    /** The asset href for {@code graphic}, or null when there is no usable image. */
    String resolve(Element graphic) {
        XmlSource.Location at = XmlSource.locationOf(graphic);
        String url = TeiDom.attr(graphic, "url");
        if (url == null) {
            warnings.warn(at.file(), at.line(), at.column(), "<graphic> has no url; the figure is kept without an image");
            return null;
        }
        if (url.contains(":") || url.startsWith("/") || url.contains("\\") || url.contains("?") || url.contains("#")) {
            errors.add(Diagnostic.error(at.file(), at.line(), at.column(), "graphic url '" + url
                    + "' must be a relative path to a file in the book's folder (no scheme, no leading /)"));
            return null;
        }
        Path target = folder.resolve(url).normalize();
        if (!target.startsWith(folder)) {
            errors.add(Diagnostic.error(at.file(), at.line(), at.column(),
                    "graphic url '" + url + "' points outside the book's folder"));
            return null;
        }
        if (!Files.isRegularFile(target)) {
            warnings.warn(at.file(), at.line(), at.column(),
                    "image '" + url + "' not found; the figure is kept without an image");
            return null;
        }
        try {
            if (realFolder == null) {
                realFolder = folder.toRealPath();
            }
            if (!target.toRealPath().startsWith(realFolder)) {
                errors.add(Diagnostic.error(at.file(), at.line(), at.column(),
                        "graphic url '" + url + "' is a link to a file outside the book's folder"));
                return null;
            }
        } catch (IOException e) {
            warnings.warn(at.file(), at.line(), at.column(), "image '" + url + "' cannot be read; kept without an image");
            return null;
        }
        String href = folder.relativize(target).toString().replace('\\', '/');
        Asset known = assets.get(href);
        if (known != null) {
            return href;
        }
        String mediaType = sniff(target);
        if (mediaType == null) {
            errors.add(Diagnostic.error(at.file(), at.line(), at.column(), "image '" + url
                    + "' is not a PNG, JPEG, GIF or SVG file (its first bytes say otherwise)"));
            return null;
        }
        // the same bounds as a manuscript's images, read from the header before anything is decoded
        int[] size = new int[2];
        try {
            switch (mediaType) {
                case "image/png", "image/jpeg" -> {
                    ImageProbe.ImageInfo info = ImageProbe.probe(target, budget);
                    size = new int[] {info.width(), info.height()};
                }
                case "image/gif" -> {
                    ImageProbe.ImageInfo info = ImageProbe.probeGif(target, budget);
                    size = new int[] {info.width(), info.height()};
                }
                default -> ImageProbe.checkBytes(target, budget);
            }
        } catch (ImageProbe.NotUsable e) {
            errors.add(Diagnostic.error(at.file(), at.line(), at.column(), "image '" + url + "' " + e.getMessage()));
            return null;
        }
        if (mediaType.equals("image/svg+xml")) {
            Path shownTei = Path.of(at.file()).getParent();
            String shownSvg = (shownTei == null ? Path.of(url) : shownTei.resolve(url)).normalize().toString();
            try {
                assets.put(href, new Asset(href, target, mediaType, 0, 0, SvgSanitizer.sanitize(target, shownSvg, warnings)));
            } catch (BuildException e) {
                errors.addAll(e.diagnostics());
                return null;
            }
            return href;
        }
        String undecodable = ImageDecoding.problem(target, mediaType);
        if (undecodable != null) {
            errors.add(Diagnostic.error(at.file(), at.line(), at.column(), "image '" + url + "' " + undecodable));
            return null;
        }
        assets.put(href, new Asset(href, target, mediaType, size[0], size[1]));
        return href;
    }

    /** The media type the file's first bytes announce, or null. */
    private static String sniff(Path file) {
        byte[] head = new byte[256];
        int n;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return null;
        }
        if (n >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return "image/png";
        }
        if (n >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8 && (head[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (n >= 6 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F' && head[3] == '8') {
            return "image/gif";
        }
        String start = new String(head, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (start.contains("<svg") || (start.startsWith("<?xml") && file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg"))) {
            return "image/svg+xml";
        }
        return null;
    }
}
