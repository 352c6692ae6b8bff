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

    public ParagraphSetter(TextResources resources) {
        this(resources, Tuning.defaults());
    }

    ParagraphSetter(TextResources resources, Tuning tuning) {
        this.resources = resources;
        this.tuning = tuning;
    }

    public List<SetLine> set(List<ParagraphItem> items, ParagraphSpec spec) {
        return setParagraph(items, spec).lines();
    }

    /**
     * A paragraph set into lines, and whether it might also be set a line shorter or a line
     * longer within the tolerance (false where its widths rule it out; see {@link #looseness}).
     */
    public record SetParagraph(List<SetLine> lines, boolean mightTighten, boolean mightLoosen) {}

    /** Sets a paragraph and says whether {@link #looseness} might find other settings of it. */
    public SetParagraph setParagraph(List<ParagraphItem> items, ParagraphSpec spec) {
        Paragraph paragraph = paragraph(items, spec);
        if (paragraph.isEmpty()) {
            return new SetParagraph(List.of(), false, false);
        }
        List<SetLine> lines = new LineAssembler(paragraph.items(), spec).lines(breaks(paragraph, spec));
        boolean[] might = LineBreaker.mightVary(paragraph.items(), spec.measure(), lines.size(),
                tuning.parameters(paragraph.emSize()), SLACK * paragraph.emSize());
        return new SetParagraph(lines, might[0], might[1]);
    }

    /** Width per line, in em, by which a line may be wider than its items say (hyphens, spaces at breaks). */
    private static final float SLACK = 0.5f;

    /**
     * The paragraph set one line shorter and one line longer than in its best setting of
     * {@code lines} lines, as TeX's {@code \looseness} -1 and 1 set it: each the best way
     * with that many lines whose every line is within the tolerance, or null where there
     * is none. The page breaker takes one where a page must end a line higher or lower.
     */
    public Looseness looseness(List<ParagraphItem> items, ParagraphSpec spec, int lines) {
        Paragraph paragraph = paragraph(items, spec);
        if (paragraph.isEmpty()) {
            return new Looseness(null, null);
        }
        LineBreaker.Breaks[] variants = breaker.variants(paragraph.items(), spec.measure(), paragraph.background(),
                spec.hyphenate(), tuning.parameters(paragraph.emSize()), lines);
        LineAssembler assembler = new LineAssembler(paragraph.items(), spec);
        return new Looseness(variants[0] == null ? null : assembler.lines(variants[0]),
                variants[1] == null ? null : assembler.lines(variants[1]));
    }

    /** A paragraph's settings a line shorter ({@code tighter}) and a line longer ({@code looser}); null where none. */
    public record Looseness(List<SetLine> tighter, List<SetLine> looser) {}

    /** Natural width of a text on one line (for running heads, leaders, titles). */
    public float width(String text, TextStyle style) {
        Paragraph paragraph = paragraph(List.of(new ParagraphItem.TextRun(text, style, null)),
                new ParagraphSpec(Float.MAX_VALUE / 4, 0, ParagraphSpec.Alignment.LEFT, false));
        return paragraph.naturalWidth();
    }

    /** Breaks a paragraph and also says how (for tests and benchmarks in this package). */
    LineBreaker.Breaks breaks(List<ParagraphItem> items, ParagraphSpec spec) {
        return breaks(paragraph(items, spec), spec);
    }

    private LineBreaker.Breaks breaks(Paragraph paragraph, ParagraphSpec spec) {
        return breaker.breakLines(paragraph.items(), spec.measure(), paragraph.background(), spec.hyphenate(),
                tuning.parameters(paragraph.emSize()));
    }

    Paragraph paragraph(List<ParagraphItem> items, ParagraphSpec spec) {
        return Paragraph.build(resources, items, spec, tuning);
    }
}
