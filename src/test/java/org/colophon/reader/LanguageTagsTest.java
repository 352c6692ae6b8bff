package org.colophon.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageTagsTest {

    @Test
    void canonicalCase() {
        assertEquals("fr", LanguageTags.canonical("FR"));
        assertEquals("fr-CA", LanguageTags.canonical("fr-ca"));
        assertEquals("zh-Hant-TW", LanguageTags.canonical("ZH-HANT-tw"));
        assertEquals("es-419", LanguageTags.canonical("es-419"));
        assertEquals("de-CH-1996", LanguageTags.canonical("de-ch-1996"));
        assertEquals("en-US-x-twain", LanguageTags.canonical("en-us-x-Twain"));
        assertEquals("sr-Latn", LanguageTags.canonical(" sr-latn "));
    }
}
