package org.colophon.model;

import java.util.List;

/** Text inside a block, with its phrasing. */
public sealed interface Inline {

    /** Plain text. After the typography pass it holds final characters (’, U+202F…). */
    record Text(String text) implements Inline {}

    /** Text in a style that changes its look. */
    record Styled(Style style, List<Inline> content) implements Inline {
        public Styled {
            content = List.copyOf(content);
        }
    }

    enum Style { EMPHASIS, STRONG, SMALL_CAPS, SUPERSCRIPT, SUBSCRIPT, UNDERLINE }

    /**
     * A quotation. The reader produces it with null marks; the typography pass sets
     * {@code open} and {@code close} to the marks of the quotation's language and nesting
     * level (« » with narrow no-break spaces in French, “ ” or ‘ ’ in English).
     */
    record Quote(String open, String close, List<Inline> content) implements Inline {
        public Quote {
            content = List.copyOf(content);
        }
    }

    /** A phrase in another language ({@code lang} is a BCP 47 tag). */
    record Foreign(String lang, List<Inline> content) implements Inline {
        public Foreign {
            content = List.copyOf(content);
        }
    }

    /**
     * A footnote, written where it is called. {@code id} is unique in the book; numbering
     * is the layouts' business.
     */
    record Note(String id, List<Block> content) implements Inline {
        public Note {
            content = List.copyOf(content);
        }
    }

    /**
     * A cross-reference to an element id of the same book. {@code show} says what the layouts
     * print after the reference's own {@code content}: the target's label ("figure 3.2"), its
     * number, its title, its page ("page 47", "on page 47"). An empty reference that asks
     * for nothing prints the target's label, or its title when it has no number.
     */
    record CrossRef(String target, List<RefPart> show, List<Inline> content) implements Inline {
        public CrossRef {
            show = List.copyOf(show);
            content = List.copyOf(content);
        }

        /** A reference that prints its own words only. */
        public CrossRef(String target, List<Inline> content) {
            this(target, List.of(), content);
        }

        public CrossRef withContent(List<Inline> newContent) {
            return new CrossRef(target, show, newContent);
        }
    }

    /** What a cross-reference can print of its target (see {@link CrossRef}). */
    enum RefPart {
        /** the kind and number, in lower case: "figure 3.2", "chapitre 3" */
        LABEL,
        /** the same, capitalised, to begin a sentence: "Figure 3.2" */
        CAPITAL_LABEL,
        /** the number alone: "3.2" */
        NUMBER,
        /** the target's title or caption */
        TITLE,
        /** "page 47" */
        PAGE,
        /** "on page 47" ("page 47" in French) */
        ON_PAGE
    }

    /** A link to an external resource (http, https or mailto). */
    record Link(String href, List<Inline> content) implements Inline {
        public Link {
            content = List.copyOf(content);
        }
    }

    /** A forced line break. */
    record LineBreak() implements Inline {}

    /**
     * Literal text of a computer: code in running text or keys to press. It is set in the
     * monospace face exactly as written; the typography pass leaves it alone (no curly
     * quotes, no dashes for {@code --}, no French spaces).
     */
    record Code(CodeKind kind, String text) implements Inline {}

    enum CodeKind { CODE, KEYBOARD }

    /** An anchor: an id at a point in running text, with no content. */
    record Anchor(String id) implements Inline {}

    /**
     * A place the index points to. It prints nothing in the text; {@code id} is unique in the
     * book so that the index can link to this very place and name the page it was set on.
     *
     * @param path   the entry's headings, primary first (one to three); empty for a range's end
     * @param mark   a single place, or the start or end of a stretch of text
     * @param range  the name that pairs a start with its end; null for a single place
     * @param see    the primary heading of another entry this one sends the reader to, or null
     * @param seeAlso the primary heading of another entry to look at as well, or null
     */
    record IndexTerm(String id, List<String> path, IndexMark mark, String range, String see, String seeAlso)
            implements Inline {
        public IndexTerm {
            path = List.copyOf(path);
        }
    }

    enum IndexMark { POINT, RANGE_START, RANGE_END }
}
