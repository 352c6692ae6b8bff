package org.colophon.highlight;

/** Code text as both books print it. */
public final class CodeText {

    /** Tab stops every four columns, the common setting of code editors. */
    public static final int TAB_SIZE = 4;

    private CodeText() {
    }

    /**
     * Tabs replaced by the spaces up to the next tab stop of each line, so that a listing's
     * columns line up the same in the PDF and in every e-reader, whatever its tab size.
     */
    public static String expandTabs(String code) {
        if (code.indexOf('\t') < 0) {
            return code;
        }
        StringBuilder sb = new StringBuilder(code.length() + 16);
        int column = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\t') {
                int spaces = TAB_SIZE - column % TAB_SIZE;
                sb.append(" ".repeat(spaces));
                column += spaces;
            } else {
                sb.append(c);
                column = c == '\n' ? 0 : column + 1;
            }
        }
        return sb.toString();
    }
}
