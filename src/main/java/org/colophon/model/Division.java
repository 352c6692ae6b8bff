package org.colophon.model;

import java.util.List;

/**
 * A division of the book that gets its own page (its own XHTML document): a part, a
 * chapter, a preface, an appendix… Divisions nest: a part holds chapters, a TEI volume
 * holds parts. A division's own {@code blocks} come before its {@code children}.
 *
 * @param kind     what the division is; decides its layout and its EPUB semantics
 * @param id       unique in the book, usable as an XML id (assigned by the reader when the
 *                 manuscript gives none)
 * @param lang     BCP 47 tag when it differs from the book's, otherwise null
 * @param title    may be empty (a dedication usually has none)
 * @param subtitle may be empty
 */
public record Division(
        Kind kind,
        String id,
        String lang,
        List<Inline> title,
        List<Inline> subtitle,
        List<Block> blocks,
        List<Division> children) {

    public Division {
        title = List.copyOf(title);
        subtitle = List.copyOf(subtitle);
        blocks = List.copyOf(blocks);
        children = List.copyOf(children);
    }

    public Division withContent(List<Inline> newTitle, List<Inline> newSubtitle,
                                List<Block> newBlocks, List<Division> newChildren) {
        return new Division(kind, id, lang, newTitle, newSubtitle, newBlocks, newChildren);
    }

    public enum Kind {
        // front matter
        HALF_TITLE("halftitle"), DEDICATION("dedication"), EPIGRAPH("epigraph"),
        FOREWORD("foreword"), PREFACE("preface"), INTRODUCTION("introduction"),
        PROLOGUE("prologue"),
        // body
        VOLUME("volume"), PART("part"), CHAPTER("chapter"),
        // back matter
        EPILOGUE("epilogue"), AFTERWORD("afterword"), ACKNOWLEDGEMENTS("acknowledgments"),
        APPENDIX("appendix"), NOTES("endnotes"), COLOPHON("colophon"),
        // made by Colophon from the rest of the book, where the manuscript places them
        LIST_OF_FIGURES("loi"), LIST_OF_TABLES("lot"), INDEX("index"),
        /** Any other division (a TEI letter, a liminal text). */
        OTHER("");

        private final String epubType;

        Kind(String epubType) {
            this.epubType = epubType;
        }

        /** The EPUB Structural Semantics term, empty when none fits. */
        public String epubType() {
            return epubType;
        }
    }
}
