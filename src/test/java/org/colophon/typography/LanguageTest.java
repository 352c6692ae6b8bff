package org.colophon.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void tagsMapByTheirPrimarySubtag() {
        assertEquals(Language.FRENCH, Language.of("fr-CA", Language.OTHER));
        assertEquals(Language.FRENCH, Language.of("fra", Language.OTHER));
        assertEquals(Language.ENGLISH, Language.of("EN_us", Language.OTHER));
        assertEquals(Language.GERMAN, Language.of("de-CH", Language.OTHER));
        assertEquals(Language.OTHER, Language.of("la", Language.FRENCH));
    }

    @Test
    void missingTagsInherit() {
        assertEquals(Language.ENGLISH, Language.of(null, Language.ENGLISH));
        assertEquals(Language.FRENCH, Language.of("  ", Language.FRENCH));
    }

    @Test
    void romanNumeralsAreCheckedForWellFormedness() {
        assertEquals(19, RomanNumerals.parse("XIX"));
        assertEquals("MCMXIV", RomanNumerals.format(1914));
        assertTrue(RomanNumerals.format(RomanNumerals.parse("XXI")).equals("XXI"));
        assertFalse(RomanNumerals.format(RomanNumerals.parse("IIII")).equals("IIII"));
        assertFalse(RomanNumerals.format(RomanNumerals.parse("VV")).equals("VV"));
        assertEquals(0, RomanNumerals.parse("XIA"));
    }
}
