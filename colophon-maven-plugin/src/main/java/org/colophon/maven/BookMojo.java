package org.colophon.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.colophon.Colophon;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;
import org.colophon.layout.BuildDate;
import org.colophon.styles.Styles;

/**
 * What the {@code build} and {@code watch} goals share: the parameters that say which
 * books to build and how, and what they make of them (the manuscripts, the styles, the date).
 */
abstract class BookMojo extends AbstractMojo {

    /**
     * The manuscripts to build. When not given, every {@code *.xml} and {@code *.md} file of
     * {@code src/book/}, and {@code src/book/book.yaml} (a Markdown book of several files).
     */
    @Parameter(property = "colophon.manuscripts")
    private List<File> manuscripts;

    /** The folder the default manuscripts are looked for in. */
    @Parameter(defaultValue = "${project.basedir}/src/book", readonly = true, required = true)
    private File bookDirectory;

    /** Where the books are written. */
    @Parameter(property = "colophon.outputDirectory", defaultValue = "${project.build.directory}/book", required = true)
    private File outputDirectory;

    /** A styles folder (layouts, CSS, fonts) to use instead of Colophon's built-in styles. */
    @Parameter(property = "colophon.styles")
    private File styles;

    /** Fail when the typesetting report finds overfull lines, widows or orphans, or characters no font has. */
    @Parameter(property = "colophon.strict", defaultValue = "false")
    private boolean strict;

    /** Write the typesetting report ({@code <name>-report.json} and {@code .html}) beside the PDF. */
    @Parameter(property = "colophon.report", defaultValue = "true")
    private boolean report;

    /** Build nothing. */
    /**
     * Write the print set, as {@code build --print} does: the interior as PDF/X-4 on the
     * FOGRA39 intent, and the cover as a spread (back, spine, front) with the ISBN's barcode.
     */
    @Parameter(property = "colophon.print", defaultValue = "false")
    private boolean print;

    @Parameter(property = "colophon.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Maven's reproducible-build timestamp: dates the books when {@code SOURCE_DATE_EPOCH} is
     * not set (ISO 8601, or seconds since 1970; a value of one character means none).
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    private String outputTimestamp;

    final boolean skip() {
        return skip;
    }

    final File outputDirectory() {
        return outputDirectory;
    }

    final File bookDirectory() {
        return bookDirectory;
    }

    /** The options every book is built with, bar a cache: fresh each time, for the caller to complete. */
    final Colophon.Options.Builder options(Instant date, Styles styles) {
        return Colophon.Options.builder(outputDirectory.toPath())
                .styles(styles)
                .strict(strict)
                .report(report)
                .print(print)
                .date(date);
    }

    /** The styles parameter's folder, or the built-in styles. */
    final Styles styles() throws MojoFailureException {
        if (styles == null) {
            return Styles.bundled();
        }
        if (!styles.isDirectory()) {
            throw new MojoFailureException(styles + ": error: the styles parameter names no folder");
        }
        return Styles.fromDirectory(styles.toPath());
    }

    /** The manuscript's messages, one a line, as the command line prints them: no trace to read past. */
    static MojoFailureException failure(BuildException e) {
        List<String> lines = new ArrayList<>();
        for (Diagnostic d : e.diagnostics()) {
            lines.add(d.toString());
        }
        return new MojoFailureException(String.join(System.lineSeparator(), lines));
    }

    /**
     * The manuscripts a goal works on, none when it is skipped or finds none (each logged as
     * both goals log it).
     */
    final List<Path> booksOrNone() throws MojoExecutionException {
        if (skip()) {
            getLog().info("Colophon: skipped");
            return List.of();
        }
        List<Path> books = manuscriptsToBuild();
        if (books.isEmpty()) {
            getLog().warn("Colophon: no manuscript in " + bookDirectory()
                    + " (*.xml, *.md, book.yaml), and none configured");
        }
        return books;
    }

    /** The configured manuscripts, or those of {@code src/book/}, sorted by name so the build order is fixed. */
    final List<Path> manuscriptsToBuild() throws MojoExecutionException {
        if (manuscripts != null && !manuscripts.isEmpty()) {
            List<Path> given = new ArrayList<>();
            for (File f : manuscripts) {
                given.add(f.toPath());
            }
            return given;
        }
        Path folder = bookDirectory.toPath();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> isManuscriptName(p.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    private static boolean isManuscriptName(String name) {
        return name.endsWith(".xml") || name.endsWith(".md") || name.equals("book.yaml");
    }

    /**
     * {@code SOURCE_DATE_EPOCH}, else {@code project.build.outputTimestamp}, else null (the
     * manuscript's own date): passed to Colophon as an option, not through the environment.
     */
    final Instant buildDate() throws MojoFailureException {
        try {
            Instant fromEnvironment = BuildDate.sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH"));
            if (fromEnvironment != null) {
                return fromEnvironment;
            }
        } catch (BuildException e) {
            throw failure(e);
        }
        return OutputTimestamp.parse(outputTimestamp);
    }
}
