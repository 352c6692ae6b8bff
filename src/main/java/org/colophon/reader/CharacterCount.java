package org.colophon.reader;

/**
 * Counts characters of text the way the books will hold them: each run of XML white space
 * (spaces, tabs, line ends) counts as one, since it becomes one space (or none), so that
 * indenting a manuscript never brings it nearer a limit.
 */
final class CharacterCount {

    private long count;
    private boolean inSpace;

    void add(char[] ch, int start, int length) {
        for (int i = start; i < start + length; i++) {
            add(ch[i]);
        }
    }

    void add(String s) {
        for (int i = 0; i < s.length(); i++) {
            add(s.charAt(i));
        }
    }

    private void add(char c) {
        boolean space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (!space || !inSpace) {
            count++;
        }
        inSpace = space;
    }

    long count() {
        return count;
    }

    void reset() {
        count = 0;
        inSpace = false;
    }
}
