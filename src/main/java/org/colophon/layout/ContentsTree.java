package org.colophon.layout;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.colophon.model.Block;
import org.colophon.model.Book;
import org.colophon.model.Division;

/**
 * The book's table of contents as the layouts see it: one entry per titled division
 * (a division without a title lends its place to its children), each with its titled
 * sections down to {@link #SECTION_DEPTH} levels for the navigation document and the NCX.
 * A section the nav points to but the manuscript gave no id gets one here, which the
 * page's {@link ContentRenderer} then writes.
 *
 * <p>Each entry: {@code title} (markup), {@code text} (plain), {@code href} (from a page),
 * {@code navHref} (from the package folder), {@code kind}, {@code playOrder},
 * {@code children} (sub-divisions, for the printed contents) and {@code navChildren}
 * (sections, then sub-divisions, for the nav and the NCX).
 */
final class ContentsTree {

    static final int SECTION_DEPTH = 2;

    private final Map<Division, PlannedPage> pageOf;
    private final ContentRenderer titles;
    private final IdAllocator ids;
    private final Map<Block.Section, String> sectionIds = new IdentityHashMap<>();
    private int playOrder;

    ContentsTree(Map<Division, PlannedPage> pageOf, ContentRenderer titles, IdAllocator ids) {
        this.pageOf = pageOf;
        this.titles = titles;
        this.ids = ids;
    }

    List<Map<String, Object>> build(Book book) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (List<Division> matter : List.of(book.frontMatter(), book.body(), book.backMatter())) {
            for (Division d : matter) {
                division(d, entries);
            }
        }
        return List.copyOf(entries);
    }

    /** Ids made up for sections that had none; shared with the pages' renderers. */
    Map<Block.Section, String> sectionIds() {
        return sectionIds;
    }

    private void division(Division d, List<Map<String, Object>> into) {
        PlannedPage p = pageOf.get(d);
        if (d.title().isEmpty() || d.kind() == Division.Kind.HALF_TITLE) {
            for (Division child : d.children()) {
                division(child, into);
            }
            return;
        }
        int order = ++playOrder;
        List<Map<String, Object>> sections = new ArrayList<>();
        sections(d.blocks(), p.fileName(), 1, sections);
        List<Map<String, Object>> children = new ArrayList<>();
        for (Division child : d.children()) {
            division(child, children);
        }
        List<Map<String, Object>> navChildren = new ArrayList<>(sections);
        navChildren.addAll(children);
        into.add(View.of(
                "title", titles.inlinesForReuse(d.title()),
                "number", titles.numberOf(d),
                "text", p.title(),
                "href", p.fileName(),
                "navHref", p.href(),
                "kind", p.role().token(),
                "playOrder", order,
                "children", List.copyOf(children),
                "navChildren", List.copyOf(navChildren)));
    }

    private void sections(List<Block> blocks, String file, int depth, List<Map<String, Object>> into) {
        for (Block b : blocks) {
            if (b instanceof Block.Section s && !s.title().isEmpty()) {
                String id = s.id();
                if (id == null || id.isEmpty()) {
                    id = ids.unique("section-" + (sectionIds.size() + 1));
                    sectionIds.put(s, id);
                }
                int order = ++playOrder;
                List<Map<String, Object>> sub = new ArrayList<>();
                if (depth < SECTION_DEPTH) {
                    sections(s.blocks(), file, depth + 1, sub);
                }
                into.add(View.of(
                        "title", titles.inlinesForReuse(s.title()),
                        "number", titles.numberOf(s),
                        "text", Inlines.plainText(s.title()),
                        "href", file + "#" + id,
                        "navHref", EpubPaths.fromRoot(EpubPaths.page(file)) + "#" + id,
                        "kind", "section",
                        "playOrder", order,
                        "children", List.of(),
                        "navChildren", List.copyOf(sub)));
            }
        }
    }
}
