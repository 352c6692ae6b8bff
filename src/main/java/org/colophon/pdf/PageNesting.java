package org.colophon.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.colophon.layout.Publication;
import org.colophon.model.Division;

/**
 * Which page's division holds which other page's, from the book's tree of divisions: a
 * part's page holds its chapters' pages, a volume's its parts'. The PDF's outline and its
 * structure tree nest by it, because the order of the pages alone cannot tell a part's last
 * chapter from a chapter that follows the part.
 */
public final class PageNesting {

    /** Page path → the path of the page whose division holds that page's division. */
    private final Map<String, String> enclosing;

    private PageNesting(Map<String, String> enclosing) {
        this.enclosing = enclosing;
    }

    /** From the publication's book and its pages (a division's page has the division's id). */
    public static PageNesting of(Publication publication) {
        Map<String, String> pathOfId = new HashMap<>();
        for (Publication.Page page : publication.pages()) {
            pathOfId.put(page.id(), page.path());
        }
        Map<String, String> enclosing = new HashMap<>();
        for (List<Division> matter : List.of(publication.book().frontMatter(), publication.book().body(),
                publication.book().backMatter())) {
            for (Division d : matter) {
                collect(d, pathOfId, enclosing);
            }
        }
        return new PageNesting(enclosing);
    }

    private static void collect(Division holder, Map<String, String> pathOfId, Map<String, String> enclosing) {
        String holderPath = pathOfId.get(holder.id());
        for (Division child : holder.children()) {
            String childPath = pathOfId.get(child.id());
            if (holderPath != null && childPath != null) {
                enclosing.put(childPath, holderPath);
            }
            collect(child, pathOfId, enclosing);
        }
    }

    /** The path of the page whose division holds the division of the page at {@code path}; null at the top of the book. */
    public String enclosing(String path) {
        return enclosing.get(path);
    }
}
