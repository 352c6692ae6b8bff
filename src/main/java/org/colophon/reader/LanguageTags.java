package org.colophon.reader;

import java.util.Locale;

/**
 * BCP 47 tags are case-insensitive; the model holds them in their canonical case
 * ({@code fr-CA}, {@code zh-Hant-TW}) so that later stages can compare them as strings.
 */
public final class LanguageTags {

    private LanguageTags() {
    }

    public static String canonical(String tag) {
        String[] parts = tag.strip().split("-", -1);
        StringBuilder out = new StringBuilder(tag.length());
        boolean extension = false;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].toLowerCase(Locale.ROOT);
            if (i > 0) {
                out.append('-');
                if (p.length() == 1) {
                    extension = true; // after a singleton (x-, u-…) subtags keep lower case
                } else if (!extension && p.length() == 4 && Character.isLetter(p.charAt(0))) {
                    p = Character.toUpperCase(p.charAt(0)) + p.substring(1); // script
                } else if (!extension && p.length() == 2) {
                    p = p.toUpperCase(Locale.ROOT); // region
                }
            } else if (p.length() == 1) {
                extension = true; // a private-use tag such as x-klingon
            }
            out.append(p);
        }
        return out.toString();
    }
}
