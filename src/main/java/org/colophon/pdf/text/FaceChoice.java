package org.colophon.pdf.text;

import java.util.List;
import java.util.Locale;

/**
 * Which face each character of a paragraph is set in, once every character has the first
 * face that has its glyph. A reader sees a change of face inside a word as a misprint, so
 * a word that needs a fallback face goes into it whole (its letters, accents and the
 * punctuation stuck to it), at the same size. Two rules come from the language:
 * <ul>
 *   <li>text in a polytonic language ({@code grc}, any tag with the {@code polyton} variant)
 *       is set wholly in the first fallback face that has polytonic Greek;</li>
 *   <li>a paragraph of Greek text ({@code el}) in which some Greek letter needs the fallback
 *       face (a polytonic text tagged plain {@code el}, as the ELTeC Greek novels are) is set
 *       wholly in it, its spaces, punctuation and figures too: half its words in one face and
 *       half in the other would be a patchwork (NFC turns the oxia into the tonos, so a
 *       polytonic word with only an acute accent is one the body face has; in the ELTeC novel
 *       GRE0004, 29 % of the Greek words). A Latin word in it stays in the body face.</li>
 * </ul>
 * Monotonic Greek and Cyrillic, which the body face has, stay in it.
 */
final class FaceChoice {

    /** A character of Greek Extended: a face that has it has polytonic Greek. */
    private static final int POLYTONIC_PROBE = 0x1F00;

    private FaceChoice() {
    }

    /**
     * Moves words and Greek paragraphs into their fallback face, in {@code faces}: one face
     * per UTF-16 unit of {@code text}, as {@code styles}. {@code moved} hears of every
     * character set in another face than its style's own.
     */
    static void choose(String text, TextStyle[] styles, FontFace[] faces, List<FontFace> shared, Moved moved) {
        int n = text.length();
        boolean greekParagraph = false;
        for (int i = 0; i < n && !greekParagraph; i++) {
            // polytonic letters in text tagged as modern Greek: the paragraph is polytonic (a
            // quotation tagged grc inside monotonic Greek is not, and leaves the rest alone)
            String lang = styles[i].lang();
            greekParagraph = faces[i] != styles[i].font() && isGreekLanguage(lang) && !isPolytonicLanguage(lang)
                    && isGreek(text.codePointAt(i));
        }
        int i = 0;
        while (i < n) {
            if (isSpace(text.charAt(i))) {
                if (greekParagraph && isGreekLanguage(styles[i].lang()) && i > 0 && faces[i - 1] != styles[i - 1].font()) {
                    FontFace to = polytonicFace(styles[i], shared);
                    if (to != null && to.hasGlyph(text.charAt(i))) {
                        faces[i] = to; // its spaces too: the word spacing of the face the paragraph is set in
                    }
                }
                i++;
                continue;
            }
            int end = i;
            boolean needed = false;
            boolean polytonic = false;
            boolean greekParagraphWord = false;
            boolean otherLetters = false; // a Latin word in a Greek paragraph stays in the body face
            // the language's facts are asked once per style, not per character: every book's every letter passes here
            TextStyle style = null;
            boolean polytonicLanguage = false;
            boolean monotonicGreek = false;
            while (end < n && !isSpace(text.charAt(end))) {
                int cp = text.codePointAt(end);
                if (styles[end] != style) {
                    style = styles[end];
                    polytonicLanguage = isPolytonicLanguage(style.lang());
                    monotonicGreek = !polytonicLanguage && isGreekLanguage(style.lang());
                }
                needed |= faces[end] != style.font();
                if (polytonicLanguage && !polytonic) {
                    polytonic = isGreek(cp);
                }
                if (greekParagraph) {
                    greekParagraphWord |= monotonicGreek;
                    otherLetters |= Character.isLetter(cp) && !isGreek(cp);
                }
                end += Character.charCount(cp);
            }
            polytonic |= greekParagraphWord && !otherLetters;
            if (needed || polytonic) {
                moveWord(text, i, end, styles, faces, shared, polytonic, moved);
            }
            i = end;
        }
    }

    /** Sets {@code text[from, to)} in the first fallback face that has all of it (else character by character). */
    private static void moveWord(String text, int from, int to, TextStyle[] styles, FontFace[] faces,
                                 List<FontFace> shared, boolean polytonic, Moved moved) {
        TextStyle style = null;
        FontFace face = null;
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            int units = Character.charCount(cp);
            if (styles[i] != style) { // once per style met in the word: a long one is not searched again and again
                style = styles[i];
                face = wordFace(text, from, to, style, shared, polytonic);
            }
            // no fallback has the whole word: each character keeps the first face that has it
            if (face != null && face.hasGlyph(cp) && face != faces[i]) {
                for (int k = i; k < i + units; k++) {
                    faces[k] = face;
                }
            }
            if (faces[i] != styles[i].font()) {
                moved.set(cp, faces[i]);
            }
            i += units;
        }
    }

    private static FontFace wordFace(String text, int from, int to, TextStyle style, List<FontFace> shared,
                                     boolean polytonic) {
        for (FontFace face : candidates(style, shared)) {
            if ((!polytonic || face.hasGlyph(POLYTONIC_PROBE)) && hasAll(face, text, from, to)) {
                return face;
            }
        }
        return null;
    }

    private static FontFace polytonicFace(TextStyle style, List<FontFace> shared) {
        for (FontFace face : candidates(style, shared)) {
            if (face.hasGlyph(POLYTONIC_PROBE)) {
                return face;
            }
        }
        return null;
    }

    /** The style's own fallbacks (its font-family list), then every family's regular face. */
    private static List<FontFace> candidates(TextStyle style, List<FontFace> shared) {
        if (style.fallbacks().isEmpty()) {
            return shared;
        }
        List<FontFace> all = new java.util.ArrayList<>(style.fallbacks());
        for (FontFace f : shared) {
            if (!all.contains(f) && f != style.font()) {
                all.add(f);
            }
        }
        return all;
    }

    private static boolean hasAll(FontFace face, String text, int from, int to) {
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            if (!face.hasGlyph(cp) && Character.getType(cp) != Character.FORMAT) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** Where words break: spaces of every kind (the no-break ones of French too) and forced breaks. */
    private static boolean isSpace(char c) {
        return Character.isSpaceChar(c) || c == ParagraphText.LINE_SEPARATOR || c == '\t';
    }

    /** Greek letters, and the combining accents and breathings written on them. */
    static boolean isGreek(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.GREEK
                || (script == Character.UnicodeScript.INHERITED && cp >= 0x0300 && cp <= 0x036F);
    }

    /** Modern or Ancient Greek: {@code el}, {@code el-GR}, {@code grc}, {@code el-polyton}… */
    static boolean isGreekLanguage(String lang) {
        String primary = primary(lang);
        return primary.equals("el") || primary.equals("grc") || primary.equals("gmy") || primary.equals("gkm");
    }

    /** Greek written with all its accents and breathings: Ancient Greek, or a tag with the polyton variant. */
    static boolean isPolytonicLanguage(String lang) {
        if (lang == null) {
            return false;
        }
        String l = lang.toLowerCase(Locale.ROOT);
        return primary(l).equals("grc") || (isGreekLanguage(l) && l.contains("-polyton"));
    }

    private static String primary(String lang) {
        if (lang == null) {
            return "";
        }
        int dash = lang.indexOf('-');
        return (dash < 0 ? lang : lang.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /** Hears which face a character was set in, when it is not its style's own. */
    interface Moved {
        void set(int codePoint, FontFace face);
    }
}
