package org.colophon.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.colophon.Colophon.StageReport;
import org.colophon.pdf.TypesetFacts;
import org.colophon.pdf.flow.FlowBlock;
import org.colophon.pdf.page.ShortFoot;

/**
 * What an author needs to know about a typeset book, page by page: how its lines came out
 * (hyphens, word spaces, loose and tight lines, overfull ones), how its pages broke
 * (widows and orphans kept off or left), which characters needed another font or had none,
 * and how long each stage took.
 *
 * <p>A line is <em>loose</em> when its mean word space is above {@value #LOOSE} em and
 * <em>tight</em> when it is under {@value #TIGHT} em, what a reader sees (issue 20's limits),
 * whatever the line was allowed: with print.css's word spaces of 67 to 190 % of the face's,
 * a line within the tolerance stays under the loose limit, so a loose line is one no setting
 * within the tolerance could avoid. Each is listed with its mean word space. Word-space figures are over
 * the justified lines that have a space, the last line of each paragraph excluded (it is
 * set at its natural width). A loose line whose paragraph goes on with a long word its
 * language may not hyphenate (no pattern breaks it, or it is a proper noun) is listed again
 * in {@code unbreakableWords}, under that word: the word to give a soft hyphen or reword.
 *
 * <p>Paragraphs <em>set a line longer</em> (shorter) are those the page breaker took in a
 * looser (tighter) setting than their best, within the tolerance, so that the two pages of
 * a spread end on the same line: each is listed by its first line.
 *
 * <p><em>Short pages</em> are pages the text goes on from (not a chapter's last) that end
 * above the last line of their grid, each with its reason: every break lower on it would
 * leave a widow, an orphan or a heading at the foot; nothing lower may break; a footnote
 * has no room; or it lines up with the other page of its spread, which is short for one of
 * those reasons.
 *
 * <p>Every image is listed with its printed size and resolution; those under
 * {@value #PRINT_PPI} pixels per inch at that size are what a printer sends back.
 *
 * <p>{@code preflight} is what a print build's PDF holds, read back from its bytes, and
 * {@code coverPreflight} the same of its cover spread; null in other builds, which are not
 * checked for print.
 */
