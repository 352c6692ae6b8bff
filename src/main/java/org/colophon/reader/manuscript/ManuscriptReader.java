package org.colophon.reader.manuscript;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;
import org.colophon.error.Warnings;
import org.colophon.model.Book;
import org.colophon.reader.Assets;
import org.colophon.reader.IdAllocator;
import org.colophon.reader.ManuscriptFolder;
import org.colophon.reader.ParagraphLengths;
import org.colophon.reader.ReadBook;
import org.colophon.reader.ReadBudget;
import org.w3c.dom.Document;

/**
 * Reads Colophon's own manuscript format (namespace {@link BookReader#MANUSCRIPT_NS}):
 * expands XIncludes inside the manuscript's folder, validates the whole against the
 * bundled XML Schema, runs the checks a schema cannot make, and only then maps it onto
 * the model. Every error is reported together: an included file that cannot be read is
 * left out and the rest is still validated (without complaints about its absence).
 */
public final class ManuscriptReader {

    private final Warnings warnings;

    public ManuscriptReader(Warnings warnings) {
        this.warnings = warnings;
    }

    /**
     * {@code document} was parsed by {@link XmlSource} from {@code file}, spending
     * {@code budget}, which the files it includes spend too; gives the book and the files read.
     */
    public ReadBook read(Document document, Path file, String shownAs, ReadBudget budget) throws BuildException {
        ManuscriptFolder folder = new ManuscriptFolder(file, shownAs);
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            throw new BuildException(shownAs, 0, 0, "cannot read the file: " + e.getMessage());
        }
        XIncludeExpander includes = new XIncludeExpander(folder, budget);
        List<Diagnostic> problems = new ArrayList<>(includes.expand(document, real));
        if (includes.tooDeep()) {
            throw new BuildException(inDocumentOrder(problems));
        }
        problems.addAll(ParagraphLengths.check(document.getDocumentElement(), Vocabulary::startsParagraph));
        problems.addAll(new ManuscriptSchema().validate(document.getDocumentElement()));
        Assets assets = new Assets(folder, warnings, budget);
        ManuscriptChecks checks = new ManuscriptChecks(assets, warnings, includes.complete());
        problems.addAll(checks.check(document.getDocumentElement()));
        if (!problems.isEmpty()) {
            throw new BuildException(inDocumentOrder(problems));
        }
        Book book = new ManuscriptBuilder(assets, new IdAllocator(checks.ids())).build(document.getDocumentElement());
        return new ReadBook(book, includes.files());
    }

    /** Sorted by file (in the order files first appear), then line and column; stable otherwise. */
    private static List<Diagnostic> inDocumentOrder(List<Diagnostic> diagnostics) {
        Map<String, Integer> fileOrder = new LinkedHashMap<>();
        for (Diagnostic d : diagnostics) {
            fileOrder.putIfAbsent(d.file(), fileOrder.size());
        }
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(Comparator.<Diagnostic>comparingInt(d -> fileOrder.get(d.file()))
                .thenComparingInt(Diagnostic::line)
                .thenComparingInt(Diagnostic::column));
        return sorted;
    }
}
