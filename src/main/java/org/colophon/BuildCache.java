package org.colophon;

import org.colophon.cover.DrawnCovers;
import org.colophon.pdf.TypesetterCache;
import org.colophon.typography.TypesetDivisions;

/**
 * What a host that builds the same book again and again (the watch mode, the Maven
 * plugin's {@code watch} goal) keeps between builds so that a rebuild redoes only what an
 * edit changed. Given to a build through {@link Colophon.Options.Builder#cache}; a build
 * with a cache writes the same bytes as a clean build of the same files, only sooner.
 *
 * <p>One cache serves one book: a host that watches several keeps one for each. It is not
 * for two builds at once; a build that fails leaves it as the last build that succeeded
 * left it, or with entries that are as right for the next build (each depends only on
 * what it is keyed by).
 */
public final class BuildCache {

    private final TypesetterCache typesetter = new TypesetterCache();
    private final DrawnCovers covers = new DrawnCovers();
    private final TypesetDivisions typography = new TypesetDivisions();

    /** An empty cache: the first build with it does everything and fills it. */
    public static BuildCache create() {
        return new BuildCache();
    }

    private BuildCache() {
    }

    /** The typesetter's part: faces, shaping and the paragraphs set into lines. */
    TypesetterCache typesetter() {
        return typesetter;
    }

    /** The divisions the typography pass rewrote. */
    TypesetDivisions typography() {
        return typography;
    }

    /** How many divisions (parts, chapters, sections) the last build's typography pass took from the cache. */
    public int divisionsReused() {
        return typography.reused();
    }

    /** The typographic cover drawn for the EPUB. */
    DrawnCovers covers() {
        return covers;
    }

    /** How many pages of the last PDF were given the content stream an earlier one drew, and how many were drawn. */
    public int[] pageCounts() {
        return typesetter.pageCounts();
    }

    /**
     * The item of the book's vertical list from which the last build broke pages (the
     * opening of the first chapter that changed), 0 when it broke them all.
     */
    public int pageBreakingStart() {
        return typesetter.pageBreakingStart();
    }

    /** How many paragraphs the last build took from the cache, and how many it set anew. */
    public int[] paragraphCounts() {
        return typesetter.paragraphCounts();
    }
}
