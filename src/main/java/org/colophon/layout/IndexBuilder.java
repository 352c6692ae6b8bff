package org.colophon.layout;

import com.ibm.icu.text.AlphabeticIndex;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.colophon.model.Inline;

/**
 * The back-of-book index, made from the book's {@code <ix>} terms: entries sorted by the
 * collation of the book's language (ICU: é files with e, œ as oe, ß as ss, case only
 * breaks ties), grouped under the letters ICU's alphabetic index gives that language, sub-
 * and sub-sub-entries nested, each with the printed pages its places fell on, consecutive
 * pages merged into ranges ("47–49"). Every locator links to the place itself, so the EPUB
 * reader lands where the print reader looks.
 */
final class IndexBuilder {

    /** Between the first and last page of a range. */
    private static final String EN_DASH = "\u2013";

    private final Collator collator;
    private final AlphabeticIndex.ImmutableIndex<String> letters;
    private final References refs;
    private final IdLocator locator;

    IndexBuilder(String language, References refs, IdLocator locator) {
        ULocale locale = ULocale.forLanguageTag(language == null ? "en" : language);
        this.collator = Collator.getInstance(locale);
        this.collator.setStrength(Collator.TERTIARY);
        this.letters = new AlphabeticIndex<String>(locale).buildImmutableIndex();
        this.refs = refs;
        this.locator = locator;
    }

    /** A stretch of text (a single place is one whose start and end are the same id). */
    private record Place(String startId, String endId) {}

    /** One entry while it is collected: its places, its cross-references and its sub-entries. */
    private static final class Entry {
        final String term;
        final List<Place> places = new ArrayList<>();
        String see;
        String seeAlso;
        final Map<String, Entry> children = new LinkedHashMap<>();

        Entry(String term) {
            this.term = term;
        }
    }

    /** The letter groups of the index, for {@code index.vm}; empty when the book marks no term. */
    List<Map<String, Object>> groups(List<Inline.IndexTerm> terms) {
        Map<String, Entry> top = new LinkedHashMap<>();
        Map<String, Inline.IndexTerm> openRanges = new TreeMap<>();
        for (Inline.IndexTerm t : terms) {
            switch (t.mark()) {
                case RANGE_START -> openRanges.put(t.range(), t);
                case RANGE_END -> {
                    Inline.IndexTerm start = openRanges.remove(t.range());
                    if (start != null) { // the reader refused an end without its start
                        entry(top, start).places.add(new Place(start.id(), t.id()));
                    }
                }
                case POINT -> {
                    Entry e = entry(top, t);
                    if (t.see() != null) {
                        e.see = t.see();
                    } else {
                        e.places.add(new Place(t.id(), t.id()));
                    }
                    if (t.seeAlso() != null) {
                        e.seeAlso = t.seeAlso();
                    }
                }
            }
            if (t.mark() == Inline.IndexMark.RANGE_START && t.seeAlso() != null) {
                entry(top, t).seeAlso = t.seeAlso();
            }
        }
        Map<String, String> entryIds = new TreeMap<>(collator);
        List<Entry> sorted = sorted(top);
        for (int i = 0; i < sorted.size(); i++) {
            entryIds.putIfAbsent(sorted.get(i).term, "index-entry-" + (i + 1));
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        String letter = null;
        List<Map<String, Object>> entries = null;
        for (Entry e : sorted) {
            String label = letters.getBucket(letters.getBucketIndex(e.term)).getLabel();
            if (!label.equals(letter)) {
                letter = label;
                entries = new ArrayList<>();
                groups.add(View.of("letter", label, "id", "index-group-" + (groups.size() + 1), "entries", entries));
            }
            entries.add(view(e, entryIds.get(e.term), entryIds));
        }
        List<Map<String, Object>> out = new ArrayList<>(groups.size());
        for (Map<String, Object> g : groups) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> list = (List<Map<String, Object>>) g.get("entries");
            out.add(View.of("letter", g.get("letter"), "id", g.get("id"), "entries", List.copyOf(list)));
        }
        return List.copyOf(out);
    }

    private static Entry entry(Map<String, Entry> top, Inline.IndexTerm t) {
        Map<String, Entry> level = top;
        Entry e = null;
        for (String heading : t.path()) {
            e = level.computeIfAbsent(heading, Entry::new);
            level = e.children;
        }
        return e;
    }

    private List<Entry> sorted(Map<String, Entry> level) {
        List<Entry> list = new ArrayList<>(level.values());
        // the collation decides; code points break its ties so that the order never depends on input order
        list.sort(Comparator.comparing((Entry e) -> e.term, collator).thenComparing(e -> e.term));
        return list;
    }

    private Map<String, Object> view(Entry e, String id, Map<String, String> entryIds) {
        List<Map<String, Object>> subs = new ArrayList<>();
        for (Entry child : sorted(e.children)) {
            subs.add(view(child, null, entryIds));
        }
        return View.of(
                "id", id,
                "term", e.term,
                "locators", locators(e.places),
                "see", e.see == null ? null : View.of("term", e.see, "href", "#" + entryIds.get(e.see)),
                "seeAlso", e.seeAlso == null ? null : View.of("term", e.seeAlso, "href", "#" + entryIds.get(e.seeAlso)),
                "entries", subs.isEmpty() ? null : List.copyOf(subs));
    }

    /** A page or a run of pages, with the place each end links to. */
    private record Span(String first, String last, Integer from, Integer to, String firstId, String lastId) {}

    private List<Map<String, Object>> locators(List<Place> places) {
        List<Span> spans = new ArrayList<>();
        int n = 0;
        for (Place p : places) {
            n++;
            Optional<String> first = refs.pages().of(p.startId());
            Optional<String> last = refs.pages().of(p.endId());
            // a book that is not typeset has no pages: its places are numbered instead
            String a = first.orElse(Integer.toString(n));
            String b = last.orElse(a);
            Span s = new Span(a, b, arabic(a), arabic(b), p.startId(), p.endId());
            Span prev = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (prev != null && first.isPresent() && joins(prev, s)) {
                boolean longer = s.to() != null && prev.to() != null && s.to() > prev.to();
                spans.set(spans.size() - 1, longer
                        ? new Span(prev.first(), s.last(), prev.from(), s.to(), prev.firstId(), s.lastId())
                        : prev);
            } else {
                spans.add(s);
            }
        }
        List<Map<String, Object>> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            boolean range = !s.first().equals(s.last());
            out.add(View.of("text", s.first(), "href", hrefOf(s.firstId()),
                    "range", range,
                    "endText", range ? s.last() : null,
                    "endHref", range ? hrefOf(s.lastId()) : null,
                    "dash", EN_DASH));
        }
        return List.copyOf(out);
    }

    /** Whether a span continues the one before it: the same page, or the page after its last. */
    private static boolean joins(Span prev, Span next) {
        if (prev.last().equals(next.first())) {
            return true;
        }
        return prev.to() != null && next.from() != null && next.from() <= prev.to() + 1;
    }

    private String hrefOf(String id) {
        String file = locator.fileOf(id);
        return (file == null ? "" : file) + "#" + id;
    }

    private static Integer arabic(String label) {
        if (label.isEmpty() || label.length() > 9) {
            return null;
        }
        for (int i = 0; i < label.length(); i++) {
            if (label.charAt(i) < '0' || label.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.valueOf(label);
    }
}
