package org.colophon.reader.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The attributes a heading may end with, as pandoc and kramdown write them:
 * {@code # Introduction {#intro .unnumbered lang=fr}} ({@code -} standing for
 * {@code .unnumbered}, as in pandoc). CommonMark leaves them in the
 * heading's text; this takes them off its end.
 *
 * @param id      {@code #id}, or null
 * @param classes {@code .name}s, in order
 * @param lang    {@code lang=tag}, or null
 * @param problem what is wrong in the braces, or null when they are fine
 */
record HeadingAttributes(String id, List<String> classes, String lang, String problem) {

    static final HeadingAttributes NONE = new HeadingAttributes(null, List.of(), null, null);

    private static final Pattern BLOCK = Pattern.compile("\\s*\\{([^{}]*)\\}\\s*$");
    private static final Pattern TOKEN = Pattern.compile("#([^\\s}]+)|\\.([^\\s}]+)|([A-Za-z][A-Za-z0-9-]*)=(\"[^\"]*\"|[^\\s}\"]+)|(\\S+)");
    private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

    HeadingAttributes {
        classes = List.copyOf(classes);
    }

    /** Where the attribute braces begin in {@code text}, or -1 when it does not end with any. */
    static int start(String text) {
        Matcher m = BLOCK.matcher(text);
        return m.find() ? m.start() : -1;
    }

    /** The attributes of {@code text}, which ends with them (from {@link #start}). */
    static HeadingAttributes parse(String text) {
        Matcher block = BLOCK.matcher(text);
        if (!block.find()) {
            return NONE;
        }
        String id = null;
        String lang = null;
        List<String> classes = new ArrayList<>();
        Matcher t = TOKEN.matcher(block.group(1));
        while (t.find()) {
            if (t.group(1) != null) {
                if (id != null || !ID.matcher(t.group(1)).matches()) {
                    return problem(id != null ? "a heading has one id, not two ('#" + id + "' and '#" + t.group(1) + "')"
                            : "'#" + t.group(1) + "' is not an id; expected a letter, then letters, digits, '-', '_' or '.'");
                }
                id = t.group(1);
            } else if ("-".equals(t.group(5))) {
                classes.add("unnumbered"); // pandoc's shorthand
            } else if (t.group(2) != null) {
                classes.add(t.group(2));
            } else if (t.group(3) != null) {
                if (!t.group(3).equals("lang")) {
                    return problem("the heading attribute '" + t.group(3) + "' is not read; expected #id, .class or lang=tag");
                }
                lang = t.group(4).replace("\"", "");
            } else {
                return problem("'" + t.group(5) + "' in a heading's braces is not read; expected #id, .class or lang=tag");
            }
        }
        return new HeadingAttributes(id, classes, lang, null);
    }

    private static HeadingAttributes problem(String message) {
        return new HeadingAttributes(null, List.of(), null, message);
    }
}
