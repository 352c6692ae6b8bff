package org.colophon.cover;

/**
 * The typographic cover a build drew for the EPUB, kept for the next build of the same book
 * (the watch mode's): drawn again only when what it is drawn from changes
 * ({@link Covers#typographicCoverKey}), else the same bytes are taken. For one build at a time.
 */
public final class DrawnCovers {

    private String key;
    private byte[] jpeg;

    /** The cover drawn from {@code key}, or null when the last one was drawn from something else. */
    synchronized byte[] get(String key) {
        return key.equals(this.key) ? jpeg : null;
    }

    synchronized void keep(String key, byte[] jpeg) {
        this.key = key;
        this.jpeg = jpeg;
    }
}
