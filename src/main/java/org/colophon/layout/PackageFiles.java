package org.colophon.layout;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.colophon.error.BuildException;
import org.colophon.model.Book;
import org.colophon.model.Creator;
import org.colophon.model.Metadata;

/**
 * The package document, the navigation document and the NCX, through their layouts. They
 * are made last, once the book has been typeset, because they list its printed pages: all
 * they say of the book is gathered when its pages are rendered, and the page list (empty
 * when no PDF is made) is added to it when they are rendered.
 */
public final class PackageFiles {

    /** What a page list adds to the package document's accessibility features. */
    private static final List<String> PAGE_LIST_FEATURES = List.of("pageNavigation", "printPageNumbers");

    private final TemplateEngine templates;
    private final Map<String, Object> pkg; // $package, as it is without a page list
    private final List<String> accessibilityFeatures;
    private final Map<String, Object> objects; // what the layouts see besides $package and $pageList
    /** Manifest ids kept for embedded fonts, known only once the book is typeset. */
    private final List<String> fontIds;

    /** How many fallback faces the manifest has ids for (the four styles of two families). */
    private static final int MAX_FONTS = 8;

    /** Gathers what the package files say; ids are taken from {@code ids} here, in a fixed order. */
    PackageFiles(TemplateEngine templates, Book book, Map<String, String> labels, IdAllocator ids, BuildDate date,
                 String identifier, Map<String, Object> bookView, List<PlannedPage> pages,
                 List<Map<String, Object>> toc, MediaFiles media, String coverHref) {
        this.templates = templates;
        Metadata metadata = book.metadata();
        String navId = ids.unique("nav");
        String ncxId = ids.unique("ncx");
        String cssId = ids.unique("css");
        List<String> reserved = new ArrayList<>();
        for (int i = 1; i <= MAX_FONTS; i++) {
            reserved.add(ids.unique("font-" + i));
        }
        fontIds = List.copyOf(reserved);

        List<Map<String, Object>> manifest = new ArrayList<>();
        manifest.add(item(navId, EpubPaths.fromRoot(EpubPaths.NAVIGATION), "application/xhtml+xml", "nav"));
        manifest.add(item(ncxId, EpubPaths.fromRoot(EpubPaths.NCX), "application/x-dtbncx+xml", null));
        manifest.add(item(cssId, EpubPaths.fromRoot(EpubPaths.STYLESHEET), "text/css", null));
        List<Map<String, Object>> spine = new ArrayList<>();
        for (PlannedPage p : pages) {
            manifest.add(item(p.id(), p.href(), "application/xhtml+xml", null));
            spine.add(View.of("idref", p.id(), "linear", true));
        }
        String coverId = null;
        for (MediaFiles.MediaFile m : media.all()) {
            boolean isCover = m.asset().href().equals(coverHref);
            if (isCover) {
                coverId = m.manifestId();
            }
            manifest.add(item(m.manifestId(), m.href(), m.asset().mediaType(), isCover ? "cover-image" : null));
        }

        accessibilityFeatures = accessibilityFeatures(media);
        pkg = View.of(
                "uidId", ids.unique("uid"),
                "identifier", identifier,
                "modified", date.w3c(),
                "titleId", ids.unique("title"),
                "subtitleId", ids.unique("subtitle"),
                "title", metadata.title(),
                "subtitle", metadata.subtitle(),
                "language", book.language(),
                "creators", creators(metadata, ids),
                "publisher", metadata.publisher(),
                "date", BuildDate.parseIsoDate(metadata.date()) == null ? null : metadata.date().trim(),
                "rights", metadata.rights(),
                "description", metadata.description(),
                "subjects", metadata.subjects(),
                "source", metadata.source(),
                "series", series(metadata, ids),
                "coverId", coverId,
                "ncxId", ncxId,
                "manifest", List.copyOf(manifest),
                "spine", List.copyOf(spine),
                "accessModes", media.isEmpty() ? List.of("textual") : List.of("textual", "visual"),
                "accessModesSufficient", media.isEmpty() ? List.of("textual") : List.of("textual", "textual,visual"),
                "accessibilityFeatures", accessibilityFeatures,
                "accessibilitySummary", labels.get("accessibilitySummary"),
                "conformance", conformance(metadata, ids),
                "pageBreakSource", new Markup(pageBreakSource(metadata)));

        List<Map<String, Object>> landmarks = landmarks(pages, labels);
        List<Map<String, Object>> navContents = toc;
        if (navContents.isEmpty()) {
            // a navigation document needs at least one entry: the title page stands in
            PlannedPage title = pages.stream().filter(p -> p.role() == PageRole.TITLE_PAGE).findFirst().orElseThrow();
            navContents = List.of(View.of("text", metadata.title(), "navHref", title.href(),
                    "playOrder", 1, "children", List.of(), "navChildren", List.of()));
        }
        objects = View.of("book", bookView, "labels", labels,
                "contents", toc, "navContents", navContents, "landmarks", List.copyOf(landmarks),
                "nav", View.of("lang", book.language(), "title", metadata.title(),
                        "depth", Math.max(1, depth(navContents))));
    }

