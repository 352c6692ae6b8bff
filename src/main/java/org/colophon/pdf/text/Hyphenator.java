package org.colophon.pdf.text;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fop.hyphenation.Hyphenation;
import org.apache.fop.hyphenation.HyphenationTree;

/**
 * Where words may be hyphenated: Liang patterns from fop-hyph (FOP's serialized
 * {@code hyph/<lang>.hyp} pattern trees) corrected by an exceptions list per language.
 * Proper nouns (a capital initial) are left whole, and each part of a compound or an
 * elided word ({@code porte-monnaie}, {@code l’œuvre}) is hyphenated on its own, so a
 * hyphen is never put next to an existing hyphen or apostrophe. Thread-safe; results are
 * cached per language and word.
 */
final class Hyphenator {

    private static final int[] NONE = new int[0];

    /** Patterns, exceptions and minimum fragment lengths for one language. */
    private record Language(HyphenationTree tree, Map<String, int[]> exceptions, int leftMin, int rightMin) {}

    private record Key(String language, String word) {}

    private final ConcurrentHashMap<String, Optional<Language>> languages = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Key, int[]> cache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> primaryOf = new ConcurrentHashMap<>();

    /**
     * Offsets in {@code word} (a run of letters, possibly with inner apostrophes or hyphens)
     * before which a line may break with an inserted hyphen; ascending, possibly empty.
     */
    int[] points(String word, String lang) {
        if (lang == null || word.length() < 4) {
            return NONE;
        }
        String language = primaryOf.computeIfAbsent(lang, Hyphenator::primary);
        if (language.isEmpty()) {
            return NONE;
        }
        Key key = new Key(language, word);
        int[] cached = cache.get(key);
        if (cached == null) {
            cached = compute(word, language);
            cache.putIfAbsent(key, cached);
        }
        return cached;
    }

    boolean supports(String lang) {
        return lang != null && language(primaryOf.computeIfAbsent(lang, Hyphenator::primary)).isPresent();
    }

    private int[] compute(String word, String language) {
        Optional<Language> found = language(language);
        if (found.isEmpty()) {
            return NONE;
        }
        Language lang = found.get();
        int[] points = new int[word.length()];
        int count = 0;
        int start = 0;
        while (start < word.length()) {
            int end = start;
            while (end < word.length() && isWordLetter(word.charAt(end))) {
                end++;
            }
            if (end - start >= lang.leftMin + lang.rightMin && !Character.isUpperCase(word.charAt(start))) {
                for (int p : segmentPoints(lang, word.substring(start, end))) {
                    points[count++] = start + p;
                }
            }
            start = end + 1; // skip the apostrophe or hyphen
        }
        return count == 0 ? NONE : Arrays.copyOf(points, count);
    }

    private static boolean isWordLetter(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static int[] segmentPoints(Language lang, String segment) {
        String lower = segment.toLowerCase(Locale.ROOT);
        int[] exception = lang.exceptions.get(lower);
        if (exception == null && lower.endsWith("s")) {
            int[] singular = lang.exceptions.get(lower.substring(0, lower.length() - 1));
            if (singular != null) {
                exception = singular;
            }
        }
        if (exception != null) {
            return exception;
        }
        Hyphenation hyphenation;
        // FOP's trees are not documented as safe for concurrent use
        synchronized (lang.tree) {
            hyphenation = lang.tree.hyphenate(lower, lang.leftMin, lang.rightMin);
        }
        if (hyphenation == null) {
            return NONE;
        }
        int[] points = hyphenation.getHyphenationPoints();
        int[] valid = new int[points.length];
        int n = 0;
        for (int p : points) {
            if (p >= lang.leftMin && p <= segment.length() - lang.rightMin) {
                valid[n++] = p;
            }
        }
        return Arrays.copyOf(valid, n);
    }

    private Optional<Language> language(String language) {
        Optional<Language> found = languages.get(language);
        return found != null ? found : languages.computeIfAbsent(language, Hyphenator::load);
    }

    private static String primary(String lang) {
        if (lang == null) {
            return "";
        }
        int dash = lang.indexOf('-');
        int underscore = lang.indexOf('_');
        int cut = dash < 0 ? underscore : underscore < 0 ? dash : Math.min(dash, underscore);
        return (cut < 0 ? lang : lang.substring(0, cut)).toLowerCase(Locale.ROOT);
    }

    private static Optional<Language> load(String language) {
        HyphenationTree tree = readTree(language);
        if (tree == null) {
            return Optional.empty();
        }
        // TeX's defaults: \lefthyphenmin 2, \righthyphenmin 3 (babel-french and plain English)
        return Optional.of(new Language(tree, readExceptions(language), 2, 3));
    }

    private static HyphenationTree readTree(String language) {
        InputStream raw = Hyphenator.class.getClassLoader().getResourceAsStream("hyph/" + language + ".hyp");
        if (raw == null) {
            return null;
        }
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(raw))) {
            return (HyphenationTree) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read hyphenation patterns hyph/" + language + ".hyp", e);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("hyph/" + language + ".hyp is not a FOP hyphenation tree", e);
        }
    }

    private static Map<String, int[]> readExceptions(String language) {
        Map<String, int[]> exceptions = new HashMap<>();
        String resource = "hyphenation-exceptions-" + language + ".txt";
        try (InputStream in = Hyphenator.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Map.of();
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                int[] points = new int[entry.length()];
                int n = 0;
                StringBuilder word = new StringBuilder();
                for (int i = 0; i < entry.length(); i++) {
                    char c = entry.charAt(i);
                    if (c == '-') {
                        points[n++] = word.length();
                    } else {
                        word.append(c);
                    }
                }
                exceptions.put(word.toString().toLowerCase(Locale.ROOT), Arrays.copyOf(points, n));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return Map.copyOf(exceptions);
    }
}
