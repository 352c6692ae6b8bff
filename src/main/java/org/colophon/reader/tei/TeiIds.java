package org.colophon.reader.tei;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Hands out element ids that are unique in the book and the same on every run: the
 * manuscript's own {@code xml:id} when it has one, else {@code chapter-1}, {@code note-3}…
 * numbered in document order, skipping any id the manuscript already uses.
 */
final class TeiIds {

    private final Set<String> taken = new HashSet<>();
    private final Set<String> inManuscript = new HashSet<>();
    private final Map<String, Integer> counters = new TreeMap<>();

    /** Reserves every {@code xml:id} below {@code root} so generated ids never collide with them. */
    TeiIds(Element root) {
        reserve(root);
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            reserve((Element) all.item(i));
        }
    }

    private void reserve(Element e) {
        String id = TeiDom.xmlId(e);
        if (id != null) {
            inManuscript.add(id);
        }
    }

    /** {@code xml:id} of {@code e} if it has one not yet used, else a fresh {@code prefix-N}. */
    String idFor(Element e, String prefix) {
        String own = e == null ? null : TeiDom.xmlId(e);
        if (own != null && isXmlName(own) && taken.add(own)) {
            return own;
        }
        return next(prefix);
    }

    /** A fresh {@code prefix-N}. */
    String next(String prefix) {
        int n = counters.getOrDefault(prefix, 0);
        String id;
        do {
            n++;
            id = prefix + "-" + n;
        } while (inManuscript.contains(id) || taken.contains(id));
        counters.put(prefix, n);
        taken.add(id);
        return id;
    }

    /** Whether this id was handed out to something in the book. */
    boolean isAssigned(String id) {
        return taken.contains(id);
    }

    /** Whether the manuscript gives some element this {@code xml:id}. */
    boolean isInManuscript(String id) {
        return inManuscript.contains(id);
    }

    /** An NCName, as XHTML ids must be to survive in EPUB. */
    static boolean isXmlName(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char first = s.charAt(0);
        if (!(Character.isLetter(first) || first == '_')) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }
}
