package org.colophon.pdf.text;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph turned into Knuth–Plass items: its text flattened, each character given
 * the face that has it (fallbacks, or a visible replacement and a warning), cut at the
 * UAX #14 line-break opportunities ICU finds, words shaped and cut again at their
 * hyphenation points. Built per call; not shared.
 */
final class Paragraph {

    private static final char LINE_SEPARATOR = ParagraphText.LINE_SEPARATOR;
    /** How many times a break inside a part of a compound costs what one at its joint does. */
    private static final int INSIDE_COMPOUND = 2;
    private static final char NO_BREAK_SPACE = '\u00A0';
    private static final int EMERGENCY_BREAK_PENALTY = 0;
    private static final int[] NO_POINTS = new int[0];
    private static final float SYNTHETIC_SMALL_CAPS = 0.78f;
    private static final float SYNTHETIC_TRACKING = 40f; // 1/1000 em of the small size
    private static final int DISCOURAGED_CUT_PENALTY = ItemList.INFINITE / 2;

    private final ItemList items;
    private final float background;
    private final float emSize;

    private Paragraph(ItemList items, float background, float emSize) {
        this.items = items;
        this.background = background;
        this.emSize = emSize;
    }

    ItemList items() {
        return items;
    }

    float background() {
        return background;
    }

    float emSize() {
        return emSize;
    }

    /** No text and no marker: nothing to set (an indent alone makes no line). */
    boolean isEmpty() {
        for (int i = 0; i < items.size; i++) {
            if (items.type[i] == ItemList.BOX && items.payload[i] != null) {
                return false;
            }
        }
        return true;
    }

    float naturalWidth() {
        float w = 0;
        for (int i = 0; i < items.size; i++) {
            if (items.type[i] != ItemList.PENALTY) {
                w += items.width[i];
            }
        }
        return w;
    }

    static Paragraph build(TextResources resources, List<ParagraphItem> input, ParagraphSpec spec, Tuning tuning) {
        return build(resources, input, spec, tuning, 1f);
    }

    /** The same, its glyphs scaled horizontally by {@code expansion} (justified prose only; 1 for none). */
    static Paragraph build(TextResources resources, List<ParagraphItem> input, ParagraphSpec spec, Tuning tuning,
                           float expansion) {
        return new Builder(resources, spec, tuning, expansion).build(input);
    }

    private static final class Builder {
        private final TextResources resources;
        private final ParagraphSpec spec;
        private final Tuning tuning;
        private final boolean justify;
        private ItemList items;
        private ParagraphText text;
        private TextStyle[] styles;
        private FontFace[] faces;
        private String[] hrefs;
        private java.util.BitSet softHyphens;
        private List<Integer> markerOffsets;
        private List<String> markerIds;
        private int nextMarker;
        private float limit;
        private int[] codeCuts = new int[0]; // where the line of code being cut is cut, by character
        private int nextCut;
        private float letterStretch; // the paragraph's language's: one texture for all its lines

        private final float expansion; // the glyph scaling of every width in prose

        Builder(TextResources resources, ParagraphSpec spec, Tuning tuning, float expansion) {
            this.resources = resources;
            this.spec = spec;
            this.tuning = tuning;
            this.justify = spec.alignment() == ParagraphSpec.Alignment.JUSTIFY;
            this.expansion = justify && spec.codeWrap() == null ? expansion : 1f;
        }

        Paragraph build(List<ParagraphItem> input) {
            text = ParagraphText.flatten(resources, input);
            // about one item per two characters in prose (a box and a glue per word, hyphenation points)
            items = new ItemList(text.text.length() / 2 + 16);
            items.expansion = expansion;
            items.emergencyLetterSpacing = tuning.emergencyLetterSpacing();
            styles = text.styles;
            faces = text.faces;
            hrefs = text.hrefs;
            softHyphens = text.softHyphens;
            markerOffsets = text.markerOffsets;
            markerIds = text.markerIds;
            TextStyle first = text.first;
            letterStretch = tuning.letterStretch(first == null ? null : first.lang());
            float em = first == null ? 10f : first.size();
            limit = Math.min(spec.measure(), spec.measure() - spec.firstIndent());
            if (spec.firstIndent() > 0) {
                items.box(spec.firstIndent());
            }
            if (text.text.length() > 0 && spec.codeWrap() != null) {
                emitCodeLines();
            } else if (text.text.length() > 0) {
                emitSegments(first.lang());
            }
            // trailing glue first: a marker after it would make the glue a place to break
            items.removeTrailingGlue();
            emitMarkers(text.text.length());
            if (!(items.lastType() == ItemList.PENALTY && items.penalty[items.size - 1] <= -ItemList.INFINITE)) {
                finishLine();
            }
            float background = justify ? 0 : 2 * em;
            return new Paragraph(items, background, em);
        }

