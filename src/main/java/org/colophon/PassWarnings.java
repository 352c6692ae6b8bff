package org.colophon;

import java.util.ArrayList;
import java.util.List;
import org.colophon.error.Diagnostic;
import org.colophon.error.Warnings;

/**
 * The warnings of a build that may typeset its book more than once (see
 * {@link org.colophon.layout.PageLabels}): each pass says the same things again, so they
 * are held back, those of an earlier pass dropped, and only the last pass's passed on; after
 * {@link #deliver()} every warning goes straight through.
 */
final class PassWarnings implements Warnings {

    private final Warnings out;
    private final List<Diagnostic> held = new ArrayList<>();
    private boolean delivered;

    PassWarnings(Warnings out) {
        this.out = out;
    }

    @Override
    public synchronized void warn(Diagnostic diagnostic) {
        if (delivered) {
            out.warn(diagnostic);
        } else {
            held.add(diagnostic);
        }
    }

    /** Forgets what the pass so far said: the book is laid out again. */
    synchronized void startOver() {
        held.clear();
    }

    /** Passes on what the last pass said, in the order it said it. */
    synchronized void deliver() {
        if (!delivered) {
            delivered = true;
            held.forEach(out::warn);
            held.clear();
        }
    }
}
