package org.colophon.reader.markdown;

import static org.colophon.reader.markdown.MarkdownTestFiles.FRONT;
import static org.colophon.reader.markdown.MarkdownTestFiles.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.colophon.error.BuildException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Texts made at random of Markdown's pieces (a fixed seed: the same texts every run): each
 * is read into a book or refused with a BuildException, never an internal error.
 */
class MarkdownFuzzTest {

    private static final List<String> PIECES = List.of("# ", "## ", "### ", "#### ", "> ", "- ", "1. ", "3) ", "* ",
            "**", "*", "_", "`", "```", "```java\n", "~~~", "    ", "\n", "\n\n", "[", "]", "(", ")", "(#a)",
            "(https://e.org)", "(mailto:x@y.z)", "(x.md#a)", "![", "!", "[^1]", "[^1]: ", "^[", "<br>", "<sup>", "</sup>",
            "<sub>", "</sub>", "<span lang=\"fr\">", "</span>", "<b>", "<!-- c -->", "|", "|---|", "| a | b |\n|:-|-:|\n",
            "{#a}", "{.preface}", "{.appendix}", "{.unnumbered}", "{lang=fr}", "{#a .x}", "\\", "  \n", "---\n", "***",
            "&amp;", "&#0;", "word", "mot ", "\t", "\"", "'", "--", "...", "<https://e.org>", "[a]: https://e.org\n", "[a]");

    @TempDir
    Path dir;

    @Test
    void randomMarkdownIsReadOrRefusedNeverCrashes() throws Exception {
        Random random = new Random(16);
        for (int i = 0; i < 600; i++) {
            StringBuilder text = new StringBuilder(FRONT).append("# Start {#a}\n\n");
            int n = 1 + random.nextInt(40);
            for (int k = 0; k < n; k++) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
                if (random.nextInt(4) == 0) {
                    text.append(' ');
                }
            }
            Path file = write(dir, "f" + i + ".md", text.toString());
            try {
                MarkdownTestFiles.read(file);
            } catch (BuildException expected) {
                // refused with a message: fine
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("an internal error on:\n" + text, e);
            }
        }
    }
}
