package org.colophon.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.colophon.layout.Publication;
import org.colophon.model.Metadata;
import org.colophon.pdf.TypesetFacts;

/**
 * The printed book's pages in the EPUB: an invisible page-break marker where each PDF page
 * begins ({@code <span epub:type="pagebreak" role="doc-pagebreak" id="page-12"
 * aria-label="12"/>}, before the very character the page starts with), a {@code page-list}
 * in the navigation document, and the package metadata that says where the page numbers
 * come from. A reader who says "page 143" on an e-reader means the words of page 143 in print.
 *
 * <p>The typesetter says, for the first line of each page, its XHTML page and how many
 * visible characters (code points neither white space nor format characters) of that
 * page's body come before it; the same count over the XHTML source finds the place. Pages
 * without text (blank versos, pages holding only a picture) get no marker.
 */
public final class PrintPages {

    private static final String OPF = "EPUB/package.opf";
    private static final String NAV = "EPUB/nav.xhtml";

    /** Where printed page {@code label} begins: {@code offset} visible characters into {@code pagePath}'s body. */
    public record Break(String pagePath, int offset, String label) {}

    private PrintPages() {
    }

    /**
     * Where every page begins: at its first body line. A page without one (a blank verso,
     * a page holding only a picture) begins where the next page with text does, its
     * marker just before that page's, when both belong to the same XHTML page; else at the
     * end of its own XHTML page (the blank verso after a chapter ends that chapter).
     */
    public static List<Break> breaks(TypesetFacts facts) {
        List<Break> out = new ArrayList<>();
        List<TypesetFacts.Page> waiting = new ArrayList<>();
        Break last = null;
        for (TypesetFacts.Page page : facts.pages()) {
            TypesetFacts.Line first = null;
            for (TypesetFacts.Line line : page.lines()) {
                if (!line.footnote() && line.pagePath() != null) {
                    first = line;
                    break;
                }
            }
            if (first == null) {
                waiting.add(page);
                continue;
            }
            for (TypesetFacts.Page blank : waiting) {
                String path = blank.pagePath();
                out.add(path == null || path.equals(first.pagePath())
                        ? new Break(first.pagePath(), first.sourceOffset(), blank.label())
                        : new Break(path, Integer.MAX_VALUE, blank.label()));
            }
            waiting.clear();
            last = new Break(first.pagePath(), first.sourceOffset(), page.label());
            out.add(last);
        }
        if (last != null) {
            for (TypesetFacts.Page blank : waiting) {
                out.add(new Break(blank.pagePath() == null ? last.pagePath() : blank.pagePath(), Integer.MAX_VALUE,
                        blank.label()));
            }
        }
        return out;
    }

    /** The publication with page-break markers in its pages, a page-list and the metadata to match. */
    public static Publication apply(Publication publication, List<Break> breaks) {
        Map<String, List<Break>> byPage = new LinkedHashMap<>();
        for (Break b : breaks) {
            byPage.computeIfAbsent(b.pagePath(), k -> new ArrayList<>()).add(b);
        }
        Set<String> ids = new TreeSet<>();
        List<Break> placed = new ArrayList<>();
        List<Publication.Page> pages = new ArrayList<>();
        for (Publication.Page page : publication.pages()) {
            List<Break> here = byPage.get(page.path());
            if (here == null) {
                pages.add(page);
                continue;
            }
            String xhtml = insertMarkers(page.xhtml(), here, placed, ids);
            pages.add(new Publication.Page(page.path(), page.id(), page.role(), page.title(), xhtml, page.linear()));
        }
        if (placed.isEmpty()) {
            return publication;
        }
        List<Publication.Resource> resources = new ArrayList<>();
        for (Publication.Resource r : publication.resources()) {
            if (r.path().equals(NAV)) {
                resources.add(new Publication.Resource(r.path(), r.mediaType(), utf8(addPageList(text(r), placed))));
            } else if (r.path().equals(OPF)) {
                resources.add(new Publication.Resource(r.path(), r.mediaType(),
                        utf8(addMetadata(text(r), publication.book().metadata()))));
            } else {
                resources.add(r);
            }
        }
        return new Publication(publication.book(), pages, resources);
    }

    /** Inserts a marker before the visible character at each break's offset (breaks in page order). */
    static String insertMarkers(String xhtml, List<Break> breaks, List<Break> placed, Set<String> ids) {
        int body = xhtml.indexOf("<body");
        if (body < 0) {
            return xhtml;
        }
        Set<String> taken = pageIds(xhtml);
        StringBuilder out = new StringBuilder(xhtml.length() + breaks.size() * 100);
        int i = xhtml.indexOf('>', body) + 1;
        int copied = 0; // xhtml[0, copied) is in out: the text is copied in spans, between markers
        int visible = 0;
        int next = 0;
        int n = xhtml.length();
        int bodyEnd = xhtml.lastIndexOf("</body>");
        int textEnd = bodyEnd < i ? n : bodyEnd;
        while (i < textEnd && next < breaks.size()) {
            char c = xhtml.charAt(i);
            if (c == '<') {
                int end = xhtml.startsWith("<!--", i) ? xhtml.indexOf("-->", i) + 3 : tagEnd(xhtml, i);
                if (end <= i) {
                    break;
                }
                i = end;
                continue;
            }
            int length;
            int cp;
            if (c == '&') {
                int semi = xhtml.indexOf(';', i);
                length = semi < 0 ? 1 : semi + 1 - i;
                cp = entity(xhtml.substring(i + 1, i + length - 1));
            } else {
                cp = xhtml.codePointAt(i);
                length = Character.charCount(cp);
            }
            if (visible(cp)) {
                while (next < breaks.size() && breaks.get(next).offset() <= visible) {
                    out.append(xhtml, copied, i);
                    copied = i;
                    marker(out, breaks.get(next++), taken, placed, ids);
                }
                visible++;
            }
            i += length;
        }
        if (next < breaks.size()) {
            // pages after the last text of this XHTML page: their markers end its body
            if (bodyEnd >= i) {
                out.append(xhtml, copied, bodyEnd);
                copied = bodyEnd;
                while (next < breaks.size()) {
                    marker(out, breaks.get(next++), taken, placed, ids);
                }
            }
        }
        out.append(xhtml, copied, n);
        return out.toString();
    }

