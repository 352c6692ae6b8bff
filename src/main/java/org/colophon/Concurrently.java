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
        Throwable[] secondFailure = new Throwable[1];
        Thread other = new Thread(() -> {
            try {
                second.run();
            } catch (Throwable t) { // handed to the calling thread, which rethrows it
                secondFailure[0] = t;
            }
        }, "colophon-" + secondName);
        other.setDaemon(true);
        other.start();
        boolean firstDone = false;
        try {
            first.run();
            firstDone = true;
        } finally {
            if (!firstDone) {
                other.interrupt(); // its work is thrown away: stop it early if it listens
            }
            joinUninterruptibly(other);
        }
        Throwable t = secondFailure[0]; // the join makes the other thread's write visible
        if (t instanceof BuildException b) {
            throw b;
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t); // a checked exception Work does not declare
        }
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
