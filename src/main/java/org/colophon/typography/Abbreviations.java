package org.colophon.typography;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A language's abbreviations that a line must not break after: "S. 12", "Nr. 5", and the
 * two parts of "z. B.", which Duden sets with a narrow no-break space. Read from
 * {@code abbreviations.txt}, one line per language, so that a language is added without code.
 */
final class Abbreviations {

    static final Abbreviations NONE = new Abbreviations(Set.of(), Map.of());

    private final Set<String> single;              // "S.", "Nr."
    private final Map<String, Set<String>> pairs;  // a part, to the parts that may follow it: "z." → "B.", "T."

    private final String lastLetters; // what any of them ends with: a word ending otherwise is none, and costs nothing

    private Abbreviations(Set<String> single, Map<String, Set<String>> pairs) {
        this.single = Set.copyOf(single);
        this.pairs = Map.copyOf(pairs);
        StringBuilder last = new StringBuilder();
        for (String a : single) {
            addLast(a, last);
        }
        for (String a : pairs.keySet()) {
            addLast(a, last);
        }
        this.lastLetters = last.toString();
    }

    private static void addLast(String abbreviation, StringBuilder last) {
        char c = abbreviation.charAt(abbreviation.length() - 1);
        if (last.indexOf(String.valueOf(c)) < 0) {
            last.append(c);
        }
    }

    /**
     * What the space between the word ending at cell {@code p} and the one starting at
     * {@code q} becomes: a narrow no-break space inside an abbreviation, a no-break space
     * after one, or 0 for an ordinary space.
     */
    char spaceBetween(Cells in, int p, int q) {
        if (lastLetters.indexOf(in.ch[p]) < 0) {
            return 0; // most words: no string is made of them
        }
        String before = wordEndingAt(in, p);
        if (before == null) {
            return 0;
        }
        if (Character.isUpperCase(before.charAt(0)) && !single.contains(before) && !pairs.containsKey(before)) {
            before = before.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + before.substring(1); // "См." opens a sentence
        }
        String after = wordStartingAt(in, q);
        if (after.isEmpty() || !Chars.isLetterOrDigit(after.charAt(0))) {
            return 0;
        }
        Set<String> next = pairs.get(before);
        if (next != null) {
            for (String part : next) {
                if (after.startsWith(part) && (after.length() == part.length()
                        || !Chars.isLetter(after.charAt(part.length())))) {
                    return Chars.NNBSP;
                }
            }
        }
        return single.contains(before) ? Chars.NBSP : 0;
    }

    /** The word that ends at {@code p}, back to a space or the start; null when it is not a whole word. */
    private static String wordEndingAt(Cells in, int p) {
        int s = p;
        while (s > 0 && in.isReal(s - 1) && !Chars.isSpace(in.ch[s - 1]) && p - s < 12) {
            s--;
        }
        if (s > 0 && in.isReal(s - 1) && !Chars.isSpace(in.ch[s - 1])) {
            return null;
        }
        return new String(in.ch, s, p - s + 1);
    }

    private static String wordStartingAt(Cells in, int q) {
        int e = q;
        while (e < in.size && in.isReal(e) && !Chars.isSpace(in.ch[e]) && e - q < 12) {
            e++;
        }
        return new String(in.ch, q, e - q);
    }

    /** Every language's, by primary subtag. */
    static Map<String, Abbreviations> load() {
        Map<String, Abbreviations> out = new HashMap<>();
        try (InputStream in = Abbreviations.class.getResourceAsStream("abbreviations.txt")) {
            if (in == null) {
                throw new IllegalStateException("abbreviations.txt is missing from Colophon's classes");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String entry = line.strip();
                int colon = entry.indexOf(':');
                if (entry.isEmpty() || entry.startsWith("#") || colon < 0) {
                    continue;
                }
                Set<String> single = new HashSet<>();
                Map<String, Set<String>> pairs = new HashMap<>();
                for (String abbreviation : entry.substring(colon + 1).split("\\|")) {
                    String[] parts = abbreviation.strip().split(" ");
                    if (parts.length == 1) {
                        single.add(parts[0]);
                    }
                    for (int k = 0; k + 1 < parts.length; k++) {
                        pairs.computeIfAbsent(parts[k], x -> new HashSet<>()).add(parts[k + 1]);
                    }
                }
                out.put(entry.substring(0, colon).strip(), new Abbreviations(single, pairs));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read abbreviations.txt", e);
        }
        return Map.copyOf(out);
    }
}
