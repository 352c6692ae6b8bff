package org.colophon.pdf.text;

import java.util.List;

/**
 * The line-setting stage's entry point: shapes a paragraph's text, finds its break
 * opportunities (UAX #14 plus hyphenation) and breaks it into lines by Knuth–Plass
 * total fit. Thread-safe; paragraphs may be set in parallel.
 */
public final class ParagraphSetter {

    private final TextResources resources;
    private final Tuning tuning;
    private final LineBreaker breaker = new LineBreaker();
    private final ParagraphCache cache; // null: every paragraph is set

    public ParagraphSetter(TextResources resources) {
        this(resources, Tuning.defaults(), null);
    }

    /** A setter that takes the lines of paragraphs an earlier build set from {@code cache}, and keeps its own there. */
    public ParagraphSetter(TextResources resources, ParagraphCache cache) {
        this(resources, Tuning.defaults(), cache);
    }

    /** A setter justifying as {@code justification} says (print.css); {@code cache} may be null. */
    public ParagraphSetter(TextResources resources, Justification justification, ParagraphCache cache) {
        this(resources, Tuning.of(justification), cache);
    }

    ParagraphSetter(TextResources resources, Tuning tuning) {
        this(resources, tuning, null);
    }

    private ParagraphSetter(TextResources resources, Tuning tuning, ParagraphCache cache) {
        this.resources = resources;
        this.tuning = tuning;
        this.cache = cache;
    }

    public List<SetLine> set(List<ParagraphItem> items, ParagraphSpec spec) {
        return setParagraph(items, spec).lines();
    }

    /**
     * A paragraph set into lines, and also a line shorter ({@code tighter}) and a line
     * longer ({@code looser}) where the tolerance allows, as TeX's {@code \looseness} -1 and
     * 1 set it (null where it does not): the page breaker takes one where a page must end a
     * line higher or lower.
     */
    public record SetParagraph(List<SetLine> lines, List<SetLine> tighter, List<SetLine> looser) {}

    /**
     * Sets a paragraph, and a line shorter and longer where it may be (justified paragraphs
     * of at most {@link SettingLimits#MAX_LINES_WITH_VARIANTS} lines only).
     */
    public SetParagraph setParagraph(List<ParagraphItem> items, ParagraphSpec spec) {
        if (cache != null) {
            return cache.set(items, spec, tuning, resources, () -> setAnew(items, spec));
        }
        return setAnew(items, spec);
    }

    private SetParagraph setAnew(List<ParagraphItem> items, ParagraphSpec spec) {
        Paragraph paragraph = paragraph(items, spec);
        if (paragraph.isEmpty()) {
            return new SetParagraph(List.of(), null, null);
        }
        LineAssembler assembler = new LineAssembler(paragraph.items(), spec);
        LineBreaker.Sums sums = LineBreaker.sums(paragraph.items());
        List<SetLine> lines = assembler.lines(breaks(paragraph, sums, spec));
        if (spec.alignment() == ParagraphSpec.Alignment.JUSTIFY && spec.codeWrap() == null
                && tuning.glyphScaling() > 0 && faults(lines) > 0) {
            // the paragraph's glyphs a step wider or narrower, the least scaling that leaves the fewest faults
            int best = faults(lines);
            int steps = Math.round(tuning.glyphScaling() / tuning.glyphScalingStep());
            search:
            for (int k = 1; k <= steps; k++) {
                for (int sign = -1; sign <= 1; sign += 2) {
                    Paragraph scaled = Paragraph.build(resources, items, spec, tuning,
                            1 + sign * k * tuning.glyphScalingStep());
                    LineBreaker.Sums scaledSums = LineBreaker.sums(scaled.items());
                    LineAssembler scaledAssembler = new LineAssembler(scaled.items(), spec);
                    List<SetLine> tried = scaledAssembler.lines(breaks(scaled, scaledSums, spec));
                    int f = faults(tried);
                    if (f < best) {
                        best = f;
                        paragraph = scaled;
                        sums = scaledSums;
                        assembler = scaledAssembler;
                        lines = tried;
                        if (f == 0) {
                            break search;
                        }
                    }
                }
            }
        }
        if (spec.alignment() != ParagraphSpec.Alignment.JUSTIFY || lines.size() > SettingLimits.MAX_LINES_WITH_VARIANTS) {
            return new SetParagraph(lines, null, null);
        }
        LineBreaker.Parameters parameters = tuning.parameters(paragraph.emSize());
        boolean[] might = LineBreaker.mightVary(paragraph.items(), sums, spec.measure(), lines.size(), parameters,
                SLACK * paragraph.emSize());
        if (!might[0] && !might[1]) {
            return new SetParagraph(lines, null, null);
        }
        LineBreaker.Breaks[] variants = breaker.variants(paragraph.items(), sums, spec.measure(),
                paragraph.background(), spec.hyphenate(), parameters, lines.size());
        return new SetParagraph(lines,
                variants[0] == null ? null : assembler.lines(variants[0]),
                variants[1] == null ? null : assembler.lines(variants[1]));
    }

