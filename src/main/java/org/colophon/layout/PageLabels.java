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

    /**
     * What the first rendering of a book to be typeset prints for a page: two figures, about
     * as wide as most page numbers, so that the lines hardly move when the real ones come.
     */
    private static final String PLACEHOLDER = "00";

    private final Map<String, String> byId;
    private final String unknown; // printed for an id no typesetting placed; null: nothing is printed
    private final Set<String> asked = Collections.synchronizedSet(new TreeSet<>());

    private PageLabels(Map<String, String> byId, String unknown) {
        this.byId = Map.copyOf(byId);
        this.unknown = unknown;
    }

    /** A book that is not typeset (a build without a PDF): no page is known, no page words are printed. */
    public static PageLabels none() {
        return new PageLabels(Map.of(), null);
    }

    /** A book about to be typeset for the first time: every page is a placeholder. */
    public static PageLabels beforeTypesetting() {
        return new PageLabels(Map.of(), PLACEHOLDER);
    }

    /** The pages of a typesetting: id → the label of the page it first appears on. */
    public static PageLabels of(Map<String, String> byId) {
        return new PageLabels(byId, PLACEHOLDER);
    }

    /**
     * The label of the page {@code id} was printed on; a placeholder when the book is being
     * typeset but the id was not placed yet; empty when the book is not typeset. The id is
     * remembered as asked.
     */
    public Optional<String> of(String id) {
        asked.add(id);
        String label = byId.get(id);
        return Optional.ofNullable(label != null ? label : unknown);
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
