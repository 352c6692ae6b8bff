package org.colophon.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageTest {

    private final Languages languages = new Languages();

    @Test
    void tagsMapByTheirPrimarySubtagAndThreeLetterCodes() {
        assertTrue(languages.of("fr-CA", Language.UNDETERMINED).french());
        assertTrue(languages.of("fra", Language.UNDETERMINED).french());
        assertTrue(languages.of("EN_us", Language.UNDETERMINED).english());
        assertEquals("en-US", languages.of("EN_us", Language.UNDETERMINED).tag());
        assertEquals("ca", languages.of("CAT", Language.UNDETERMINED).tag());
        assertEquals(Language.Rules.OTHER, languages.of("la", Language.UNDETERMINED).rules());
        assertEquals(List.of(), languages.unknown());
    }

    @Test
    void missingTagsInherit() {
        Language english = languages.of("en", Language.UNDETERMINED);
        assertEquals(english, languages.of(null, english));
        assertEquals(english, languages.of("  ", english));
    }

    /** Outer then inner marks of each tag. */
    private String marks(String tag) {
        Language l = languages.of(tag, Language.UNDETERMINED);
        return "" + l.openMark(0) + l.closeMark(0) + l.openMark(1) + l.closeMark(1);
    }

    @Test
    void quotationMarksComeFromCldrWithTheUsageOfBooksWhereItDiffers() {
        assertEquals("«»“”", marks("fr"));
        assertEquals("«»‹›", marks("fr-CH"));
        assertEquals("“”‘’", marks("en"));
        assertEquals("„“‚‘", marks("de"));
        assertEquals("«»‹›", marks("de-CH"));
        assertEquals("«»“”", marks("es"));
        assertEquals("“”‘’", marks("es-MX"));
        assertEquals("«»“”", marks("it"));
        assertEquals("“”‘’", marks("pt-BR"));
        assertEquals("„”«»", marks("pl"));
        assertEquals("„“‚‘", marks("cs"));
        assertEquals("«»„“", marks("ru"));
        assertEquals("«»„“", marks("uk"));
        assertEquals("«»“”", marks("el"));
        assertEquals("«»“”", marks("grc"));
        assertEquals("“”‘’", marks("nl"));
        assertTrue(languages.of("fr", Language.UNDETERMINED).spaceBeforeHighPunctuation());
        assertFalse(languages.of("fr-CH", Language.UNDETERMINED).spaceBeforeHighPunctuation());
    }

    @Test
    void aLanguageColophonDoesNotKnowGetsNeutralMarksAndIsNamedOnce() {
        assertEquals("“”‘’", marks("xq"));
        assertEquals("“”‘’", marks("xq"));
        assertEquals(List.of("xq"), languages.unknown());
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
