package org.colophon.reader;

/** Preformatted text (a {@code pre}, a code block) as every reader takes it from its XML. */
public final class Preformatted {

    private Preformatted() {
    }

    /**
     * The text kept as written, except the line end right after the opening tag and the
     * indentation before the closing tag, which belong to the XML layout.
     */
    public static String trimmed(String text) {
        String t = text;
        if (t.startsWith("\r\n")) {
            t = t.substring(2);
        } else if (t.startsWith("\n")) {
            t = t.substring(1);
        }
        int lastBreak = t.lastIndexOf('\n');
        if (lastBreak >= 0 && t.substring(lastBreak + 1).isBlank()) {
            t = t.substring(0, lastBreak);
        }
        return t;
    }
}
