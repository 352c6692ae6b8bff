package org.colophon.pdf.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import org.colophon.error.SourcePlaces;
import org.colophon.error.Warnings;

/**
 * Shared, cached, thread-safe resources for setting text: fallback fonts, hyphenation
 * patterns per language, shaping caches. One per build; a build that follows another of
 * the same book may share the earlier one's shaping and hyphenation caches
 * ({@link #nextBuild}), which depend on nothing a build says.
 *
 * @param fallbacks faces tried in order for characters the run's face lacks
 * @param warnings  where to report characters no face has
 * @param places    where those characters (and words cut to fit) stand in the user's files
 */
public final class TextResources {

    private final List<FontFace> fallbacks;
    private final Warnings warnings;
    private final SourcePlaces places;
    private final Shaper shaper;
    private final Hyphenator hyphenator;
    private final Set<Integer> reportedMissing = ConcurrentHashMap.newKeySet();
    // for the typesetting report: what needed help, by code point (sorted: same report every run)
    private final Map<Integer, String> fallbackFaces = new ConcurrentSkipListMap<>();
    private final Map<Integer, String> missing = new ConcurrentSkipListMap<>();
    private final Set<String> cutWords = new ConcurrentSkipListSet<>();
    // what the EPUB embeds: every character set in a face other than its style's own, by face
    private final Map<FontFace, Set<Integer>> setInFallback = new ConcurrentHashMap<>();
    /**
     * ICU line iterators by language, one set per thread (an iterator is not thread-safe).
     * ICU's own cache holds one locale at a time, so a book mixing French and English
     * loaded the break rules again for nearly every paragraph.
     */
    private final ThreadLocal<Map<String, BreakIterator>> lineIterators;
    /**
     * Where the notes of the paragraph this thread is setting go as well, while a
     * {@link ParagraphCache} records them to replay when it hands the same lines out again.
     */
    private final ThreadLocal<List<Note>> recording = new ThreadLocal<>();

    /** What setting a paragraph tells the build besides its lines: what the report and the EPUB's fonts learn. */
    sealed interface Note {
        record Fallback(int codePoint, FontFace face) implements Note {}

        record Missing(int codePoint, String replacement, String context) implements Note {}

        record Overlong(String word) implements Note {}
    }

    public TextResources(List<FontFace> fallbacks, Warnings warnings) {
        this(fallbacks, warnings, SourcePlaces.in("publication"));
    }

    public TextResources(List<FontFace> fallbacks, Warnings warnings, SourcePlaces places) {
        this(fallbacks, warnings, places, new Shaper(), new Hyphenator(), ThreadLocal.withInitial(HashMap::new));
    }

    private TextResources(List<FontFace> fallbacks, Warnings warnings, SourcePlaces places, Shaper shaper,
                          Hyphenator hyphenator, ThreadLocal<Map<String, BreakIterator>> lineIterators) {
        this.fallbacks = List.copyOf(fallbacks);
        this.warnings = warnings == null ? Warnings.ignore() : warnings;
        this.places = places;
        this.shaper = shaper;
        this.hyphenator = hyphenator;
        this.lineIterators = lineIterators;
    }

    /**
     * The resources of the next build of the book: this one's shaping, hyphenation and
     * line-iterator caches (their results depend only on the faces, which a caller that
     * shares them must share too), with nothing yet noted and the next build's warnings.
     */
    public TextResources nextBuild(List<FontFace> nextFallbacks, Warnings nextWarnings, SourcePlaces nextPlaces) {
        return new TextResources(nextFallbacks, nextWarnings, nextPlaces, shaper, hyphenator, lineIterators);
    }

    /** {@code work}'s result, and what it noted on this thread while it ran. */
    <T> Recorded<T> recorded(java.util.function.Supplier<T> work) {
        List<Note> notes = new java.util.ArrayList<>();
        List<Note> outer = recording.get();
        recording.set(notes);
        try {
            return new Recorded<>(work.get(), List.copyOf(notes));
        } finally {
            recording.set(outer);
        }
    }

    record Recorded<T>(T value, List<Note> notes) {}

    /** Notes again, for this build, what an earlier setting of the same paragraph noted. */
    void replay(List<Note> notes) {
        for (Note note : notes) {
            if (note instanceof Note.Fallback f) {
                noteFallback(f.codePoint(), f.face());
            } else if (note instanceof Note.Missing m) {
                reportMissing(m.codePoint(), m.replacement(), m.context());
            } else if (note instanceof Note.Overlong o) {
                reportOverlong(o.word());
            }
        }
    }

    private void note(Note note) {
        List<Note> notes = recording.get();
        if (notes != null) {
            notes.add(note);
        }
    }

