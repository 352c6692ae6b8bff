package org.colophon.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;

/**
 * A user's {@code nav.xhtml.vm} or {@code package.opf.vm} written before the layouts were
 * given the page list prints none, while the book has printed pages: its EPUB would lose
 * them without a word. That is an error, not a warning: the chapters carry the page-break
 * markers and the accessibility features the layout prints claim {@code printPageNumbers}
 * and {@code pageNavigation}, so a navigation document without the list, or a package
 * document that does not name the edition the numbers come from, makes an EPUB whose
 * accessibility metadata is false, and a warning scrolls by. As everywhere else in the layouts (an
 * undefined reference, an unknown macro) a layout that does not fit its data stops the
 * build at a place in the layout; a book meant to have no page list is built without its PDF.
 */
final class PageListCheck {

    private static final String NAV = "nav.xhtml.vm";
    private static final String OPF = "package.opf.vm";

    /** A {@code nav} element whose {@code epub:type} has the {@code page-list} token. */
    private static final Pattern PAGE_LIST_NAV = Pattern.compile(
            "<nav\\b[^>]*\\bepub:type\\s*=\\s*([\"'])(?:[^\"']*\\s)?page-list(?:\\s[^\"']*)?\\1");
    private static final Pattern HREF = Pattern.compile("\\bhref\\s*=\\s*([\"'])(.*?)\\1", Pattern.DOTALL);
    /** The metadata that names where the page numbers come from: a {@code source-of pagination} refinement. */
    private static final Pattern PAGINATION_SOURCE = Pattern.compile(
            "<meta\\b[^>]*\\bproperty\\s*=\\s*([\"'])source-of\\1[^>]*>\\s*pagination\\s*</meta>");

    private PageListCheck() {
    }

    /** Fails when {@code pageList} is not empty and the rendered package files leave it out. */
    static void check(TemplateEngine templates, String opf, String nav, List<PageListEntry> pageList)
            throws BuildException {
        if (pageList.isEmpty()) {
            return;
        }
        List<Diagnostic> problems = new ArrayList<>();
        String pages = pageList.size() == 1 ? "1 printed page" : pageList.size() + " printed pages";
        String missing = missingLink(nav, pageList);
        if (!PAGE_LIST_NAV.matcher(nav).find()) {
            problems.add(at(templates, NAV, "</body>", "layout error: the book has " + pages
                    + " but this navigation document has no page list; print one before </body>, as the built-in "
                    + NAV + " does: <nav epub:type=\"page-list\"> with #foreach($p in $pageList)"
                    + " <li><a href=\"$p.href\">$p.label</a></li> #end"));
        } else if (missing != null) {
            problems.add(at(templates, NAV, "</body>", "layout error: the page list of this navigation document lacks "
                    + missing + "; it must link every entry of $pageList (#foreach($p in $pageList)"
                    + " <li><a href=\"$p.href\">$p.label</a></li> #end)"));
        }
        if (!PAGINATION_SOURCE.matcher(opf).find()) {
            problems.add(at(templates, OPF, "</metadata>", "layout error: the book has " + pages
                    + " but this package document does not say where their numbers come from; print, before"
                    + " </metadata>, as the built-in " + OPF + " does: #if($pageList)"
                    + " <dc:source id=\"pagination-source\">$package.pageBreakSource</dc:source>"
                    + " <meta refines=\"#pagination-source\" property=\"source-of\">pagination</meta> #end"));
        }
        if (!problems.isEmpty()) {
            throw new BuildException(problems);
        }
    }

    /** The first page the navigation document does not link to, described, or null. */
    private static String missingLink(String nav, List<PageListEntry> pageList) {
        Set<String> links = new HashSet<>();
        Matcher m = HREF.matcher(nav);
        while (m.find()) {
            links.add(m.group(2));
        }
        int missing = 0;
        PageListEntry first = null;
        for (PageListEntry e : pageList) {
            if (!links.contains(Xml.escape(e.href()))) {
                missing++;
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first == null) {
            return null;
        }
        String which = "page " + first.label() + " (" + first.href() + ")";
        return missing == 1 ? which : which + " and " + (missing - 1) + " more";
    }

    /**
     * The problem at the place of the layout where the missing part belongs: just before
     * its last {@code before} (a layout is not rendered line for line, this is where the
     * built-in one prints it).
     */
    private static Diagnostic at(TemplateEngine templates, String layout, String before, String message) {
        String source = templates.source(layout);
        int at = source.lastIndexOf(before);
        int line = 0;
        int column = 0;
        if (at >= 0) {
            int lineStart = source.lastIndexOf('\n', at - 1) + 1;
            line = 1;
            for (int i = 0; i < lineStart; i++) {
                if (source.charAt(i) == '\n') {
                    line++;
                }
            }
            column = at - lineStart + 1;
        }
        return Diagnostic.error(templates.describe(layout), line, column, message);
    }
}
