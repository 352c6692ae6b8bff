package org.colophon.pdf.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShapingTest {

    private final Shaper shaper = new Shaper();

    @Test
    void metricsComeFromTheFontTables() {
        FontFace f = Fixtures.REGULAR;
        assertEquals(6.70f, f.capHeight(10), 0.01f);
        assertEquals(4.75f, f.xHeight(10), 0.01f);
        assertTrue(f.ascender(10) > f.capHeight(10));
        assertTrue(f.descender(10) > 2 && f.descender(10) < 4);
        assertTrue(f.hasGlyph('é'));
        assertTrue(f.hasGlyph(0x202F), "Source Serif has the narrow no-break space");
        assertFalse(f.hasGlyph(0x4E2D), "no CJK in Source Serif");
    }

    @Test
    void ligaturesFormAndKnowTheirLetters() {
        ShapedText office = shaper.shape(Fixtures.REGULAR, false, "office");
        assertEquals(4, office.length(), "o + ffi + c + e");
        assertEquals("ffi", Fixtures.REGULAR.glyphText(office.glyphs[1]));
        assertEquals(1, office.clusters[1]);
        assertEquals(4, office.clusters[2]);
        assertEquals(-1, office.glyphStartingAt(2), "no break inside the ffi ligature");
    }

    @Test
    void kerningChangesAdvances() {
        ShapedText av = shaper.shape(Fixtures.REGULAR, false, "AV");
        float plain = Fixtures.REGULAR.advance(av.glyphs[0]);
        assertTrue(av.advances[0] < plain - 5, "A is kerned against V: " + av.advances[0] + " vs " + plain);
    }

    @Test
    void smallCapitalsAreTheFontsOwn() {
        ShapedText lower = shaper.shape(Fixtures.REGULAR, false, "office");
        ShapedText small = shaper.shape(Fixtures.REGULAR, true, "office");
        ShapedText capitals = shaper.shape(Fixtures.REGULAR, false, "OFFICE");
        assertEquals(6, small.length(), "no ligature in small capitals");
        assertNotEquals(lower.glyphs[0], small.glyphs[0]);
        assertNotEquals(capitals.glyphs[0], small.glyphs[0]);
        assertTrue(small.width > lower.width && small.width < capitals.width,
                "small caps are wider than lowercase and narrower than capitals");
        assertEquals("o", Fixtures.REGULAR.glyphText(small.glyphs[0]));
    }

    @Test
    void smallCapitalsAreSynthesizedForAFaceWithout() throws java.io.IOException {
        java.nio.file.Path dejavu = java.nio.file.Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(dejavu), "no DejaVu Serif here");
        FontFace face = FontFace.load("DejaVuSerif", java.nio.file.Files.readAllBytes(dejavu));
        org.junit.jupiter.api.Assumptions.assumeFalse(face.hasSmallCaps(), "this DejaVu has smcp");
        ParagraphSetter setter = new ParagraphSetter(new TextResources(java.util.List.of(), org.colophon.error.Warnings.ignore()));
        java.util.List<SetLine> lines = setter.set(java.util.List.of(new ParagraphItem.TextRun("Paris",
                new TextStyle(face, 10, "fr", true, 0), null)), new ParagraphSpec(300, 0, ParagraphSpec.Alignment.LEFT, false));
        java.util.List<GlyphRun> runs = lines.get(0).runs();
        assertEquals(2, runs.size(), "a full-size P, then smaller capitals");
        assertEquals("P", runs.get(0).text());
        assertEquals("ARIS", runs.get(1).text());
        assertEquals(7.8f, runs.get(1).style().size(), 0.001f);
        assertEquals(runs.get(0).width(), runs.get(1).x(), 0.001f);
    }
}
