package org.colophon.layout;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The objects templates see are plain maps of strings, numbers, lists, {@link Markup} and
 * other maps: templates reach nothing of Colophon's own classes, and {@code $x.name} reads
 * naturally. Insertion-ordered so nothing depends on hashing, and read-only (as are the
 * lists in them) so that one layout cannot change what the next one sees.
 */
final class View {

    private View() {
    }

    /** A map from alternating keys and values; null values are kept (templates test them with #if). */
    static Map<String, Object> of(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }
}