        private void emitSegments(String lang) {
            String s = text.text;
            boolean french = lang != null && (lang.equals("fr") || lang.startsWith("fr-") || lang.startsWith("fr_"));
            BreakIterator lines = resources.lineIterator(lang);
            lines.setText(s);
            int start = lines.first();
            for (int end = lines.next(); end != BreakIterator.DONE; start = end, end = lines.next()) {
                int contentEnd = end;
                boolean separator = false;
                if (contentEnd > start && s.charAt(contentEnd - 1) == LINE_SEPARATOR) {
                    contentEnd--;
                    separator = true;
                }
                int spacesEnd = contentEnd;
                while (contentEnd > start && s.charAt(contentEnd - 1) == ' ') {
                    contentEnd--;
                }
                emitContent(s, start, contentEnd);
                if (spacesEnd > contentEnd) {
                    emitMarkers(contentEnd);
                    if (afterContent()) {
                        if (french && (spacesEnd < s.length() && ";:!?»".indexOf(s.charAt(spacesEnd)) >= 0
                                || s.charAt(contentEnd - 1) == '«')) {
                            // a plain space where the typography pass would have put a no-break one:
                            // French punctuation still never starts a line, « never ends one
                            items.penalty(0, ItemList.INFINITE, (byte) 0);
                        }
                        interwordGlue(contentEnd);
                    }
                } else if (!separator && end < s.length() && contentEnd > start && afterContent()) {
                    char before = s.charAt(contentEnd - 1);
                    boolean hyphen = before == '-' || before == '\u2010';
                    items.penalty(0, hyphen ? tuning.explicitHyphenPenalty() : 0, hyphen ? ItemList.FLAGGED : 0);
                }
                if (separator) {
                    items.removeTrailingGlue();
                    emitMarkers(end);
                    finishLine();
                }
            }
        }

        /**
         * Code: a line of the text per line of the code; one wider than the measure is cut
         * after a space (or a separator, or between characters: {@link #codeCuts}), each cut
         * ending its line with the continuation mark.
         */
        private void emitCodeLines() {
            String s = text.text;
            int start = 0;
            while (true) {
                int separator = s.indexOf(LINE_SEPARATOR, start);
                int end = separator < 0 ? s.length() : separator;
                if (end > start) {
                    int mark = items.size;
                    int markers = nextMarker;
                    emitCodePieces(s, start, end, false);
                    float width = 0;
                    for (int k = mark; k < items.size; k++) {
                        width += items.type[k] == ItemList.PENALTY ? 0 : items.width[k];
                    }
                    if (width > limit) {
                        items.size = mark;
                        nextMarker = markers;
                        codeCuts = codeCuts(s, start, end);
                        nextCut = 0;
                        emitCodePieces(s, start, end, true);
                        codeCuts = new int[0];
                    }
                }
                if (separator < 0) {
                    return;
                }
                // a marker just after the separator (a line's number) opens the next line
                emitMarkers(separator);
                finishLine();
                start = separator + 1;
            }
        }

        /** The runs of one line of code, split where the style, face, link or a marker changes. */
        private void emitCodePieces(String s, int from, int to, boolean cut) {
            int pieceStart = from;
            for (int i = from + 1; i <= to; i++) {
                if (i == to || styles[i] != styles[pieceStart] || faces[i] != faces[pieceStart]
                        || hrefs[i] != hrefs[pieceStart] || hasMarkerAt(i)) {
                    emitMarkers(pieceStart);
                    emitCodePiece(s, pieceStart, i, cut);
                    pieceStart = i;
                }
            }
        }

