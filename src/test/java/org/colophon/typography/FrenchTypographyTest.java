package org.colophon.typography;

import static org.colophon.typography.TestBooks.em;
import static org.colophon.typography.TestBooks.sup;
import static org.colophon.typography.TestBooks.t;
import static org.colophon.typography.TestBooks.typeset;
import static org.colophon.typography.TestBooks.visible;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.colophon.model.Inline;
import org.junit.jupiter.api.Test;

class FrenchTypographyTest {

    private static final String NN = "\u202F";
    private static final String NB = "\u00A0";

    private static void assertFrench(String expected, Inline... input) {
        String actual = typeset("fr", input);
        assertEquals(visible(expected), visible(actual));
        assertEquals(expected, actual);
    }

    @Test
    void narrowSpaceIsAddedBeforeSemicolonExclamationAndQuestionMarks() {
        assertFrench("Ah" + NN + "! dit-elle" + NN + "; et pourquoi" + NN + "?", t("Ah! dit-elle; et pourquoi?"));
    }

    @Test
    void existingSpacesBeforePunctuationAreReplacedNotDoubled() {
        assertFrench("Ah" + NN + "! dit-elle" + NN + "; et" + NN + "?",
                t("Ah ! dit-elle\u00A0; et  ?"));
    }

    @Test
    void colonTakesAFullNoBreakSpace() {
        assertFrench("Macron et Rutte" + NB + ": renforcer", t("Macron et Rutte : renforcer"));
        assertFrench("Note" + NB + ": voir", t("Note: voir"));
        assertFrench("il dit" + NB + ": non", t("il dit\u202F: non"));
    }

    @Test
    void timesAndRatiosKeepTheirColon() {
        assertFrench("à 12:30, un score de 3:2", t("à 12:30, un score de 3:2"));
    }

    @Test
    void guillemetsGetNarrowSpacesInside() {
        assertFrench("de «" + NN + "mauvais payeurs" + NN + "», sont", t("de «mauvais payeurs», sont"));
        assertFrench("de «" + NN + "mauvais payeurs" + NN + "», sont", t("de « mauvais payeurs\u00A0», sont"));
    }

    @Test
    void straightDoubleQuotesBecomeGuillemets() {
        assertFrench("il dit «" + NN + "oui" + NN + "» puis «" + NN + "non" + NN + "».",
                t("il dit \"oui\" puis \" non \"."));
    }

    @Test
    void straightQuotesInsideGuillemetsBecomeEnglishMarks() {
        assertFrench("«" + NN + "le mot “" + "vrai" + "” suffit" + NN + "»",
                t("\"le mot \"vrai\" suffit\""));
    }

    @Test
    void rulesWorkAcrossInlineBoundaries() {
        assertFrench("«" + NN + "<em>mauvais payeurs</em>" + NN + "»", t("«"), em(t("mauvais payeurs")), t("»"));
        assertFrench("Trump<em>" + NN + "?</em>", t("Trump"), em(t("?")));
        assertFrench("<em>Trump</em>" + NN + "!", em(t("Trump")), t(" !"));
        assertFrench("l’<em>OTAN</em>", t("l'"), em(t("OTAN")));
    }

    @Test
    void exclamationAndQuestionGroupsTakeOneSpaceBeforeTheGroup() {
        assertFrench("Quoi" + NN + "!?", t("Quoi!?"));
        assertFrench("Quoi" + NN + "?!", t("Quoi ?!"));
        assertFrench("Quoi" + NN + "!!!", t("Quoi !!!"));
    }

    @Test
    void urlsInTheTextAreLeftAlone() {
        assertFrench("voir https://exemple.fr/a?b=1;c=2 et www.exemple.fr/x:y" + NN + "?",
                t("voir https://exemple.fr/a?b=1;c=2 et www.exemple.fr/x:y ?"));
    }

    @Test
    void linkHrefAndUrlTextAreUntouched() {
        String href = "https://exemple.fr/page?q=l'OTAN--x...";
        String out = typeset("fr", t("Lisez"), new Inline.Link(href, java.util.List.of(t(href))), t("!"));
        assertEquals("Lisez<a " + href + ">" + href + "</a>" + NN + "!", out);
        assertEquals("voir <a https://x.fr>le site" + NN + "!</a>",
                typeset("fr", t("voir "), new Inline.Link("https://x.fr", java.util.List.of(t("le site!")))));
    }

    @Test
    void numbersAreBoundToWhatTheyCount() {
        assertFrench("en moins de 24" + NB + "heures, le 12" + NB + "novembre", t("en moins de 24 heures, le 12 novembre"));
        assertFrench("1,5" + NB + "million et 30" + NN + "%", t("1,5 million et 30 %"));
    }

