package org.colophon.pdf.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.colophon.error.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * The face of every character, from the body face Source Serif 4 and its fallback Noto
 * Serif (the families print.css lists): a word goes to the fallback whole, Greek paragraphs
 * with polytonic letters and Ancient Greek wholly, monotonic Greek and Cyrillic stay.
 */
class FaceChoiceTest {

    private static final FontFace NOTO = Fixtures.face("NotoSerif-Regular.ttf");
    private static final FontFace NOTO_ITALIC = Fixtures.face("NotoSerif-Italic.ttf");

    private final List<Diagnostic> warnings = new ArrayList<>();
    private final TextResources resources = new TextResources(List.of(Fixtures.REGULAR, NOTO), warnings::add);

    private static TextStyle style(String lang) {
        return new TextStyle(Fixtures.REGULAR, 10, lang, false, 0, 0, List.of(NOTO));
    }

    private ParagraphText set(String lang, String text) {
        return ParagraphText.flatten(resources, Fixtures.text(text, style(lang)));
    }

    /** The faces of the word of {@code t} that starts at {@code from}, one per UTF-16 unit. */
    private static List<FontFace> facesOf(ParagraphText t, String word) {
        int from = t.text.indexOf(word);
        assertTrue(from >= 0, word + " in " + t.text);
        List<FontFace> out = new ArrayList<>();
        for (int i = from; i < from + word.length(); i++) {
            out.add(t.faces[i]);
        }
        return out;
    }

    private static void allIn(FontFace face, List<FontFace> faces, String word) {
        for (FontFace f : faces) {
            assertEquals(face, f, word + " is set in " + faces);
        }
    }

    @Test
    void aWordWithOnePolytonicLetterGoesWhollyToTheFallback() {
        // an English sentence: only the word with the smooth breathing (U+1F10) moves
        ParagraphText t = set("en", "The word \u1F10\u03BB\u03B5\u03CD\u03B8\u03B5\u03C1\u03BF\u03C2, free.");
        allIn(NOTO, facesOf(t, "\u1F10\u03BB\u03B5\u03CD\u03B8\u03B5\u03C1\u03BF\u03C2,"), "\u1F10\u03BB\u03B5\u03CD\u03B8\u03B5\u03C1\u03BF\u03C2,");
        allIn(Fixtures.REGULAR, facesOf(t, "The word"), "The word");
        allIn(Fixtures.REGULAR, facesOf(t, "free."), "free.");
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void monotonicGreekAndCyrillicStayInTheBodyFace() {
        ParagraphText greek = set("el", "\u0397 \u03C0\u03CC\u03BB\u03B7 \u03BA\u03B1\u03B9 \u03B7 \u03B8\u03AC\u03BB\u03B1\u03C3\u03C3\u03B1.");
        allIn(Fixtures.REGULAR, facesOf(greek, greek.text), greek.text);
        ParagraphText russian = set("ru", "\u0412\u043E\u0439\u043D\u0430 \u0438 \u043C\u0438\u0440; \u0423\u043A\u0440\u0430\u0457\u043D\u0430.");
        allIn(Fixtures.REGULAR, facesOf(russian, russian.text), russian.text);
    }

    @Test
    void aGreekParagraphWithPolytonicLettersIsSetWhollyInTheFallbackButItsLatinWords() {
        // "καὶ" has a grave (U+1F76 after NFC: ὶ); "πόλη" only a tonos, which the body face has
        String text = "\u03BA\u03B1\u1F76 \u03C0\u03CC\u03BB\u03B7 (Paris) 1879.";
        ParagraphText t = set("el", text);
        allIn(NOTO, facesOf(t, "\u03C0\u03CC\u03BB\u03B7 "), "\u03C0\u03CC\u03BB\u03B7 and its space");
        allIn(NOTO, facesOf(t, "1879."), "1879.");
        allIn(Fixtures.REGULAR, facesOf(t, "(Paris)"), "(Paris)");
    }

    @Test
    void aQuotationTaggedAncientGreekLeavesItsMonotonicParagraphInTheBodyFace() {
        TextStyle grc = style("grc");
        List<ParagraphItem> items = new ArrayList<>();
        items.add(new ParagraphItem.TextRun("\u0397 \u03BB\u03AD\u03BE\u03B7 ", style("el"), null));
        items.add(new ParagraphItem.TextRun("\u1F00\u03C1\u03C7\u03AE", grc, null));
        items.add(new ParagraphItem.TextRun(" \u03B5\u03AF\u03BD\u03B1\u03B9 \u03B1\u03C1\u03C7\u03B1\u03AF\u03B1.", style("el"), null));
        ParagraphText t = ParagraphText.flatten(resources, items);
        allIn(NOTO, facesOf(t, "\u1F00\u03C1\u03C7\u03AE"), "the quotation");
        allIn(Fixtures.REGULAR, facesOf(t, "\u0397 \u03BB\u03AD\u03BE\u03B7"), "the monotonic words before");
        allIn(Fixtures.REGULAR, facesOf(t, "\u03B5\u03AF\u03BD\u03B1\u03B9 \u03B1\u03C1\u03C7\u03B1\u03AF\u03B1."), "after");
    }

    @Test
    void ancientGreekIsSetInTheFallbackEvenWhereTheBodyFaceHasEveryLetter() {
        ParagraphText t = set("grc", "\u03BB\u03CC\u03B3\u03BF\u03C2");
        allIn(NOTO, facesOf(t, t.text), t.text);
        ParagraphText polyton = set("el-polyton", "\u03BB\u03CC\u03B3\u03BF\u03C2");
        allIn(NOTO, facesOf(polyton, polyton.text), polyton.text);
        ParagraphText modern = set("el", "\u03BB\u03CC\u03B3\u03BF\u03C2");
        allIn(Fixtures.REGULAR, facesOf(modern, modern.text), modern.text);
    }

    @Test
    void italicTextFallsToTheFallbackFamilysItalic() {
        TextStyle italic = new TextStyle(Fixtures.ITALIC, 10, "en", false, 0, 0, List.of(NOTO_ITALIC));
        ParagraphText t = ParagraphText.flatten(resources, Fixtures.text("\u1F00\u03B3\u03B1\u03B8\u03CC\u03C2", italic));
        allIn(NOTO_ITALIC, facesOf(t, t.text), t.text);
    }

    @Test
    void aCharacterNoFaceHasIsOneWarningAndAVisibleReplacement() {
        ParagraphText t = set("en", "a \uD80C\uDC00 b"); // an Egyptian hieroglyph: neither face has it
        assertFalse(t.text.contains("\uD80C\uDC00"));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).message().contains("no font has the character U+13000"), warnings.get(0).message());
        assertNotNull(resources.missingCharacters().get(0x13000));
    }
}
