package org.colophon.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Properties;
import org.colophon.Colophon;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;
import org.colophon.styles.Styles;

/**
 * The command line: {@code colophon build MANUSCRIPT.xml [--out DIR] [--styles DIR] [--quiet] [--strict] [--print]}.
 * Exit codes: 0 success, 1 the manuscript or a style is wrong, 2 usage error, 3 an internal error.
 */
public final class Main {

    static final int OK = 0;
    static final int BAD_INPUT = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    private static final String USAGE_TEXT = """
            Usage: colophon build MANUSCRIPT [--out DIR] [--styles DIR] [--quiet] [--strict] [--print]
                   colophon build [OPTIONS] -- MANUSCRIPT
                   colophon --help | --version

            Builds MANUSCRIPT (a Colophon manuscript, TEI P5 or DocBook 5 or 4 .xml or
            .dbk; a Markdown .md; or a book.yaml listing .md files) into DIR/<name>.pdf
            and DIR/<name>.epub from one typesetting run, with a typesetting report
            in DIR/<name>-report.html and DIR/<name>-report.json.

              --out DIR      where to write the outputs (default: target)
              --styles DIR   a styles folder (layouts/, epub.css, print.css, fonts/);
                             files it lacks come from the built-in styles
              --quiet        no progress lines, only warnings and errors
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
            default:
                return build(parsed);
        }
    }

    private int build(Arguments args) {
        Path manuscript = args.manuscript();
        if (!Files.isRegularFile(manuscript)) {
            err.println(manuscript + ": error: no such manuscript file");
            return BAD_INPUT;
        }
        Styles styles;
        if (args.styles() != null) {
            if (!Files.isDirectory(args.styles())) {
                err.println(args.styles() + ": error: no such styles folder");
                return BAD_INPUT;
            }
            styles = Styles.fromDirectory(args.styles());
        } else {
            styles = Styles.bundled();
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