        /**
         * Spaces are shaped with the rest, as boxes: glue would vanish at a break, and code
         * keeps every space. The layouts' no-break spaces become spaces again, as the code has them.
         */
        private void emitCodePiece(String s, int from, int to, boolean cut) {
            TextStyle style = effectiveStyle(from);
            String href = hrefs[from];
            ShapedText shaped = resources.shaper().shape(style.font(), false,
                    s.substring(from, to).replace(NO_BREAK_SPACE, ' '));
            float scale = style.size() / 1000f;
            if (!cut) {
                int box = items.box(shaped.width * scale);
                items.attach(box, shaped, 0, shaped.length(), style, href);
                return;
            }
            for (int g = 0; g < shaped.length(); g++) {
                float advance = shaped.advances[g] * scale;
                if (nextCut < codeCuts.length && from + shaped.clusters[g] >= codeCuts[nextCut]) {
                    continuationBreak(style, href);
                    nextCut++;
                }
                int box = items.box(advance);
                items.attach(box, shaped, g, g + 1, style, href);
            }
        }

        /** Of the cut that ends a wrapped line of code, how full the line must be to cut after a space rather than in a word. */
        private static final float FULL_ENOUGH = 0.6f;

        /** Where a line of code wider than the measure is cut: before each of these characters. */
        private int[] codeCuts(String s, int from, int to) {
            float[] before = new float[to - from + 1]; // the line's width before each character
            for (int i = from; i < to; ) {
                int pieceEnd = i + 1;
                while (pieceEnd < to && styles[pieceEnd] == styles[i] && faces[pieceEnd] == faces[i]) {
                    pieceEnd++;
                }
                TextStyle style = effectiveStyle(i);
                ShapedText shaped = resources.shaper().shape(style.font(), false,
                        s.substring(i, pieceEnd).replace(NO_BREAK_SPACE, ' '));
                float[] advance = new float[pieceEnd - i];
                for (int g = 0; g < shaped.length(); g++) {
                    advance[shaped.clusters[g]] += shaped.advances[g] * style.size() / 1000f;
                }
                for (int k = 0; k < advance.length; k++) {
                    before[i - from + k + 1] = before[i - from + k] + advance[k];
                }
                i = pieceEnd;
            }
            List<Integer> cuts = new ArrayList<>();
            int lineStart = from;
            for (int i = from + 1; i < to; i++) {
                float mark = markWidth(effectiveStyle(i));
                if (before[i + 1 - from] - before[lineStart - from] + mark <= limit) {
                    continue;
                }
                // the last place in the line where an editor would wrap: after a space or a
                // separator, provided the line is full enough; else between two characters
                int cut = wrapPlace(s, lineStart, i, from, before, " ");
                if (cut < 0) {
                    cut = wrapPlace(s, lineStart, i, from, before, WRAP_AFTER);
                }
                if (cut < 0) {
                    cut = i;
                }
                cuts.add(cut);
                lineStart = cut;
            }
            return cuts.stream().mapToInt(Integer::intValue).toArray();
        }

        /**
         * The last place before {@code i}, in the line from {@code lineStart}, just after one
         * of {@code after} and not before a space, where the line is full enough; -1 when none.
         * The layouts write code's spaces as no-break spaces: they count as spaces.
         */
        private int wrapPlace(String s, int lineStart, int i, int from, float[] before, String after) {
            for (int p = i; p > lineStart + 1; p--) {
                if (before[p - from] - before[lineStart - from] < FULL_ENOUGH * limit) {
                    return -1;
                }
                if (after.indexOf(asSpace(s.charAt(p - 1))) >= 0 && asSpace(s.charAt(p)) != ' ') {
                    return p;
                }
            }
            return -1;
        }

        private static char asSpace(char c) {
            return c == NO_BREAK_SPACE ? ' ' : c;
        }

        /** Failing a space, the characters after which a line of code wraps best: separators, opening brackets. */
        private static final String WRAP_AFTER = ",;.([{=+";

        private float markWidth(TextStyle style) {
            String mark = spec.codeWrap();
            if (mark.isEmpty() || !mark.codePoints().allMatch(style.font()::hasGlyph)) {
                return 0;
            }
            return resources.shaper().shape(style.font(), false, mark).width * style.size() / 1000f;
        }

        /** A place to cut a line of code, drawing the continuation mark when taken. */
        private void continuationBreak(TextStyle style, String href) {
            String mark = spec.codeWrap();
            if (mark.isEmpty() || !mark.codePoints().allMatch(style.font()::hasGlyph)) {
                items.penalty(0, 0, ItemList.FLAGGED);
                return;
            }
            ShapedText shaped = resources.shaper().shape(style.font(), false, mark);
            int penalty = items.penalty(shaped.width * style.size() / 1000f, 0, ItemList.FLAGGED);
            items.attach(penalty, shaped, 0, shaped.length(), style, href);
        }

