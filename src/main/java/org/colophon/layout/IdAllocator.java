package org.colophon.layout;

import java.util.HashSet;
import java.util.Set;

/**
 * Hands out ids that clash with no id of the manuscript nor with one given before: manifest
 * ids, note-call ids, the ids of the pages Colophon adds.
 */
final class IdAllocator {

    private final Set<String> used = new HashSet<>();

    void reserve(String id) {
        used.add(id);
    }

    boolean isUsed(String id) {
        return used.contains(id);
    }

    /** {@code wanted} if free, else {@code wanted-2}, {@code wanted-3}… */
    String unique(String wanted) {
        if (used.add(wanted)) {
            return wanted;
        }
        for (int i = 2; ; i++) {
            String candidate = wanted + "-" + i;
            if (used.add(candidate)) {
                return candidate;
            }
        }
    }
}