    private static void marker(StringBuilder out, Break b, Set<String> taken, List<Break> placed, Set<String> ids) {
        String id = "page-" + b.label();
        // an id the book already uses (a manuscript's own "page-3") keeps its place
        if (!taken.contains(id) && ids.add(id)) {
            out.append("<span epub:type=\"pagebreak\" role=\"doc-pagebreak\" id=\"").append(id)
                    .append("\" aria-label=\"").append(b.label()).append("\"/>");
            placed.add(b);
        }
    }

    /**
     * The {@code id="page-…"} values the page already has, found in one pass (looking for
     * each marker's id in the whole page made a long chapter quadratic).
     */
    private static Set<String> pageIds(String xhtml) {
        Set<String> ids = new java.util.HashSet<>();
        String attribute = "id=\"page-";
        for (int at = xhtml.indexOf(attribute); at >= 0; at = xhtml.indexOf(attribute, at + 1)) {
            int start = at + 4;
            int end = xhtml.indexOf('"', start);
            if (end < 0) {
                break;
            }
            ids.add(xhtml.substring(start, end));
        }
        return ids;
    }

    /** The end of the tag starting at {@code i}, past its '>' (quoted attribute values may hold one). */
    private static int tagEnd(String s, int i) {
        char quote = 0;
        for (int j = i + 1; j < s.length(); j++) {
            char c = s.charAt(j);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return j + 1;
            }
        }
        return -1;
    }

    private static int entity(String name) {
        if (name.startsWith("#x") || name.startsWith("#X")) {
            return parse(name.substring(2), 16);
        }
        if (name.startsWith("#")) {
            return parse(name.substring(1), 10);
        }
        return 'x'; // &amp; &lt; &gt; &quot; &apos;: one visible character
    }

    private static int parse(String digits, int radix) {
        try {
            return Integer.parseInt(digits, radix);
        } catch (NumberFormatException e) {
            return 'x';
        }
    }

    /** The same rule as the typesetter's: neither white space nor a format or control character. */
    static boolean visible(int cp) {
        if (cp < 0x80) {
            return cp > ' ' && cp != 0x7F; // ASCII: the same answer, without the tables
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return false;
        }
        int type = Character.getType(cp);
        return type != Character.FORMAT && type != Character.CONTROL;
    }

    private static String addPageList(String nav, List<Break> placed) {
        int end = nav.lastIndexOf("</body>");
        if (end < 0) {
            return nav;
        }
        StringBuilder list = new StringBuilder(placed.size() * 64);
        list.append("<nav id=\"page-list\" epub:type=\"page-list\" role=\"doc-pagelist\" aria-label=\"Pages\" hidden=\"hidden\">\n<ol>\n");
        for (Break b : placed) {
            list.append("<li><a href=\"").append(relativeToEpub(b.pagePath())).append("#page-").append(b.label())
                    .append("\">").append(b.label()).append("</a></li>\n");
        }
        list.append("</ol>\n</nav>\n");
        return nav.substring(0, end) + list + nav.substring(end);
    }

    private static String relativeToEpub(String path) {
        return path.startsWith("EPUB/") ? path.substring(5) : path;
    }

    private static String addMetadata(String opf, Metadata metadata) {
        int hazard = opf.indexOf("<meta property=\"schema:accessibilityHazard\">");
        int end = opf.indexOf("</metadata>");
        if (hazard < 0 || end < 0) {
            return opf;
        }
        String features = "<meta property=\"schema:accessibilityFeature\">pageNavigation</meta>\n"
                + "<meta property=\"schema:accessibilityFeature\">printPageNumbers</meta>\n";
        // EPUB 3.3's way to name the page break source: a dc:source refined as the source of pagination
        // (epubcheck 5.2.1 does not know the a11y:pageBreakSource property of EPUB Accessibility 1.1)
        String source = "<dc:source id=\"pagination-source\">" + pageBreakSource(metadata) + "</dc:source>\n"
                + "<meta refines=\"#pagination-source\" property=\"source-of\">pagination</meta>\n";
        return opf.substring(0, hazard) + features + opf.substring(hazard, end) + source + opf.substring(end);
    }

    /** The print edition the page numbers come from: its ISBN when the manuscript has one. */
    private static String pageBreakSource(Metadata m) {
        Metadata.Identifier id = m.identifier();
        if (id != null && id.scheme() == Metadata.Identifier.Scheme.ISBN && id.value() != null && !id.value().isBlank()) {
            String v = id.value().trim().replace("-", "").replace(" ", "");
            return v.startsWith("urn:isbn:") ? v : "urn:isbn:" + v;
        }
        return escape(m.title()) + " (print edition, PDF)";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String text(Publication.Resource r) {
        return new String(r.content(), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
