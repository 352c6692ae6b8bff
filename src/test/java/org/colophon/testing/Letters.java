package org.colophon.testing;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text reduced to what must survive typesetting: compatibility-normalised (a ligature is
 * its letters), lower case (small capitals), without white space, format characters or
 * hyphens, so that a word broken at a line end, with or without its hyphen, is still the
 * word.
 */
final class Letters {

    private Letters() {
    }

    static String of(CharSequence text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().forEach(c -> {
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT
                    && c != '-' && c != '\u2010' && c != '\u2011' && c != '\u00AD' && c != '\uFFFC') {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
