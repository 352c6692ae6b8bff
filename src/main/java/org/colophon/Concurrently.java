package org.colophon;

import org.colophon.error.BuildException;

/**
 * Runs two pieces of work at once, the first on the calling thread and the second on a
 * thread of its own, and fails as running them one after the other would: with the
 * first's failure if it failed (the second is then interrupted, its outcome ignored),
 * else with the second's. Returns or throws only once both have ended, so neither is
 * still writing when the caller cleans up.
 */
final class Concurrently {

    @FunctionalInterface
    interface Work {
        void run() throws BuildException;
    }

    private Concurrently() {
    }

    static void run(Work first, Work second, String secondName) throws BuildException {
        InBackground<Void> other = InBackground.start(() -> {
            second.run();
            return null;
        }, secondName);
        boolean firstDone = false;
        try {
            first.run();
            firstDone = true;
        } finally {
            if (!firstDone) {
                other.interrupt(); // its work is thrown away: stop it early if it listens
                other.await();
            }
        }
        other.get();
    }
}
