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
    void abbreviationsAreBoundToWhatFollowsThemByTheLanguagesOwnList() {
        // Duden: a narrow no-break space inside "z. B.", a no-break space after "S." and "Nr."
        assertEquals("Das ist z.\u202FB. so, siehe S.\u00a012 und Nr.\u00a05.",
                typeset("de", t("Das ist z. B. so, siehe S. 12 und Nr. 5.")));
        assertEquals("el Sr.\u00a0García, pág.\u00a07", typeset("es", t("el Sr. García, pág. 7")));
        assertEquals("т.\u202Fе. см.\u00a0стр.\u00a05", typeset("ru", t("т. е. см. стр. 5")));
        // a word that only ends like one is not one; nor is the end of a sentence before a dash
        assertEquals("Haus. Dann", typeset("de", t("Haus. Dann")));
        // numbers and the units they count, in every language
        assertEquals("12\u00a0km in 2\u00a0h, 50\u202f% mehr, 3\u00a0€", typeset("de", t("12 km in 2 h, 50 % mehr, 3 €")));
        assertEquals("a 5\u00a0kg bag and 5 men", typeset("en", t("a 5 kg bag and 5 men")));
        assertEquals("siehe S. – und", typeset("de", t("siehe S. – und")));
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