        /** Whether the last item is text or a marker (not the indent, glue or a penalty): a space may follow. */
        private boolean afterContent() {
            return items.lastType() == ItemList.BOX && items.payload[items.size - 1] != null;
        }

        private void finishLine() {
            items.penalty(0, ItemList.INFINITE, (byte) 0);
            items.fil();
            items.penalty(0, -ItemList.INFINITE, (byte) 0);
        }

        private void emitMarkers(int upTo) {
            while (nextMarker < markerOffsets.size() && markerOffsets.get(nextMarker) <= upTo) {
                int box = items.box(0);
                items.attach(box, markerIds.get(nextMarker), 0, 0, null, null);
                nextMarker++;
            }
        }

        private float spaceWidth(TextStyle style) {
            ShapedText space = resources.shaper().shape(style.font(), false, " ");
            return space.length() == 1 ? space.width * style.size() / 1000f * expansion : 0.25f * style.size() * expansion;
        }

        private void interwordGlue(int at) {
            TextStyle style = effectiveStyle(at); // the face the space was given: a Greek paragraph's is Noto Serif's
            ShapedText space = resources.shaper().shape(style.font(), false, " ");
            float w;
            if (space.length() == 1) {
                w = space.width * style.size() / 1000f * expansion;
            } else {
                w = 0.25f * style.size() * expansion;
                space = null;
            }
            // the stretch and shrink are fractions of the font's space, not of the optimum
            int glue = justify ? items.glue(w * tuning.spaceOpt(), w * tuning.spaceStretch(), w * tuning.spaceShrink())
                    : items.glue(w, 0, 0);
            items.attach(glue, space, 0, space == null ? 0 : 1, style, hrefs[at]);
        }

        /** Boxes (and hyphenation penalties, no-break glue) for the text between two break opportunities. */
        private void emitContent(String s, int from, int to) {
            if (from >= to) {
                return;
            }
            int mark = items.size;
            emitContent(s, from, to, false);
            float width = 0;
            for (int k = mark; k < items.size; k++) {
                if (items.type[k] != ItemList.PENALTY) {
                    width += items.width[k];
                }
            }
            if (width > limit) {
                // wider than a line: the only way to keep it inside the measure is to cut it
                resources.reportOverlong(s.substring(from, to));
                items.size = mark;
                rewindMarkers(from);
                emitContent(s, from, to, true);
            }
        }

        /**
         * The pieces of one unbreakable stretch of text; spaces inside it (no-break spaces,
         * or plain ones ICU forbids breaking at, as before « ! ») become glue that cannot
         * break. {@code cut}: also allow breaks between glyphs (for words wider than a line).
         */
        private void emitContent(String s, int from, int to, boolean cut) {
            int pieceStart = from;
            for (int i = from; i <= to; i++) {
                boolean end = i == to;
                char c = end ? 0 : s.charAt(i);
                boolean space = c == NO_BREAK_SPACE || c == ' ';
                boolean change = !end && !space && i > pieceStart
                        && (styles[i] != styles[pieceStart] || faces[i] != faces[pieceStart] || hrefs[i] != hrefs[pieceStart]
                            || hasMarkerAt(i));
                if (end || space || change) {
                    if (i > pieceStart) {
                        emitMarkers(pieceStart);
                        if (cut) {
                            emitCut(s, pieceStart, i);
                        } else {
                            emitPiece(s, pieceStart, i, spec.hyphenate());
                        }
                    }
                    if (space) {
                        emitMarkers(i);
                        if (afterContent()) {
                            items.penalty(0, ItemList.INFINITE, (byte) 0);
                            interwordGlue(i);
                        } else if (c == NO_BREAK_SPACE) {
                            // a no-break space does not collapse (CSS): the second of two, or one
                            // that starts a line (indentation in a pre block), keeps its width
                            items.box(spaceWidth(effectiveStyle(i)));
                        }
                        pieceStart = i + 1;
                    } else {
                        pieceStart = i;
                    }
                }
            }
        }

        private boolean hasMarkerAt(int offset) {
            return nextMarker < markerOffsets.size() && markerOffsets.get(nextMarker) == offset;
        }

        private void rewindMarkers(int offset) {
            while (nextMarker > 0 && markerOffsets.get(nextMarker - 1) >= offset) {
                nextMarker--;
            }
        }

        private TextStyle effectiveStyle(int i) {
            TextStyle style = styles[i];
            FontFace face = faces[i];
            return face == style.font() ? style
                    : style.with(face, style.size(), style.smallCaps());
        }

