package org.colophon.layout;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The printed page (its folio, "47" or "xii") each element id of the book fell on when the
 * book was last typeset, for the words that name a page: "see figure 3.2 on page 47", an
 * index locator. Before the first typesetting nothing is known.
 *
 * <p>The layouts render the book, the typesetter sets it, and the pages it gives are fed
 * back into the next rendering until every page asked for is where the text says (see
 * {@link #settledBy}). Each rendering gets a new instance, which remembers the ids it was
 * asked about so that the build knows whether another pass is needed at all: a novel,
 * which names no page, is rendered and typeset once.
 */
public final class PageLabels {

    private final Map<String, String> byId;
    private final Set<String> asked = Collections.synchronizedSet(new TreeSet<>());

    private PageLabels(Map<String, String> byId) {
        this.byId = Map.copyOf(byId);
    }

    /** Nothing typeset yet (or a build without a PDF). */
    public static PageLabels none() {
        return new PageLabels(Map.of());
    }

    /** The pages of a typesetting: id → the label of the page it first appears on. */
    public static PageLabels of(Map<String, String> byId) {
        return new PageLabels(byId);
    }

    /** The label of the page {@code id} was printed on, if the book has been typeset; the id is remembered as asked. */
    public Optional<String> of(String id) {
        asked.add(id);
        return Optional.ofNullable(byId.get(id));
    }

    /** Whether any page was asked for: only then can the words of the book depend on its pages. */
    public boolean anyAsked() {
        return !asked.isEmpty();
    }

    /**
     * Whether the pages a new typesetting gives ({@code typeset}) are the ones this
     * rendering printed, for every id it asked about; then the book says what its pages are.
     */
    public boolean settledBy(PageLabels typeset) {
        for (String id : askedIds()) {
            if (!java.util.Objects.equals(byId.get(id), typeset.byId.get(id))) {
                return false;
            }
        }
        return true;
    }

    /** The ids asked about whose page this rendering did not print right, for a warning. */
    public Map<String, String> unsettled(PageLabels typeset) {
        Map<String, String> out = new TreeMap<>();
        for (String id : askedIds()) {
            String now = typeset.byId.get(id);
            if (!java.util.Objects.equals(byId.get(id), now)) {
                out.put(id, now == null ? "(not printed)" : now);
            }
        }
        return out;
    }

    private Set<String> askedIds() {
        synchronized (asked) {
            return new TreeSet<>(asked);
        }
    }
}
