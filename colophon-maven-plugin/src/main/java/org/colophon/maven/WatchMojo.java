package org.colophon.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.colophon.Colophon;
import org.colophon.styles.Styles;
import org.colophon.watch.BookWatcher;
import org.colophon.watch.BuildEvent;
import org.colophon.watch.StopOnShutdown;
import org.colophon.watch.WatchLines;

/**
 * Builds the books the {@code build} goal builds, with its parameters, then rebuilds a book
 * whenever its manuscript, a file it includes, an image or a styles file changes, until
 * Ctrl-C: {@code mvn colophon:watch}. Logs one line per build (how long it took, what
 * changed) and a failed build's first error as {@code file:line:col: error: …}; a failed
 * build, the first included, ends nothing. Attaches no artifact: the goal is for writing.
 */
@Mojo(name = "watch", threadSafe = true)
public final class WatchMojo extends BookMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        List<Path> books = booksOrNone();
        if (books.isEmpty()) {
            return;
        }
        Instant date = buildDate();
        Styles styles = styles();
        Colophon colophon = new Colophon(d -> log.warn(d.toString()), Colophon.Progress.silent());
        Consumer<BuildEvent> logged = event -> WatchLines.write(event, line -> log.info("Colophon: " + line
                + (event instanceof BuildEvent.Watching ? " (Ctrl-C to stop)" : "")), line -> log.error(line));
        try (BookWatcher watcher = new BookWatcher(colophon, books,
                cache -> options(date, styles).cache(cache).build(), logged)) {
            try (StopOnShutdown ctrlC = StopOnShutdown.install(watcher, Thread.currentThread())) {
                watcher.run(); // until Ctrl-C, or an interrupt of this thread
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Colophon: cannot watch for changes: " + e.getMessage(), e);
        }
    }
}