    List<FontFace> fallbacks() {
        return fallbacks;
    }

    Shaper shaper() {
        return shaper;
    }

    /**
     * Tells the hyphenator the words of the book (its pages' texts), whose parts show where
     * its compounds join; before any paragraph is set. Only a book in a language that
     * writes compounds as one word needs them: any other is not read.
     */
    public void knowWords(String bookLanguage, java.util.stream.Stream<String> texts) {
        if (!hyphenator.compounds(bookLanguage)) {
            hyphenator.knowWords(Set.of()); // the texts are never made; an earlier build's words go
            return;
        }
        java.util.Set<String> words = new java.util.HashSet<>();
        texts.forEach(text -> addWords(text, words));
        hyphenator.knowWords(words);
    }

    /** The words {@link #knowWords} last gave, on which the hyphenation of compounds depends. */
    public Set<String> knownWords() {
        return hyphenator.vocabulary();
    }

    private static void addWords(String text, java.util.Set<String> words) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i - start >= 4) {
                words.add(text.substring(start, i).toLowerCase(java.util.Locale.ROOT));
            }
        }
    }

    /** Whether the patterns of {@code lang} give {@code word} a place to break (false for a language without any). */
    public boolean mayHyphenate(String word, String lang) {
        return hyphenator.points(word, lang).length > 0;
    }

    Hyphenator hyphenator() {
        return hyphenator;
    }

    /**
     * A UAX #14 line iterator for {@code lang} (null: the root locale), for this thread
     * only; {@code setText} makes it start afresh.
     */
    BreakIterator lineIterator(String lang) {
        return lineIterators.get().computeIfAbsent(lang == null ? ROOT : lang,
                l -> BreakIterator.getLineInstance(lang == null ? ULocale.ROOT : ULocale.forLanguageTag(l)));
    }

    private static final String ROOT = "\u0000root"; // not a language tag

    /**
     * The face that shows {@code codePoint}: the run's own, else the first of its
     * font-family's fallbacks, else of every family's regular face, that has it; else null.
     */
    FontFace faceFor(TextStyle style, int codePoint) {
        if (style.font().hasGlyph(codePoint)) {
            return style.font();
        }
        for (FontFace fallback : style.fallbacks()) {
            if (fallback.hasGlyph(codePoint)) {
                return fallback;
            }
        }
        for (FontFace fallback : fallbacks) {
            if (fallback.hasGlyph(codePoint)) {
                return fallback;
            }
        }
        return null;
    }

    /** Remembers, for the report, that a character was set in a fallback face. */
    void noteFallback(int codePoint, FontFace face) {
        note(new Note.Fallback(codePoint, face));
        fallbackFaces.putIfAbsent(codePoint, face.name());
        setInFallback.computeIfAbsent(face, f -> new ConcurrentSkipListSet<>()).add(codePoint);
    }

    /** The characters set in {@code face} instead of their style's own face, in order (none: empty). */
    public Set<Integer> setInFallback(FontFace face) {
        Set<Integer> cps = setInFallback.get(face);
        return cps == null ? Set.of() : java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(cps));
    }

    /** Warns once per build about a character no face has. */
    void reportMissing(int codePoint, String replacement, String context) {
        note(new Note.Missing(codePoint, replacement, context));
        missing.putIfAbsent(codePoint, context);
        if (reportedMissing.add(codePoint)) {
            String name = Character.getName(codePoint);
            warnings.warn(places.warningAt(new String(Character.toChars(codePoint)), String.format(
                    "no font has the character U+%04X %s (in \u201c%s\u201d); it is printed as %s. To print it,"
                            + " declare in print.css an @font-face whose font has it (every family there is tried in turn)",
                    codePoint, name == null ? "(unnamed)" : name, context, replacement)));
        }
    }

    /** Characters the run's face lacked and a fallback face showed: code point → that face's name. */
    public Map<Integer, String> fallbackFaces() {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(fallbackFaces));
    }

    /** Characters no face has: code point → the text they were met in. */
    public Map<Integer, String> missingCharacters() {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(missing));
    }

    /** Words wider than the line, cut to fit, in alphabetical order. */
    public List<String> cutWords() {
        return List.copyOf(cutWords);
    }

    /** Warns that a word wider than the line had to be cut (it could not fit otherwise). */
    void reportOverlong(String word) {
        note(new Note.Overlong(word));
        String shown = ParagraphText.excerpt(word);
        cutWords.add(shown);
        warnings.warn(places.warningAt(word.strip(), "\u201c" + shown + "\u201d is wider than the line and was cut to fit"
                + " the measure; give it a place to break (a soft hyphen &#173; or a zero-width space &#8203;)"));
    }
}
