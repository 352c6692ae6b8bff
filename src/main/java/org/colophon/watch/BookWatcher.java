package org.colophon.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.colophon.BuildCache;
import org.colophon.Colophon;
import org.colophon.error.BuildException;

/**
 * Builds books, then rebuilds each one whenever a file it read changes, until stopped.
 *
 * <p>{@link #run} does it all on the calling thread and starts none of its own; it returns
 * when {@link #stop} is called (from any thread) or the thread is interrupted, once the
 * build under way, if any, has ended. Each book keeps one {@link BuildCache} for all its
 * builds. What happens is told to the listener as {@link BuildEvent}s, on the thread of
 * {@code run}: a build's event comes once the folders of its inputs are watched, followed
 * by a {@link BuildEvent.Watching} when those folders changed.
 *
 * <pre>{@code
 * try (BookWatcher watcher = new BookWatcher(colophon, List.of(Path.of("book.xml")),
 *         cache -> Colophon.Options.builder(Path.of("target")).cache(cache).build(), System.out::println)) {
 *     watcher.run(); // until another thread calls watcher.stop()
 * }
 * }</pre>
 */
public final class BookWatcher implements AutoCloseable {

    /** How long the folders must stay still before a rebuild: an editor's save is a burst of events. */
    static final Duration QUIET = Duration.ofMillis(150);

    /** The longest a burst may hold a rebuild back (a copy of many files, a checkout). */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(2);

    private final Colophon colophon;
    private final List<WatchedBook> books = new ArrayList<>();
    private final Consumer<BuildEvent> listener;
    private final WatchedFolders folders;
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile boolean stopped;

    /**
     * @param manuscripts the books to build and watch, built in this order
     * @param options     a book's options given its cache, which they must carry
     *                    ({@code Options.builder(out).cache(cache)…build()})
     * @param listener    told of every build and of the folders watched
     * @throws IOException when the system cannot watch files
     */
    public BookWatcher(Colophon colophon, List<Path> manuscripts, Function<BuildCache, Colophon.Options> options,
            Consumer<BuildEvent> listener) throws IOException {
        this.colophon = Objects.requireNonNull(colophon);
        this.listener = Objects.requireNonNull(listener);
        if (manuscripts.isEmpty()) {
            throw new IllegalArgumentException("no manuscript to watch");
        }
        for (Path manuscript : manuscripts) {
            BuildCache cache = BuildCache.create();
            books.add(WatchedBook.of(manuscript, cache, options.apply(cache)));
        }
        this.folders = new WatchedFolders();
    }

    /** Builds every book, then rebuilds on changes until {@link #stop} or an interrupt; once only. */
    public void run() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("a BookWatcher runs once");
        }
        try {
            for (WatchedBook book : books) {
                if (stopped) {
                    return;
                }
                build(book, List.of());
            }
            while (!stopped) {
                WatchedFolders.Changes changes = folders.next(QUIET, LONGEST_WAIT);
                for (WatchedBook book : books) {
                    if (stopped) {
                        return;
                    }
                    List<Path> changed = changesFor(book, changes);
                    if (!changed.isEmpty() || changes.lost()) {
                        build(book, changed);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // stop() closed the watch service under the waiting thread: done
        } finally {
            closeFolders();
        }
    }

    /** Makes {@link #run} return: at once when it waits for changes, after the build under way otherwise. */
    public void stop() {
        stopped = true;
        closeFolders();
    }

    /** The same as {@link #stop}. */
    @Override
    public void close() {
        stop();
    }

    /** The changes that concern {@code book}, sorted. */
    private static List<Path> changesFor(WatchedBook book, WatchedFolders.Changes changes) {
        List<Path> concerning = new ArrayList<>();
        for (Path file : changes.files()) {
            if (book.concerns(file, changes.created().contains(file))) {
                concerning.add(file);
            }
        }
        concerning.sort(null);
        return concerning;
    }

    private void build(WatchedBook book, List<Path> changed) {
        long start = System.nanoTime();
        BuildEvent event;
        try {
            Colophon.Result result = colophon.build(book.manuscript(), book.options());
            book.built(result);
            event = new BuildEvent.Built(book.manuscript(), changed, millisSince(start), result);
        } catch (BuildException e) {
            book.failed(e.diagnostics());
            event = new BuildEvent.Failed(book.manuscript(), changed, millisSince(start), e.diagnostics());
        } catch (RuntimeException | StackOverflowError e) {
            // a fault of Colophon's own: said, and the next edit gets its chance
            event = new BuildEvent.Crashed(book.manuscript(), changed, millisSince(start), e);
        }
        boolean moreFolders = watchFolders();
        listener.accept(event);
        if (moreFolders) {
            listener.accept(new BuildEvent.Watching(folders.watched()));
        }
    }

    /** Watches the folders the books' last builds read from; returns whether that changed them. */
    private boolean watchFolders() {
        Set<Path> wanted = new LinkedHashSet<>();
        for (WatchedBook book : books) {
            wanted.addAll(book.folders());
        }
        try {
            return folders.watchOnly(wanted);
        } catch (ClosedWatchServiceException e) {
            return false; // stopped during the build: run() ends at its next look
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private void closeFolders() {
        try {
            folders.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
