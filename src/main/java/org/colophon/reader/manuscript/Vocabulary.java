package org.colophon.reader.manuscript;

import java.util.Map;
import java.util.Set;
import org.colophon.model.Division;
import org.colophon.reader.BookReader;
import org.w3c.dom.Element;

/** The element names of the manuscript format, grouped the way the reader needs them. */
final class Vocabulary {

    static final String XINCLUDE_NS = "http://www.w3.org/2001/XInclude";

    /** Division elements and the model kind each maps to. */
    static final Map<String, Division.Kind> DIVISIONS = Map.ofEntries(
            Map.entry("dedication", Division.Kind.DEDICATION),
            Map.entry("epigraph", Division.Kind.EPIGRAPH),
            Map.entry("foreword", Division.Kind.FOREWORD),
            Map.entry("preface", Division.Kind.PREFACE),
            Map.entry("introduction", Division.Kind.INTRODUCTION),
            Map.entry("prologue", Division.Kind.PROLOGUE),
            Map.entry("part", Division.Kind.PART),
            Map.entry("chapter", Division.Kind.CHAPTER),
            Map.entry("epilogue", Division.Kind.EPILOGUE),
            Map.entry("afterword", Division.Kind.AFTERWORD),
            Map.entry("acknowledgements", Division.Kind.ACKNOWLEDGEMENTS),
            Map.entry("appendix", Division.Kind.APPENDIX),
            Map.entry("list-of-figures", Division.Kind.LIST_OF_FIGURES),
            Map.entry("list-of-tables", Division.Kind.LIST_OF_TABLES),
            Map.entry("index", Division.Kind.INDEX));

    private static final Set<String> BLOCKS = Set.of(
            "p", "blockquote", "verse", "list", "figure", "scene-break", "pre", "code-block", "section", "table");

    /**
     * Elements whose text is set as a paragraph of its own, for the paragraph limit: blocks
     * of running text, and notes (set apart from the paragraph that calls them).
     */
    private static final Set<String> PARAGRAPHS = Set.of(
            "p", "title", "subtitle", "line", "attribution", "caption", "item", "note", "pre", "code-block", "th", "td");

    private Vocabulary() {
    }

    static boolean isBlock(String localName) {
        return BLOCKS.contains(localName);
    }

    /** For {@link org.colophon.reader.ParagraphLengths}: the enclosing paragraph does not matter here. */
    static boolean startsParagraph(Element e, Element enclosing) {
        return BookReader.MANUSCRIPT_NS.equals(e.getNamespaceURI()) && PARAGRAPHS.contains(e.getLocalName());
    }

    static boolean isDivision(String localName) {
        return DIVISIONS.containsKey(localName);
    }
}
