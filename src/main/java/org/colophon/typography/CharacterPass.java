package org.colophon.typography;

import java.util.Set;

/**
 * First pass over a paragraph: characters that stand for other characters. Protects URLs,
 * turns {@code --} into an em dash and {@code ...} into an ellipsis, straight apostrophes
 * into {@code ’} and straight quotation marks into the marks of the language in force.
 * Spacing is the second pass's business ({@link SpacingPass}).
 */
final class CharacterPass {

    /** English words that begin with an elision apostrophe, not an opening quotation mark. */
    private static final Set<String> ENGLISH_ELISIONS = Set.of(
            "tis", "twas", "twere", "twill", "twould", "em", "ad", "ed", "cause", "cos", "til", "n",
            "bout", "neath", "twixt", "gainst", "nuff", "im", "er", "ere", "e", "ave",
            "ow", "ome", "ouse", "orse", "alf", "ard", "eart", "appy", "ullo", "ello",
            "avin", "s", "d", "ll", "ve", "re", "t", "m");
    private static final String[] URL_STARTS = {"http://", "https://", "ftp://", "www.", "mailto:"};
    private static final int MAX_CLOSERS = 64;

    private final char[] closers = new char[MAX_CLOSERS];
    private final char[] singleClosers = new char[MAX_CLOSERS];
    private int openQuotes;
    private int openGuillemets;
    private int openSingles; // quotations typed with ' outside English

    void run(Cells in, Cells out) {
        out.clear();
        openQuotes = 0;
        openGuillemets = 0;
        openSingles = 0;
        int n = in.size;
        int i = 0;
        while (i < n) {
            if (!in.isReal(i)) {
                out.copy(in, i);
                i++;
                continue;
            }
            if (in.is(i, Cells.PROTECTED)) {
                out.copy(in, i);
                i++;
                continue;
            }
            char c = in.ch[i];
            if (startsUrl(in, i)) {
                i = copyProtected(in, out, i);
                continue;
            }
            switch (c) {
                case '-':
                    i = dashes(in, out, i);
                    break;
                case '.':
                    i = dots(in, out, i);
                    break;
                case '\'':
                    out.addLike(singleQuote(in, i), in, i);
                    i++;
                    break;
                case '"':
                    out.addLike(doubleQuote(in, i), in, i);
                    i++;
                    break;
                case '«':
                    openGuillemets++;
                    out.copy(in, i);
                    i++;
                    break;
                case '»':
                    if (openGuillemets > 0) {
                        openGuillemets--;
                    }
                    out.copy(in, i);
                    i++;
                    break;
                default:
                    out.copy(in, i);
                    i++;
            }
        }
    }

