package org.colophon.layout;

import org.colophon.model.Division;

/** What each kind of division is called in EPUB and ARIA (its page role: {@link PageRole#of}). */
final class DivisionSemantics {

    private DivisionSemantics() {
    }

    /** The DPUB-ARIA role, or null where none exists (a volume, a half-title…). */
    static String ariaRole(Division.Kind kind) {
        return switch (kind) {
            case DEDICATION -> "doc-dedication";
            case EPIGRAPH -> "doc-epigraph";
            case FOREWORD -> "doc-foreword";
            case PREFACE -> "doc-preface";
            case INTRODUCTION -> "doc-introduction";
            case PROLOGUE -> "doc-prologue";
            case PART -> "doc-part";
            case CHAPTER -> "doc-chapter";
            case EPILOGUE -> "doc-epilogue";
            case AFTERWORD -> "doc-afterword";
            case ACKNOWLEDGEMENTS -> "doc-acknowledgments";
            case APPENDIX -> "doc-appendix";
            case NOTES -> "doc-endnotes";
            case COLOPHON -> "doc-colophon";
            case INDEX -> "doc-index";
            default -> null;
        };
    }

    /** The layout that sets a division of this kind. */
    static String layout(Division.Kind kind, TemplateEngine templates) {
        return switch (kind) {
            case PART, VOLUME -> "part.vm";
            case HALF_TITLE -> templates.exists("halftitle.vm") ? "halftitle.vm" : "chapter.vm";
            case LIST_OF_FIGURES, LIST_OF_TABLES -> "list-of-figures.vm";
            case INDEX -> "index.vm";
            default -> "chapter.vm";
        };
    }
}
