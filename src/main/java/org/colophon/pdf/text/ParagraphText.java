package org.colophon.pdf.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * A paragraph's runs flattened into one string, with what each character is set in: its
 * style, the face that has its glyph (the run's own or a fallback, whole words at a time:
 * {@link FaceChoice}; a character no face has becomes a visible replacement and one
 * warning), its link. Also where the markers
 * and the author's soft hyphens (removed from the text) fall. Built per call.
 */
final class ParagraphText {

    /** Stands for a forced line break in the flattened text (UAX #14 class BK). */
    static final char LINE_SEPARATOR = '\u2028';
    private static final char NO_BREAK_SPACE = '\u00A0';

    private final TextResources resources;
    private final StringBuilder builder;
    String text;
    TextStyle first;
    TextStyle[] styles;
    FontFace[] faces;
    String[] hrefs;
    final BitSet softHyphens = new BitSet();
    final List<Integer> markerOffsets = new ArrayList<>();
    final List<String> markerIds = new ArrayList<>();

    private ParagraphText(TextResources resources, int capacity) {
        this.resources = resources;
        builder = new StringBuilder(capacity);
        styles = new TextStyle[capacity];
        faces = new FontFace[capacity];
        hrefs = new String[capacity];
    }

    static ParagraphText flatten(TextResources resources, List<ParagraphItem> input) {
        // every character gives at most one (a forced break exactly one): the arrays never grow
        int capacity = 1;
        for (ParagraphItem item : input) {
            if (item instanceof ParagraphItem.TextRun run) {
                capacity += run.text().length();
            } else if (item instanceof ParagraphItem.ForcedBreak) {
                capacity++;
            }
        }
        ParagraphText t = new ParagraphText(resources, capacity);
        t.first = t.flatten(input);
        t.text = t.builder.toString();
        FaceChoice.choose(t.text, t.styles, t.faces, resources.fallbacks(), resources::noteFallback);
        return t;
    }

    static String excerpt(String context) {
        String s = context.strip();
        return s.length() <= 40 ? s : s.substring(0, 40) + "\u2026";
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
                markerOffsets.add(builder.length());
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
            softHyphens.set(builder.length()); // the author's own hyphenation point
            return;
        }
        FontFace face = style.font();
        if (cp != ' ' && cp != NO_BREAK_SPACE && cp != LINE_SEPARATOR && Character.getType(cp) != Character.FORMAT
                && Character.getType(cp) != Character.CONTROL) {
            FontFace found = resources.faceFor(style, cp);
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

    private void append(char c, TextStyle style, FontFace face, String href) {
        int i = builder.length();
        if (i == styles.length) {
            styles = Arrays.copyOf(styles, i * 2);
            faces = Arrays.copyOf(faces, i * 2);
            hrefs = Arrays.copyOf(hrefs, i * 2);
        }
        builder.append(c);
        styles[i] = style;
        faces[i] = face;
        hrefs[i] = href;
    }
}
