package org.colophon.reader.markdown;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.colophon.error.BuildException;
import org.colophon.reader.ReadLimits;
import org.colophon.reader.XmlSource;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * One parsed Markdown file, as the converters see it: its name for messages, its folder
 * (which its image paths are relative to) and its footnote definitions by label.
 */
final class SourceText {

    private final String shownAs;
    private final Path base;
    private final Node document;
    private final Map<String, FootnoteDefinition> footnotes = new LinkedHashMap<>();

    SourceText(String shownAs, Path base, Node document) {
        this.shownAs = shownAs;
        this.base = base;
        this.document = document;
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof FootnoteDefinition d) {
                footnotes.putIfAbsent(label(d.getLabel()), d);
            }
        }
    }

    String shownAs() {
        return shownAs;
    }

    Path base() {
        return base;
    }

    Node document() {
        return document;
    }

    FootnoteDefinition footnote(String label) {
        return footnotes.get(label(label));
    }

    List<FootnoteDefinition> footnotes() {
        return List.copyOf(footnotes.values());
    }

    /** Labels match as CommonMark's link labels do: case and runs of white space aside. */
    private static String label(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Where {@code node} begins (the nearest enclosing node's start when it has no span of its own). */
    XmlSource.Location at(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                return new XmlSource.Location(shownAs, spans.get(0).getLineIndex() + 1, spans.get(0).getColumnIndex() + 1);
            }
        }
        return new XmlSource.Location(shownAs, 1, 1);
    }

    BuildException error(Node node, String message) {
        XmlSource.Location at = at(node);
        return new BuildException(at.file(), at.line(), at.column(), message);
    }

    /** Refuses to go deeper than the book may nest, before a walk of the tree could overflow the stack. */
    void checkDepth(Node node, int depth) throws BuildException {
        if (depth > ReadLimits.MAX_DEPTH) {
            throw error(node, "quotations, lists and emphasis nest " + depth + " levels deep here; Colophon reads at most "
                    + ReadLimits.MAX_DEPTH + " levels");
        }
    }
}
