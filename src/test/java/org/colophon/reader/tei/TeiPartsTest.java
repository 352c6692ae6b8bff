package org.colophon.reader.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.colophon.model.Creator;
import org.junit.jupiter.api.Test;

/** The small pieces of the TEI reader: language codes, catalogue names, the word definition. */
class TeiPartsTest {

    @Test
    void languageCodesBecomeBcp47() {
        assertEquals("fr", TeiLanguage.toBcp47("fra"));
        assertEquals("fr", TeiLanguage.toBcp47("fre"));
        assertEquals("en", TeiLanguage.toBcp47("eng"));
        assertEquals("de", TeiLanguage.toBcp47("ger"));
        assertEquals("de", TeiLanguage.toBcp47("deu"));
        assertEquals("la", TeiLanguage.toBcp47("lat"));
        assertEquals("fr-CA", TeiLanguage.toBcp47("fra-CA"));
        assertEquals("en-GB", TeiLanguage.toBcp47("en-GB"));
        assertEquals("grc", TeiLanguage.toBcp47("grc"), "no two-letter code: kept");
        assertNull(TeiLanguage.toBcp47(" "));
    }

    @Test
    void catalogueNamesBecomePrintedAndSortForms() {
        assertEquals(new Creator("Pierre Alexis Ponson du Terrail", "Ponson du Terrail, Pierre Alexis", Creator.Role.AUTHOR),
                TeiPersonName.parse("Ponson du Terrail, Pierre Alexis (1829-1871)", Creator.Role.AUTHOR));
        assertEquals(new Creator("F. Anstey", "Anstey, F.", Creator.Role.AUTHOR),
                TeiPersonName.parse("Anstey, F. [pseud.] (1856-1934).", Creator.Role.AUTHOR));
        assertEquals(new Creator("Victor Hugo", null, Creator.Role.AUTHOR),
                TeiPersonName.parse("Victor Hugo", Creator.Role.AUTHOR));
        assertEquals(new Creator("Homer", null, Creator.Role.AUTHOR),
                TeiPersonName.parse("Homer (8th c. BC)", Creator.Role.AUTHOR));
        assertEquals(new Creator("M. E. Braddon", "Braddon, M. E.", Creator.Role.AUTHOR),
                TeiPersonName.parse("Braddon, M. E. (Mary Elizabeth) (1835-1915)", Creator.Role.AUTHOR));
        assertNull(TeiPersonName.parse(" (1800-1850) ", Creator.Role.AUTHOR));
    }

    @Test
    void wordsAreRunsOfLettersAndDigitsJoinedByApostrophes() {
        assertEquals(0, TeiWordCount.countWords(" -- « » … [—] "));
        assertEquals(1, TeiWordCount.countWords("L'hôtel"));
        assertEquals(1, TeiWordCount.countWords("L\u2019hôtel"), "the typography pass's apostrophe joins too");
        assertEquals(2, TeiWordCount.countWords("vingt-quatre"));
        assertEquals(4, TeiWordCount.countWords("'tis the boys' day"), "edge apostrophes belong to no word");
        assertEquals(1, TeiWordCount.countWords("co\u00ADoperate"), "a soft hyphen does not split a word");
        assertEquals(2, TeiWordCount.countWords("1881, 42"));
        assertEquals(2, TeiWordCount.countWords("mot\u202F;\u00A0encore"));
        assertEquals(1, TeiWordCount.countWords("e\u0301te\u0301"), "combining accents belong to the word");
        assertEquals(2, TeiWordCount.countWords("fin.\ndébut"));
    }
}