    /**
     * The book's identifier as the package states it: the manuscript's (an ISBN as a URN),
     * else a UUID derived from the title, creators and language, the same every run.
     */
    static String packageIdentifier(Metadata m) {
        Metadata.Identifier id = m.identifier();
        if (id != null && id.value() != null && !id.value().isBlank()) {
            String v = id.value().trim();
            return switch (id.scheme()) {
                case ISBN -> v.startsWith("urn:isbn:") ? v : "urn:isbn:" + v.replace("-", "").replace(" ", "");
                case UUID -> isUuid(v.startsWith("urn:uuid:") ? v.substring(9) : v)
                        ? (v.startsWith("urn:uuid:") ? v : "urn:uuid:" + v) : v;
                default -> v;
            };
        }
        StringBuilder key = new StringBuilder(m.title()).append('\u0000');
        for (Creator c : m.creators()) {
            key.append(c.name()).append('\u0001').append(c.role().marcCode()).append('\u0000');
        }
        key.append(m.language());
        return "urn:uuid:" + UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isUuid(String s) {
        return s.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    }

    /**
     * {@code publication} with its package document, navigation document and NCX first
     * among its files, rendered with {@code pageList}: the printed pages whose markers its
     * pages carry, in page order. A layout that leaves a non-empty page list out fails
     * the build (see {@link PageListCheck}).
     */
    public Publication addTo(Publication publication, List<PageListEntry> pageList) throws BuildException {
        List<Map<String, Object>> pageListView = new ArrayList<>(pageList.size());
        for (PageListEntry e : pageList) {
            pageListView.add(View.of("label", e.label(), "href", e.href()));
        }
        Map<String, Object> withPageList = new LinkedHashMap<>(objects);
        Map<String, Object> packageView = pageList.isEmpty() ? pkg : withPageListFeatures();
        withPageList.put("package", withFonts(packageView, publication.resources()));
        withPageList.put("pageList", List.copyOf(pageListView));
        Map<String, Object> view = Collections.unmodifiableMap(withPageList);

        String opf = templates.render("package.opf.vm", view);
        String nav = templates.render("nav.xhtml.vm", view);
        String ncx = templates.render("toc.ncx.vm", view);
        PageListCheck.check(templates, opf, nav, pageList);

        List<Publication.Resource> files = new ArrayList<>(3 + publication.resources().size());
        files.add(new Publication.Resource(EpubPaths.PACKAGE_DOCUMENT, "application/oebps-package+xml",
                LayoutRenderer.utf8(opf)));
        files.add(new Publication.Resource(EpubPaths.NAVIGATION, "application/xhtml+xml", LayoutRenderer.utf8(nav)));
        files.add(new Publication.Resource(EpubPaths.NCX, "application/x-dtbncx+xml", LayoutRenderer.utf8(ncx)));
        files.addAll(publication.resources());
        return new Publication(publication.book(), publication.pages(), files);
    }

    /** The package as it is, with the embedded fonts among the resources listed in its manifest. */
    private Map<String, Object> withFonts(Map<String, Object> packageView, List<Publication.Resource> resources)
            throws BuildException {
        List<Map<String, Object>> fonts = new ArrayList<>();
        for (Publication.Resource r : resources) {
            if (EpubPaths.isFont(r.path())) {
                if (fonts.size() == fontIds.size()) {
                    throw new BuildException(EpubPaths.fromRoot(r.path()), 0, 0, "the EPUB can embed at most "
                            + MAX_FONTS + " fallback faces; list fewer families in epub.css");
                }
                fonts.add(item(fontIds.get(fonts.size()), EpubPaths.fromRoot(r.path()), r.mediaType(), null));
            }
        }
        if (fonts.isEmpty()) {
            return packageView;
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> manifest = new ArrayList<>((List<Map<String, Object>>) packageView.get("manifest"));
        manifest.addAll(fonts);
        Map<String, Object> m = new LinkedHashMap<>(packageView);
        m.put("manifest", List.copyOf(manifest));
        return Collections.unmodifiableMap(m);
    }

    private Map<String, Object> withPageListFeatures() {
        List<String> features = new ArrayList<>(accessibilityFeatures);
        features.addAll(PAGE_LIST_FEATURES);
        Map<String, Object> m = new LinkedHashMap<>(pkg);
        m.put("accessibilityFeatures", List.copyOf(features));
        return Collections.unmodifiableMap(m);
    }

    /**
     * The print edition the page numbers come from: its ISBN when the manuscript has one,
     * else its title. Escaped here, of {@code & < >} only (element content needs no more),
     * as the EPUBs made before it was a layout's value had it.
     */
    private static String pageBreakSource(Metadata m) {
        Metadata.Identifier id = m.identifier();
        if (id != null && id.scheme() == Metadata.Identifier.Scheme.ISBN && id.value() != null && !id.value().isBlank()) {
            String v = id.value().trim().replace("-", "").replace(" ", "");
            return v.startsWith("urn:isbn:") ? v : "urn:isbn:" + v;
        }
        return m.title().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + " (print edition, PDF)";
    }

    /**
     * The manuscript's conformance claim and who made it, or null: only someone who
     * evaluated the book can say that it meets WCAG, so without a claim none is written.
     */
    private static Map<String, Object> conformance(Metadata m, IdAllocator ids) {
        Metadata.ConformanceClaim claim = m.conformance();
        if (claim == null) {
            return null;
        }
        return View.of("id", ids.unique("conformance"), "conformsTo", claim.conformsTo(),
                "certifiedBy", claim.certifiedBy());
    }

    private static List<Map<String, Object>> creators(Metadata metadata, IdAllocator ids) {
        List<Map<String, Object>> out = new ArrayList<>();
        int n = 0;
        for (Creator c : metadata.creators()) {
            boolean author = c.role() == Creator.Role.AUTHOR;
            out.add(View.of(
                    "id", ids.unique("creator-" + ++n),
                    "element", author ? "dc:creator" : "dc:contributor",
                    "name", c.name(),
                    "fileAs", c.fileAs(),
                    "role", c.role().marcCode()));
        }
        return List.copyOf(out);
    }

    private static Map<String, Object> series(Metadata metadata, IdAllocator ids) {
        Metadata.Series s = metadata.series();
        if (s == null || s.name() == null || s.name().isBlank()) {
            return null;
        }
        String position = s.position() != null && s.position().trim().matches("\\d+(\\.\\d+)?") ? s.position().trim() : null;
        return View.of("id", ids.unique("series"), "name", s.name(), "position", position);
    }

    private static List<String> accessibilityFeatures(MediaFiles media) {
        List<String> f = new ArrayList<>(List.of("structuralNavigation", "tableOfContents", "readingOrder"));
        if (!media.isEmpty()) {
            f.add("alternativeText");
        }
        f.add("displayTransformability");
        return List.copyOf(f);
    }

    private static List<Map<String, Object>> landmarks(List<PlannedPage> pages, Map<String, String> labels) {
        List<Map<String, Object>> out = new ArrayList<>();
        boolean bodySeen = false;
        for (PlannedPage p : pages) {
            String href = p.href();
            switch (p.role()) {
                case COVER -> out.add(View.of("type", "cover", "href", href, "label", labels.get("cover")));
                case TITLE_PAGE -> out.add(View.of("type", "titlepage", "href", href, "label", labels.get("titlePage")));
                case COPYRIGHT -> out.add(View.of("type", "copyright-page", "href", href, "label", labels.get("copyright")));
                case CONTENTS -> out.add(View.of("type", "toc", "href", href, "label", labels.get("contents")));
                default -> {
                    if (!bodySeen && p.matter().equals("bodymatter")) {
                        bodySeen = true;
                        out.add(View.of("type", "bodymatter", "href", href, "label", labels.get("startOfContent")));
                    }
                }
            }
        }
        return out;
    }

    private static int depth(List<Map<String, Object>> entries) {
        int max = 0;
        for (Map<String, Object> e : entries) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> children = (List<Map<String, Object>>) e.get("navChildren");
            max = Math.max(max, 1 + depth(children));
        }
        return max;
    }

    private static Map<String, Object> item(String id, String href, String mediaType, String properties) {
        return View.of("id", id, "href", href, "mediaType", mediaType, "properties", properties);
    }
}
