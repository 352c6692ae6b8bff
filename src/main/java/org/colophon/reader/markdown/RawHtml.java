package org.colophon.reader.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw HTML a Markdown book may hold: {@code <br>}, {@code <sup>}, {@code <sub>} and
 * {@code <span lang="…">}, inside a paragraph. CommonMark hands each tag over as it is
 * written; this says which of the four it is. Anything else is refused by the reader, so
 * that no HTML reaches the EPUB but what Colophon writes itself.
 *
 * @param name  {@code br}, {@code sup}, {@code sub} or {@code span}
 * @param close whether it is a closing tag
 * @param lang  the language of a {@code span}, else null
 */
record RawHtml(String name, boolean close, String lang) {

    static final String ACCEPTED = "<br>, <sup>…</sup>, <sub>…</sub> and <span lang=\"…\">…</span>";

    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPEN = Pattern.compile("<(sup|sub)\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPAN = Pattern.compile(
            "<span\\s+lang\\s*=\\s*(?:\"([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)\"|'([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)')\\s*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSE = Pattern.compile("</(sup|sub|span)\\s*>", Pattern.CASE_INSENSITIVE);

    /** The tag {@code literal} is, or null when it is not one of the four. */
    static RawHtml of(String literal) {
        String s = literal.strip();
        if (BREAK.matcher(s).matches()) {
            return new RawHtml("br", false, null);
        }
        Matcher m = OPEN.matcher(s);
        if (m.matches()) {
            return new RawHtml(m.group(1).toLowerCase(java.util.Locale.ROOT), false, null);
        }
        m = SPAN.matcher(s);
        if (m.matches()) {
            return new RawHtml("span", false, m.group(1) != null ? m.group(1) : m.group(2));
        }
        m = CLOSE.matcher(s);
        if (m.matches()) {
            return new RawHtml(m.group(1).toLowerCase(java.util.Locale.ROOT), true, null);
        }
        return null;
    }
}
