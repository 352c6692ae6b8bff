package org.colophon.pdf;

import java.util.Map;
import org.colophon.pdf.page.BrokenPages;
import org.colophon.pdf.text.FontFace;
import org.colophon.pdf.write.DrawnPages;
import org.colophon.pdf.write.DrawnRuns;
import org.colophon.pdf.text.ParagraphCache;
import org.colophon.pdf.text.TextResources;

/**
 * What the typesetter keeps from one build of a book for the next: the faces print.css
 * loaded (a font file is parsed again only when its bytes change), the shaping and
 * hyphenation caches, the paragraphs set into lines ({@link ParagraphCache}) and the PDF
 * operators of the glyph runs drawn ({@link DrawnRuns}) and the content streams of the pages
 * ({@link DrawnPages}), and the page breaker's states at each chapter's opening
 * ({@link BrokenPages}). Nothing
 * kept changes a book: a build with it writes what a clean build writes.
 *
 * <p>One per book, for one build at a time (the watch mode's).
 */
public final class TypesetterCache {

    private Map<String, FontFace> faces = Map.of();
    private TextResources resources; // the last build's, whose caches the next shares
    private final ParagraphCache paragraphs = new ParagraphCache();
    private final DrawnRuns drawnRuns = new DrawnRuns();
    private final DrawnPages drawnPages = new DrawnPages();
    private final BrokenPages brokenPages = new BrokenPages();

    synchronized Map<String, FontFace> faces() {
        return faces;
    }

    /** The last build's text resources, or null before the first build. */
    synchronized TextResources resources() {
        return resources;
    }

    /** What a build set up, for the next to start from. */
    synchronized void keep(FontCatalog fonts, TextResources textResources) {
        this.faces = Map.copyOf(fonts.loaded());
        this.resources = textResources;
    }

    DrawnRuns drawnRuns() {
        return drawnRuns;
    }

    BrokenPages brokenPages() {
        return brokenPages;
    }

    /** The item the last build's page breaking started from (0: the beginning of the book). */
    public int pageBreakingStart() {
        return brokenPages.restoredAt();
    }

    DrawnPages drawnPages() {
        return drawnPages;
    }

    /** How many pages the last PDF took from the cache as drawn before, and how many it drew. */
    public int[] pageCounts() {
        return drawnPages.counts();
    }

    ParagraphCache paragraphs() {
        return paragraphs;
    }

    /** How many paragraphs the last build took from the cache, and how many it set. */
    public int[] paragraphCounts() {
        return paragraphs.counts();
    }
}
