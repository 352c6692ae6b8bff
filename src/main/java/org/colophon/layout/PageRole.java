package org.colophon.layout;

import java.util.Optional;
import org.colophon.model.Division;

/**
 * What an XHTML page of the book is: one of the pages Colophon adds (cover, title page,
 * copyright page, contents) or the page of a division, by its kind. The layouts and the
 * XHTML know a role by its {@link #token()}: the body's class, the stem of the page's file
 * name, the {@code kind} of a contents entry; layouts compare {@code $page.role} with it.
 */
public enum PageRole {
    COVER("cover"),
    HALF_TITLE("halftitle"),
    TITLE_PAGE("titlepage"),
    COPYRIGHT("copyright"),
    CONTENTS("toc"),
    DEDICATION("dedication"),
    EPIGRAPH("epigraph"),
    FOREWORD("foreword"),
    PREFACE("preface"),
    INTRODUCTION("introduction"),
    PROLOGUE("prologue"),
    VOLUME("volume"),
    PART("part"),
    CHAPTER("chapter"),
    EPILOGUE("epilogue"),
    AFTERWORD("afterword"),
    ACKNOWLEDGEMENTS("acknowledgements"),
    APPENDIX("appendix"),
    NOTES("notes"),
    COLOPHON("colophon"),
    LIST_OF_FIGURES("listoffigures"),
    LIST_OF_TABLES("listoftables"),
    INDEX("index"),
    /** A division of no other kind (a TEI letter, a liminal text). */
    DIVISION("division");

    private final String token;

    PageRole(String token) {
        this.token = token;
    }

    /** The page of a division of this kind. */
    public static PageRole of(Division.Kind kind) {
        return switch (kind) {
            case HALF_TITLE -> HALF_TITLE;
            case DEDICATION -> DEDICATION;
            case EPIGRAPH -> EPIGRAPH;
            case FOREWORD -> FOREWORD;
            case PREFACE -> PREFACE;
            case INTRODUCTION -> INTRODUCTION;
            case PROLOGUE -> PROLOGUE;
            case VOLUME -> VOLUME;
            case PART -> PART;
            case CHAPTER -> CHAPTER;
            case EPILOGUE -> EPILOGUE;
            case AFTERWORD -> AFTERWORD;
            case ACKNOWLEDGEMENTS -> ACKNOWLEDGEMENTS;
            case APPENDIX -> APPENDIX;
            case NOTES -> NOTES;
            case COLOPHON -> COLOPHON;
            case LIST_OF_FIGURES -> LIST_OF_FIGURES;
            case LIST_OF_TABLES -> LIST_OF_TABLES;
            case INDEX -> INDEX;
            case OTHER -> DIVISION;
        };
    }

    /** The role whose token this is, if any: a layout may give the body another class. */
    public static Optional<PageRole> fromToken(String token) {
        for (PageRole role : values()) {
            if (role.token.equals(token)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The name the layouts and the XHTML use: {@code titlepage}, {@code toc}, {@code chapter}… */
    public String token() {
        return token;
    }

    /**
     * The pages before the book's first text (cover, half-title, title, copyright): printed
     * without running head or folio, and not in the PDF's bookmarks.
     */
    public boolean opensTheBook() {
        return switch (this) {
            case COVER, HALF_TITLE, TITLE_PAGE, COPYRIGHT -> true;
            default -> false;
        };
    }

    /** A volume, a part or a chapter: the first such page starts the folios again at 1, in arabic. */
    public boolean isBody() {
        return switch (this) {
            case VOLUME, PART, CHAPTER -> true;
            default -> false;
        };
    }

    /**
     * A volume or a part: the chapters after it nest under it, in the PDF's bookmarks and in
     * its structure tree.
     */
    public boolean groupsChapters() {
        return this == VOLUME || this == PART;
    }
}
