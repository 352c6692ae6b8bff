package org.colophon.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The block structure of a layout's source ({@code #if}, {@code #foreach}, {@code #macro},
 * {@code #define} and {@code #@macro} calls, each closed by {@code #end}), read the way
 * Velocity's lexer reads it (comments, unparsed {@code #[[…]]#} and escaped {@code \#}
 * left aside), for what Velocity's parser cannot say: it reports only the token it choked
 * on, {@code Encountered "<EOF>"} for a block never closed, where the user needs the
 * block's own place.
 */
final class LayoutBlocks {

    /** A directive where it stands: its name without {@code #} or braces, 1-based line and column of its {@code #}. */
    record Directive(String name, int line, int column) {}

    /** What a parse error Velocity reports means, said at the place to fix; null: Velocity's message stands. */
    record Explained(int line, int column, String message) {}

    private static final Pattern ENCOUNTERED = Pattern.compile("^Encountered \"([^\"]*)\"");
    private static final List<String> OPENERS = List.of("if", "foreach", "macro", "define");

    private final List<Directive> unclosed = new ArrayList<>(); // innermost last
    private final List<Directive> strays = new ArrayList<>();   // an #end, #else or #elseif outside its block

    private LayoutBlocks(String source) {
        scan(source);
    }

    /**
     * The meaning of Velocity's parse error {@code message} (its first line) in the layout
     * {@code source}, or null when it is not one of a block left open or a block word out
     * of place.
     */
    static Explained explain(String source, String message, int line) {
        Matcher m = ENCOUNTERED.matcher(message == null ? "" : message);
        if (!m.find()) {
            return null;
        }
        String token = m.group(1).replace("{", "").replace("}", "").strip();
        LayoutBlocks blocks = new LayoutBlocks(source);
        if (token.equals("<EOF>") && !blocks.unclosed.isEmpty()) {
            Directive open = blocks.unclosed.get(blocks.unclosed.size() - 1);
            StringBuilder more = new StringBuilder();
            for (int k = blocks.unclosed.size() - 2; k >= 0; k--) {
                Directive outer = blocks.unclosed.get(k);
                more.append(", nor the #").append(outer.name()).append(" at ").append(outer.line()).append(':')
                        .append(outer.column()).append(" around it");
            }
            return new Explained(open.line(), open.column(), "#" + open.name() + " is not closed by #end" + more
                    + ": the layout ends with it still open; add its #end where the block ends");
        }
        for (Directive stray : blocks.strays) {
            if (stray.line() == line && ("#" + stray.name()).equals(token)) {
                String what = stray.name().equals("end")
                        ? "#end closes nothing: every #if, #foreach, #macro and #define before it is closed already;"
                                + " remove it, or open the block it was meant to close"
                        : "#" + stray.name() + " stands outside an #if: it belongs between an #if and its #end";
                return new Explained(stray.line(), stray.column(), what);
            }
        }
        return null;
    }

    private static final Pattern SELF_REFERENCE = Pattern.compile(
            "^Reference (\\$!?\\{?[\\w.-]+\\}?) evaluated to object org\\.apache\\.velocity\\.runtime\\.directive\\.Block\\$Reference"
                    + " whose toString\\(\\) method returned null");

    /**
     * The plain words for Velocity's {@code message} about a {@code #define} block that
     * refers to itself (Velocity gives up after a few levels and prints nothing), or null
     * when the message is about something else.
     */
    static String selfReference(String message) {
        Matcher m = SELF_REFERENCE.matcher(message == null ? "" : message);
        if (!m.find()) {
            return null;
        }
        String ref = m.group(1).replace("!", "").replace("{", "").replace("}", "");
        return ref + " is used inside its own #define(" + ref + ") block, directly or through another block: the block"
                + " would never end; give the inner use another name, or move it out of the block";
    }

    private void scan(String s) {
        Deque<Directive> open = new ArrayDeque<>();
        int line = 1;
        int lineStart = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = ++i;
                continue;
            }
            if (c == '\\') {
                int n = i;
                while (n < s.length() && s.charAt(n) == '\\') {
                    n++;
                }
                // an odd number of backslashes escapes the directive after them
                i = n < s.length() && s.charAt(n) == '#' && (n - i) % 2 == 1 ? n + 1 : n;
                continue;
            }
            if (c != '#' || i + 1 >= s.length()) {
                i++;
                continue;
            }
            char next = s.charAt(i + 1);
            String skipTo = next == '#' ? "\n" : next == '*' ? "*#" : s.startsWith("#[[", i) ? "]]#" : null;
            if (skipTo != null) {
                int end = s.indexOf(skipTo, i + 2);
                int stop = end < 0 ? s.length() : skipTo.equals("\n") ? end : end + skipTo.length();
                for (int k = i; k < stop; k++) {
                    if (s.charAt(k) == '\n') {
                        line++;
                        lineStart = k + 1;
                    }
                }
                i = stop;
                continue;
            }
            int at = i;
            int p = i + 1;
            boolean braced = p < s.length() && s.charAt(p) == '{';
            if (braced) {
                p++;
            }
            int nameStart = p;
            if (p < s.length() && s.charAt(p) == '@') {
                p++;
            }
            while (p < s.length() && (Character.isLetterOrDigit(s.charAt(p)) || s.charAt(p) == '_' || s.charAt(p) == '-')) {
                p++;
            }
            String name = s.substring(nameStart, p).toLowerCase(Locale.ROOT);
            if (braced && p < s.length() && s.charAt(p) == '}') {
                p++;
            }
            if (name.isEmpty() || name.equals("@")) {
                i = at + 1;
                continue;
            }
            Directive d = new Directive(name, line, s.codePointCount(lineStart, at) + 1);
            if (OPENERS.contains(name) || name.startsWith("@")) {
                open.push(d);
            } else if (name.equals("end")) {
                if (open.isEmpty()) {
                    strays.add(d);
                } else {
                    open.pop();
                }
            } else if ((name.equals("else") || name.equals("elseif")) && (open.isEmpty() || !open.peek().name().equals("if"))) {
                strays.add(d);
            }
            i = skipArguments(s, p);
            for (int k = p; k < i; k++) {
                if (s.charAt(k) == '\n') {
                    line++;
                    lineStart = k + 1;
                }
            }
        }
        List<Directive> outerFirst = new ArrayList<>(open);
        Collections.reverse(outerFirst);
        unclosed.addAll(outerFirst);
    }

    /** Past a directive's parenthesised arguments (quoted strings may hold any character), if it has any. */
    private static int skipArguments(String s, int from) {
        int p = from;
        while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
            p++;
        }
        if (p >= s.length() || s.charAt(p) != '(') {
            return from;
        }
        int depth = 0;
        char quote = 0;
        for (; p < s.length(); p++) {
            char c = s.charAt(p);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return p + 1;
            }
        }
        return from; // never closed: Velocity says so itself; read on as text
    }
}