    /**
     * The lines a reader sees as too loose or too tight: those but the last whose mean word
     * space is above {@link Tuning#LOOSE_EM} or below {@link Tuning#TIGHT_EM} (a line whose
     * spaces cannot shrink further than the tight limit, a minimum word space above it, never counts).
     */
    private static int faults(List<SetLine> lines) {
        int faults = 0;
        for (int k = 0; k < lines.size() - 1; k++) {
            float mean = LineMeasures.wordSpaces(lines.get(k)).meanEm();
            if (mean > Tuning.LOOSE_EM || mean < Tuning.TIGHT_EM) {
                faults++;
            }
        }
        return faults;
    }

    /** Width per line, in em, the bounds on a paragraph's lines allow for rounding ({@link LineBreaker#mightVary}). */
    private static final float SLACK = 0.5f;

    /** Natural width of a text on one line (for running heads, leaders, titles). */
    public float width(String text, TextStyle style) {
        Paragraph paragraph = paragraph(List.of(new ParagraphItem.TextRun(text, style, null)),
                new ParagraphSpec(Float.MAX_VALUE / 4, 0, ParagraphSpec.Alignment.LEFT, false));
        return paragraph.naturalWidth();
    }

    /** Breaks a paragraph and also says how (for tests and benchmarks in this package). */
    LineBreaker.Breaks breaks(List<ParagraphItem> items, ParagraphSpec spec) {
        Paragraph paragraph = paragraph(items, spec);
        return breaks(paragraph, LineBreaker.sums(paragraph.items()), spec);
    }

    private LineBreaker.Breaks breaks(Paragraph paragraph, LineBreaker.Sums sums, ParagraphSpec spec) {
        LineBreaker.Breaks breaks = breaker.breakLines(paragraph.items(), sums, spec.measure(), paragraph.background(),
                spec.hyphenate(), tuning.parameters(paragraph.emSize()));
        if (spec.balance() && spec.alignment() != ParagraphSpec.Alignment.JUSTIFY && breaks.count > 1 && breaks.pass < 3) {
            return balanced(paragraph, sums, spec, breaks);
        }
        return breaks;
    }

    /**
     * The same number of lines, broken at the narrowest measure that still gives that many
     * (found by halving, to a tenth of a point): "Emmanuel Macron et Mark Rutte / à
     * l'Élysée" rather than "Emmanuel Macron et Mark Rutte à / l'Élysée". The lines are then
     * placed on the full measure, as the alignment says.
     */
    private LineBreaker.Breaks balanced(Paragraph paragraph, LineBreaker.Sums sums, ParagraphSpec spec,
                                        LineBreaker.Breaks breaks) {
        LineBreaker.Parameters parameters = tuning.parameters(paragraph.emSize());
        float low = 0;
        float high = spec.measure();
        LineBreaker.Breaks best = breaks;
        while (high - low > 0.1f) {
            float middle = (low + high) / 2;
            LineBreaker.Breaks tried = breaker.breakLines(paragraph.items(), sums, middle, paragraph.background(),
                    spec.hyphenate(), parameters);
            if (tried.count <= breaks.count && tried.pass < 3) {
                high = middle;
                best = tried;
            } else {
                low = middle;
            }
        }
        return best;
    }

    Paragraph paragraph(List<ParagraphItem> items, ParagraphSpec spec) {
        Paragraph paragraph = Paragraph.build(resources, items, spec, tuning);
        MarginHangs.mark(paragraph.items(), spec.protrusion());
        return paragraph;
    }
}
