package org.colophon.pdf.text;

/** What a paragraph is made of, in order, as the typesetter hands it to the setter. */
public sealed interface ParagraphItem {

    /** Text in one style; {@code href} is a link target (external URL or {@code #id}), or null. */
    record TextRun(String text, TextStyle style, String href) implements ParagraphItem {}

    /** A zero-width point (an element id, a note call) whose line and x the caller wants back. */
    record Marker(String id) implements ParagraphItem {}

    /** A forced line break (XHTML {@code <br/>}). */
    record ForcedBreak() implements ParagraphItem {}
}