    private static boolean startsUrl(Cells in, int i) {
        char c = in.ch[i];
        if (c != 'h' && c != 'H' && c != 'w' && c != 'W' && c != 'f' && c != 'F' && c != 'm' && c != 'M') {
            return false;
        }
        boolean wordStart = i == 0 || !in.isReal(i - 1) || !Chars.isLetterOrDigit(in.ch[i - 1]);
        for (String start : URL_STARTS) {
            // a scheme is a URL even glued to a word; "www." only at a word's start
            if ((wordStart || start.endsWith("//")) && matchesAt(in, i, start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(Cells in, int i, String s) {
        if (i + s.length() > in.size) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (!in.isReal(i + k) || Character.toLowerCase(in.ch[i + k]) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** A URL runs to the next space or virtual cell. */
    private static int copyProtected(Cells in, Cells out, int i) {
        int j = i;
        while (j < in.size && in.isReal(j) && !Chars.isSpace(in.ch[j])) {
            out.copy(in, j, Cells.PROTECTED);
            j++;
        }
        return j;
    }

    private static int dashes(Cells in, Cells out, int i) {
        int j = runOf(in, i, '-');
        if (j - i == 2 || j - i == 3) {
            out.addLike(Chars.EM_DASH, in, i);
        } else {
            for (int k = i; k < j; k++) {
                out.copy(in, k);
            }
        }
        return j;
    }

    /** Exactly three dots make an ellipsis; longer runs are left to the author. */
    private static int dots(Cells in, Cells out, int i) {
        int j = runOf(in, i, '.');
        if (j - i == 3) {
            out.addLike(Chars.ELLIPSIS, in, i);
        } else {
            for (int k = i; k < j; k++) {
                out.copy(in, k);
            }
        }
        return j;
    }

    private static int runOf(Cells in, int i, char c) {
        int j = i;
        while (j < in.size && in.isReal(j) && in.ch[j] == c) {
            j++;
        }
        return j;
    }

    private char singleQuote(Cells in, int i) {
        boolean letterBefore = i > 0 && Chars.isLetter(in.ch[i - 1]) && in.isReal(i - 1);
        boolean letterAfter = i + 1 < in.size && in.isReal(i + 1) && Chars.isLetter(in.ch[i + 1]);
        if (letterBefore && letterAfter) {
            return Chars.APOSTROPHE;
        }
        if (!in.language(i).english()) {
            return otherSingleQuote(in, i, letterBefore, letterAfter);
        }
        if (!opensHere(in, i)) {
            return '’';
        }
        if (i + 1 >= in.size || !in.isReal(i + 1) || Chars.isSpace(in.ch[i + 1])) {
            // "and——' there": after a dash and before a space, it closes
            return i > 0 && !Chars.isSpace(in.ch[i - 1]) && !in.is(i - 1, Cells.LINE_BREAK) ? '’' : '\'';
        }
        char next = in.ch[i + 1];
        if (Chars.isDigit(next) || isEnglishElision(in, i + 1) || !closedLater(in, i + 1)) {
            return '’';
        }
        return '‘';
    }

    /**
     * Outside English, a {@code '} that opens a word and is closed later (« la 'virgoletta'
     * interna ») quotes: it takes the language's marks for its nesting level, inner inside a
     * quotation; its partner closes it. Any other one is an elision at a word's end (« entr'
     * ouvert ») or is left as typed.
     */
    private char otherSingleQuote(Cells in, int i, boolean letterBefore, boolean letterAfter) {
        Language lang = in.language(i);
        if (!letterBefore && letterAfter && opensHere(in, i) && closedLater(in, i + 1)) {
            int level = in.depth[i] + openQuotes + openGuillemets + openSingles;
            if (openSingles < MAX_CLOSERS) {
                singleClosers[openSingles] = lang.closeMark(level);
            }
            openSingles++;
            return lang.openMark(level);
        }
        if (openSingles > 0 && !letterAfter && i > 0 && in.isReal(i - 1) && !Chars.isSpace(in.ch[i - 1])) {
            openSingles--;
            return openSingles < MAX_CLOSERS ? singleClosers[openSingles] : lang.closeMark(in.depth[i]);
        }
        return letterBefore ? Chars.APOSTROPHE : '\'';
    }

    private static boolean isEnglishElision(Cells in, int start) {
        int end = start;
        while (end < in.size && end - start <= 7 && in.isReal(end) && Chars.isLetter(in.ch[end])) {
            end++;
        }
        if (end == start || end - start > 7 || (end < in.size && in.isReal(end) && Chars.isLetter(in.ch[end]))) {
            return false;
        }
        char[] word = new char[end - start];
        for (int k = start; k < end; k++) {
            word[k - start] = Character.toLowerCase(in.ch[k]);
        }
        return ENGLISH_ELISIONS.contains(new String(word));
    }

    /**
     * Whether a single quotation opened at {@code from - 1} is closed later: a {@code '}
     * after a non-space and not before a letter comes before the next {@code '} that could
     * open one. Without it, a leading {@code '} is an elision ({@code 'ere}, {@code 'im}).
     * Each search stops at the next opening candidate, the next question's start, so a
     * paragraph costs one scan.
     */
    private static boolean closedLater(Cells in, int from) {
        for (int j = from; j < in.size; j++) {
            if (in.ch[j] != '\'' || !in.isReal(j)) {
                continue;
            }
            boolean letterAfter = j + 1 < in.size && in.isReal(j + 1) && Chars.isLetterOrDigit(in.ch[j + 1]);
            boolean spaceBefore = Chars.isSpace(in.ch[j - 1]) || !in.isReal(j - 1);
            if (!spaceBefore && !letterAfter) {
                return true;
            }
            if (spaceBefore && letterAfter) {
                return false;
            }
        }
        return false;
    }

    private char doubleQuote(Cells in, int i) {
        boolean opens;
        boolean openBefore = opensHere(in, i);
        boolean endAfter = i + 1 >= in.size || in.is(i + 1, Cells.LINE_BREAK) || Chars.isSpace(in.ch[i + 1])
                || isClosingPunctuation(in.ch[i + 1]);
        if (openBefore && !endAfter) {
            opens = true;
        } else if (!openBefore && (endAfter || !Chars.isLetterOrDigit(in.ch[i + 1]))) {
            opens = false;
        } else {
            // « " non " » typed with spaces on both sides: the marks alternate
            opens = openQuotes == 0;
        }
        Language lang = in.language(i);
        if (opens) {
            // English writers type ' inside ", so only Inline.Quote nesting changes the marks;
            // elsewhere " serves every level and nesting decides
            int level = lang.english() ? in.depth[i] : in.depth[i] + openQuotes + openGuillemets;
            if (openQuotes < MAX_CLOSERS) {
                closers[openQuotes] = lang.closeMark(level);
            }
            openQuotes++;
            return lang.openMark(level);
        }
        if (openQuotes > 0) {
            openQuotes--;
            return openQuotes < MAX_CLOSERS ? closers[openQuotes] : lang.closeMark(in.depth[i]);
        }
        return lang.closeMark(in.depth[i] + openGuillemets);
    }

    /** Whether a quotation mark at {@code i} would open: at the start, after a space or an opening sign. */
    private static boolean opensHere(Cells in, int i) {
        if (i == 0) {
            return true;
        }
        int p = i - 1;
        if (!in.isReal(p)) {
            return in.is(p, Cells.QUOTE_OPENING) || in.is(p, Cells.LINE_BREAK);
        }
        return Chars.isSpace(in.ch[p]) || Chars.isOpeningContext(in.ch[p]);
    }

    private static boolean isClosingPunctuation(char c) {
        switch (c) {
            case '.': case ',': case ';': case ':': case '!': case '?': case ')': case ']': case '}':
            case '»': case '”': case '’': case Chars.ELLIPSIS:
                return true;
            default:
                return false;
        }
    }
}
