package org.colophon.watch;

import java.nio.file.Path;
import java.util.List;
import org.colophon.Colophon;
import org.colophon.error.Diagnostic;

/**
 * What a {@link BookWatcher} reports. A build's event comes once the watcher watches the
 * folders that build's inputs live in, so an edit made after it is never missed.
 */
public sealed interface BuildEvent {

    /**
     * A build that wrote its books.
     *
     * @param manuscript the manuscript as the watcher was given it
     * @param changed    the files whose change caused the build (real paths); empty for the first build
     * @param millis     how long the build took
     */
    record Built(Path manuscript, List<Path> changed, long millis, Colophon.Result result) implements BuildEvent {
        public Built {
            changed = List.copyOf(changed);
        }
    }

    /**
     * A build the manuscript or a style made fail: nothing was written, the previous books
     * are as they were, and the watcher carries on.
     *
     * @param errors every error found, never empty
     */
    record Failed(Path manuscript, List<Path> changed, long millis, List<Diagnostic> errors) implements BuildEvent {
        public Failed {
            changed = List.copyOf(changed);
            errors = List.copyOf(errors);
        }
    }

    /** A build that failed on a fault of Colophon's own, not of the input; the watcher carries on. */
    record Crashed(Path manuscript, List<Path> changed, long millis, Throwable error) implements BuildEvent {
        public Crashed {
            changed = List.copyOf(changed);
        }
    }

    /**
     * The folders now watched, said after the build that changed them (the first build, one
     * that read a file from a new folder).
     */
    record Watching(List<Path> folders) implements BuildEvent {
        public Watching {
            folders = List.copyOf(folders);
        }
    }
}
