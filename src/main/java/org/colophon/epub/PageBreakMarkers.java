package org.colophon.epub;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.colophon.layout.Publication;
import org.colophon.layout.VisibleText;

/**
 * Puts an invisible page-break marker into the XHTML pages where each printed page begins,
 * before the very character the page starts with ({@code <span epub:type="pagebreak"
 * role="doc-pagebreak" id="page-12" aria-label="12"/>}): the same count of visible
 * characters as the typesetter's, over the XHTML source, finds the place.
 */
public final class PageBreakMarkers {

    /**
     * The pages with their markers, and the printed pages that got one: a page whose XHTML
     * page is not in the publication gets none, nor one whose id the book already uses.
     */
    public record Marked(Publication publication, PageList placed) {}

    private PageBreakMarkers() {
    }

    public static Marked insert(Publication publication, PageList printed) {
        Map<String, List<PrintedPage>> byPage = new LinkedHashMap<>();
        for (PrintedPage p : printed.pages()) {
            byPage.computeIfAbsent(p.pagePath(), k -> new ArrayList<>()).add(p);
        }
        Set<String> ids = new TreeSet<>();
        List<PrintedPage> placed = new ArrayList<>();
        List<Publication.Page> pages = new ArrayList<>();
        for (Publication.Page page : publication.pages()) {
            List<PrintedPage> here = byPage.get(page.path());
            if (here == null) {
                pages.add(page);
                continue;
            }
            String xhtml = insert(page.xhtml(), here, placed, ids);
            pages.add(new Publication.Page(page.path(), page.id(), page.role(), page.title(), xhtml, page.linear()));
        }
        if (placed.isEmpty()) {
            return new Marked(publication, PageList.none());
        }
        return new Marked(new Publication(publication.book(), pages, publication.resources()), new PageList(placed));
    }

    /** Inserts a marker before the visible character at each page's offset (pages in order). */
    static String insert(String xhtml, List<PrintedPage> breaks, List<PrintedPage> placed, Set<String> ids) {
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
            if (VisibleText.isVisible(cp)) {
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

    private static void marker(StringBuilder out, PrintedPage p, Set<String> taken, List<PrintedPage> placed,
                               Set<String> ids) {
        String id = p.markerId();
        // an id the book already uses (a manuscript's own "page-3") keeps its place
        if (!taken.contains(id) && ids.add(id)) {
            out.append("<span epub:type=\"pagebreak\" role=\"doc-pagebreak\" id=\"").append(id)
                    .append("\" aria-label=\"").append(p.label()).append("\"/>");
            placed.add(p);
        }
    }

    /**
     * The {@code id="page-…"} values the page already has, found in one pass (looking for
     * each marker's id in the whole page made a long chapter quadratic).
     */
    private static Set<String> pageIds(String xhtml) {
        Set<String> ids = new HashSet<>();
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
}
