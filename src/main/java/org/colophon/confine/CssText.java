package org.colophon.confine;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.htmlunit.cssparser.parser.CSSErrorHandler;
import org.htmlunit.cssparser.parser.CSSOMParser;
import org.htmlunit.cssparser.parser.CSSParseException;
import org.htmlunit.cssparser.parser.CssCharStream;
import org.htmlunit.cssparser.parser.InputSource;
import org.htmlunit.cssparser.parser.javacc.CSS3ParserConstants;
import org.htmlunit.cssparser.parser.javacc.CSS3ParserTokenManager;
import org.htmlunit.cssparser.parser.javacc.Token;
import org.htmlunit.cssparser.parser.javacc.TokenMgrException;

/**
 * A CSS text checked for what it would make a reading system fetch: its {@code @import}
 * rules and its {@code url()}s, wherever they stand. They are found by htmlunit-cssparser's
 * own tokenizer rather than its object model, because the model keeps the rules it does
 * not know ({@code @supports}, {@code @layer}, {@code @container}…) as text with their
 * {@code url()}s already unwrapped, and those rules apply in reading systems that know
 * them.
 *
 * @param css the style sheet, or the value of a {@code style} attribute
 */
public record CssText(String css) {

    /** An {@code @import}, a {@code url()}, or the rest of a text the tokenizer cannot read, hence cannot check. */
    public enum ReferenceKind { IMPORT, URL, UNREADABLE }

    /**
     * One reference: what it names (as written, unquoted), where it starts (1-based), and the
     * characters {@code [start, end)} it spans in the text (an {@code @import} up to its
     * {@code ;}).
     */
    public record Reference(ReferenceKind kind, String target, int line, int column, int start, int end) {
        public UrlTarget points() {
            return UrlTarget.of(target);
        }

        /** How the reference is shown in messages: {@code url(…)} or {@code @import …}. */
        public String written() {
            return switch (kind) {
                case IMPORT -> "@import '" + target + "'";
                case URL -> "url(" + target + ")";
                case UNREADABLE -> "the text from here on";
            };
        }
    }

    /** A syntax error, at its 1-based line and column. */
    public record SyntaxError(int line, int column, String message) {}

    /** Functions in which a bare string is a URL ({@code image-set("a.png" 1x)}, {@code src("a.png")}). */
    private static final List<String> STRING_URL_FUNCTIONS = List.of("image-set(", "-webkit-image-set(", "image(", "src(");

    /**
     * Every {@code @import} and {@code url()} of the text, in order. A {@code @namespace}'s
     * URL names a namespace, not a file, and is left out.
     */
    public List<Reference> references() {
        LineStarts lines = new LineStarts(css);
        List<Reference> out = new ArrayList<>();
        Deque<String> functions = new ArrayDeque<>(); // the open functions' names, "" for other brackets
        CSS3ParserTokenManager tokens = new CSS3ParserTokenManager(new CssCharStream(new StringReader(css), 1, 1));
        Reference openImport = null;
        int importDepth = 0;
        boolean inNamespace = false;
        int readTo = 0;
        int readLine = 1;
        int readColumn = 1;
        try {
            for (Token t = tokens.getNextToken(); t.kind != CSS3ParserConstants.EOF; t = tokens.getNextToken()) {
                int start = lines.offset(t.beginLine, t.beginColumn);
                int end = lines.offset(t.endLine, t.endColumn) + 1;
                readTo = end;
                readLine = t.endLine;
                readColumn = t.endColumn + 1;
                if (inNamespace) {
                    inNamespace = t.kind != CSS3ParserConstants.SEMICOLON && t.kind != CSS3ParserConstants.LBRACE
                            && t.kind != CSS3ParserConstants.RBRACE;
                    if (t.kind == CSS3ParserConstants.URI || t.kind == CSS3ParserConstants.STRING) {
                        continue;
                    }
                }
                switch (t.kind) {
                    case CSS3ParserConstants.IMPORT_SYM -> {
                        if (openImport != null) {
                            out.add(openImport);
                        }
                        openImport = new Reference(ReferenceKind.IMPORT, "", t.beginLine, t.beginColumn, start, end);
                        importDepth = functions.size();
                    }
                    case CSS3ParserConstants.URI -> {
                        if (openImport != null && openImport.target().isEmpty()) {
                            openImport = withTarget(openImport, t.image);
                        } else {
                            out.add(new Reference(ReferenceKind.URL, t.image, t.beginLine, t.beginColumn, start, end));
                        }
                    }
                    case CSS3ParserConstants.STRING -> {
                        if (openImport != null && openImport.target().isEmpty()) {
                            openImport = withTarget(openImport, t.image);
                        } else if (!functions.isEmpty() && STRING_URL_FUNCTIONS.contains(functions.peek())) {
                            out.add(new Reference(ReferenceKind.URL, t.image, t.beginLine, t.beginColumn, start, end));
                        }
                    }
                    case CSS3ParserConstants.SEMICOLON -> {
                        if (openImport != null && functions.size() <= importDepth) {
                            out.add(spanTo(openImport, end));
                            openImport = null;
                        }
                    }
                    case CSS3ParserConstants.RROUND -> {
                        if (!functions.isEmpty()) {
                            functions.pop();
                        }
                    }
                    case CSS3ParserConstants.LROUND -> functions.push("");
                    case CSS3ParserConstants.ATKEYWORD ->
                            inNamespace = unescape(t.image).toLowerCase(Locale.ROOT).equals("@namespace");
                    default -> {
                        if (isFunction(t)) {
                            String name = unescape(t.image).toLowerCase(Locale.ROOT);
                            if (name.equals("url(")) {
                                // url( that the tokenizer could not read as one URL token: escaped,
                                // unclosed, or holding spaces; reading systems still fetch it
                                int close = closingParenthesis(start + t.image.length());
                                out.add(new Reference(ReferenceKind.URL, css.substring(start + t.image.length(), close).strip(),
                                        t.beginLine, t.beginColumn, start, Math.min(css.length(), close + 1)));
                            }
                            functions.push(name);
                        }
                    }
                }
                if (openImport != null && openImport.end() < end) {
                    openImport = spanTo(openImport, end);
                }
            }
        } catch (TokenMgrException e) {
            // what follows cannot be told apart from a reference
            out.add(new Reference(ReferenceKind.UNREADABLE, "", readLine, readColumn, readTo, css.length()));
        }
        if (openImport != null) {
            out.add(spanTo(openImport, css.length()));
        }
        out.sort(Comparator.comparingInt(Reference::start));
        return List.copyOf(out);
    }

