package org.colophon.watch;

import java.time.Duration;

/**
 * Ends a watch when the JVM is asked to end (Ctrl-C, a kill), letting the build under way,
 * if any, write its books first for at most a grace period: for the command line and the
 * Maven goal, which watch until Ctrl-C. Closing it, once the watch has ended otherwise,
 * takes the JVM's hook away again.
 */
public final class StopOnShutdown implements AutoCloseable {

    /** How long Ctrl-C lets a build under way finish moving its books into place. */
    public static final Duration GRACE = Duration.ofSeconds(10);

    private final Thread hook;

    private StopOnShutdown(Thread hook) {
        this.hook = hook;
    }

    /** Stops {@code watcher} on shutdown, then waits for {@code watching}, the thread in its {@code run}. */
    public static StopOnShutdown install(BookWatcher watcher, Thread watching) {
        Thread hook = new Thread(() -> {
            watcher.stop();
            try {
                watching.join(GRACE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "colophon-watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        return new StopOnShutdown(hook);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: that is what ended the watch, and the hook is running
        }
    }
}
