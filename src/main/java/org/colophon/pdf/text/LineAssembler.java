package org.colophon.pdf.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the breaks the line breaker chose into lines of positioned glyph runs: glue set
 * by each line's adjustment ratio (the extra space lands in the advance of the space
 * glyph, so the PDF writer only has to follow the advances), a hyphen added at
 * hyphenated breaks, ragged lines shifted for right and centred alignment.
 */
final class LineAssembler {

    private final ItemList items;
    private final ParagraphSpec spec;

    LineAssembler(ItemList items, ParagraphSpec spec) {
        this.items = items;
        this.spec = spec;
    }

    List<SetLine> lines(LineBreaker.Breaks breaks) {
        List<SetLine> lines = new ArrayList<>(breaks.count);
        int start = 0;
        for (int k = 0; k < breaks.count; k++) {
            int end = breaks.positions[k];
            lines.add(line(start, end, breaks.ratios[k]));
            start = end + 1;
            while (start < items.size && items.type[start] != ItemList.BOX
                    && !(items.type[start] == ItemList.PENALTY && items.penalty[start] <= -ItemList.INFINITE)) {
                start++;
            }
        }
        return lines;
    }

    /** A run being filled. */
    private static final class RunBuilder {
        final TextStyle style;
        final String href;
        float x;
        int[] glyphs;
        float[] advances;
        int count;
        final StringBuilder text;
        final float expansion;

        /** {@code capacity}: the glyphs the line has left, so that a run rarely grows. */
        RunBuilder(TextStyle style, String href, float x, int capacity, float expansion) {
            this.style = style;
            this.expansion = expansion;
            this.href = href;
            this.x = x;
            int n = Math.max(4, capacity);
            glyphs = new int[n];
            advances = new float[n];
            text = new StringBuilder(n + 4);
        }

        void add(int glyph, float advance) {
            if (count == glyphs.length) {
                glyphs = Arrays.copyOf(glyphs, count * 2);
                advances = Arrays.copyOf(advances, count * 2);
            }
            glyphs[count] = glyph;
            advances[count] = advance;
            count++;
        }

        void shiftBy(float dx) {
            x += dx;
        }

        GlyphRun build(float shift) {
            // a run sized exactly hands its arrays over: nothing else keeps them
            return new GlyphRun(style, x + shift, count == glyphs.length ? glyphs : Arrays.copyOf(glyphs, count),
                    count == advances.length ? advances : Arrays.copyOf(advances, count), text.toString(), href,
                    expansion);
        }
    }

    private static void moveSpacingBeforeLastGlyph(List<RunBuilder> runs, float spacing) {
        RunBuilder last = runs.get(runs.size() - 1);
        if (last.count == 0) {
            return;
        }
        if (last.count > 1) {
            last.advances[last.count - 2] += spacing;
        } else if (runs.size() > 1 && runs.get(runs.size() - 2).count > 0) {
            RunBuilder before = runs.get(runs.size() - 2);
            before.advances[before.count - 1] += spacing;
            last.shiftBy(spacing);
        } else {
            return;
        }
        last.advances[last.count - 1] -= spacing;
    }

