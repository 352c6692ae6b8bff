package org.colophon.highlight;

import java.util.ArrayList;
import java.util.List;
import javax.swing.text.Segment;
import org.fife.ui.rsyntaxtextarea.Token;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.TokenTypes;

/**
 * Cuts code into {@link CodeToken}s line by line, carrying what a line leaves open (a
 * block comment, a string, a CDATA section) into the next, as an editor does. The tokens
 * of a line give back exactly its text.
 */
public final class Highlighter {

    /** The lines of {@code code} (split at {@code \n}), each as tokens of one kind, adjacent ones of a kind merged. */
    public List<List<CodeToken>> lines(CodeLanguage language, String code) {
        TokenMaker lexer = language.lexer();
        List<List<CodeToken>> out = new ArrayList<>();
        int state = TokenTypes.NULL;
        for (String line : code.split("\n", -1)) {
            char[] chars = line.toCharArray();
            Segment segment = new Segment(chars, 0, chars.length);
            List<CodeToken> tokens = new ArrayList<>();
            int covered = 0;
            for (Token t = lexer.getTokenList(segment, state, 0); t != null && t.isPaintable(); t = t.getNextToken()) {
                add(tokens, kindOf(t.getType()), t.getLexeme());
                covered += t.length();
            }
            if (covered < line.length()) {
                // a lexer that stopped short must not lose code: the rest is plain
                add(tokens, TokenKind.PLAIN, line.substring(covered));
            }
            out.add(List.copyOf(tokens));
            state = lexer.getLastTokenTypeOnLine(new Segment(chars, 0, chars.length), state);
        }
        return out;
    }

    /** Every line plain: for code in no language Colophon knows. */
    public static List<List<CodeToken>> plain(String code) {
        List<List<CodeToken>> out = new ArrayList<>();
        for (String line : code.split("\n", -1)) {
            out.add(line.isEmpty() ? List.of() : List.of(new CodeToken(TokenKind.PLAIN, line)));
        }
        return out;
    }

    private static void add(List<CodeToken> tokens, TokenKind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        // white space takes the kind before it, so that spans do not break at every space
        if (!tokens.isEmpty() && (tokens.get(tokens.size() - 1).kind() == kind || text.isBlank())) {
            CodeToken last = tokens.remove(tokens.size() - 1);
            tokens.add(new CodeToken(last.kind(), last.text() + text));
        } else {
            tokens.add(new CodeToken(text.isBlank() ? TokenKind.PLAIN : kind, text));
        }
    }

    private static TokenKind kindOf(int type) {
        return switch (type) {
            case TokenTypes.RESERVED_WORD, TokenTypes.RESERVED_WORD_2, TokenTypes.LITERAL_BOOLEAN -> TokenKind.KEYWORD;
            case TokenTypes.DATA_TYPE -> TokenKind.TYPE;
            case TokenTypes.LITERAL_STRING_DOUBLE_QUOTE, TokenTypes.LITERAL_CHAR, TokenTypes.LITERAL_BACKQUOTE,
                 TokenTypes.MARKUP_TAG_ATTRIBUTE_VALUE, TokenTypes.REGEX -> TokenKind.STRING;
            case TokenTypes.LITERAL_NUMBER_DECIMAL_INT, TokenTypes.LITERAL_NUMBER_FLOAT,
                 TokenTypes.LITERAL_NUMBER_HEXADECIMAL -> TokenKind.NUMBER;
            case TokenTypes.COMMENT_EOL, TokenTypes.COMMENT_MULTILINE, TokenTypes.COMMENT_DOCUMENTATION,
                 TokenTypes.COMMENT_KEYWORD, TokenTypes.COMMENT_MARKUP, TokenTypes.MARKUP_COMMENT -> TokenKind.COMMENT;
            case TokenTypes.ANNOTATION -> TokenKind.ANNOTATION;
            case TokenTypes.FUNCTION -> TokenKind.FUNCTION;
            case TokenTypes.VARIABLE -> TokenKind.VARIABLE;
            case TokenTypes.OPERATOR -> TokenKind.OPERATOR;
            case TokenTypes.MARKUP_TAG_NAME, TokenTypes.MARKUP_TAG_DELIMITER -> TokenKind.TAG;
            case TokenTypes.MARKUP_TAG_ATTRIBUTE -> TokenKind.ATTRIBUTE;
            case TokenTypes.MARKUP_ENTITY_REFERENCE -> TokenKind.ENTITY;
            case TokenTypes.PREPROCESSOR, TokenTypes.MARKUP_DTD, TokenTypes.MARKUP_PROCESSING_INSTRUCTION,
                 TokenTypes.MARKUP_CDATA_DELIMITER -> TokenKind.META;
            case TokenTypes.ERROR_IDENTIFIER, TokenTypes.ERROR_NUMBER_FORMAT, TokenTypes.ERROR_STRING_DOUBLE,
                 TokenTypes.ERROR_CHAR -> TokenKind.ERROR;
            default -> TokenKind.PLAIN;
        };
    }
}
