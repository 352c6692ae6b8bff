package org.colophon.watch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.colophon.error.Diagnostic;

/**
 * A {@link BuildEvent} in words, for a console or a build log: one line per build, and
 * before a failed build's line its first error as {@code file:line:col: error: …}, the form
 * editors link. Information goes to one consumer, errors to the other.
 */
public final class WatchLines {

    /** How many changed files a line names before it counts the rest. */
    private static final int NAMED = 3;

    private WatchLines() {
    }

    public static void write(BuildEvent event, Consumer<String> info, Consumer<String> error) {
        if (event instanceof BuildEvent.Built b) {
            info.accept(String.format(Locale.ROOT, "%s %s in %d ms%s", b.changed().isEmpty() ? "built" : "rebuilt",
                    b.manuscript(), b.millis(), changed(b.manuscript(), b.changed())));
        } else if (event instanceof BuildEvent.Failed f) {
            Diagnostic first = f.errors().get(0);
            int more = f.errors().size() - 1;
            error.accept(first + (more == 0 ? "" : more == 1 ? " (and 1 more error)" : " (and " + more + " more errors)"));
            error.accept(String.format(Locale.ROOT, "%s failed in %d ms%s; the books written before are left as"
                    + " they were, watching for the fix", f.manuscript(), f.millis(), changed(f.manuscript(), f.changed())));
        } else if (event instanceof BuildEvent.Crashed c) {
            error.accept(String.format(Locale.ROOT, "%s: internal error: %s (this is a bug in Colophon; please report"
                    + " it with the manuscript), watching on", c.manuscript(), c.error()));
        } else if (event instanceof BuildEvent.Watching w) {
            info.accept("watching " + w.folders().size() + (w.folders().size() == 1 ? " folder" : " folders")
                    + " for changes");
        }
    }

    /** {@code " (chapters/two.xml changed)"}, named from the manuscript's folder when inside it. */
    private static String changed(Path manuscript, List<Path> files) {
        if (files.isEmpty()) {
            return "";
        }
        Path folder = WatchedBook.real(manuscript).getParent();
        List<String> names = new ArrayList<>();
        for (Path file : files.subList(0, Math.min(NAMED, files.size()))) {
            names.add(folder != null && file.startsWith(folder) ? folder.relativize(file).toString() : file.toString());
        }
        String list = String.join(", ", names);
        if (files.size() > NAMED) {
            list += " and " + (files.size() - NAMED) + " more";
        }
        return " (" + list + " changed)";
    }
}
