package org.colophon.reader.markdown;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.colophon.error.BuildException;
import org.colophon.reader.ControlCharacters;
import org.colophon.reader.ReadBudget;

/**
 * A text file of a Markdown book (a chapter file or {@code book.yaml}), read whole as UTF-8
 * after its size is taken from the book's budget, with its YAML front matter split off.
 *
 * @param realFile    the file on disk, by real path
 * @param shownAs     how messages name it
 * @param base        its folder, relative to the manuscript's folder (empty for the manuscript's own)
 * @param frontMatter the YAML between the {@code ---} lines opening the file (a YAML file's whole text), or
 *                    null when it has none
 * @param yamlLine    the file's line the YAML begins on: 1 in a YAML file, 2 in a front matter
 * @param body        the rest: the front matter's lines are left blank, so that line numbers stay the file's
 */
record MarkdownFile(Path realFile, String shownAs, Path base, String frontMatter, int yamlLine, String body) {

    static MarkdownFile read(Path file, Path realFile, String shownAs, Path base, ReadBudget budget)
            throws BuildException {
        String text;
        try {
            String tooBig = budget.takeManuscriptBytes(Files.size(realFile));
            if (tooBig != null) {
                throw new BuildException(shownAs, 0, 0, tooBig);
            }
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(realFile))).toString();
        } catch (CharacterCodingException e) {
            throw new BuildException(shownAs, 0, 0, "the file is not UTF-8 text; expected a Markdown or YAML file"
                    + " saved as UTF-8");
        } catch (IOException e) {
            throw new BuildException(shownAs, 0, 0, "cannot read the file: " + e.getMessage());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        refuseControlCharacters(text, shownAs);
        String name = shownAs.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return new MarkdownFile(realFile, shownAs, base, text, 1, "");
        }
        return split(realFile, shownAs, base, text);
    }

    /** A front matter opens the file with a line {@code ---} and ends at the next {@code ---} or {@code ...} line. */
    private static MarkdownFile split(Path realFile, String shownAs, Path base, String text) throws BuildException {
        if (!text.startsWith("---\n")) {
            return new MarkdownFile(realFile, shownAs, base, null, 0, text);
        }
        int lineStart = 4;
        while (lineStart <= text.length()) {
            int end = text.indexOf('\n', lineStart);
            String line = (end < 0 ? text.substring(lineStart) : text.substring(lineStart, end)).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                String yaml = text.substring(4, lineStart);
                int after = end < 0 ? text.length() : end + 1;
                String blanks = "\n".repeat(lineCount(text.substring(0, after)));
                return new MarkdownFile(realFile, shownAs, base, yaml, 2, blanks + text.substring(after));
            }
            if (end < 0) {
                break;
            }
            lineStart = end + 1;
        }
        throw new BuildException(shownAs, 1, 1, "the front matter opened by '---' on line 1 is never closed;"
                + " expected a line '---' after its last key");
    }

    private static int lineCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static void refuseControlCharacters(String text, String shownAs) throws BuildException {
        int at = ControlCharacters.indexOfRefused(text, 0);
        if (at < 0) {
            return;
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        throw new BuildException(shownAs, line, at - lineStart + 1, ControlCharacters.explain(text.charAt(at), null));
    }
}
