package org.colophon.pdf.css;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Computes element styles from the user-agent sheet and the book's print.css: matching
 * rules sorted by origin, importance, specificity and source order; inherited properties
 * taken from the parent's computed style.
 */
public final class Cascade {

    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private final List<StyleSheet> sheets; // lowest precedence first
    private final Map<String, List<Indexed>> byElement = new HashMap<>();
    private final List<Indexed> anyElement = new ArrayList<>();
    private final float rootFontSize;
    private final Map<StyleKey, ComputedStyle> computed = new HashMap<>();

    private record Indexed(StyleRule rule, int origin, int serial) {}

    /**
     * What decides a computed style: the rules that matched, the parent's style, the
     * containing width and the language. A book has thousands of paragraphs and a few dozen
     * distinct styles.
     */
    private record StyleKey(int[] rules, ComputedStyle parent, float width, String lang) {
        @Override
        public boolean equals(Object o) {
            return o instanceof StyleKey k && Float.compare(k.width, width) == 0 && k.lang.equals(lang)
                    && java.util.Arrays.equals(k.rules, rules) && k.parent.equals(parent);
        }

        @Override
        public int hashCode() {
            return ((java.util.Arrays.hashCode(rules) * 31 + parent.hashCode()) * 31 + Float.hashCode(width)) * 31
                    + lang.hashCode();
        }
    }

    private record Winner(Declaration declaration, long precedence) {}

    public Cascade(StyleSheet userAgent, StyleSheet author) {
        this.sheets = List.of(userAgent, author);
        int serial = 0;
        for (int origin = 0; origin < sheets.size(); origin++) {
            for (StyleRule rule : sheets.get(origin).rules()) {
                String name = rule.selector().subject().element();
                Indexed indexed = new Indexed(rule, origin, serial++);
                if (name == null) {
                    anyElement.add(indexed);
                } else {
                    byElement.computeIfAbsent(name, k -> new ArrayList<>()).add(indexed);
                }
            }
        }
        this.rootFontSize = 10f;
    }

    /**
     * The computed style of {@code element}.
     *
     * @param parent          the parent's computed style (or {@link ComputedStyle#initial})
     * @param containingWidth width percentages of margins and indents refer to
     */
    public ComputedStyle compute(Element element, ComputedStyle parent, float containingWidth) {
        List<Indexed> matched = new ArrayList<>();
        match(byElement.getOrDefault(element.getLocalName(), List.of()), element, matched);
        match(anyElement, element, matched);
        int[] serials = new int[matched.size()];
        for (int i = 0; i < serials.length; i++) {
            serials[i] = matched.get(i).serial();
        }
        String lang = lang(element, parent);
        StyleKey key = new StyleKey(serials, parent, containingWidth, lang);
        ComputedStyle style = computed.get(key);
        if (style == null) {
            Map<String, Winner> winners = new HashMap<>();
            consider(matched, winners);
            style = new StyleBuilder(parent, rootFontSize, containingWidth).build(winners(winners), lang);
            computed.put(key, style);
        }
        return style;
    }

    private static Map<String, Declaration> winners(Map<String, Winner> winners) {
        Map<String, Declaration> out = new HashMap<>();
        winners.forEach((k, v) -> out.put(k, v.declaration()));
        return out;
    }

    private void match(List<Indexed> candidates, Element element, List<Indexed> matched) {
        for (Indexed candidate : candidates) {
            StyleRule rule = candidate.rule();
            if (matches(rule.selector(), rule.selector().parts().size() - 1, element)) {
                matched.add(candidate);
            }
        }
    }

    private static void consider(List<Indexed> matched, Map<String, Winner> winners) {
        for (Indexed candidate : matched) {
            StyleRule rule = candidate.rule();
            for (Declaration d : rule.declarations()) {
                // origin and importance first (author !important beats all), then specificity, then order
                int rank = d.important() ? 2 + candidate.origin() : candidate.origin();
                long precedence = ((long) rank << 48) | ((long) rule.selector().specificity() << 20) | rule.order();
                for (String property : Shorthands.expand(d.property())) {
                    Winner current = winners.get(property);
                    if (current == null || current.precedence() <= precedence) {
                        winners.put(property, new Winner(d, precedence));
                    }
                }
            }
        }
    }

