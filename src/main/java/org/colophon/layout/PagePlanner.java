package org.colophon.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.colophon.model.Book;
import org.colophon.model.Division;

/**
 * Decides the pages of a book and their order: cover (when there is one), half-title (when
 * the manuscript has one), title page, copyright page, contents, then the front-matter
 * divisions, the body (a part gets its own page, then its chapters) and the back matter.
 * File names are derived from roles and counters only, so they are the same every run.
 */
final class PagePlanner {

    private final TemplateEngine templates;
    private final Map<String, String> labels;
    private final IdAllocator ids;
    private final IdLocator locator = new IdLocator();
    private final Map<PageRole, Integer> counters = new EnumMap<>(PageRole.class);
    private final List<PlannedPage> pages = new ArrayList<>();

    PagePlanner(TemplateEngine templates, Map<String, String> labels, IdAllocator ids) {
        this.templates = templates;
        this.labels = labels;
        this.ids = ids;
    }

    IdLocator locator() {
        return locator;
    }

    List<PlannedPage> plan(Book book, boolean hasCover) {
        // every id of the manuscript first, so the ids Colophon makes up never collide with them
        for (List<Division> matter : List.of(book.frontMatter(), book.body(), book.backMatter())) {
            for (Division d : matter) {
                reserveIds(d);
            }
        }
        if (hasCover) {
            special("cover.xhtml", "cover", PageRole.COVER, "cover.vm", labels.get("cover"));
        }
        List<Division> front = new ArrayList<>();
        for (Division d : book.frontMatter()) {
            if (d.kind() == Division.Kind.HALF_TITLE) {
                division(d, "frontmatter");
            } else {
                front.add(d);
            }
        }
        special("title.xhtml", "titlepage", PageRole.TITLE_PAGE, "title-page.vm", book.metadata().title());
        special("copyright.xhtml", "copyright", PageRole.COPYRIGHT, "copyright.vm", labels.get("copyright"));
        special("contents.xhtml", "contents", PageRole.CONTENTS, "contents.vm", labels.get("contents"));
        for (Division d : front) {
            division(d, "frontmatter");
        }
        for (Division d : book.body()) {
            division(d, "bodymatter");
        }
        for (Division d : book.backMatter()) {
            division(d, "backmatter");
        }
        return List.copyOf(pages);
    }

    private static String threeDigits(int n) {
        return n < 10 ? "00" + n : n < 100 ? "0" + n : Integer.toString(n);
    }

    private void reserveIds(Division d) {
        ids.reserve(d.id());
        for (Division child : d.children()) {
            reserveIds(child);
        }
        IdLocator scratch = new IdLocator();
        scratch.addDivision(d, "");
        for (String id : scratch.ids()) {
            ids.reserve(id);
        }
    }

    private void special(String file, String wantedId, PageRole role, String layout, String title) {
        pages.add(new PlannedPage(file, ids.unique(wantedId), role, layout, null, "frontmatter",
                title == null ? "" : title));
    }

    private void division(Division d, String matter) {
        PageRole role = PageRole.of(d.kind());
        int n = counters.merge(role, 1, Integer::sum);
        String file = role.token() + "-" + threeDigits(n) + ".xhtml";
        locator.addDivision(d, file);
        pages.add(new PlannedPage(file, d.id(), role, DivisionSemantics.layout(d.kind(), templates), d, matter,
                Inlines.plainText(d.title())));
        for (Division child : d.children()) {
            division(child, matter);
        }
    }
}
