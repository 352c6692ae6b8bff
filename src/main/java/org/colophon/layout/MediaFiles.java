package org.colophon.layout;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.colophon.error.BuildException;
import org.colophon.model.Asset;

/**
 * The book's images as container files: each asset gets a safe file name under
 * the container's media folder (ASCII, no spaces: reading systems and epubcheck dislike others),
 * a manifest id, and its bytes: the reader's rewritten copy when it made one (an SVG is
 * only ever shipped so), else the file's own.
 */
final class MediaFiles {

    record MediaFile(Asset asset, String path, String manifestId, byte[] content) {
        /** URL relative to the package root. */
        String href() {
            return EpubPaths.fromRoot(path);
        }
    }

    private static final String SVG = "image/svg+xml";

    private final Map<String, MediaFile> byHref = new LinkedHashMap<>();

    MediaFiles(List<Asset> assets, IdAllocator ids) throws BuildException {
        Set<String> taken = new HashSet<>();
        int n = 0;
        for (Asset asset : assets) {
            n++;
            String name = safeName(asset.href());
            String path = EpubPaths.media(name);
            if (!taken.add(path.toLowerCase(Locale.ROOT))) {
                int dot = name.lastIndexOf('.');
                String stem = dot > 0 ? name.substring(0, dot) : name;
                String ext = dot > 0 ? name.substring(dot) : "";
                int k = 2;
                do {
                    path = EpubPaths.media(stem + "-" + k++ + ext);
                } while (!taken.add(path.toLowerCase(Locale.ROOT)));
            }
            byte[] bytes;
            if (asset.content() != null) {
                bytes = asset.content();
            } else if (asset.mediaType().equals(SVG)) {
                // an SVG may script and fetch: only its reader's sanitized copy may enter the EPUB
                throw new IllegalStateException("the SVG image " + asset.href() + " reached the EPUB unsanitized");
            } else {
                try {
                    bytes = Files.readAllBytes(asset.source());
                } catch (IOException e) {
                    throw new BuildException(asset.source().toString(), 0, 0, "cannot read image: " + e.getMessage());
                }
            }
            byHref.put(asset.href(), new MediaFile(asset, path, ids.unique("img-" + n), bytes));
        }
    }

    List<MediaFile> all() {
        return new ArrayList<>(byHref.values());
    }

    MediaFile get(String href) {
        return href == null ? null : byHref.get(href);
    }

    /** Asset href → URL relative to a page. */
    Map<String, String> hrefsFromText() {
        Map<String, String> out = new LinkedHashMap<>();
        byHref.forEach((href, file) -> out.put(href, EpubPaths.fromPage(file.path())));
        return out;
    }

    boolean isEmpty() {
        return byHref.isEmpty();
    }

    private static String safeName(String href) {
        StringBuilder sb = new StringBuilder(href.length());
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '-' || c == '_' || c == '/';
            sb.append(ok ? c : '-');
        }
        String s = sb.toString();
        while (s.startsWith("/") || s.startsWith(".")) {
            s = s.substring(1);
        }
        s = s.replace("/.", "/-").replace("//", "/");
        return s.isEmpty() ? "image" : s;
    }
}
