package org.colophon.typography;

import static org.colophon.typography.TestBooks.q;
import static org.colophon.typography.TestBooks.t;
import static org.colophon.typography.TestBooks.typeset;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CommonRulesTest {

    @Test
    void textIsNormalisedToNfc() {
        String decomposed = "E\u0301lyse\u0301e";
        assertEquals("\u00C9lys\u00E9e", typeset("de", t(decomposed)));
        assertEquals("\u00C9lys\u00E9e", typeset("fr", t(decomposed)));
    }

    @Test
    void doubleHyphensAndThreeDotsInEveryLanguage() {
        assertEquals("ja — nein… vielleicht", typeset("de", t("ja -- nein... vielleicht")));
        assertEquals("x — y", typeset("pl", t("x --- y")));
        assertEquals("a - b, c---- d, e.... f", typeset("pl", t("a - b, c---- d, e.... f")));
    }

    @Test
    void apostropheBetweenLettersInEveryLanguage() {
        assertEquals("dell’anno, l’OTAN, don’t", typeset("it", t("dell'anno, l'OTAN, don't")));
    }

    @Test
    void straightQuotesFollowTheLanguageTable() {
        assertEquals("er sagte „ja“", typeset("de-AT", t("er sagte \"ja\"")));
        assertEquals("dijo «sí»", typeset("es", t("dijo \"sí\"")));
        assertEquals("disse «sì»", typeset("it", t("disse \"sì\"")));
        assertEquals("zei “ja”", typeset("nl", t("zei \"ja\"")));
        assertEquals("rzekł „tak”", typeset("pl", t("rzekł \"tak\"")));
        assertEquals("сказал «да»", typeset("ru", t("сказал \"да\"")));
        assertEquals("řekl „ano“", typeset("cs", t("řekl \"ano\"")));
        assertEquals("disse “sim”", typeset("pt-BR", t("disse \"sim\"")));
        assertEquals("είπε «ναι»", typeset("el", t("είπε \"ναι\"")));
        assertEquals("sagte «ja»", typeset("de-CH", t("sagte \"ja\"")));
    }

    @Test
    void inlineQuotesFollowTheLanguageTable() {
        assertEquals("„ein ‚kleines‘ Wort“", typeset("de", q(t("ein "), q(t("kleines")), t(" Wort"))));
        assertEquals("«una “piccola” parola»", typeset("it", q(t("una "), q(t("piccola")), t(" parola"))));
    }

    @Test
    void otherLanguagesGetNoSpacingRules() {
        assertEquals("Was? Nein! 24 Stunden, am 1. Mai", typeset("de", t("Was? Nein! 24 Stunden, am 1. Mai")));
    }

    @Test
    void quoteMarksAlreadySetAreKept() {
        assertEquals("‹oui›", typeset("fr", new org.colophon.model.Inline.Quote("‹", "›", java.util.List.of(t("oui")))));
    }
}
