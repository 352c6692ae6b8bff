package org.colophon.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HighlighterTest {

    private final Highlighter highlighter = new Highlighter();

    private static String text(List<CodeToken> line) {
        return line.stream().map(CodeToken::text).collect(Collectors.joining());
    }

    private static TokenKind kindOf(List<List<CodeToken>> lines, String piece) {
        for (List<CodeToken> line : lines) {
            for (CodeToken t : line) {
                if (t.text().contains(piece)) {
                    return t.kind();
                }
            }
        }
        throw new AssertionError(piece + " not in " + lines);
    }

    @Test
    void theTokensOfEveryLineGiveBackItsText() {
        String code = "int a = 1; /* open\n  still a comment \"x\" */ String s = \"--\";\n\n\ttab";
        for (CodeLanguage language : CodeLanguage.values()) {
            List<List<CodeToken>> lines = highlighter.lines(language, code);
            assertEquals(List.of(code.split("\n", -1)), lines.stream().map(HighlighterTest::text).toList(),
                    language.name());
        }
    }

    @Test
    void aBlockCommentGoesOnAcrossLines() {
        List<List<CodeToken>> lines = highlighter.lines(CodeLanguage.JAVA, "int a; /* open\nstill */ return a;");
        assertEquals(TokenKind.COMMENT, kindOf(lines, "still"));
        assertEquals(TokenKind.KEYWORD, kindOf(lines, "return"));
        assertEquals(TokenKind.TYPE, kindOf(lines, "int"));
    }

    @Test
    void eachLanguageFindsItsKinds() {
        assertEquals(TokenKind.TAG, kindOf(highlighter.lines(CodeLanguage.XML, "<a href=\"x\">t</a>"), "<a"));
        assertEquals(TokenKind.ATTRIBUTE, kindOf(highlighter.lines(CodeLanguage.XML, "<a href=\"x\">t</a>"), "href"));
        assertEquals(TokenKind.NUMBER, kindOf(highlighter.lines(CodeLanguage.JSON, "{\"a\": 12}"), "12"));
        assertEquals(TokenKind.COMMENT, kindOf(highlighter.lines(CodeLanguage.SHELL, "ls # list"), "# list"));
        assertEquals(TokenKind.KEYWORD, kindOf(highlighter.lines(CodeLanguage.PYTHON, "def f(): pass"), "def"));
    }

    @Test
    void languagesAreFoundByTheirUsualNames() {
        assertEquals(CodeLanguage.SHELL, CodeLanguage.named("bash").orElseThrow());
        assertEquals(CodeLanguage.PYTHON, CodeLanguage.named("PY").orElseThrow());
        assertTrue(CodeLanguage.named("cobol").isEmpty());
    }

    @Test
    void tabsGoToTheNextStopOfFour() {
        assertEquals("    a\nab  b\n        c", CodeText.expandTabs("\ta\nab\tb\n\t\tc"));
    }
}
