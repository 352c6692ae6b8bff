package org.colophon.typography;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.colophon.model.Division;

/**
 * The divisions one build's typography pass rewrote, kept for the next build of the same
 * book: a division equal, record for record, to one the last build read (a chapter an edit
 * did not touch), under the same language, is given the last build's rewriting of it. The
 * pass is a function of the division and the language in force alone (no state goes from
 * one division to another); the one thing it also gives, the
 * language tags it does not know (one warning each), is kept out of the cache by keeping
 * only builds that met none. Only what the last build used is kept. For one build at a
 * time (its divisions are rewritten in parallel).
 */
public final class TypesetDivisions {

    private record Key(Division read, String language) {}

    private Map<Key, Division> earlier = Map.of();
    private final Map<Key, Division> used = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger();

    /** Begins a build. */
    void start() {
        used.clear();
        hits.set(0);
    }

    /** The last build's rewriting of {@code read} under the language tagged {@code language}, or null. */
    Division get(Division read, String language) {
        Key key = new Key(read, language);
        Division d = earlier.get(key);
        if (d != null) {
            used.put(key, d);
            hits.incrementAndGet();
        }
        return d;
    }

    void put(Division read, String language, Division rewritten) {
        used.put(new Key(read, language), rewritten);
    }

    /** Keeps a subdivision of a division the last build's rewriting was given for, counted as given too. */
    void keep(Division read, String language, Division rewritten) {
        put(read, language, rewritten);
        hits.incrementAndGet();
    }

    /**
     * Ends a build: what it used is what the next may take, unless it met a language tag
     * Colophon does not know (whose warning a division given from here would not give).
     */
    void finish(boolean unknownLanguages) {
        earlier = unknownLanguages ? Map.of() : new HashMap<>(used);
        used.clear();
    }

    /** Divisions of the last build given the last build's rewriting, with their subdivisions. */
    public int reused() {
        return hits.get();
    }
}
