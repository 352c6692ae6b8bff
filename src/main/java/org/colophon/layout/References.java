package org.colophon.layout;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.colophon.layout.Numbers.Target;
import org.colophon.layout.Numbers.TargetKind;

/**
 * What the pages need to say of other places in the book: the numbers of numbered things,
 * the printed pages of ids (from the last typesetting), and the words of the book's
 * language that go with them ("figure 3.2", "page 47", "Chapitre 3").
 */
record References(Numbers numbers, PageLabels pages, Map<String, String> labels, Locale locale) {

    /** "Figure 3.2", "Chapitre 3": the label of a numbered thing as its caption or heading prints it. */
    String captionLabel(TargetKind kind, String number) {
        return number == null ? null : word(key(kind, "Label"), number);
    }

    /** "figure 3.2", "chapitre 3": as running text refers to it; null when the target has no number. */
    String referenceLabel(Target target) {
        return target.number() == null ? null : word(key(target.kind(), "Ref"), target.number());
    }

    /** "page 47" or "on page 47"; empty when the book has not been typeset (an EPUB-only build). */
    Optional<String> page(String id, boolean on) {
        return pages.of(id).map(p -> word(on ? "refOnPage" : "refPage", p));
    }

    /** The language's sentence-initial form of a reference's words. */
    String capitalised(String words) {
        if (words == null || words.isEmpty()) {
            return words;
        }
        int first = words.offsetByCodePoints(0, 1);
        return words.substring(0, first).toUpperCase(locale) + words.substring(first);
    }

    private static String key(TargetKind kind, String suffix) {
        String name = kind.name().toLowerCase(Locale.ROOT);
        return name + suffix;
    }

    private String word(String key, String value) {
        String pattern = labels.get(key);
        if (pattern == null) {
            return value; // a styles folder's labels may lack a word: the number alone still reads
        }
        return pattern.replace("{0}", value);
    }
}
