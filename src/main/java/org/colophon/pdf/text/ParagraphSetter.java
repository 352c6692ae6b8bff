package org.colophon.pdf.text;

import java.util.List;

/**
 * The line-setting stage's entry point: shapes a paragraph's text, finds its break
 * opportunities (UAX #14 plus hyphenation) and breaks it into lines by Knuth–Plass
 * total fit. Thread-safe; paragraphs may be set in parallel.
 */
public final class ParagraphSetter {

    private final TextResources resources;
    private final LineBreaker breaker = new LineBreaker();

    public ParagraphSetter(TextResources resources) {
        this.resources = resources;
    }

    public List<SetLine> set(List<ParagraphItem> items, ParagraphSpec spec) {
        Paragraph paragraph = Paragraph.build(resources, items, spec);
        if (paragraph.isEmpty()) {
            return List.of();
        }
        LineBreaker.Breaks breaks = breaker.breakLines(paragraph.items(), spec.measure(),
                paragraph.background(), spec.hyphenate(), LineBreaker.Parameters.defaults(paragraph.emSize()));
        return new LineAssembler(paragraph.items(), spec).lines(breaks);
    }

    /** Natural width of a text on one line (for running heads, leaders, titles). */
    public float width(String text, TextStyle style) {
        Paragraph paragraph = Paragraph.build(resources,
                List.of(new ParagraphItem.TextRun(text, style, null)),
                new ParagraphSpec(Float.MAX_VALUE / 4, 0, ParagraphSpec.Alignment.LEFT, false));
        return paragraph.naturalWidth();
    }

    /** Breaks a paragraph and also says how (for tests and benchmarks in this package). */
    LineBreaker.Breaks breaks(List<ParagraphItem> items, ParagraphSpec spec) {
        Paragraph paragraph = Paragraph.build(resources, items, spec);
        return breaker.breakLines(paragraph.items(), spec.measure(), paragraph.background(), spec.hyphenate(),
                LineBreaker.Parameters.defaults(paragraph.emSize()));
    }

    Paragraph paragraph(List<ParagraphItem> items, ParagraphSpec spec) {
        return Paragraph.build(resources, items, spec);
    }
}
