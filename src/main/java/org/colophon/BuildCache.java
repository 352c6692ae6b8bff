package org.colophon;

/**
 * What a host that builds the same book again and again (the watch mode, the Maven
 * plugin's {@code watch} goal) keeps between builds so that a rebuild redoes only what an
 * edit changed. Given to a build through {@link Colophon.Options.Builder#cache}; a build
 * with a cache writes the same bytes as a clean build of the same files, only sooner.
 *
 * <p>One cache serves one book: a host that watches several keeps one for each. It is not
 * for two builds at once; a build that fails leaves it as the last build that succeeded
 * left it.
 */
public final class BuildCache {

    /** An empty cache: the first build with it does everything and fills it. */
    public static BuildCache create() {
        return new BuildCache();
    }

    private BuildCache() {
    }
}
