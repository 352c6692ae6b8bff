package org.colophon.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.colophon.Colophon;
import org.colophon.error.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The events in words: what the command line prints and the Maven goal logs. */
class WatchLinesTest {

    @TempDir
    Path dir;

    private final List<String> info = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    private void write(BuildEvent event) {
        WatchLines.write(event, info::add, errors::add);
    }

    @Test
    void aBuildIsOneLineNamingWhatChangedFromTheManuscriptsFolder() throws Exception {
        Path manuscript = dir.resolve("book.xml");
        Path real = dir.toRealPath();
        Colophon.Result result = new Colophon.Result(List.of(), List.of(), List.of());
        write(new BuildEvent.Built(manuscript, List.of(), 2150, result));
        write(new BuildEvent.Built(manuscript, List.of(real.resolve("book.xml")), 690, result));
        write(new BuildEvent.Built(manuscript, List.of(real.resolve("a.xml"), real.resolve("chapters/b.xml"),
                real.resolve("c.png"), real.resolve("d.png"), real.resolve("e.png")), 701, result));
        write(new BuildEvent.Watching(List.of(real)));
        write(new BuildEvent.Watching(List.of(real, real.resolve("chapters"))));
        assertEquals(List.of("built " + manuscript + " in 2150 ms",
                "rebuilt " + manuscript + " in 690 ms (book.xml changed)",
                "rebuilt " + manuscript + " in 701 ms (a.xml, chapters/b.xml, c.png and 2 more changed)",
                "watching 1 folder for changes",
                "watching 2 folders for changes"), info);
        assertEquals(List.of(), errors);
    }

    @Test
    void aFailedBuildGivesItsFirstErrorThenHowManyMore() throws Exception {
        Path manuscript = dir.resolve("book.xml");
        Path changed = dir.toRealPath().resolve("book.xml");
        Diagnostic first = Diagnostic.error(manuscript.toString(), 10, 37, "not well-formed XML");
        Diagnostic second = Diagnostic.error(manuscript.toString(), 12, 5, "another");
        write(new BuildEvent.Failed(manuscript, List.of(changed), 25, List.of(first)));
        write(new BuildEvent.Failed(manuscript, List.of(changed), 26, List.of(first, second)));
        write(new BuildEvent.Failed(manuscript, List.of(changed), 27, List.of(first, second, second)));
        String then = " (book.xml changed); the books written before are left as they were, watching for the fix";
        assertEquals(List.of(manuscript + ":10:37: error: not well-formed XML",
                manuscript + " failed in 25 ms" + then,
                manuscript + ":10:37: error: not well-formed XML (and 1 more error)",
                manuscript + " failed in 26 ms" + then,
                manuscript + ":10:37: error: not well-formed XML (and 2 more errors)",
                manuscript + " failed in 27 ms" + then), errors);
        assertEquals(List.of(), info);
    }
}
