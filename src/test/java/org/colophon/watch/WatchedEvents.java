package org.colophon.watch;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** A watcher's events as a test waits for them, each wait bounded by a timeout generous enough for a loaded machine. */
final class WatchedEvents implements Consumer<BuildEvent> {

    static final long TIMEOUT_SECONDS = 60;

    private final BlockingQueue<BuildEvent> events = new LinkedBlockingQueue<>();

    @Override
    public void accept(BuildEvent event) {
        events.add(event);
    }

    /** The next build's event (not a {@link BuildEvent.Watching}), of the kind expected. */
    <T extends BuildEvent> T nextBuild(Class<T> kind) throws InterruptedException {
        BuildEvent event = next(e -> !(e instanceof BuildEvent.Watching));
        return assertInstanceOf(kind, event, () -> "expected " + kind.getSimpleName() + ", got " + event);
    }

    /** The first event from now on that {@code wanted} accepts, skipping the others. */
    BuildEvent next(Predicate<BuildEvent> wanted) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (true) {
            long left = end - System.nanoTime();
            BuildEvent event = left > 0 ? events.poll(left, TimeUnit.NANOSECONDS) : null;
            assertNotNull(event, "no such event within " + TIMEOUT_SECONDS + " s");
            if (wanted.test(event)) {
                return event;
            }
        }
    }
}
