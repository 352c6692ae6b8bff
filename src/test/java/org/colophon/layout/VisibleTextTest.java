package org.colophon.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one rule for visible characters, which the typesetter and the EPUB's page-break markers share. */
class VisibleTextTest {

    /** The rule as the typesetter first wrote it, with no shortcut for ASCII. */
    private static boolean rule(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return false;
        }
        int type = Character.getType(cp);
        return type != Character.FORMAT && type != Character.CONTROL;
    }

    @Test
    void theAsciiShortcutGivesTheRulesOwnAnswers() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            assertEquals(rule(cp), VisibleText.isVisible(cp), Integer.toHexString(cp));
        }
    }

    @Test
    void spacesAndFormatCharactersAreNotVisible() {
        for (int cp : new int[] {' ', '\t', '\n', 0x7F, 0xA0, 0xAD, 0x2009, 0x200B, 0x200D, 0x202F, 0x2060, 0xFEFF}) {
            assertFalse(VisibleText.isVisible(cp), Integer.toHexString(cp));
        }
        for (int cp : new int[] {'a', '-', '\u2019', '\u00e9', '\u00ab', '\u2014', 0x1F00, 0x1D11E}) {
            assertTrue(VisibleText.isVisible(cp), Integer.toHexString(cp));
        }
    }
}