        private void emitPiece(String s, int from, int to, boolean hyphenate) {
            TextStyle style = effectiveStyle(from);
            if (style.smallCaps() && !style.font().hasSmallCaps()) {
                emitSyntheticSmallCaps(s, from, to, style);
                return;
            }
            String href = hrefs[from];
            String piece = s.substring(from, to);
            ShapedText shaped = resources.shaper().shape(style.font(), style.smallCaps(), piece);
            float scale = style.size() / 1000f * expansion;
            int glyphStart = 0;
            boolean patterns = hyphenate && resources.hyphenator().supports(style.lang());
            boolean soft = softHyphens.nextSetBit(from + 1) >= 0 && softHyphens.nextSetBit(from + 1) < to;
            if ((patterns || soft) && to - from >= 2) {
                ShapedText hyphen = null;
                int i = 0;
                int n = piece.length();
                while (i < n) {
                    if (!Character.isLetter(piece.charAt(i))) {
                        i++;
                        continue;
                    }
                    int wordStart = i;
                    while (i < n && (isLetter(piece.charAt(i))
                            || isJoiner(piece.charAt(i)) && i + 1 < n && Character.isLetter(piece.charAt(i + 1)))) {
                        i++;
                    }
                    int[] points = wordPoints(piece, wordStart, i, from, patterns, style.lang(), false);
                    boolean properNoun = false;
                    if (points.length == 0 && patterns && !soft && Character.isUpperCase(piece.charAt(wordStart))) {
                        // a proper noun's points, for the last resort against a loose line
                        points = wordPoints(piece, wordStart, i, from, patterns, style.lang(), true);
                        properNoun = points.length > 0;
                    }
                    // in a compound, a break at a joint costs what any break does, one inside a part more
                    long joints = soft || points.length < 2 || !resources.hyphenator().compounds(style.lang()) ? 0
                            : resources.hyphenator().joints(piece.substring(wordStart, i), style.lang(), points);
                    int pointIndex = -1;
                    for (int p : points) {
                        pointIndex++;
                        int glyph = shaped.glyphStartingAt(wordStart + p);
                        if (glyph <= glyphStart) {
                            continue; // inside a ligature: no break there
                        }
                        if (hyphen == null) {
                            hyphen = resources.shaper().shape(style.font(), style.smallCaps(), "-");
                        }
                        int box = textBox(shaped.width(glyphStart, glyph) * scale);
                        items.attach(box, shaped, glyphStart, glyph, style, href);
                        // the author's soft hyphens count in every pass, the patterns' only once hyphenating
                        byte flags = soft ? ItemList.FLAGGED : (byte) (ItemList.FLAGGED | ItemList.HYPHENATION
                                | (properNoun ? ItemList.CAPITAL : 0));
                        int cost = joints == 0 || pointIndex >= 64 || (joints & (1L << pointIndex)) != 0
                                ? tuning.hyphenPenalty() : INSIDE_COMPOUND * tuning.hyphenPenalty();
                        if (properNoun) {
                            cost = tuning.properNounHyphenPenalty();
                        }
                        int penalty = items.penalty(hyphen.width * scale, cost, flags);
                        items.attach(penalty, hyphen, 0, hyphen.length(), style, href);
                        glyphStart = glyph;
                    }
                }
            }
            int box = textBox(shaped.width(glyphStart, shaped.length()) * scale);
            items.attach(box, shaped, glyphStart, shaped.length(), style, href);
        }

        /**
         * Where the word {@code piece[start, end)} may be hyphenated, relative to its start:
         * where the author put soft hyphens if any (then only there, as TeX does), else
         * where the patterns say; a capitalised word not opening a sentence (a proper noun)
         * has none unless {@code properNoun} asks for its points all the same.
         */
        private int[] wordPoints(String piece, int start, int end, int pieceOffset, boolean patterns, String lang,
                                 boolean properNoun) {
            int first = softHyphens.nextSetBit(pieceOffset + start + 1);
            if (first >= 0 && first < pieceOffset + end) {
                int[] points = new int[end - start];
                int n = 0;
                for (int k = first; k >= 0 && k < pieceOffset + end; k = softHyphens.nextSetBit(k + 1)) {
                    points[n++] = k - pieceOffset - start;
                }
                return java.util.Arrays.copyOf(points, n);
            }
            if (!patterns) {
                return NO_POINTS;
            }
            // a capital makes a proper noun, left whole, unless the word opens a sentence
            boolean capital = Character.isUpperCase(piece.charAt(start));
            return resources.hyphenator().points(piece.substring(start, end), lang, spec.limits(),
                    properNoun || capital && opensSentence(pieceOffset + start));
        }

