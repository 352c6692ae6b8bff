package org.colophon.reader;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.colophon.error.Diagnostic;

/**
 * The control characters a book cannot hold: C0 except tab and the line ends, DEL and C1.
 * XML 1.1 lets a document write them as references ({@code &#1;}), and XML 1.0 lets C1 in
 * as they are, so the parser accepts them.
 *
 * <p>They are refused, not dropped. None has a glyph, an EPUB page cannot carry them (its
 * XHTML is XML 1.0, where C0 is not even writable, and HTML counts every control as an
 * error), and in a manuscript one is almost always the trace of an accident: an export
 * that wrote a byte as it was, or Windows-1252 text read as Latin-1, where U+0092 stood
 * for ’ and U+0096 for –. Dropping it would lose that character without a word, and
 * replacing it would be a guess; the author, told where it is, can do either.
 */
public final class ControlCharacters {

    /** Windows-1252, whose bytes 0x80–0x9F are what C1 characters usually were. */
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private ControlCharacters() {
    }

    static boolean isRefused(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    /** The index of the first refused character of {@code s} from {@code from}, or -1. */
    public static int indexOfRefused(CharSequence s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (isRefused(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * What to tell the user about {@code c}; {@code writtenAs} is the reference that wrote
     * it ({@code &#x92;}), or null when the character stands in the file as it is.
     */
    public static String explain(char c, String writtenAs) {
        String what = code(c) + ", a control character" + (writtenAs == null ? "" : " (written " + writtenAs + ")")
                + ", cannot be set in a book: no font draws it and an EPUB page cannot hold it; ";
        char meant = windows1252(c);
        if (meant == 0) {
            return what + "delete it (an export or a copy and paste usually leaves it)";
        }
        return what + "it is probably " + meant + " (" + code(meant) + ") from a Windows-1252 text read as Latin-1: write "
                + meant + " instead";
    }

    /** The character that byte {@code c} is in Windows-1252, or 0 when {@code c} is not C1 or that byte is unassigned. */
    static char windows1252(char c) {
        if (c < 0x80 || c > 0x9F) {
            return 0;
        }
        char decoded = new String(new byte[] {(byte) c}, WINDOWS_1252).charAt(0);
        return decoded == '\uFFFD' || decoded == c ? 0 : decoded;
    }

    private static String code(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }

    /**
     * The refused characters of one file: the first {@link #LISTED} with their places (a
     * file of mojibake holds thousands, and a screenful says enough), then how many more.
     */
    static final class Found {
        static final int LISTED = 10;

        private final String file;
        private final List<Diagnostic> listed = new ArrayList<>();
        private int more;
        private boolean fromWindows1252;

        Found(String file) {
            this.file = file;
        }

        void add(char c, int line, int column, String writtenAs) {
            fromWindows1252 |= windows1252(c) != 0;
            if (listed.size() < LISTED) {
                listed.add(Diagnostic.error(file, line, column, explain(c, writtenAs)));
            } else {
                more++;
            }
        }

        boolean isEmpty() {
            return listed.isEmpty();
        }

        List<Diagnostic> diagnostics() {
            if (more == 0) {
                return List.copyOf(listed);
            }
            List<Diagnostic> all = new ArrayList<>(listed);
            all.add(Diagnostic.error(file, 0, 0, String.format(Locale.ROOT, "and %,d more control characters after those; ", more)
                    + (fromWindows1252 ? "the file may be a Windows-1252 text read as Latin-1: convert it to UTF-8 from Windows-1252"
                            : "delete them")));
            return all;
        }
    }
}
