package org.colophon.reader.manuscript;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.colophon.error.Diagnostic;
import org.colophon.reader.XmlSource;
import org.w3c.dom.Element;

/**
 * What the schema cannot say of the index terms ({@code <ix>}): a term or an end, not
 * both; a range's end has a start before it and every start is closed; "see" and "see
 * also" name a term that the index has.
 */
final class IndexTermChecks {

    private final List<Element> terms = new ArrayList<>();

    void add(Element ix) {
        terms.add(ix);
    }

    void check(List<Diagnostic> out) {
        Set<String> headings = new TreeSet<>();
        for (Element e : terms) {
            if (!e.getAttribute("term").isBlank()) {
                headings.add(e.getAttribute("term").strip());
            }
        }
        Map<String, Element> open = new LinkedHashMap<>();
        for (Element e : terms) {
            String term = e.getAttribute("term").strip();
            String start = e.getAttribute("start").strip();
            String end = e.getAttribute("end").strip();
            if (!end.isEmpty()) {
                if (!term.isEmpty() || !start.isEmpty() || e.hasAttribute("sub") || e.hasAttribute("see")
                        || e.hasAttribute("see-also") || e.hasAttribute("subsub")) {
                    error(out, e, "<ix end=\"" + end + "\"> closes a range and takes no other attribute"
                            + " (the term is given where the range starts)");
                } else if (open.remove(end) == null) {
                    error(out, e, "<ix end=\"" + end + "\"> ends a range that no <ix start=\"" + end
                            + "\"> opened before it");
                }
                continue;
            }
            if (term.isEmpty()) {
                error(out, e, "<ix> needs a term=\"…\" (or end=\"…\" to close a range)");
                continue;
            }
            if (e.hasAttribute("subsub") && !e.hasAttribute("sub")) {
                error(out, e, "<ix subsub=\"…\"> needs a sub=\"…\" as well");
            }
            if (!start.isEmpty()) {
                Element first = open.putIfAbsent(start, e);
                if (first != null) {
                    error(out, e, "<ix start=\"" + start + "\"> opens a range that is already open since "
                            + XmlSource.locationOf(first));
                }
                if (e.hasAttribute("see")) {
                    error(out, e, "a \"see\" entry points to another entry, not to pages: it cannot start a range");
                }
            }
            for (String attribute : List.of("see", "see-also")) {
                String target = e.getAttribute(attribute).strip();
                if (!target.isEmpty() && !headings.contains(target)) {
                    error(out, e, "<ix " + attribute + "=\"" + target + "\"> names no term of the index: no <ix term=\""
                            + target + "\"> in the book");
                }
            }
        }
        for (Map.Entry<String, Element> unclosed : open.entrySet()) {
            error(out, unclosed.getValue(), "<ix start=\"" + unclosed.getKey() + "\"> is never closed: no <ix end=\""
                    + unclosed.getKey() + "\"> after it");
        }
    }

    private static void error(List<Diagnostic> out, Element e, String message) {
        XmlSource.Location at = XmlSource.locationOf(e);
        out.add(Diagnostic.error(at.file(), at.line(), at.column(), message));
    }
}