    private boolean matches(Selector selector, int index, Element element) {
        if (!matchesCompound(selector.parts().get(index), element)) {
            return false;
        }
        if (index == 0) {
            return true;
        }
        Selector.Combinator combinator = selector.combinators().get(index - 1);
        switch (combinator) {
            case CHILD -> {
                Element parent = parentElement(element);
                return parent != null && matches(selector, index - 1, parent);
            }
            case NEXT_SIBLING -> {
                Element previous = previousElement(element);
                return previous != null && matches(selector, index - 1, previous);
            }
            default -> {
                for (Element a = parentElement(element); a != null; a = parentElement(a)) {
                    if (matches(selector, index - 1, a)) {
                        return true;
                    }
                }
                return false;
            }
        }
    }

    private boolean matchesCompound(Selector.Compound c, Element e) {
        if (c.element() != null && !c.element().equals(e.getLocalName())) {
            return false;
        }
        if (c.id() != null && !c.id().equals(e.getAttribute("id"))) {
            return false;
        }
        if (!c.classes().isEmpty()) {
            String[] classes = classesOf(e);
            List<String> wanted = c.classes();
            for (int i = 0, n = wanted.size(); i < n; i++) {
                if (!contains(classes, wanted.get(i))) {
                    return false;
                }
            }
        }
        // indexed: most compounds test no attribute, and C1 (bin/colophon's compiler) would
        // allocate an iterator over the empty list for every element and rule
        List<Selector.AttributeTest> tests = c.attributes();
        for (int i = 0, n = tests.size(); i < n; i++) {
            Selector.AttributeTest test = tests.get(i);
            String value = attributeByLocalName(e, test.localName());
            if (value == null) {
                return false;
            }
            switch (test.match()) {
                case EQUALS -> {
                    if (!value.equals(test.value())) {
                        return false;
                    }
                }
                case INCLUDES -> {
                    if (!includesToken(value, test.value())) {
                        return false;
                    }
                }
                default -> { }
            }
        }
        return true;
    }

    /** The element's classes, kept on the element itself so that they go with its tree. */
    private static String[] classesOf(Element e) {
        Object kept = e.getUserData(CLASSES);
        if (kept instanceof String[] classes) {
            return classes;
        }
        String[] classes = splitClasses(e);
        e.setUserData(CLASSES, classes, null);
        return classes;
    }

    private static final String CLASSES = "org.colophon.classes";

    private static String[] splitClasses(Element e) {
        String value = e.getAttribute("class");
        java.util.List<String> out = new ArrayList<>(2);
        int i = 0;
        int n = value.length();
        while (i < n) {
            while (i < n && isSpace(value.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(value.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(value.substring(start, i));
            }
        }
        return out.toArray(new String[0]);
    }

    /** Whether the whitespace-separated list {@code value} holds {@code token} ({@code ~=}). */
    public static boolean includesToken(String value, String token) {
        int n = value.length();
        int t = token.length();
        for (int at = value.indexOf(token); at >= 0; at = value.indexOf(token, at + 1)) {
            boolean startOk = at == 0 || isSpace(value.charAt(at - 1));
            boolean endOk = at + t == n || isSpace(value.charAt(at + t));
            if (startOk && endOk && t > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static boolean contains(String[] values, String wanted) {
        for (String v : values) {
            if (v.equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** The attribute of that local name in no namespace or any namespace (epub:type, xml:lang). */
    static String attributeByLocalName(Element e, String localName) {
        var attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            String name = a.getLocalName() != null ? a.getLocalName() : a.getNodeName();
            if (name.equals(localName)) {
                return a.getNodeValue();
            }
        }
        return null;
    }

    private static Element parentElement(Element e) {
        Node p = e.getParentNode();
        return p instanceof Element pe ? pe : null;
    }

    private static Element previousElement(Element e) {
        for (Node n = e.getPreviousSibling(); n != null; n = n.getPreviousSibling()) {
            if (n instanceof Element pe) {
                return pe;
            }
        }
        return null;
    }

    private static String lang(Element e, ComputedStyle parent) {
        String xmlLang = e.getAttributeNS(XML_NS, "lang");
        if (!xmlLang.isEmpty()) {
            return xmlLang;
        }
        String lang = e.getAttribute("lang");
        return lang.isEmpty() ? parent.lang() : lang;
    }
}
