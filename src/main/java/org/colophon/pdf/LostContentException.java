package org.colophon.pdf;

import org.colophon.error.BuildException;

/**
 * Page breaking would lose part of the book: it gave no page at all, or some lines or
 * images of the vertical list stand on no page. A failure of the typesetter, not of the
 * manuscript, but one that must fail the build: a PDF that lacks words of the book is
 * never written. The build names the manuscript.
 */
public final class LostContentException extends BuildException {

    private final String what;

    /** {@code pagePath}: the XHTML page the first lost line comes from, or null when the whole book is lost. */
    LostContentException(String pagePath, String what) {
        super(pagePath == null ? "publication" : pagePath, 0, 0, "the typesetter lost " + what);
        this.what = pagePath == null ? what : what + " of " + pagePath;
    }

    /** What was lost, in words, with the XHTML page it comes from. */
    public String what() {
        return what;
    }
}
