package org.colophon.typography;

import static org.colophon.typography.TestBooks.em;
import static org.colophon.typography.TestBooks.q;
import static org.colophon.typography.TestBooks.t;
import static org.colophon.typography.TestBooks.typeset;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.colophon.model.Inline;
import org.junit.jupiter.api.Test;

class EnglishTypographyTest {

    private static void assertEnglish(String expected, Inline... input) {
        assertEquals(expected, typeset("en-GB", input));
    }

    @Test
    void straightDoubleQuotesBecomeCurly() {
        assertEnglish("He said, “an explosion … gas—or dynamite.” Then “Go!”",
                t("He said, \"an explosion ... gas--or dynamite.\" Then \"Go!\""));
    }

    @Test
    void quotesAtParagraphStartAndAfterBrackets() {
        assertEnglish("“Yes,” he said (“no”).", t("\"Yes,\" he said (\"no\")."));
    }

    @Test
    void singleQuotesAndApostrophes() {
        assertEnglish("‘I don’t know,’ said the boys’ master.", t("'I don't know,' said the boys' master."));
    }

    @Test
    void leadingApostrophesOfElisions() {
        assertEnglish("’Tis the ’90s, ’em all.", t("'Tis the '90s, 'em all."));
        // Cockney dropped h's in Vice Versa: no closing quote follows, so they are apostrophes
        assertEnglish("Come ’ere, I’ll give ’im what for", t("Come 'ere, I'll give 'im what for"));
    }

    @Test
    void typedNestingIsKept() {
        // Vice Versa: ('Have you all got "hearty play" down?'"
        assertEnglish("“Well (‘Have you got “hearty play” down?’” he asked",
                t("\"Well ('Have you got \"hearty play\" down?'\" he asked"));
        assertEnglish("“<em>and——</em>’ there’th thome”", t("\""), em(t("and——")), t("' there'th thome\""));
    }

    @Test
    void apostropheAcrossInlineBoundary() {
        assertEnglish("<em>John</em>’s book", em(t("John")), t("'s book"));
        assertEnglish("“<em>Stop</em>”", t("\""), em(t("Stop")), t("\""));
    }

    @Test
    void spacesBeforePunctuationAreRemoved() {
        assertEnglish("Really? Yes! Well: fine; done.", t("Really ? Yes\u00A0! Well : fine ; done."));
        assertEnglish("<em>Really</em>?", em(t("Really")), t(" ?"));
    }

    @Test
    void timesAndUrlsAreUntouched() {
        assertEnglish("At 12:30 see https://example.org/?a=1&b='x' ‘now’",
                t("At 12:30 see https://example.org/?a=1&b='x' 'now'"));
    }

    @Test
    void inlineQuotesGetCurlyMarksByNestingLevel() {
        assertEnglish("She said “he said ‘no’ twice”.", t("She said "), q(t("he said "), q(t("no")), t(" twice")), t("."));
    }

    @Test
    void noFrenchSpacingInEnglish() {
        assertEnglish("the 1st of May, 24 hours, 1er", t("the 1st of May, 24 hours, 1er"));
    }

    @Test
    void punctuationEndingAFrenchPhraseFollowsTheEnglishSentence() {
        assertEquals("He wrote <fr>Quoi?</fr> and left?",
                typeset("en", t("He wrote "), new Inline.Foreign("fr", List.of(t("Quoi ?"))), t(" and left ?")));
        // inside the phrase, French rules still hold
        assertEquals("He wrote <fr>«\u202Fah\u202F»\u202F; quoi?</fr> and left.",
                typeset("en", t("He wrote "), new Inline.Foreign("fr", List.of(t("«ah» ; quoi?"))), t(" and left.")));
    }

    @Test
    void aParagraphThatIsAllFrenchIsAFrenchSentence() {
        assertEquals("<fr>Quoi\u202F?</fr>", typeset("en", new Inline.Foreign("fr", List.of(t("Quoi?")))));
    }
}
