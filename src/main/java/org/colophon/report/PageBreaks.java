package org.colophon.report;

import java.util.ArrayList;
import java.util.List;
import org.colophon.pdf.TypesetFacts;

/**
 * Widows and orphans at the page breaks of a typeset book. A break is forced to leave an
 * orphan when a page ends with the first line of a paragraph of two or more lines, and a
 * widow when a page begins with the last one. It avoided one when the page stops with room
 * for another line although the text goes on: inside a paragraph, or before a paragraph
 * whose first line would have fitted alone (only widow and orphan rules end a page early
 * there; a page whose next one starts another XHTML page ended by force, not counted).
 */
record PageBreaks(int avoided, List<TypesettingReport.Place> widows, List<TypesettingReport.Place> orphans) {

    static PageBreaks of(TypesetFacts facts) {
        int avoided = 0;
        List<TypesettingReport.Place> widows = new ArrayList<>();
        List<TypesettingReport.Place> orphans = new ArrayList<>();
        List<TypesetFacts.Page> pages = facts.pages();
        for (int i = 0; i + 1 < pages.size(); i++) {
            TypesetFacts.Page page = pages.get(i);
            TypesetFacts.Page next = pages.get(i + 1);
            TypesetFacts.Line last = lastBodyLine(page);
            TypesetFacts.Line first = firstBodyLine(next);
            if (last == null || first == null || isHeading(first) || first.paragraphLines() < 2) {
                continue;
            }
            boolean room = page.freeSpace() >= facts.grid() - 0.01f;
            if (first.index() > 0) {
                if (first.index() == 1) {
                    orphans.add(TypesettingReport.place(page, last, 0));
                } else if (first.index() == first.paragraphLines() - 1) {
                    widows.add(TypesettingReport.place(next, first, 0));
                } else if (room) {
                    avoided++;
                }
            } else if (room && !isHeading(last) && java.util.Objects.equals(page.pagePath(), next.pagePath())) {
                avoided++;
            }
        }
        return new PageBreaks(avoided, widows, orphans);
    }

    private static boolean isHeading(TypesetFacts.Line line) {
        String e = line.element();
        return e.length() == 2 && e.charAt(0) == 'h' && Character.isDigit(e.charAt(1));
    }

    private static TypesetFacts.Line lastBodyLine(TypesetFacts.Page page) {
        TypesetFacts.Line found = null;
        for (TypesetFacts.Line line : page.lines()) {
            if (!line.footnote()) {
                found = line;
            }
        }
        return found;
    }

    private static TypesetFacts.Line firstBodyLine(TypesetFacts.Page page) {
        for (TypesetFacts.Line line : page.lines()) {
            if (!line.footnote()) {
                return line;
            }
        }
        return null;
    }
}