public record TypesettingReport(int pages, int lines, int bodyLines, int footnoteLines, int hyphenatedLines,
                                int longestHyphenRun, WordSpacing wordSpacing, List<Place> looseLines,
                                List<Place> tightLines, List<Place> overfullLines, List<Place> paragraphsSetLonger,
                                List<Place> paragraphsSetShorter, int widowsAndOrphansAvoided,
                                List<Place> forcedWidows, List<Place> forcedOrphans, List<Glyph> fallbackCharacters,
                                List<Glyph> missingCharacters, List<String> cutWords, List<PrintedImage> images,
                                List<StageReport> stages, List<Place> unbreakableWords, List<ShortPage> shortPages,
                                Preflight preflight, Preflight coverPreflight) {

    /** The resolution offset printing asks of an image at its printed size. */
    public static final int PRINT_PPI = FlowBlock.Image.PRINT_PPI;
    /** Issue 20's limits, in em of the line's own size: a mean word space above is loose, under is tight. */
    public static final float LOOSE = 0.5f;
    public static final float TIGHT = 0.17f;
    private static final int FIRST_WORDS = 5;

    public TypesettingReport {
        looseLines = List.copyOf(looseLines);
        tightLines = List.copyOf(tightLines);
        overfullLines = List.copyOf(overfullLines);
        paragraphsSetLonger = List.copyOf(paragraphsSetLonger);
        paragraphsSetShorter = List.copyOf(paragraphsSetShorter);
        forcedWidows = List.copyOf(forcedWidows);
        forcedOrphans = List.copyOf(forcedOrphans);
        fallbackCharacters = List.copyOf(fallbackCharacters);
        missingCharacters = List.copyOf(missingCharacters);
        cutWords = List.copyOf(cutWords);
        images = List.copyOf(images);
        stages = List.copyOf(stages);
        unbreakableWords = List.copyOf(unbreakableWords);
        shortPages = List.copyOf(shortPages);
    }

    /**
     * A page the text goes on from that ends above the last line of its grid: {@code page}
     * 1-based, its {@code folio}, the grid {@code lines} left empty, {@code why} the reason's
     * code (as {@link ShortFoot.Why}) and {@code reason} in words.
     */
    public record ShortPage(int page, String folio, int lines, String why, String reason) {}

    /** Of {@link #shortPages}, those the report finds no reason for. */
    public List<ShortPage> unexplainedShortPages() {
        List<ShortPage> out = new ArrayList<>();
        for (ShortPage p : shortPages) {
            if (p.why().equals(ShortFoot.Why.UNEXPLAINED.name())) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Mean and standard deviation of the per-line mean word space, in ems, over
     * {@code lines} lines; min and max of the same. NaN when no line counts.
     */
    public record WordSpacing(int lines, double mean, double deviation, double min, double max) {}

    /**
     * A line worth a look: {@code page} is the 1-based PDF page, {@code folio} its printed
     * number, {@code firstWords} how the line begins, {@code value} the adjustment ratio
     * (or the overflow in points for an overfull line).
     */
    public record Place(int page, String folio, String firstWords, double value) {}

    /**
     * An image as printed: {@code page} 1-based, its {@code folio}, its path in the
     * publication, its printed size in millimetres, and its pixels per inch at that size
     * (0 for a vector drawing, which has no pixels).
     */
    public record PrintedImage(int page, String folio, String source, double widthMm, double heightMm, double ppi) {
        public boolean lowResolution() {
            return ppi > 0 && ppi < PRINT_PPI;
        }
    }

    /** The images printed below {@value #PRINT_PPI} ppi, in page order. */
    public List<PrintedImage> lowResolutionImages() {
        List<PrintedImage> low = new ArrayList<>();
        for (PrintedImage i : images) {
            if (i.lowResolution()) {
                low.add(i);
            }
        }
        return low;
    }

    /** A character: its code point, Unicode name, and the face that showed it or the text it was in. */
    public record Glyph(int codePoint, String name, String detail) {
        public String hex() {
            return String.format("U+%04X", codePoint);
        }
    }

    /**
     * Why a {@code --strict} build fails: overfull lines, forced widows or orphans, missing
     * glyphs, words cut between letters to fit the measure; in a print build also what its
     * preflight finds and images below {@value #PRINT_PPI} ppi.
     */
    public List<String> strictProblems() {
        List<String> problems = new ArrayList<>();
        if (!overfullLines.isEmpty()) {
            problems.add(overfullLines.size() + " overfull line(s), first on page " + describe(overfullLines.get(0)));
        }
        if (!forcedWidows.isEmpty()) {
            problems.add(forcedWidows.size() + " widow(s) the pages could not avoid, first on page "
                    + describe(forcedWidows.get(0)));
        }
        if (!forcedOrphans.isEmpty()) {
            problems.add(forcedOrphans.size() + " orphan(s) the pages could not avoid, first on page "
                    + describe(forcedOrphans.get(0)));
        }
        if (!missingCharacters.isEmpty()) {
            Glyph g = missingCharacters.get(0);
            problems.add(missingCharacters.size() + " character(s) no font has, first " + g.hex() + " " + g.name()
                    + " in \u201c" + g.detail() + "\u201d");
        }
        if (!cutWords.isEmpty()) {
            problems.add(cutWords.size() + " word(s) wider than the measure, cut between letters to fit it, first \u201c"
                    + cutWords.get(0) + "\u201d");
        }
        if (preflight != null) {
            List<PrintedImage> low = lowResolutionImages();
            if (!low.isEmpty()) {
                PrintedImage i = low.get(0);
                problems.add(low.size() + " image(s) below " + PRINT_PPI + " ppi at their printed size, first "
                        + i.source() + " on page " + i.folio() + String.format(Locale.ROOT, " (%.0f ppi)", i.ppi()));
            }
            problems.addAll(preflight.strictProblems());
        }
        if (coverPreflight != null) {
            for (String p : coverPreflight.strictProblems()) {
                problems.add("cover spread: " + p);
            }
        }
        return problems;
    }

    private static String describe(Place p) {
        return p.folio() + " (\u201c" + p.firstWords() + "\u201d)";
    }

    /** Draws the report's conclusions from the typesetter's facts. */
    public static TypesettingReport of(TypesetFacts facts, List<StageReport> stages) {
        return of(facts, stages, null, null);
    }

    /** The same, with a print build's preflights of its interior and cover spread (null when there are none). */
    public static TypesettingReport of(TypesetFacts facts, List<StageReport> stages, Preflight preflight,
                                       Preflight coverPreflight) {
        int lines = 0;
        int body = 0;
        int hyphenated = 0;
        int longestRun = 0;
        int bodyRun = 0;
        int noteRun = 0;
        int spaced = 0;
        double sum = 0;
        double sumSquares = 0;
        double min = Double.NaN;
        double max = Double.NaN;
        List<Place> loose = new ArrayList<>();
        List<Place> tight = new ArrayList<>();
        List<Place> overfull = new ArrayList<>();
        List<Place> longer = new ArrayList<>();
        List<Place> shorter = new ArrayList<>();
        List<Place> unbreakable = new ArrayList<>();
        for (TypesetFacts.Page page : facts.pages()) {
            for (TypesetFacts.Line line : page.lines()) {
                lines++;
                if (line.index() == 0 && line.looseness() != 0) {
                    (line.looseness() > 0 ? longer : shorter).add(place(page, line, line.paragraphLines()));
                }
                if (!line.footnote()) {
                    body++;
                }
                if (line.hyphenated()) {
                    hyphenated++;
                }
                if (line.footnote()) {
                    noteRun = line.hyphenated() ? noteRun + 1 : 0;
                } else {
                    bodyRun = line.hyphenated() ? bodyRun + 1 : 0;
                }
                longestRun = Math.max(longestRun, Math.max(bodyRun, noteRun));
                boolean last = line.index() == line.paragraphLines() - 1;
                if (line.overflow() > 0.01f) {
                    overfull.add(place(page, line, line.overflow()));
                }
                if (last || line.ratio() == 0 && line.wordSpaces() == 0) {
                    continue;
                }
                if (line.wordSpaces() > 0 && line.wordSpaceEm() > LOOSE) {
                    loose.add(place(page, line, line.wordSpaceEm()));
                    if (line.unbreakableNext() != null) {
                        unbreakable.add(new Place(page.index() + 1, page.label(), line.unbreakableNext(),
                                line.wordSpaceEm()));
                    }
                } else if (line.wordSpaces() > 0 && line.wordSpaceEm() < TIGHT) {
                    tight.add(place(page, line, line.wordSpaceEm()));
                }
                if (line.wordSpaces() > 0 && line.ratio() != 0) {
                    double em = line.wordSpaceEm();
                    spaced++;
                    sum += em;
                    sumSquares += em * em;
                    min = spaced == 1 ? em : Math.min(min, em);
                    max = spaced == 1 ? em : Math.max(max, em);
                }
            }
        }
        double mean = spaced == 0 ? Double.NaN : sum / spaced;
        double deviation = spaced == 0 ? Double.NaN : Math.sqrt(Math.max(0, sumSquares / spaced - mean * mean));
        PageBreaks breaks = PageBreaks.of(facts);
        List<ShortPage> shortPages = new ArrayList<>();
        for (TypesetFacts.Page page : facts.pages()) {
            ShortFoot s = page.shortFoot();
            if (s != null) {
                shortPages.add(new ShortPage(page.index() + 1, page.label(), s.lines(), s.why().name(),
                        s.describe(i -> i >= 0 && i < facts.pages().size() ? facts.pages().get(i).label() : "?")));
            }
        }
        return new TypesettingReport(facts.pages().size(), lines, body, lines - body, hyphenated, longestRun,
                new WordSpacing(spaced, mean, deviation, min, max), loose, tight, overfull, longer, shorter,
                breaks.avoided(),
                breaks.widows(), breaks.orphans(), glyphs(facts.fallbacks()), glyphs(facts.missing()), facts.cutWords(),
                images(facts), stages, unbreakable, shortPages, preflight, coverPreflight);
    }

    private static List<PrintedImage> images(TypesetFacts facts) {
        List<PrintedImage> out = new ArrayList<>(facts.pictures().size());
        for (TypesetFacts.Picture p : facts.pictures()) {
            out.add(new PrintedImage(p.page() + 1, facts.pages().get(p.page()).label(), p.source(),
                    p.width() * 25.4 / 72, p.height() * 25.4 / 72, p.ppi()));
        }
        return out;
    }

    static Place place(TypesetFacts.Page page, TypesetFacts.Line line, double value) {
        return new Place(page.index() + 1, page.label(), firstWords(line.text()), value);
    }

    static String firstWords(String text) {
        String t = text.strip();
        int words = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == ' ' && ++words == FIRST_WORDS) {
                return t.substring(0, i) + " \u2026";
            }
        }
        return t;
    }

    private static List<Glyph> glyphs(Map<Integer, String> byCodePoint) {
        List<Glyph> out = new ArrayList<>(byCodePoint.size());
        byCodePoint.forEach((cp, detail) -> {
            String name = Character.getName(cp);
            out.add(new Glyph(cp, name == null ? "(unnamed)" : name, detail));
        });
        return out;
    }
}
