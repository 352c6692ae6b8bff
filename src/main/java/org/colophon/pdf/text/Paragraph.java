package org.colophon.pdf.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph turned into Knuth–Plass items: its text flattened, each character given
 * the face that has it (fallbacks, or a visible replacement and a warning), cut at the
 * UAX #14 line-break opportunities ICU finds, words shaped and cut again at their
 * hyphenation points. Built per call; not shared.
 */
final class Paragraph {

    private static final char LINE_SEPARATOR = '\u2028';
    private static final char NO_BREAK_SPACE = '\u00A0';
    private static final int EMERGENCY_BREAK_PENALTY = 0;
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

    boolean isEmpty() {
        for (int i = 0; i < items.size; i++) {
            if (items.type[i] == ItemList.BOX) {
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
        return new Builder(resources, spec, tuning).build(input);
    }

    private static final class Builder {
        private final TextResources resources;
        private final ParagraphSpec spec;
        private final Tuning tuning;
        private final boolean justify;
        private final ItemList items = new ItemList();
        private final StringBuilder text = new StringBuilder();
        private TextStyle[] styles = new TextStyle[256];
        private FontFace[] faces = new FontFace[256];
        private String[] hrefs = new String[256];
        private final List<Integer> markerOffsets = new ArrayList<>();
        private final List<String> markerIds = new ArrayList<>();
        private int nextMarker;
        private float limit;

        Builder(TextResources resources, ParagraphSpec spec, Tuning tuning) {
            this.resources = resources;
            this.spec = spec;
            this.tuning = tuning;
            this.justify = spec.alignment() == ParagraphSpec.Alignment.JUSTIFY;
        }

        Paragraph build(List<ParagraphItem> input) {
            TextStyle first = flatten(input);
            float em = first == null ? 10f : first.size();
            limit = Math.min(spec.measure(), spec.measure() - spec.firstIndent());
            if (spec.firstIndent() > 0) {
                items.box(spec.firstIndent());
            }
            if (text.length() > 0) {
                emitSegments(first.lang());
            }
            emitMarkers(text.length());
            items.removeTrailingGlue();
            if (!(items.lastType() == ItemList.PENALTY && items.penalty[items.size - 1] <= -ItemList.INFINITE)) {
                finishLine();
            }
            float background = justify ? 0 : 2 * em;
            return new Paragraph(items, background, em);
        }

        /** Concatenates the runs, choosing a face for every character. Returns the first style. */
        private TextStyle flatten(List<ParagraphItem> input) {
            TextStyle first = null;
            TextStyle last = null;
            String lastHref = null;
            for (ParagraphItem item : input) {
                if (item instanceof ParagraphItem.TextRun run) {
                    TextStyle style = run.style();
                    if (first == null) {
                        first = style;
                    }
                    last = style;
                    lastHref = run.href();
                    String s = run.text();
                    for (int i = 0; i < s.length(); ) {
                        int cp = s.codePointAt(i);
                        i += Character.charCount(cp);
                        appendCodePoint(cp, style, run.href(), s);
                    }
                } else if (item instanceof ParagraphItem.Marker marker) {
                    markerOffsets.add(text.length());
                    markerIds.add(marker.id());
                } else if (item instanceof ParagraphItem.ForcedBreak) {
                    if (last != null) {
                        append(LINE_SEPARATOR, last, last.font(), lastHref);
                    }
                }
            }
            return first;
        }

        private void appendCodePoint(int cp, TextStyle style, String href, String context) {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                cp = ' ';
            }
            if (cp == 0x00AD) {
                return; // soft hyphens: the hyphenation patterns decide
            }
            FontFace face = style.font();
            if (cp != ' ' && cp != NO_BREAK_SPACE && cp != LINE_SEPARATOR && Character.getType(cp) != Character.FORMAT
                    && Character.getType(cp) != Character.CONTROL) {
                FontFace found = resources.faceFor(face, cp);
                if (found == null) {
                    char replacement = face.hasGlyph(0xFFFD) ? '\uFFFD' : '?';
                    resources.reportMissing(cp, replacement == '?' ? "?" : "U+FFFD", excerpt(context));
                    append(replacement, style, face, href);
                    return;
                }
                face = found;
            } else if (Character.getType(cp) == Character.CONTROL && cp != ' ') {
                return;
            }
            if (Character.isBmpCodePoint(cp)) {
                append((char) cp, style, face, href);
            } else {
                append(Character.highSurrogate(cp), style, face, href);
                append(Character.lowSurrogate(cp), style, face, href);
            }
        }

        private static String excerpt(String context) {
            String s = context.strip();
            return s.length() <= 40 ? s : s.substring(0, 40) + "\u2026";
        }

        private void append(char c, TextStyle style, FontFace face, String href) {
            int i = text.length();
            if (i == styles.length) {
                styles = java.util.Arrays.copyOf(styles, i * 2);
                faces = java.util.Arrays.copyOf(faces, i * 2);
                hrefs = java.util.Arrays.copyOf(hrefs, i * 2);
            }
            text.append(c);
            styles[i] = style;
            faces[i] = face;
            hrefs[i] = href;
        }

        private void emitSegments(String lang) {
            String s = text.toString();
            boolean french = lang != null && (lang.equals("fr") || lang.startsWith("fr-") || lang.startsWith("fr_"));
            BreakIterator lines = BreakIterator.getLineInstance(lang == null ? ULocale.ROOT : ULocale.forLanguageTag(lang));
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
                    if (items.lastType() == ItemList.BOX) {
                        if (french && (spacesEnd < s.length() && ";:!?»".indexOf(s.charAt(spacesEnd)) >= 0
                                || s.charAt(contentEnd - 1) == '«')) {
                            // a plain space where the typography pass would have put a no-break one:
                            // French punctuation still never starts a line, « never ends one
                            items.penalty(0, ItemList.INFINITE, (byte) 0);
                        }
                        interwordGlue(contentEnd);
                    }
                } else if (!separator && end < s.length() && contentEnd > start && items.lastType() == ItemList.BOX) {
                    char before = s.charAt(contentEnd - 1);
                    boolean hyphen = before == '-' || before == '\u2010';
                    items.penalty(0, hyphen ? tuning.explicitHyphenPenalty() : 0, hyphen ? ItemList.FLAGGED : 0);
                }
                if (separator) {
                    emitMarkers(end);
                    items.removeTrailingGlue();
                    finishLine();
                }
            }
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

        private void interwordGlue(int at) {
            TextStyle style = styles[at];
            ShapedText space = resources.shaper().shape(style.font(), false, " ");
            float w;
            if (space.length() == 1) {
                w = space.width * style.size() / 1000f;
            } else {
                w = 0.25f * style.size();
                space = null;
            }
            int glue = justify ? items.glue(w, w * tuning.spaceStretch(), w * tuning.spaceShrink()) : items.glue(w, 0, 0);
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
                resources.reportOverlong(excerpt(s.substring(from, to)));
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
                        if (items.lastType() == ItemList.BOX) {
                            items.penalty(0, ItemList.INFINITE, (byte) 0);
                            interwordGlue(i);
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
                    : new TextStyle(face, style.size(), style.lang(), style.smallCaps(), style.rise());
        }

        private void emitPiece(String s, int from, int to, boolean hyphenate) {
            TextStyle style = effectiveStyle(from);
            String href = hrefs[from];
            String piece = s.substring(from, to);
            ShapedText shaped = resources.shaper().shape(style.font(), style.smallCaps(), piece);
            float scale = style.size() / 1000f;
            int glyphStart = 0;
            if (hyphenate && to - from >= 5 && resources.hyphenator().supports(style.lang())) {
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
                    if (i - wordStart < 5) {
                        continue;
                    }
                    int[] points = resources.hyphenator().points(piece.substring(wordStart, i), style.lang());
                    for (int p : points) {
                        int glyph = shaped.glyphStartingAt(wordStart + p);
                        if (glyph <= glyphStart) {
                            continue; // inside a ligature: no break there
                        }
                        if (hyphen == null) {
                            hyphen = resources.shaper().shape(style.font(), style.smallCaps(), "-");
                        }
                        int box = textBox(shaped.width(glyphStart, glyph) * scale);
                        items.attach(box, shaped, glyphStart, glyph, style, href);
                        int penalty = items.penalty(hyphen.width * scale, tuning.hyphenPenalty(),
                                (byte) (ItemList.FLAGGED | ItemList.HYPHENATION));
                        items.attach(penalty, hyphen, 0, hyphen.length(), style, href);
                        glyphStart = glyph;
                    }
                }
            }
            int box = textBox(shaped.width(glyphStart, shaped.length()) * scale);
            items.attach(box, shaped, glyphStart, shaped.length(), style, href);
        }

        /** A box of text, which in justified lines may take a little letter spacing. */
        private int textBox(float width) {
            return justify ? items.box(width, width * tuning.letterStretch(), width * tuning.letterShrink())
                    : items.box(width);
        }

        /**
         * A piece cut between every glyph cluster, for words wider than the line; still
         * never before closing punctuation nor after an opening guillemet or dash.
         */
        private void emitCut(String s, int from, int to) {
            TextStyle style = effectiveStyle(from);
            ShapedText shaped = resources.shaper().shape(style.font(), style.smallCaps(), s.substring(from, to));
            float scale = style.size() / 1000f;
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
