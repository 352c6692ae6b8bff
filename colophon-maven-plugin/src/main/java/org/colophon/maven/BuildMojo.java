package org.colophon.maven;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
public final class BuildMojo extends BookMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Component
    private MavenProjectHelper projectHelper;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        List<Path> books = booksOrNone();
        if (books.isEmpty()) {
            return;
        }
        Instant date = buildDate();
        Colophon.Options options = options(date, styles()).build();
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

    /**
     * The PDF and the EPUB become the project's artifacts; with several books each is told
     * apart by its manuscript's name, with one it needs no classifier.
     */
    private void attach(Path book, boolean several) {
        String name = Colophon.bookName(book);
        String classifier = several ? name : null;
        for (String type : List.of("pdf", "epub")) {
            File file = new File(outputDirectory(), name + "." + type);
            if (file.isFile()) {
                projectHelper.attachArtifact(project, type, classifier, file);
            }
        }
        // the cover (the spread of the print set, or the front alone), a PDF of its own classifier
        File cover = new File(outputDirectory(), name + "-cover.pdf");
        if (cover.isFile()) {
            projectHelper.attachArtifact(project, "pdf", several ? name + "-cover" : "cover", cover);
        }
    }
}
