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
        Paragraph paragraph = paragraph(items, spec);
        if (paragraph.isEmpty()) {
            return List.of();
        }
        return new LineAssembler(paragraph.items(), spec).lines(breaks(paragraph, spec));
    }

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
