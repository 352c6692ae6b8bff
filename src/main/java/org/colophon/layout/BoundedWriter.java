package org.colophon.layout;

import java.io.Writer;
import java.util.Locale;

/**
 * Collects what a rendering writes, and stops it once it has written more than a page may
 * hold ({@link LayoutLimits#MAX_CHARACTERS}), before a loop printing without end fills the
 * memory.
 */
final class BoundedWriter extends Writer {

    private final StringBuilder out = new StringBuilder(8192);
    private final String templateName;

    BoundedWriter(String templateName) {
        this.templateName = templateName;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        room(length);
        out.append(chars, offset, length);
    }

    @Override
    public void write(String s, int offset, int length) {
        room(length);
        out.append(s, offset, offset + length);
    }

    @Override
    public void write(int c) {
        room(1);
        out.append((char) c);
    }

    private void room(int length) {
        if (length > LayoutLimits.MAX_CHARACTERS - out.length()) {
            throw new LayoutLimitExceeded(String.format(Locale.ROOT, "this layout writes more than %,d characters"
                    + " for one page; a page may hold at most that many", LayoutLimits.MAX_CHARACTERS), templateName, 0, 0);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