    private SetLine line(int start, int end, float ratio) {
        boolean justify = spec.alignment() == ParagraphSpec.Alignment.JUSTIFY;
        // what hangs into the margins: the line is set that much wider, then drawn shifted left by its left hang
        float hangLeft = items.startHang(start);
        float hangRight = items.endHang(end);
        float measure = spec.measure() + hangLeft + hangRight;
        float r = justify && Float.isFinite(ratio) ? Math.max(ratio, -1f) : 0f;
        // glue and letter spacing share the line's adjustment; but a line looser than the
        // letter spacing allows (an emergency) keeps its letters at most spacing and puts
        // the rest into its spaces, or, with none, stays short rather than letter-spaced
        float glueRatio = r;
        float letterRatio = r;
        if (r > 1) {
            double natural = 0;
            double glueStretch = 0;
            double letterStretch = 0;
            for (int j = start; j < end; j++) {
                if (items.type[j] == ItemList.PENALTY) {
                    continue;
                }
                natural += items.width[j];
                if (items.type[j] == ItemList.GLUE) {
                    glueStretch += items.stretch[j];
                } else {
                    letterStretch += items.stretch[j];
                }
            }
            if (end < items.size && items.type[end] == ItemList.PENALTY) {
                natural += items.width[end];
            }
            letterRatio = 1;
            double rest = measure - natural - letterStretch;
            glueRatio = glueStretch > 0 ? (float) Math.max(0, rest / glueStretch) : 0;
            // the last resort against a line looser than the reader's limit: its letters take up to
            // the tuning's emergency spacing (lines that may be letter-spaced at all), so that its
            // spaces need not pass it
            double spaces = 0;
            double sizes = 0;
            double spaced = 0; // the width of the boxes that may be letter-spaced
            for (int j = start; j < end; j++) {
                if (items.type[j] == ItemList.GLUE && items.payload[j] instanceof ShapedText) {
                    spaces += items.width[j] + glueRatio * items.stretch[j];
                    sizes += items.style[j].size();
                } else if (items.type[j] == ItemList.BOX && items.stretch[j] > 0) {
                    spaced += items.width[j];
                }
            }
            double excess = spaces - Tuning.LOOSE_EM * sizes;
            if (sizes > 0 && excess > 0 && letterStretch > 0 && glueStretch > 0) {
                double taken = Math.min(excess, Math.max(0, spaced * items.emergencyLetterSpacing - letterStretch));
                letterRatio = (float) ((letterStretch + taken) / letterStretch);
                glueRatio = (float) Math.max(0, (rest - taken) / glueStretch);
            }
        }
        int glyphsLeft = 0; // the glyphs of the line's items, and of a hyphen at its end
        for (int j = start; j < end; j++) {
            if (items.type[j] != ItemList.PENALTY && items.payload[j] instanceof ShapedText) {
                glyphsLeft += items.to[j] - items.from[j];
            }
        }
        if (end < items.size && items.type[end] == ItemList.PENALTY && items.payload[end] instanceof ShapedText h) {
            glyphsLeft += h.length();
        }
        List<RunBuilder> runs = new ArrayList<>(2);
        List<String> markerIds = new ArrayList<>();
        List<Float> markerXs = new ArrayList<>();
        RunBuilder current = null;
        double x = 0;
        RunBuilder lastGlueRun = null;
        int lastGlueIndex = -1;
        float lastSpacing = 0; // letter spacing after the line's last glyph so far
        for (int j = start; j < end; j++) {
            byte type = items.type[j];
            Object payload = items.payload[j];
            if (type == ItemList.PENALTY) {
                continue;
            }
            if (type == ItemList.BOX && payload instanceof String id) {
                markerIds.add(id);
                markerXs.add((float) x);
                continue;
            }
            float q = items.type[j] == ItemList.GLUE ? glueRatio : letterRatio;
            float width = items.width[j] + (q > 0 ? q * items.stretch[j] : q * items.shrink[j]);
            if (!(payload instanceof ShapedText shaped)) {
                x += width;
                current = null; // a gap without a glyph ends the run
                continue;
            }
            TextStyle style = items.style[j];
            String href = items.href[j];
            if (current == null || current.style != style || !java.util.Objects.equals(current.href, href)) {
                current = new RunBuilder(style, href, (float) x, glyphsLeft, items.expansion);
                runs.add(current);
            }
            int from = items.from[j];
            int to = items.to[j];
            glyphsLeft -= to - from;
            if (type == ItemList.GLUE) {
                lastGlueRun = current;
                lastGlueIndex = current.count;
                lastSpacing = 0;
                current.add(shaped.glyphs[from], width);
                current.text.append(' ');
            } else {
                // letter spacing, if the box may take any, spreads evenly over its glyphs
                float stretch = letterRatio > 0 ? letterRatio * items.stretch[j] : letterRatio * items.shrink[j];
                float natural = style.size() / 1000f * items.expansion;
                float scale = natural * (items.width[j] > 0 ? 1 + stretch / items.width[j] : 1);
                width = 0;
                for (int g = from; g < to; g++) {
                    float advance = shaped.advances[g] * scale;
                    current.add(shaped.glyphs[g], advance);
                    width += advance;
                }
                lastSpacing = to > from ? (scale - natural) * shaped.advances[to - 1] : 0;
                current.text.append(shaped.text, shaped.charStart(from), shaped.charStart(to));
            }
            x += width;
        }
        boolean hyphenated = false;
        int breakHyphenGlyphs = 0;
        if (end < items.size && items.type[end] == ItemList.PENALTY && items.payload[end] instanceof ShapedText hyphen) {
            TextStyle style = items.style[end];
            String href = items.href[end];
            if (current == null || current.style != style || !java.util.Objects.equals(current.href, href)) {
                current = new RunBuilder(style, href, (float) x, glyphsLeft, items.expansion);
                runs.add(current);
            }
            float scale = style.size() / 1000f * items.expansion;
            for (int g = 0; g < hyphen.length(); g++) {
                current.add(hyphen.glyphs[g], hyphen.advances[g] * scale);
                x += hyphen.advances[g] * scale;
            }
            current.text.append(hyphen.text);
            hyphenated = (items.flags[end] & ItemList.HYPHENATION) != 0;
            breakHyphenGlyphs = hyphen.length();
            lastSpacing = 0;
        }
        if (lastSpacing != 0) {
            // letter spacing goes between letters: the line's last glyph gives its share to
            // the one before, so that its ink ends exactly at the line's end, not beyond
            moveSpacingBeforeLastGlyph(runs, lastSpacing);
        }
        float overshoot = (float) (x - measure);
        if (overshoot > 0 && overshoot < 0.01f && lastGlueRun != null) {
            // rounding in the glue set can leave a justified line a hair too wide: never wider
            lastGlueRun.advances[lastGlueIndex] -= overshoot;
            x = measure;
            for (RunBuilder run : runs) {
                if (run != lastGlueRun && run.x > lastGlueRun.x) {
                    run.shiftBy(-overshoot);
                }
            }
        }
        // the line's letters, its hung glyphs apart, are what the alignment places
        float letters = (float) x - hangLeft - hangRight;
        float shift = switch (spec.alignment()) {
            case RIGHT -> Math.max(0, spec.measure() - letters) - hangLeft;
            case CENTER -> Math.max(0, (spec.measure() - letters) / 2) - hangLeft;
            default -> -hangLeft;
        };
        List<GlyphRun> built = new ArrayList<>(runs.size());
        float ascent = 0;
        float descent = 0;
        for (RunBuilder run : runs) {
            if (run.count == 0) {
                continue;
            }
            built.add(run.build(shift));
            TextStyle s = run.style;
            ascent = Math.max(ascent, s.font().ascender(s.size()) + s.rise());
            descent = Math.max(descent, s.font().descender(s.size()) - s.rise());
        }
        List<SetLine.PlacedMarker> markers = new ArrayList<>(markerIds.size());
        for (int m = 0; m < markerIds.size(); m++) {
            markers.add(new SetLine.PlacedMarker(markerIds.get(m), markerXs.get(m) + shift));
        }
        return new SetLine(List.copyOf(built), List.copyOf(markers), letters, justify ? r : 0f, hyphenated,
                breakHyphenGlyphs, ascent, descent, hangLeft, hangRight);
    }
}
