package org.colophon.reader.tei;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.colophon.reader.BookReader;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Notes kept apart from the text (a {@code div type="notes"}, usually in {@code back})
 * and the places that call them: a {@code ref}/{@code ptr} whose {@code @target} names
 * the note, or an element the note's own {@code @target} names. A called note is moved
 * to its first call and becomes a footnote there; the others stay in the notes division.
 */
final class TeiNotes {

    private final Map<String, Element> separateById = new LinkedHashMap<>();
    private final Map<String, List<Element>> byCallSite = new TreeMap<>();
    private final Set<Element> called = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Element> placed = Collections.newSetFromMap(new IdentityHashMap<>());

    TeiNotes(Element text) {
        NodeList divs = text.getElementsByTagNameNS(BookReader.TEI_NS, "*");
        List<Element> noteDivs = new ArrayList<>();
        for (int i = 0; i < divs.getLength(); i++) {
            Element e = (Element) divs.item(i);
            if (TeiDom.isDiv(e) && "notes".equals(TeiDom.attr(e, "type"))) {
                noteDivs.add(e);
            }
        }
        for (Element div : noteDivs) {
            NodeList notes = div.getElementsByTagNameNS(BookReader.TEI_NS, "note");
            for (int i = 0; i < notes.getLength(); i++) {
                Element note = (Element) notes.item(i);
                String id = TeiDom.xmlId(note);
                if (id != null) {
                    separateById.putIfAbsent(id, note);
                }
                String target = firstPointer(TeiDom.attr(note, "target"));
                if (target != null) {
                    byCallSite.computeIfAbsent(target, k -> new ArrayList<>()).add(note);
                }
            }
        }
        if (separateById.isEmpty() && byCallSite.isEmpty()) {
            return;
        }
        NodeList all = text.getElementsByTagNameNS(BookReader.TEI_NS, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String name = TeiDom.localName(e);
            if (name.equals("ref") || name.equals("ptr")) {
                Element note = noteFor(firstPointer(TeiDom.attr(e, "target")));
                if (note != null) {
                    called.add(note);
                }
            }
            String id = TeiDom.xmlId(e);
            if (id != null && byCallSite.containsKey(id) && !isInside(e, noteDivs)) {
                called.addAll(byCallSite.get(id));
            }
        }
    }

    /** The id a pointer such as {@code #n1} (first of a list) names, or null. */
    static String firstPointer(String target) {
        if (target == null) {
            return null;
        }
        String first = target.trim().split("\\s+", 2)[0];
        return first.startsWith("#") && first.length() > 1 ? first.substring(1) : null;
    }

    /** The separately kept note with this id, or null. */
    Element noteFor(String id) {
        return id == null ? null : separateById.get(id);
    }

    /** Separately kept notes whose {@code @target} names the element with this id. */
    List<Element> notesCalledAt(String id) {
        return byCallSite.getOrDefault(id, List.of());
    }

    /** Whether the note will appear at a call in the text rather than where it is written. */
    boolean isCalled(Element note) {
        return called.contains(note);
    }

    /** Records that the note is being placed; false when it already was (a second call). */
    boolean place(Element note) {
        return placed.add(note);
    }

    /**
     * Whether a call's own text is only a mark (a number, an asterisk, "(1)"), which the
     * footnote's own call replaces; words (letters) are never dropped.
     */
    static boolean isCallMark(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 6) {
            return t.isEmpty();
        }
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetter(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInside(Element e, List<Element> containers) {
        for (org.w3c.dom.Node n = e.getParentNode(); n != null; n = n.getParentNode()) {
            for (Element c : containers) {
                if (n == c) {
                    return true;
                }
            }
        }
        return false;
    }
}
