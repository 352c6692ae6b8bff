package org.colophon.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.function.Consumer;
import org.colophon.Colophon;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;
import org.colophon.styles.Styles;
import org.colophon.watch.BookWatcher;
import org.colophon.watch.BuildEvent;
import org.colophon.watch.StopOnShutdown;
import org.colophon.watch.WatchLines;

/**
 * The command line: {@code colophon build MANUSCRIPT.xml [--out DIR] [--styles DIR] [--quiet] [--strict] [--print]},
 * and {@code colophon watch} with the same arguments, which builds, then rebuilds on every
 * change until Ctrl-C. Exit codes: 0 success, 1 the manuscript or a style is wrong, 2 usage
 * error, 3 an internal error.
 */
public final class Main {

    static final int OK = 0;
    static final int BAD_INPUT = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    private static final String USAGE_TEXT = """
            Usage: colophon build MANUSCRIPT [--out DIR] [--styles DIR] [--quiet] [--strict] [--print]
                   colophon build [OPTIONS] -- MANUSCRIPT
                   colophon watch MANUSCRIPT [--out DIR] [--styles DIR] [--quiet] [--strict] [--print]
                   colophon --help | --version

            Builds MANUSCRIPT (a Colophon manuscript, TEI P5 or DocBook 5 or 4 .xml or
            .dbk; a Markdown .md; or a book.yaml listing .md files) into DIR/<name>.pdf
            and DIR/<name>.epub from one typesetting run, with a typesetting report
            in DIR/<name>-report.html and DIR/<name>-report.json.

            watch builds, then builds again whenever the manuscript, a file it includes,
            an image or a file of the styles folder changes, printing one line per build
            (how long it took, what changed) and a failed build's first error; a failed
            build leaves the books as they were and the watch goes on. Ctrl-C ends it.

              --out DIR      where to write the outputs (default: target)
              --styles DIR   a styles folder (layouts/, epub.css, print.css, fonts/);
                             files it lacks come from the built-in styles
              --quiet        no progress lines, only warnings and errors (watch: no
                             line for a build that succeeds)
              --strict       fail (writing nothing) when the report finds overfull
                             lines, widows or orphans left, characters no font has,
                             or words cut to fit the measure
              --print        write the print set: DIR/<name>.pdf as PDF/X-4 (FOGRA39
                             CMYK output intent), and DIR/<name>-cover.pdf as the whole
                             cover (back, spine, front) with the spine as wide as the
                             page count on print.css's paper, the blurb and the ISBN's
                             barcode
              --help         this text
              --version      the version of Colophon
              --             ends the options: what follows is the manuscript,
                             even a name that starts with - (build -- -draft.xml)

            Exit status: 0 built, 1 the manuscript or a style is wrong, 2 usage error,
            3 an internal error of Colophon (please report it).
            """;

    private final PrintStream out;
    private final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        // a JVM that takes file names for ASCII (the C locale) hands the build to one that does not
        OptionalInt relaunched = Utf8Relaunch.runIfNeeded(args);
        if (relaunched.isPresent()) {
            if (relaunched.getAsInt() != OK) {
                System.exit(relaunched.getAsInt());
            }
            return;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int status = new Main(out, err).run(Utf8Relaunch.arguments(args));
        if (status != OK) {
            // Only exit explicitly on failure: under exec:java a System.exit(0) would end Maven itself.
            System.exit(status);
        }
    }

    int run(String[] args) {
        Arguments parsed;
        try {
            parsed = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("colophon: " + e.getMessage());
            err.println("Try 'colophon --help'.");
            return USAGE;
        }
        switch (parsed.command()) {
            case HELP:
                out.print(USAGE_TEXT);
                return OK;
            case VERSION:
                out.println("Colophon " + version());
                return OK;
            case WATCH:
                return watch(parsed);
            default:
                return build(parsed);
        }
    }

    /** The styles the arguments name, or null (said on stderr) when they name a folder that is not there. */
    private Styles styles(Arguments args) {
        if (args.styles() == null) {
            return Styles.bundled();
        }
        if (!Files.isDirectory(args.styles())) {
            err.println(args.styles() + ": error: no such styles folder");
            return null;
        }
        return Styles.fromDirectory(args.styles());
    }

    private boolean manuscriptIsThere(Arguments args) {
        if (!Files.isRegularFile(args.manuscript())) {
            err.println(args.manuscript() + ": error: no such manuscript file");
            return false;
        }
        return true;
    }

    private int build(Arguments args) {
        Path manuscript = args.manuscript();
        if (!manuscriptIsThere(args)) {
            return BAD_INPUT;
        }
        Styles styles = styles(args);
        if (styles == null) {
            return BAD_INPUT;
        }
        Colophon.Progress progress = args.quiet() ? Colophon.Progress.silent()
                : r -> out.printf(Locale.ROOT, "%-11s %-24s %6d ms%n", r.stage(), r.items(), r.millis());
        Colophon colophon = new Colophon(d -> err.println(d), progress);
        Colophon.Options options = Colophon.Options.builder(args.out())
                .styles(styles)
                .report(true)
                .strict(args.strict())
                .print(args.print())
                .returnMemory(true) // this JVM runs this one build and ends
                .build();
        long start = System.nanoTime();
        try {
            Colophon.Result result = colophon.build(manuscript, options);
            if (!args.quiet()) {
                for (Path p : result.outputs()) {
                    out.println("wrote " + p);
                }
                out.printf(Locale.ROOT, "done in %d ms%n", (System.nanoTime() - start) / 1_000_000);
            }
            return OK;
        } catch (BuildException e) {
            for (Diagnostic d : e.diagnostics()) {
                err.println(d);
            }
            return BAD_INPUT;
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // A bug of ours, not the user's: say so in one line instead of a stack trace. The
            // outputs were written aside and are not moved into place, so nothing is half-written.
            err.println(manuscript + ": internal error: " + e + " (this is a bug in Colophon " + version()
                    + "; please report it with the manuscript)");
            return INTERNAL;
        }
    }

    /**
     * Builds, then rebuilds after each change until Ctrl-C (or an interrupt of this thread);
     * a failed build, the first included, does not end it.
     */
    private int watch(Arguments args) {
        if (!manuscriptIsThere(args)) {
            return BAD_INPUT;
        }
        Styles styles = styles(args);
        if (styles == null) {
            return BAD_INPUT;
        }
        Colophon colophon = new Colophon(d -> err.println(d), Colophon.Progress.silent());
        Consumer<String> info = args.quiet() ? line -> { } : out::println;
        Consumer<BuildEvent> print = event -> WatchLines.write(event, event instanceof BuildEvent.Watching
                ? line -> info.accept(line + " (Ctrl-C to stop)") : info, err::println);
        try (BookWatcher watcher = new BookWatcher(colophon, List.of(args.manuscript()), cache -> Colophon.Options
                .builder(args.out()).styles(styles).report(true).strict(args.strict()).print(args.print()).cache(cache).build(), print)) {
            try (StopOnShutdown ctrlC = StopOnShutdown.install(watcher, Thread.currentThread())) {
                watcher.run(); // until Ctrl-C, or an interrupt of this thread (a test's)
            }
            return OK;
        } catch (IOException e) {
            err.println("colophon: cannot watch for changes: " + e.getMessage());
            return INTERNAL;
        }
    }

    static String version() {
        try (InputStream in = Main.class.getResourceAsStream("/colophon-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
