package org.colophon.pdf.css;

import java.util.List;

/**
 * A selector of the supported subset: compound selectors (element name, classes, id,
 * attribute conditions) joined by descendant, child or next-sibling combinators.
 * {@code parts} run from the leftmost compound to the subject; {@code combinators[i]}
 * joins {@code parts[i]} and {@code parts[i + 1]}.
 */
public record Selector(List<Compound> parts, List<Combinator> combinators, String text) {

    public Selector {
        parts = List.copyOf(parts);
        combinators = List.copyOf(combinators);
    }

    public enum Combinator { DESCENDANT, CHILD, NEXT_SIBLING }

    /**
     * @param element local name, or null for any element
     * @param id      or null
     */
    public record Compound(String element, String id, List<String> classes, List<AttributeTest> attributes) {
        public Compound {
            classes = List.copyOf(classes);
            attributes = List.copyOf(attributes);
        }
    }

    /**
     * {@code [name]}, {@code [name=value]} or {@code [name~=value]}. A prefixed name such as
     * {@code epub\:type} matches the attribute of that local name in any namespace.
     */
    public record AttributeTest(String localName, Match match, String value) {
        public enum Match { EXISTS, EQUALS, INCLUDES }
    }

    public Compound subject() {
        return parts.get(parts.size() - 1);
    }

    /** CSS specificity packed into one int: ids, then classes and attributes, then elements. */
    public int specificity() {
        int ids = 0;
        int classes = 0;
        int elements = 0;
        for (Compound c : parts) {
            ids += c.id() == null ? 0 : 1;
            classes += c.classes().size() + c.attributes().size();
            elements += c.element() == null ? 0 : 1;
        }
        return ids * 10_000 + classes * 100 + elements;
    }
}
