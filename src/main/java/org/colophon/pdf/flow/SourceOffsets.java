package org.colophon.pdf.flow;

import java.util.List;
import org.colophon.layout.VisibleText;
import org.colophon.pdf.text.GlyphRun;
import org.colophon.pdf.text.ParagraphItem;
import org.colophon.pdf.text.SetLine;

/**
 * Counts a paragraph's visible characters, so that a set line can be found again in the
 * XHTML it came from: the EPUB's print page markers go before the visible character
 * where a PDF page begins. Visible: a code point that is neither white space (spaces of
 * every width, line ends) nor a format or control character (soft hyphen, joiners), so
 * the count is the same in the XHTML source and in the set lines, whatever the setter did
 * with spaces and however it broke lines.
 */
final class SourceOffsets {

    private SourceOffsets() {
    }

    /** The visible characters of a paragraph's text. */
    static int visible(List<ParagraphItem> items) {
        int n = 0;
        for (ParagraphItem item : items) {
            if (item instanceof ParagraphItem.TextRun run) {
                n += visible(run.text());
            }
        }
        return n;
    }

    static int visible(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            if (VisibleText.isVisible(cp)) {
                n++;
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    /**
     * Where each line begins: {@code base} plus the visible characters of the paragraph
     * before it. A hyphen at a line's end that the source does not have there was added by
     * the setter and is not counted.
     */
    static int[] lineStarts(List<ParagraphItem> items, List<SetLine> lines, int base) {
        int[] starts = new int[lines.size()];
        if (lines.isEmpty()) {
            return starts;
        }
        StringBuilder source = new StringBuilder();
        for (ParagraphItem item : items) {
            if (item instanceof ParagraphItem.TextRun run) {
                appendVisible(source, run.text());
            }
        }
        int consumed = 0;
        for (int i = 0; i < lines.size(); i++) {
            starts[i] = base + consumed;
            StringBuilder text = new StringBuilder();
            for (GlyphRun run : lines.get(i).runs()) {
                appendVisible(text, run.text());
            }
            int count = text.length();
            boolean endsInHyphen = count > 0 && text.charAt(count - 1) == '-';
            if (endsInHyphen && i < lines.size() - 1) {
                int at = consumed + count - 1; // where that hyphen would be in the source
                if (at >= source.length() || source.charAt(at) != '-') {
                    count--;
                }
            } else if (lines.get(i).breakHyphenGlyphs() > 0 && i < lines.size() - 1) {
                count -= lines.get(i).breakHyphenGlyphs(); // a code line's continuation mark
            }
            consumed += count;
        }
        return starts;
    }

    /** Appends the visible characters of {@code s}, one char each (a supplementary code point as one). */
    private static void appendVisible(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            if (VisibleText.isVisible(cp)) {
                out.append(Character.isBmpCodePoint(cp) ? (char) cp : '\uFFFD');
            }
            i += Character.charCount(cp);
        }
    }
}
