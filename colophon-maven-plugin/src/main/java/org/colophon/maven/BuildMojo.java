package org.colophon.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.colophon.Colophon;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;
import org.colophon.layout.BuildDate;
import org.colophon.styles.Styles;

/**
 * Builds every manuscript of a book project into its PDF and EPUB 3, then attaches both to
 * the project (types {@code pdf} and {@code epub}; classified by the manuscript's base name
 * when the project has several books), so that {@code mvn install} installs them.
 *
 * <p>Bad input fails the build with the manuscript's {@code file:line:col: error: …} lines
 * and no stack trace ({@link MojoFailureException}); anything else Colophon throws is a
 * {@link MojoExecutionException}, a fault of Colophon's, with its trace.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class BuildMojo extends AbstractMojo {

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
    @Parameter(property = "colophon.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Maven's reproducible-build timestamp: dates the books when {@code SOURCE_DATE_EPOCH} is
     * not set (ISO 8601, or seconds since 1970; a value of one character means none).
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    private String outputTimestamp;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Component
    private MavenProjectHelper projectHelper;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("Colophon: skipped");
            return;
        }
        List<Path> books = manuscriptsToBuild();
        if (books.isEmpty()) {
            log.warn("Colophon: no manuscript in " + bookDirectory + " (*.xml, *.md, book.yaml), and none configured");
            return;
        }
        Instant date = buildDate();
        Colophon.Options options = options(date);
        Colophon colophon = new Colophon(d -> log.warn(d.toString()),
                r -> log.info(String.format(Locale.ROOT, "%-11s %s (%d ms)", r.stage(), r.items(), r.millis())));
        for (Path book : books) {
            log.info("Colophon: building " + project.getBasedir().toPath().relativize(book.toAbsolutePath()));
            Colophon.Result result = build(colophon, book, options);
            for (Path written : result.outputs()) {
                log.info("Colophon: wrote " + written);
            }
            attach(book, books.size() > 1);
        }
    }

    private Colophon.Options options(Instant date) throws MojoFailureException {
        Colophon.Options.Builder options = Colophon.Options.builder(outputDirectory.toPath())
                .strict(strict)
                .report(report)
                .date(date);
        if (styles != null) {
            if (!styles.isDirectory()) {
                throw new MojoFailureException(styles + ": error: the styles parameter names no folder");
            }
            options.styles(Styles.fromDirectory(styles.toPath()));
        }
        return options.build();
    }

    static Colophon.Result build(Colophon colophon, Path book, Colophon.Options options)
            throws MojoFailureException, MojoExecutionException {
        try {
            return colophon.build(book, options);
        } catch (BuildException e) {
            throw failure(e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Colophon failed on " + book + " (a bug in Colophon: please report it"
                    + " with the manuscript): " + e, e);
        }
    }

    /** The manuscript's messages, one a line, as the command line prints them: no trace to read past. */
    private static MojoFailureException failure(BuildException e) {
        List<String> lines = new ArrayList<>();
        for (Diagnostic d : e.diagnostics()) {
            lines.add(d.toString());
        }
        return new MojoFailureException(String.join(System.lineSeparator(), lines));
    }

    /**
     * The PDF and the EPUB become the project's artifacts; with several books each is told
     * apart by its manuscript's name, with one it needs no classifier.
     */
    private void attach(Path book, boolean several) {
        String name = Colophon.bookName(book);
        String classifier = several ? name : null;
        for (String type : List.of("pdf", "epub")) {
            File file = new File(outputDirectory, name + "." + type);
            if (file.isFile()) {
                projectHelper.attachArtifact(project, type, classifier, file);
            }
        }
    }

    /** The configured manuscripts, or those of {@code src/book/}, sorted by name so the build order is fixed. */
    private List<Path> manuscriptsToBuild() throws MojoExecutionException {
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
    private Instant buildDate() throws MojoFailureException {
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