    @Test
    void thousandsAreGroupedWithNarrowSpaces() {
        assertFrench("3" + NN + "000" + NB + "soldats, 1" + NN + "250" + NN + "000" + NB + "euros",
                t("3 000 soldats, 1 250 000 euros"));
        assertFrench("en 1914 200" + NB + "soldats", t("en 1914 200 soldats"));
    }

    @Test
    void yearsFollowedByAFunctionWordAreNotBound() {
        assertFrench("en 1914 les troupes", t("en 1914 les troupes"));
        assertFrench("les années 1990 ont vu", t("les années 1990 ont vu"));
        assertFrench("COVID-19 fait", t("COVID-19 fait"));
    }

    @Test
    void ordinalsGetASuperscriptSuffixAndBindToTheNextWord() {
        assertFrench("le 1<sup>er</sup>" + NB + "octobre", t("le 1er octobre"));
        assertFrench("la 1<sup>re</sup>" + NB + "fois, le 2<sup>e</sup>" + NB + "jour, le 2<sup>nd</sup>" + NB + "tour",
                t("la 1re fois, le 2e jour, le 2nd tour"));
    }

    @Test
    void romanOrdinalsGetASuperscriptSuffix() {
        assertFrench("le XX<sup>e</sup>" + NB + "siècle, la III<sup>e</sup>" + NB + "République, François I<sup>er</sup>",
                t("le XXe siècle, la IIIe République, François Ier"));
    }

    @Test
    void wordsThatLookLikeRomanOrdinalsAreLeftAlone() {
        assertFrench("Ce que De Gaulle, Le Monde, Me Dupont, Les gens, Vie et Louis XIV font",
                t("Ce que De Gaulle, Le Monde, Me Dupont, Les gens, Vie et Louis XIV font"));
    }

    @Test
    void anOrdinalAlreadyInSuperscriptIsNotRaisedAgain() {
        assertFrench("le 1<sup>er</sup>" + NB + "mai", t("le 1"), sup(t("er")), t(" mai"));
    }

    @Test
    void dialogueDashTakesANoBreakSpace() {
        assertFrench("—" + NB + "Avez-vous des nouvelles" + NN + "?", t("— Avez-vous des nouvelles?"));
        assertFrench("—" + NB + "Aucune.", t("—Aucune."));
        assertFrench("Il vint — enfin — ici.", t("Il vint — enfin — ici."));
        assertFrench("Oui.<br>—" + NB + "Non.", t("Oui."), new Inline.LineBreak(), t("— Non."));
        assertFrench("–" + NB + "Oui" + NN + "!", t("– Oui !"));
    }

    @Test
    void apostrophesAndDashesAndEllipsis() {
        assertFrench("l’OTAN, aujourd’hui — et… après", t("l'OTAN, aujourd'hui -- et... après"));
        assertFrench("l’OTAN", t("l’OTAN"));
    }

    @Test
    void sentenceBoundariesAreUnchanged() {
        assertFrench("à Kiev. Trump a", t("à Kiev. Trump a"));
    }

    @Test
    void inlineQuoteGetsGuillemetsWithNarrowSpacesAndNoExtraSpace() {
        assertFrench("de «" + NN + "mauvais payeurs" + NN + "»" + NN + "!",
                t("de "), TestBooks.q(t("mauvais payeurs")), t("!"));
        assertFrench("«" + NN + "mauvais" + NN + "»", TestBooks.q(t(" mauvais ")));
    }

    @Test
    void nestedInlineQuotesUseEnglishMarks() {
        assertFrench("«" + NN + "il a dit “oui”" + NN + "»",
                TestBooks.q(t("il a dit "), TestBooks.q(t("oui"))));
    }

    @Test
    void punctuationEndingAForeignWordFollowsTheFrenchSentence() {
        // "— Caramba ! exclama-t-il", the word marked Spanish with its "!"
        assertFrench("—\u00a0<es>Caramba" + NN + "!</es> exclama-t-il",
                t("— "), new Inline.Foreign("es", java.util.List.of(t("Caramba !"))), t(" exclama-t-il"));
        assertFrench("—\u00a0<es>¡Caramba" + NN + "!</es> exclama-t-il",
                t("— "), new Inline.Foreign("es", java.util.List.of(t("¡Caramba!"))), t(" exclama-t-il"));
    }

    @Test
    void swissFrenchSetsSemicolonExclamationAndQuestionMarksClose() {
        assertEquals("Vraiment? Oui; «\u202Fbien\u202F»\u00a0: ah!",
                typeset("fr-CH", t("Vraiment ? Oui ; \"bien\" : ah!")));
    }

    @Test
    void foreignPhraseFollowsItsOwnRules() {
        assertFrench("il cria <en>“Really?”</en>" + NN + "!",
                t("il cria "), new Inline.Foreign("en", java.util.List.of(t("\"Really ?\""))), t("!"));
    }
}
