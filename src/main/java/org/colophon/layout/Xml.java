package org.colophon.layout;

/** XML escaping, written for speed: one pass, no regex, no copy when nothing needs escaping. */
final class Xml {

    private Xml() {
    }

    /** Escapes text for element content or a double-quoted attribute value. */
    static String escape(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
                StringBuilder sb = new StringBuilder(n + 16);
                sb.append(text, 0, i);
                appendEscaped(sb, text, i);
                return sb.toString();
            }
        }
        return text;
    }

    static void append(StringBuilder sb, String text) {
        appendEscaped(sb, text, 0);
    }

    private static void appendEscaped(StringBuilder sb, String text, int from) {
        int n = text.length();
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                // '>' too, so that "]]>" can never appear in output
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
    }
}