        /**
         * Whether the word at {@code at} of the paragraph's text begins a sentence: nothing
         * but spaces, quotation marks, brackets and dashes stand between it and the
         * paragraph's start or a full stop, question or exclamation mark, ellipsis or colon.
         */
        private boolean opensSentence(int at) {
            String s = text.text;
            for (int k = at - 1; k >= 0; k--) {
                char c = s.charAt(k);
                if (c == '.') {
                    return !afterTitleOrInitial(s, k); // "M. Formerie", "J. Verne": a name still
                }
                if ("!?\u2026:".indexOf(c) >= 0) {
                    return true;
                }
                if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && "«»“”„‘’\"'([—–-¿¡".indexOf(c) < 0) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the full stop at {@code dot} ends a capitalised word of at most three letters (an initial, "M.", "Dr."). */
        private static boolean afterTitleOrInitial(String s, int dot) {
            int k = dot;
            while (k > 0 && Character.isLetter(s.charAt(k - 1))) {
                k--;
            }
            return dot - k >= 1 && dot - k <= 3 && Character.isUpperCase(s.charAt(k));
        }

        /**
         * Small capitals for a face without {@code smcp}: lowercase letters set as capitals
         * at 78 % of the size with 4 % of an em of extra tracking (the usual fake, better
         * than none); other characters as they are. Not hyphenated.
         */
        private void emitSyntheticSmallCaps(String s, int from, int to, TextStyle style) {
            TextStyle full = style.with(style.font(), style.size(), false);
            TextStyle small = style.with(style.font(), style.size() * SYNTHETIC_SMALL_CAPS, false);
            int i = from;
            while (i < to) {
                boolean lower = Character.isLowerCase(s.charAt(i));
                int j = i;
                while (j < to && Character.isLowerCase(s.charAt(j)) == lower) {
                    j++;
                }
                String part = s.substring(i, j);
                TextStyle partStyle = lower ? small : full;
                ShapedText shaped = resources.shaper().shape(style.font(), false,
                        lower ? part.toUpperCase(java.util.Locale.ROOT) : part);
                if (lower) {
                    float[] tracked = shaped.advances.clone();
                    for (int g = 0; g < tracked.length; g++) {
                        tracked[g] += SYNTHETIC_TRACKING;
                    }
                    shaped = new ShapedText(shaped.face, shaped.text, shaped.glyphs, tracked, shaped.clusters);
                }
                int box = textBox(shaped.width * partStyle.size() / 1000f * expansion);
                items.attach(box, shaped, 0, shaped.length(), partStyle, hrefs[from]);
                i = j;
            }
        }

        /** A box of text, which in justified lines may take a little letter spacing. */
        private int textBox(float width) {
            return justify ? items.box(width, width * letterStretch, width * tuning.letterShrink())
                    : items.box(width);
        }

        /**
         * A piece cut between every glyph cluster, for words wider than the line; still
         * never before closing punctuation nor after an opening guillemet or dash.
         */
        private void emitCut(String s, int from, int to) {
            TextStyle style = effectiveStyle(from);
            ShapedText shaped = resources.shaper().shape(style.font(), style.smallCaps(), s.substring(from, to));
            float scale = style.size() / 1000f * expansion;
            for (int g = 0; g < shaped.length(); g++) {
                if (g > 0) {
                    char next = shaped.text.charAt(shaped.charStart(g));
                    char previous = shaped.text.charAt(shaped.charStart(g) - 1);
                    boolean allowed = ";:!?»,.)]\u202F\u2019".indexOf(next) < 0 && "«([\u202F\u2014".indexOf(previous) < 0;
                    // only discouraged, not forbidden: a run of "?" (every glyph no font has) must still be cut
                    items.penalty(0, allowed ? EMERGENCY_BREAK_PENALTY : DISCOURAGED_CUT_PENALTY, (byte) 0);
                }
                int box = textBox(shaped.advances[g] * scale);
                items.attach(box, shaped, g, g + 1, style, hrefs[from]);
            }
        }

        private static boolean isLetter(char c) {
            return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
        }

        private static boolean isJoiner(char c) {
            return c == '\u2019' || c == '\'' || c == '-' || c == '\u2010';
        }
    }
}
