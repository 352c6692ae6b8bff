package org.colophon.epub;

import java.util.ArrayList;
import java.util.List;
import org.colophon.layout.PageListEntry;
import org.colophon.pdf.TypesetFacts;

/**
 * The printed book's pages, in order, each where it begins in the EPUB's text, so that a
 * reader who says "page 143" on an e-reader means the words of page 143 in print.
 *
 * @param pages every printed page, in order
 */
public record PageList(List<PrintedPage> pages) {

    public PageList {
        pages = List.copyOf(pages);
    }

    /** No printed pages: the EPUB of a build without a PDF. */
    public static PageList none() {
        return new PageList(List.of());
    }

    /**
     * Where every page of the typeset book begins: at its first body line, which the
     * typesetter found in its XHTML page by counting visible characters. A page without
     * one (a blank verso, a page holding only a picture) begins where the next page with
     * text does, when both belong to the same XHTML page; else at the end of its own XHTML
     * page (the blank verso after a chapter ends that chapter).
     */
    public static PageList of(TypesetFacts facts) {
        List<PrintedPage> out = new ArrayList<>();
        List<TypesetFacts.Page> waiting = new ArrayList<>();
        PrintedPage last = null;
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
                        ? new PrintedPage(first.pagePath(), first.sourceOffset(), blank.label())
                        : new PrintedPage(path, Integer.MAX_VALUE, blank.label()));
            }
            waiting.clear();
            last = new PrintedPage(first.pagePath(), first.sourceOffset(), page.label());
            out.add(last);
        }
        if (last != null) {
            for (TypesetFacts.Page blank : waiting) {
                out.add(new PrintedPage(blank.pagePath() == null ? last.pagePath() : blank.pagePath(),
                        Integer.MAX_VALUE, blank.label()));
            }
        }
        return new PageList(out);
    }

    public boolean isEmpty() {
        return pages.isEmpty();
    }

    /** The entries of the navigation document's page list, one a page. */
    public List<PageListEntry> entries() {
        List<PageListEntry> out = new ArrayList<>(pages.size());
        for (PrintedPage p : pages) {
            out.add(p.entry());
        }
        return out;
    }
}
