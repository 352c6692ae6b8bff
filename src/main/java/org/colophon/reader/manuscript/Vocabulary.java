package org.colophon.reader.manuscript;

import java.util.Map;
import java.util.Set;
import org.colophon.model.Division;

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
            Map.entry("appendix", Division.Kind.APPENDIX));

    private static final Set<String> BLOCKS = Set.of(
            "p", "blockquote", "verse", "list", "figure", "scene-break", "pre", "section");

    private Vocabulary() {
    }

    static boolean isBlock(String localName) {
        return BLOCKS.contains(localName);
    }

    static boolean isDivision(String localName) {
        return DIVISIONS.containsKey(localName);
    }
}
