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
 * {@code hyph/<lang>.hyp} pattern trees, the regional ones where they exist: en-GB, de-CH,
 * el-polyton, sr-Latn…) corrected by an exceptions list per language. Each language keeps
 * its own fewest letters before and after a break (TeX's {@code \lefthyphenmin} and
 * {@code \righthyphenmin} as babel and hyph-utf8 set them: French and English 2 and 3,
 * German, Spanish, Italian, Dutch, Russian 2 and 2, Greek 1 and 1…), which CSS
 * {@code hyphenate-limit-chars} may override. Proper nouns (a capital initial) are left
 * whole, except in German, whose nouns all have one; a word with a hard hyphen ({@code porte-monnaie}, {@code Nord-Ostsee-Kanal}) breaks
 * only after its hyphen, never inside a part; after an elision ({@code l’anticonstitutionnel})
 * the word is hyphenated on its own. Thread-safe; results are cached per language, limits
 * and word.
 */
final class Hyphenator {

    private static final int[] NONE = new int[0];

    /** The shortest word hyphenated unless the style says otherwise (CSS's "auto" is 5). */
    private static final int WORD_MIN = 5;

    /**
     * Patterns, exceptions and minimum fragment lengths for one language; {@code capitalNouns}
     * where every noun has a capital initial (German), so that a capital does not mark a
     * proper noun to leave whole.
     */
    private record Language(HyphenationTree tree, Map<String, int[]> exceptions, int leftMin, int rightMin,
                            boolean capitalNouns) {}

    private record Key(String language, String word, int wordMin, int leftMin, int rightMin, boolean opensSentence) {}

    /**
     * Fewest letters before and after a break, by primary language subtag, where they are
     * not TeX's 2 and 3 (hyph-utf8's values for its patterns).
     */
    private static final Map<String, int[]> MINIMA = Map.ofEntries(
            Map.entry("de", new int[] {2, 2}), Map.entry("es", new int[] {2, 2}), Map.entry("it", new int[] {2, 2}),
            Map.entry("nl", new int[] {2, 2}), Map.entry("pl", new int[] {2, 2}), Map.entry("ru", new int[] {2, 2}),
            Map.entry("uk", new int[] {2, 2}), Map.entry("bg", new int[] {2, 2}), Map.entry("ca", new int[] {2, 2}),
            Map.entry("da", new int[] {2, 2}), Map.entry("sv", new int[] {2, 2}), Map.entry("nb", new int[] {2, 2}),
            Map.entry("nn", new int[] {2, 2}), Map.entry("fi", new int[] {2, 2}), Map.entry("hu", new int[] {2, 2}),
            Map.entry("ro", new int[] {2, 2}), Map.entry("hr", new int[] {2, 2}), Map.entry("sl", new int[] {2, 2}),
            Map.entry("sr", new int[] {2, 2}), Map.entry("lt", new int[] {2, 2}), Map.entry("lv", new int[] {2, 2}),
            Map.entry("la", new int[] {2, 2}), Map.entry("eu", new int[] {2, 2}), Map.entry("gl", new int[] {2, 2}),
            Map.entry("is", new int[] {2, 2}), Map.entry("tr", new int[] {2, 2}), Map.entry("el", new int[] {1, 1}),
            Map.entry("grc", new int[] {1, 1}));

    private final ConcurrentHashMap<String, Optional<Language>> languages = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Key, int[]> cache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> patternsOf = new ConcurrentHashMap<>();

    /**
     * Offsets in {@code word} (a run of letters, possibly with inner apostrophes or hyphens)
     * before which a line may break with an inserted hyphen; ascending, possibly empty.
     */
    int[] points(String word, String lang) {
        return points(word, lang, HyphenLimits.AUTO);
    }

    /** As {@link #points(String, String)}, within {@code limits} where they are not auto. */
    int[] points(String word, String lang, HyphenLimits limits) {
        return points(word, lang, limits, false);
    }

