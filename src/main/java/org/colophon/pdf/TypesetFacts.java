package org.colophon.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.colophon.pdf.flow.FlowBuilder;
import org.colophon.pdf.flow.Frame;
import org.colophon.pdf.page.Folios;
import org.colophon.pdf.page.LaidOutPage;
import org.colophon.pdf.page.PageMaster;
import org.colophon.pdf.text.GlyphRun;
import org.colophon.pdf.page.ShortFoot;
import org.colophon.pdf.text.LineMeasures;
import org.colophon.pdf.text.SetLine;
import org.colophon.pdf.text.TextResources;

/**
 * What the typesetter did, line by line and page by page, for the typesetting report:
 * raw facts only; the report draws its conclusions from them.
 *
 * @param measure   the text block's width, points
 * @param grid      the body line height, points
 * @param pages     every PDF page, in order
 * @param fallbacks characters a fallback face showed: code point → face name
 * @param missing   characters no face has: code point → the text they were met in
 * @param cutWords  words wider than the line, cut between letters
 * @param pictures  every image drawn in the text, in page order
 */
public record TypesetFacts(float measure, float grid, List<Page> pages, Map<Integer, String> fallbacks,
                           Map<Integer, String> missing, List<String> cutWords, List<Picture> pictures) {

    public TypesetFacts {
        pages = List.copyOf(pages);
        cutWords = List.copyOf(cutWords);
        pictures = List.copyOf(pictures);
    }

    /** Facts of pages without pictures. */
    public TypesetFacts(float measure, float grid, List<Page> pages, Map<Integer, String> fallbacks,
                        Map<Integer, String> missing, List<String> cutWords) {
        this(measure, grid, pages, fallbacks, missing, cutWords, List.of());
    }

    /**
     * An image as printed.
     *
     * @param page   0-based PDF page
     * @param source its path in the publication
     * @param width  printed width, points
     * @param height printed height, points
     * @param ppi    pixels per inch at that size; 0 for a vector drawing
     */
    public record Picture(int page, String source, float width, float height, double ppi) {}

    /**
     * One PDF page.
     *
     * @param index     0-based
     * @param label     its folio (page label): "iii", "12"
     * @param pagePath  the XHTML page whose content starts or continues here
     * @param freeSpace room left under its last text line (above its footnotes), points
     * @param lines     its text lines (body and footnotes, not running heads or folios), top down
     * @param blank     left blank on purpose by the page breaker, so that the next page opens
     *                  on its side
     * @param shortFoot why the page ends above its last grid line though the text goes on
     *                  overleaf; null when it does not
     */
    public record Page(int index, String label, String pagePath, float freeSpace, List<Line> lines, boolean blank,
                       ShortFoot shortFoot) {
        public Page {
            lines = List.copyOf(lines);
        }

        public Page(int index, String label, String pagePath, float freeSpace, List<Line> lines, boolean blank) {
            this(index, label, pagePath, freeSpace, lines, blank, null);
        }

        public Page(int index, String label, String pagePath, float freeSpace, List<Line> lines) {
            this(index, label, pagePath, freeSpace, lines, false);
        }
    }

    /**
     * One set line.
     *
     * @param text           its characters
     * @param element        the XHTML element of its paragraph ({@code p}, {@code h1}…)
     * @param index          0-based line number in its paragraph
     * @param paragraphLines how many lines its paragraph has
     * @param footnote       it is a footnote's line, at the foot of the page
     * @param ratio          Knuth–Plass adjustment ratio (&lt;0 shrunk, &gt;0 stretched)
     * @param hyphenated     it ends with a hyphen the setter inserted
     * @param overflow       how far its letters reach past the measure, points (0 when inside): where
     *                       its glyphs end, less what its last glyph hangs into the margin by design
     *                       (optical margin alignment)
     * @param wordSpaces     its word spaces
     * @param wordSpaceEm    their mean width in ems, NaN when it has none
     * @param pagePath       the XHTML page it came from
     * @param sourceOffset   how many visible characters (neither white space nor format
     *                       characters) of that page's body text come before it
     * @param looseness      1 when its paragraph was set a line longer than its best setting
     *                       so that a spread lines up, -1 a line shorter, else 0
     * @param unbreakableNext the long word that opens the next line of its paragraph when its
     *                       language may not hyphenate it (no pattern breaks it, or it is a
     *                       proper noun): what a loose line may owe its spaces to; else null
     */
    public record Line(String text, String element, int index, int paragraphLines, boolean footnote, float ratio,
                       boolean hyphenated, float overflow, int wordSpaces, float wordSpaceEm, String pagePath,
                       int sourceOffset, int looseness, String unbreakableNext) {

        public Line(String text, String element, int index, int paragraphLines, boolean footnote, float ratio,
                    boolean hyphenated, float overflow, int wordSpaces, float wordSpaceEm, String pagePath,
                    int sourceOffset, int looseness) {
            this(text, element, index, paragraphLines, footnote, ratio, hyphenated, overflow, wordSpaces, wordSpaceEm,
                    pagePath, sourceOffset, looseness, null);
        }
    }

    /** A word this long or longer left whole at a line's start is worth naming. */
    private static final int LONG_WORD = 7;

    /** The facts of laid-out pages (before running heads and folios are added). */
    static TypesetFacts collect(List<LaidOutPage> laidOut, Map<SetLine, FlowBuilder.LinePlace> places,
                                Folios folios, PageMaster master, float grid, TextResources resources) {
        List<Page> pages = new ArrayList<>(laidOut.size());
        List<Picture> pictures = new ArrayList<>();
        Map<SetLine, String> unbreakable = unbreakableNext(laidOut, places, resources);
        for (LaidOutPage page : laidOut) {
            List<Line> lines = new ArrayList<>();
            float lastBody = 0;
            float notesTop = master.textHeight(page.index());
            for (LaidOutPage.Placed placed : page.frames()) {
                if (placed.frame() instanceof Frame.Rule) {
                    notesTop = Math.min(notesTop, placed.baseline() - grid / 2);
                } else if (placed.frame() instanceof Frame.TextLine t) {
                    FlowBuilder.LinePlace place = places.get(t.line());
                    if (place == null) {
                        continue; // leaders and page numbers of the contents
                    }
                    SetLine line = t.line();
                    LineMeasures.WordSpaces spaces = LineMeasures.wordSpaces(line);
                    float overflow = Math.max(0, t.x() + lettersEnd(line) - master.measure());
                    lines.add(new Line(line.text(), place.element(), place.index(), place.count(), place.footnote(),
                            line.ratio(), line.hyphenated(), overflow, spaces.spaces(), spaces.meanEm(), place.pagePath(),
                            place.sourceOffset(), place.looseness(), unbreakable.get(line)));
                    if (!place.footnote()) {
                        lastBody = Math.max(lastBody, placed.baseline());
                    }
                } else if (placed.frame() instanceof Frame.Picture p) {
                    lastBody = Math.max(lastBody, placed.baseline());
                    pictures.add(new Picture(page.index(), p.image().source(), p.image().width(), p.image().height(),
                            p.image().printedPpi()));
                }
            }
            pages.add(new Page(page.index(), folios.label(page.index()), page.pagePath(),
                    Math.max(0, notesTop - lastBody), lines, page.blank(), page.shortFoot()));
        }
        return new TypesetFacts(master.measure(), grid, pages, resources.fallbackFaces(),
                resources.missingCharacters(), resources.cutWords(), pictures);
    }

    /**
     * For each set line followed, in its paragraph, by a line that opens with a long word its
     * language may not hyphenate: that word.
     */
    private static Map<SetLine, String> unbreakableNext(List<LaidOutPage> laidOut,
                                                        Map<SetLine, FlowBuilder.LinePlace> places,
                                                        TextResources resources) {
        Map<SetLine, String> out = new java.util.IdentityHashMap<>();
        SetLine previous = null;
        FlowBuilder.LinePlace previousPlace = null;
        for (LaidOutPage page : laidOut) {
            for (LaidOutPage.Placed placed : page.frames()) {
                if (!(placed.frame() instanceof Frame.TextLine t) || places.get(t.line()) == null
                        || places.get(t.line()).footnote()) {
                    continue;
                }
                FlowBuilder.LinePlace place = places.get(t.line());
                if (previous != null && place.index() == previousPlace.index() + 1
                        && place.element().equals(previousPlace.element())
                        && java.util.Objects.equals(place.pagePath(), previousPlace.pagePath())) {
                    String word = firstWord(t.line().text());
                    String lang = t.line().runs().isEmpty() ? null : t.line().runs().get(0).style().lang();
                    if (word.length() >= LONG_WORD && !resources.mayHyphenate(word, lang)) {
                        out.put(previous, word);
                    }
                }
                previous = t.line();
                previousPlace = place;
            }
        }
        return out;
    }

    /** The letters a line's text opens with, after any opening punctuation. */
    private static String firstWord(String text) {
        int i = 0;
        while (i < text.length() && !Character.isLetter(text.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\u00AD')) {
            i++;
        }
        return text.substring(start, i).replace("\u00AD", "");
    }

    /** Where a line's glyphs end, less what hangs into the right margin by design; its width when it draws none. */
    private static float lettersEnd(SetLine line) {
        float end = Float.NEGATIVE_INFINITY;
        for (GlyphRun run : line.runs()) {
            if (run.glyphs().length > 0) {
                end = Math.max(end, run.x() + run.width());
            }
        }
        return end == Float.NEGATIVE_INFINITY ? line.width() : end - line.hangRight();
    }
}
