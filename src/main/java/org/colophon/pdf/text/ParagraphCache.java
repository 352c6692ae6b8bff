package org.colophon.pdf.text;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The paragraphs a build set, kept for the next build of the same book: a paragraph of the
 * same items (text and styles, whose faces the builds share) set to the same spec is given
 * the lines it was given before, and what its setting noted (characters set in a fallback
 * face, characters no face has, words cut to fit) is noted again, so that the report and
 * the EPUB's fonts are those of a clean build.
 *
 * <p>The lines also depend on the fallback faces every style may use and on the book's
 * words, which show where its compounds join: when either differs from the last build's,
 * nothing kept is used. Only what the last build used is kept, so a long watch does not
 * grow. Thread-safe: paragraphs are set in parallel.
 */
public final class ParagraphCache {

    private record Key(List<ParagraphItem> items, ParagraphSpec spec, Tuning tuning) {}

    private record Entry(ParagraphSetter.SetParagraph set, List<TextResources.Note> notes) {}

    /** What the lines depend on besides a paragraph's own items and spec. */
    private record Context(List<FontFace> fallbacks, Set<String> words) {}

    private Context context;
    private Map<Key, Entry> earlier = Map.of();
    private ConcurrentHashMap<Key, Entry> used = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();

    /**
     * Begins a build whose paragraphs are set with {@code resources}, once it knows the
     * book's words: what the last build used is what this one may reuse.
     */
    public synchronized void startBuild(TextResources resources) {
        Context next = new Context(resources.fallbacks(), resources.knownWords());
        earlier = Objects.equals(next, context) ? used : Map.of();
        used = new ConcurrentHashMap<>();
        context = next;
        hits.set(0);
        misses.set(0);
    }

    /** The paragraph set as {@code setting} sets it, or as it was set before. */
    ParagraphSetter.SetParagraph set(List<ParagraphItem> items, ParagraphSpec spec, Tuning tuning,
                                     TextResources resources, Supplier<ParagraphSetter.SetParagraph> setting) {
        // the tuning is print.css's justification: a paragraph set with other word spaces is set anew
        Key key = new Key(items, spec, tuning);
        Entry entry = used.get(key);
        boolean hit = true;
        if (entry == null) {
            entry = earlier.get(key);
        }
        if (entry == null) {
            hit = false;
            TextResources.Recorded<ParagraphSetter.SetParagraph> recorded = resources.recorded(setting);
            entry = new Entry(recorded.value(), recorded.notes());
            // its notes were noted while it was set
        } else {
            resources.replay(entry.notes());
        }
        used.putIfAbsent(key, entry);
        (hit ? hits : misses).incrementAndGet();
        return fresh(entry.set());
    }

    /**
     * The lines anew, as setting them gives new lines each time: the typesetter knows a
     * line by its identity (where it came from, which page it is on), and two paragraphs
     * of the same words (a dialogue's "— Oui.", a running head on every page) are two sets
     * of lines. The runs, which nothing tells apart, are shared.
     */
    private static ParagraphSetter.SetParagraph fresh(ParagraphSetter.SetParagraph set) {
        return new ParagraphSetter.SetParagraph(fresh(set.lines()), fresh(set.tighter()), fresh(set.looser()));
    }

    private static List<SetLine> fresh(List<SetLine> lines) {
        if (lines == null) {
            return null;
        }
        List<SetLine> out = new java.util.ArrayList<>(lines.size());
        for (SetLine l : lines) {
            out.add(new SetLine(l.runs(), l.markers(), l.width(), l.ratio(), l.hyphenated(), l.breakHyphenGlyphs(),
                    l.ascent(), l.descent(), l.hangLeft(), l.hangRight()));
        }
        return out; // as the assembler gives them
    }

    /** Paragraphs of this build given the lines of an earlier setting, and paragraphs set anew. */
    public int[] counts() {
        return new int[] {hits.get(), misses.get()};
    }
}