    /**
     * As above; {@code opensSentence}: the word begins a sentence, so its capital does not
     * make it a proper noun.
     */
    int[] points(String word, String lang, HyphenLimits limits, boolean opensSentence) {
        if (lang == null) {
            return NONE;
        }
        String patterns = patternsOf.computeIfAbsent(lang, this::patterns);
        if (patterns.equals("el") && isPolytonic(word)) {
            patterns = "el_Polyton"; // Greek written with breathings and accents, whatever its tag says
        }
        Optional<Language> found = patterns.isEmpty() ? Optional.empty() : language(patterns);
        if (found.isEmpty()) {
            return NONE;
        }
        Language language = found.get();
        int wordMin = limits.word() > 0 ? limits.word() : WORD_MIN;
        int leftMin = limits.before() > 0 ? limits.before() : language.leftMin();
        int rightMin = limits.after() > 0 ? limits.after() : language.rightMin();
        if (word.length() < Math.max(wordMin, leftMin + rightMin) || hasHardHyphen(word)) {
            return NONE;
        }
        Key key = new Key(patterns, word, wordMin, leftMin, rightMin, opensSentence);
        int[] cached = cache.get(key);
        if (cached == null) {
            cached = compute(word, language, wordMin, leftMin, rightMin, opensSentence);
            cache.putIfAbsent(key, cached);
        }
        return cached;
    }

    boolean supports(String lang) {
        if (lang == null) {
            return false;
        }
        String patterns = patternsOf.computeIfAbsent(lang, this::patterns);
        return !patterns.isEmpty() && language(patterns).isPresent();
    }

    /** The fewest letters before and after a break that {@code lang} keeps by default, or null when it has no patterns. */
    int[] minima(String lang) {
        if (!supports(lang)) {
            return null;
        }
        Language language = language(patternsOf.get(lang)).orElseThrow();
        return new int[] {language.leftMin(), language.rightMin()};
    }

    /** Languages that write compounds as one word, whose joints are the best places to break. */
    private static final java.util.Set<String> COMPOUNDING = java.util.Set.of("de", "nl", "sv", "da", "nb", "nn", "no",
            "is", "af", "lb");

    /** What a part of a compound may end with before the next part, in German and Dutch ("Straßen|bahn", "Arbeits|zeit"). */
    private static final String[] LINKS = {"s", "es", "n", "en", "er", "e"};

    /** The shortest part of a compound that counts as a word. */
    private static final int PART = 4;

    private volatile java.util.Set<String> vocabulary = java.util.Set.of();

    /**
     * The words of the book, lower case, that make a break in a compound a joint: a break
     * before a part that is a word of the book itself ("Straßenbahn-haltestellen" when
     * "haltestellen" or "straßenbahn" stands alone somewhere), so no dictionary is needed.
     * Set before any paragraph is set.
     */
    void knowWords(java.util.Set<String> words) {
        vocabulary = java.util.Set.copyOf(words);
    }

    java.util.Set<String> vocabulary() {
        return vocabulary;
    }

