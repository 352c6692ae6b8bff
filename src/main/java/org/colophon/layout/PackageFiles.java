package org.colophon.layout;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.colophon.error.BuildException;
import org.colophon.model.Book;
import org.colophon.model.Creator;
import org.colophon.model.Metadata;

/** The package document, the navigation document and the NCX, through their layouts. */
final class PackageFiles {

    static final String OPF_PATH = "EPUB/package.opf";

    private final TemplateEngine templates;
    private final Book book;
    private final Map<String, String> labels;
    private final IdAllocator ids;
    private final BuildDate date;
    private final String identifier;
    private final Map<String, Object> bookView;

    PackageFiles(TemplateEngine templates, Book book, Map<String, String> labels, IdAllocator ids, BuildDate date,
                 String identifier, Map<String, Object> bookView) {
        this.templates = templates;
        this.book = book;
        this.labels = labels;
        this.ids = ids;
        this.date = date;
        this.identifier = identifier;
        this.bookView = bookView;
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

    List<Publication.Resource> render(List<PlannedPage> pages, List<Map<String, Object>> toc, MediaFiles media,
                                      String coverHref) throws BuildException {
        String navId = ids.unique("nav");
        String ncxId = ids.unique("ncx");
        String cssId = ids.unique("css");

        List<Map<String, Object>> manifest = new ArrayList<>();
        manifest.add(item(navId, "nav.xhtml", "application/xhtml+xml", "nav"));
        manifest.add(item(ncxId, "toc.ncx", "application/x-dtbncx+xml", null));
        manifest.add(item(cssId, "css/epub.css", "text/css", null));
        List<Map<String, Object>> spine = new ArrayList<>();
        for (PlannedPage p : pages) {
            manifest.add(item(p.id(), "text/" + p.fileName(), "application/xhtml+xml", null));
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

        Map<String, Object> pkg = View.of(
                "uidId", ids.unique("uid"),
                "identifier", identifier,
                "modified", date.w3c(),
                "titleId", ids.unique("title"),
                "subtitleId", ids.unique("subtitle"),
                "title", book.metadata().title(),
                "subtitle", book.metadata().subtitle(),
                "language", book.language(),
                "creators", creators(),
                "publisher", book.metadata().publisher(),
                "date", BuildDate.parseIsoDate(book.metadata().date()) == null ? null : book.metadata().date().trim(),
                "rights", book.metadata().rights(),
                "description", book.metadata().description(),
                "subjects", book.metadata().subjects(),
                "source", book.metadata().source(),
                "series", series(),
                "coverId", coverId,
                "ncxId", ncxId,
                "manifest", List.copyOf(manifest),
                "spine", List.copyOf(spine),
                "accessModes", media.isEmpty() ? List.of("textual") : List.of("textual", "visual"),
                "accessModesSufficient", media.isEmpty() ? List.of("textual") : List.of("textual", "textual,visual"),
                "accessibilityFeatures", accessibilityFeatures(media),
                "accessibilitySummary", labels.get("accessibilitySummary"),
                "conformanceId", ids.unique("conformance"),
                "certifiedBy", certifier());

        List<Map<String, Object>> landmarks = landmarks(pages);
        List<Map<String, Object>> navContents = toc;
        if (navContents.isEmpty()) {
            // a navigation document needs at least one entry: the title page stands in
            PlannedPage title = pages.stream().filter(p -> p.role() == PageRole.TITLE_PAGE).findFirst().orElseThrow();
            navContents = List.of(View.of("text", book.metadata().title(), "navHref", "text/" + title.fileName(),
                    "playOrder", 1, "children", List.of(), "navChildren", List.of()));
        }
        Map<String, Object> objects = View.of("package", pkg, "book", bookView, "labels", labels,
                "contents", toc, "navContents", navContents, "landmarks", List.copyOf(landmarks),
                "nav", View.of("lang", book.language(), "title", book.metadata().title(),
                        "depth", Math.max(1, depth(navContents))));

        List<Publication.Resource> out = new ArrayList<>();
        out.add(new Publication.Resource(OPF_PATH, "application/oebps-package+xml",
                LayoutRenderer.utf8(templates.render("package.opf.vm", objects))));
        out.add(new Publication.Resource("EPUB/nav.xhtml", "application/xhtml+xml",
                LayoutRenderer.utf8(templates.render("nav.xhtml.vm", objects))));
        out.add(new Publication.Resource("EPUB/toc.ncx", "application/x-dtbncx+xml",
                LayoutRenderer.utf8(templates.render("toc.ncx.vm", objects))));
        return out;
    }

    /**
     * Who vouches for the accessibility claim: the publisher, else the first creator, else
     * Colophon, whose build refuses figures without alt text and writes the structure.
     */
    private String certifier() {
        Metadata m = book.metadata();
        if (m.publisher() != null && !m.publisher().isBlank()) {
            return m.publisher();
        }
        return m.creators().isEmpty() ? "Colophon" : m.creators().get(0).name();
    }

    private List<Map<String, Object>> creators() {
        List<Map<String, Object>> out = new ArrayList<>();
        int n = 0;
        for (Creator c : book.metadata().creators()) {
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

    private Map<String, Object> series() {
        Metadata.Series s = book.metadata().series();
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

    private List<Map<String, Object>> landmarks(List<PlannedPage> pages) {
        List<Map<String, Object>> out = new ArrayList<>();
        boolean bodySeen = false;
        for (PlannedPage p : pages) {
            String href = "text/" + p.fileName();
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
