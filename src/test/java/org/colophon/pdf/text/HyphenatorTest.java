package org.colophon.pdf.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HyphenatorTest {

    private final Hyphenator hyphenator = new Hyphenator();

    private String hyphenate(String word, String lang) {
        int[] points = hyphenator.points(word, lang);
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
    }

    @Test
    void englishPatterns() {
        assertEquals("hy-phen-ation", hyphenate("hyphenation", "en"));
        assertEquals("ty-pog-ra-phy", hyphenate("typography", "en-GB"));
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
        String compound = hyphenate("porte-monnaie", "fr");
        assertEquals("porte-mon-naie", compound);
    }

    @Test
    void unknownLanguagesAndShortWordsAreNotHyphenated() {
        assertEquals("anticonstitutionnellement", hyphenate("anticonstitutionnellement", "xx"));
        assertEquals("anticonstitutionnellement", hyphenate("anticonstitutionnellement", null));
        assertEquals("abri", hyphenate("abri", "fr"));
    }
}