    /** The syntax errors htmlunit-cssparser finds in the text as a style sheet. */
    public List<SyntaxError> syntaxErrors() {
        List<SyntaxError> errors = new ArrayList<>();
        CSSOMParser parser = new CSSOMParser();
        parser.setErrorHandler(new CSSErrorHandler() {
            @Override
            public void warning(CSSParseException e) {
                // the parser's warnings only echo its errors
            }

            @Override
            public void error(CSSParseException e) {
                errors.add(new SyntaxError(e.getLineNumber(), e.getColumnNumber(), shortMessage(e.getMessage())));
            }

            @Override
            public void fatalError(CSSParseException e) {
                error(e);
            }
        });
        try {
            parser.parseStyleSheet(new InputSource(new StringReader(css)), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return List.copyOf(errors);
    }

    /**
     * The text without {@code references}: an {@code @import} is taken out whole, a
     * {@code url()} becomes {@code none}. Spaces stand on both sides of what is cut, so
     * that the pieces left cannot join into a new token.
     */
    public CssText without(List<Reference> references) {
        StringBuilder out = new StringBuilder(css);
        List<Reference> backwards = new ArrayList<>(references);
        backwards.sort(Comparator.comparingInt(Reference::start).reversed());
        int limit = css.length();
        for (Reference r : backwards) {
            if (r.end() > limit) {
                continue; // inside a span already cut
            }
            out.replace(r.start(), r.end(), r.kind() == ReferenceKind.IMPORT ? " " : " none ");
            limit = r.start();
        }
        return new CssText(out.toString());
    }

    private static Reference withTarget(Reference r, String target) {
        return new Reference(r.kind(), target, r.line(), r.column(), r.start(), r.end());
    }

    private static Reference spanTo(Reference r, int end) {
        return new Reference(r.kind(), r.target(), r.line(), r.column(), r.start(), end);
    }

    private static boolean isFunction(Token t) {
        return t.image != null && t.image.endsWith("(") && t.image.length() > 1;
    }

    /** Where the parenthesis closing the function whose arguments start at {@code from} is, or the text's end. */
    private int closingParenthesis(int from) {
        int depth = 0;
        for (int i = from; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return css.length();
    }

    /** A CSS name with its escapes ({@code \72}, {@code \r}) read, as reading systems read it. */
    static String unescape(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '\\' || i + 1 == name.length()) {
                out.append(c);
                continue;
            }
            int j = i + 1;
            while (j < name.length() && j < i + 7 && Character.digit(name.charAt(j), 16) >= 0) {
                j++;
            }
            if (j == i + 1) {
                out.append(name.charAt(j));
                i = j;
            } else {
                int cp = Integer.parseInt(name.substring(i + 1, j), 16);
                out.appendCodePoint(cp == 0 || cp > Character.MAX_CODE_POINT ? 0xFFFD : cp);
                if (j < name.length() && Character.isWhitespace(name.charAt(j))) {
                    j++;
                }
                i = j - 1;
            }
        }
        return out.toString();
    }

    private static String shortMessage(String message) {
        // the parser lists every token it could have accepted; the first sentence says enough
        int cut = message.indexOf(" Was expecting");
        return cut > 0 ? message.substring(0, cut).trim() + ")" : message;
    }

    /** Offsets of the text's lines, counted as the tokenizer counts them ({@code \n}, {@code \r\n}, {@code \r}). */
    private static final class LineStarts {
        private final int[] starts;

        LineStarts(String text) {
            List<Integer> s = new ArrayList<>();
            s.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    s.add(i + 1);
                }
            }
            starts = s.stream().mapToInt(Integer::intValue).toArray();
        }

        int offset(int line, int column) {
            int l = Math.max(1, Math.min(line, starts.length));
            return starts[l - 1] + Math.max(0, column - 1);
        }
    }
}
