package org.colophon.pdf.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HyphenatorTest {

    private final Hyphenator hyphenator = new Hyphenator();

    private String hyphenate(String word, String lang) {
        return hyphenate(word, lang, HyphenLimits.AUTO);
    }

    private String hyphenate(String word, String lang, HyphenLimits limits) {
        return hyphenate(word, lang, limits, false);
    }

    private String hyphenate(String word, String lang, HyphenLimits limits, boolean opensSentence) {
        int[] points = hyphenator.points(word, lang, limits, opensSentence);
        StringBuilder sb = new StringBuilder(word);
        for (int i = points.length - 1; i >= 0; i--) {
            sb.insert(points[i], '-');
        }
        return sb.toString();
    }

    @Test
    void frenchPatterns() {
        assertEquals("an-ti-cons-ti-tu-tion-nel-le-ment", hyphenate("anticonstitutionnellement", "fr"));
        assertEquals("ty-po-gra-phie", hyphenate("typographie", "fr-FR"));
    }

    @Test
    void frenchExceptionsCorrectThePatterns() {
        // the patterns alone give désen-ga-ge-ment
        assertEquals("dés-en-ga-ge-ment", hyphenate("désengagement", "fr"));
        assertEquals("dés-en-ga-ge-ments", hyphenate("désengagements", "fr"));
        // the patterns never break after con- (conti-nua, conseil) nor inside -ill- (meilleur)
        assertEquals("con-seil", hyphenate("conseil", "fr"));
        assertEquals("con-seils", hyphenate("conseils", "fr"), "the plural of an entry");
        assertEquals("con-seil-ler", hyphenate("conseiller", "fr"));
        assertEquals("con-ti-nua", hyphenate("continua", "fr"));
        assertEquals("con-dui-sit", hyphenate("conduisit", "fr"));
        assertEquals("meil-leur", hyphenate("meilleur", "fr"));
        assertEquals("meil-leurs", hyphenate("meilleurs", "fr"));
        assertEquals("Meil-leure", hyphenate("Meilleure", "fr", HyphenLimits.AUTO, true), "opening a sentence");
        assertEquals("tres-sail-lit", hyphenate("tressaillit", "fr"));
        assertEquals("ail-leurs", hyphenate("ailleurs", "fr"));
        // an entry's breaks are kept only within the limits
        assertEquals("con-seil", hyphenate("conseil", "fr", new HyphenLimits(0, 3, 4)));
        assertEquals("conseil", hyphenate("conseil", "fr", new HyphenLimits(0, 4, 3)));
        assertEquals("conseil", hyphenate("conseil", "fr", new HyphenLimits(8, 0, 0)), "shorter than the shortest word");
    }

    @Test
    void englishPatterns() {
        assertEquals("hy-phen-ation", hyphenate("hyphenation", "en"));
        assertEquals("ty-pog-ra-phy", hyphenate("typography", "en"));
        // British patterns for a British book: etymological breaks
        assertEquals("ty-po-graphy", hyphenate("typography", "en-GB"));
        assertEquals("ta-ble", hyphenate("table", "en"), "exception list");
    }

    @Test
    void minimumFragmentsLeftTwoRightThree() {
        for (String word : new String[] {"anticonstitutionnellement", "préoccupation", "extraordinaire", "abécédaire"}) {
            int[] points = hyphenator.points(word, "fr");
            for (int p : points) {
                assertEquals(true, p >= 2 && word.length() - p >= 3, word + " at " + p);
            }
        }
    }

    @Test
    void properNounsAreLeftWhole() {
        assertEquals("Constantinople", hyphenate("Constantinople", "fr"));
        assertEquals("l’Élysée", hyphenate("l’Élysée", "fr"));
    }

    @Test
    void elisionsAndCompoundsHyphenateEachPart() {
        // never right after the apostrophe or next to the hyphen, where the mark would be lost
        assertEquals("l’an-ti-cons-ti-tu-tion-nel-le-ment", hyphenate("l’anticonstitutionnellement", "fr"));
        // a word with a hard hyphen breaks after its hyphen only, never inside a part
        assertEquals("porte-monnaie", hyphenate("porte-monnaie", "fr"));
        assertEquals("Nord-Ostsee-Kanal", hyphenate("Nord-Ostsee-Kanal", "de"));
    }

    @Test
    void eachLanguageKeepsItsOwnFewestLettersAroundABreak() {
        assertEquals(List.of(2, 3), minima("fr"));
        assertEquals(List.of(2, 3), minima("en-GB"));
        assertEquals(List.of(2, 2), minima("de"));
        assertEquals(List.of(2, 2), minima("de-CH"));
        assertEquals(List.of(2, 2), minima("es"));
        assertEquals(List.of(2, 2), minima("ru"));
        assertEquals(List.of(1, 1), minima("el"));
        // two letters after the break are enough in German, not in French
        assertTrue(hyphenate("Straßenbahnhaltestellen", "de").endsWith("-len"), hyphenate("Straßenbahnhaltestellen", "de"));
        assertEquals("Stra-ße", hyphenate("straße", "de").replace("stra", "Stra"));
        for (String word : new String[] {"anticonstitutionnellement", "préoccupation", "extraordinaire"}) {
            for (int p : hyphenator.points(word, "fr", new HyphenLimits(0, 4, 5))) {
                assertTrue(p >= 4 && word.length() - p >= 5, "hyphenate-limit-chars: " + word + " at " + p);
            }
        }
        assertEquals("extraordinaire", hyphenate("extraordinaire", "fr", new HyphenLimits(15, 0, 0)),
                "shorter than the word minimum");
    }

    @Test
    void polytonicGreekGetsItsPatternsAndOtherLanguagesTheirRegionsOrScripts() {
        assertTrue(hyphenator.points("ἀνθρώπους", "el").length > 0, "el-polyton patterns for a polytonic word");
        assertTrue(hyphenator.points("ἀνθρώπους", "grc").length > 0);
        assertTrue(hyphenator.points("человечество", "ru").length > 0);
        assertTrue(hyphenator.points("людство", "uk").length > 0);
        assertTrue(hyphenator.points("rzeczywistość", "pl").length > 0);
        assertTrue(hyphenator.points("skutečnost", "cs").length > 0);
        assertTrue(hyphenator.points("realidade", "pt-BR").length > 0);
        assertTrue(hyphenator.points("werkelijkheid", "nl").length > 0);
        assertTrue(hyphenator.points("stvarnost", "sr-Latn").length > 0);
    }

    @Test
    void theJointsOfACompoundAreThePartsTheBookUsesAsWords() {
        String word = "Straßenbahnhaltestellen";
        int[] points = hyphenator.points(word, "de");
        assertEquals(0, hyphenator.joints(word, "de", points), "no word known yet: no joint");
        hyphenator.knowWords(java.util.Set.of("haltestellen", "straße", "gemüse"));
        long joints = hyphenator.joints(word, "de", points);
        List<Integer> at = new java.util.ArrayList<>();
        for (int k = 0; k < points.length; k++) {
            if ((joints & (1L << k)) != 0) {
                at.add(points[k]);
            }
        }
        // before "haltestellen" (a word of the book), after "Straßen" (straße and its link n)
        assertTrue(at.contains("Straßenbahn".length()), at + " in " + hyphenate(word, "de"));
        assertTrue(at.contains("Straßen".length()), at.toString());
        assertTrue(!at.contains("Stra".length()) && !at.contains("Straßenbahnhalte".length()), at.toString());
        // a language that does not write compounds has no joints
        assertEquals(0, hyphenator.joints("anticonstitutionnellement", "fr",
                hyphenator.points("anticonstitutionnellement", "fr")));
    }

    private List<Integer> minima(String lang) {
        int[] m = hyphenator.minima(lang);
        return List.of(m[0], m[1]);
    }

    @Test
    void unknownLanguagesAndShortWordsAreNotHyphenated() {
        assertEquals("anticonstitutionnellement", hyphenate("anticonstitutionnellement", "xx"));
        assertEquals("anticonstitutionnellement", hyphenate("anticonstitutionnellement", null));
        assertEquals("abri", hyphenate("abri", "fr"));
    }
}
