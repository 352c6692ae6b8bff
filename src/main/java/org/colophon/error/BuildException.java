package org.colophon.error;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The input (a manuscript or a style) is wrong. Carries every error found, not only
 * the first, so the user can fix them in one go. The command line exits with 1.
 */
public class BuildException extends Exception {

    private final transient List<Diagnostic> diagnostics;

    public BuildException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public BuildException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public BuildException(String file, int line, int column, String message) {
        this(Diagnostic.error(file, line, column, message));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
