package org.colophon.reader;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Gives ids to what the manuscript left without one ({@code chapter-1}, {@code note-3}…),
 * numbering each kind in document order and stepping over every id the manuscript
 * itself uses, so the same manuscript always gets the same ids.
 */
public final class IdAllocator {

    private final Set<String> taken;
    private final Map<String, Integer> counters = new HashMap<>();

    public IdAllocator(Set<String> manuscriptIds) {
        this.taken = new HashSet<>(manuscriptIds);
    }

    /** {@code given} when the manuscript gave one, else the next free {@code prefix-n}. */
    public String idFor(String given, String prefix) {
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        int n = counters.getOrDefault(prefix, 0);
        String id;
        do {
            n++;
            id = prefix + "-" + n;
        } while (taken.contains(id));
        counters.put(prefix, n);
        taken.add(id);
        return id;
    }
}