    /**
     * Of {@code points} (as {@link #points} gave them for {@code word}), those at a joint of
     * a compound, as bits (bit k for {@code points[k]}); 0 when the language does not write
     * compounds, when the word has no joint the book's words show, or when none is known.
     */
    long joints(String word, String lang, int[] points) {
        if (points.length < 2 || !compounds(lang) || vocabulary.isEmpty()) {
            return 0;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        long bits = 0;
        for (int k = 0; k < points.length && k < 64; k++) {
            int p = points[k];
            if (p >= PART && lower.length() - p >= PART
                    && (vocabulary.contains(lower.substring(p)) || isWord(lower.substring(0, p)))) {
                bits |= 1L << k;
            }
        }
        return bits;
    }

    /** Whether {@code lang} writes compounds as one word (German, Dutch, the Scandinavian languages…). */
    boolean compounds(String lang) {
        return lang != null && compounding.computeIfAbsent(lang,
                l -> COMPOUNDING.contains(l.strip().replace('_', '-').split("-")[0].toLowerCase(Locale.ROOT)));
    }

    private final ConcurrentHashMap<String, Boolean> compounding = new ConcurrentHashMap<>();

    private boolean isWord(String head) {
        if (vocabulary.contains(head)) {
            return true;
        }
        for (String link : LINKS) {
            if (head.endsWith(link) && head.length() - link.length() >= PART
                    && vocabulary.contains(head.substring(0, head.length() - link.length()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPolytonic(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= '\u1F00' && c <= '\u1FFF') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasHardHyphen(String word) {
        return word.indexOf('-') >= 0 || word.indexOf('\u2010') >= 0;
    }

    private int[] compute(String word, Language lang, int wordMin, int leftMin, int rightMin, boolean opensSentence) {
        int[] points = new int[word.length()];
        int count = 0;
        int start = 0;
        while (start < word.length()) {
            int end = start;
            while (end < word.length() && isWordLetter(word.charAt(end))) {
                end++;
            }
            if (end - start >= Math.max(wordMin, leftMin + rightMin)
                    && (lang.capitalNouns() || start == 0 && opensSentence
                    || !Character.isUpperCase(word.charAt(start)))) {
                for (int p : segmentPoints(lang, word.substring(start, end), leftMin, rightMin)) {
                    points[count++] = start + p;
                }
            }
            start = end + 1; // skip the apostrophe
        }
        return count == 0 ? NONE : Arrays.copyOf(points, count);
    }

    private static boolean isWordLetter(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static int[] segmentPoints(Language lang, String segment, int leftMin, int rightMin) {
        String lower = segment.toLowerCase(Locale.ROOT);
        int[] exception = lang.exceptions.get(lower);
        if (exception == null && lower.endsWith("s")) {
            int[] singular = lang.exceptions.get(lower.substring(0, lower.length() - 1));
            if (singular != null) {
                exception = singular;
            }
        }
        if (exception != null) {
            return within(exception, segment.length(), leftMin, rightMin);
        }
        Hyphenation hyphenation;
        // FOP's trees are not documented as safe for concurrent use
        synchronized (lang.tree) {
            hyphenation = lang.tree.hyphenate(lower, leftMin, rightMin);
        }
        if (hyphenation == null) {
            return NONE;
        }
        int[] points = hyphenation.getHyphenationPoints();
        int[] valid = new int[points.length];
        int n = 0;
        for (int p : points) {
            if (p >= leftMin && p <= segment.length() - rightMin) {
                valid[n++] = p;
            }
        }
        return Arrays.copyOf(valid, n);
    }

    private Optional<Language> language(String language) {
        Optional<Language> found = languages.get(language);
        return found != null ? found : languages.computeIfAbsent(language, Hyphenator::load);
    }

    /**
     * The pattern file for a BCP 47 tag: the most particular of language, script, region
     * and variant that fop-hyph has ({@code de-CH} → {@code de_CH}, {@code el-polyton} →
     * {@code el_Polyton}, {@code sr-Latn} → {@code sr_Latn}), else the language's; "" when none.
     */
    private String patterns(String lang) {
        String[] parts = lang.strip().replace('_', '-').split("-");
        String primary = parts[0].toLowerCase(Locale.ROOT);
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            String sub = p.length() == 2 ? p.toUpperCase(Locale.ROOT)
                    : p.substring(0, 1).toUpperCase(Locale.ROOT) + p.substring(1).toLowerCase(Locale.ROOT);
            if (language(primary + "_" + sub).isPresent()) {
                return primary + "_" + sub;
            }
        }
        return language(primary).isPresent() ? primary : "";
    }

    private static int[] within(int[] points, int length, int leftMin, int rightMin) {
        int[] out = new int[points.length];
        int n = 0;
        for (int p : points) {
            if (p >= leftMin && p <= length - rightMin) {
                out[n++] = p;
            }
        }
        return n == points.length ? points : Arrays.copyOf(out, n);
    }

    private static Optional<Language> load(String language) {
        HyphenationTree tree = readTree(language);
        if (tree == null) {
            return Optional.empty();
        }
        // TeX's defaults, \lefthyphenmin 2 and \righthyphenmin 3 (babel-french, plain English), unless the language has its own
        String primary = language.split("_")[0];
        int[] minima = MINIMA.getOrDefault(primary, new int[] {2, 3});
        return Optional.of(new Language(tree, readExceptions(primary), minima[0], minima[1], primary.equals("de")));
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
