package org.colophon.reader.markdown;

import static org.colophon.reader.markdown.MarkdownTestFiles.FRONT;
import static org.colophon.reader.markdown.MarkdownTestFiles.read;
import static org.colophon.reader.markdown.MarkdownTestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad Markdown books: each refused with the file, line and column, and what was expected. */
class MarkdownErrorsTest {

    @TempDir
    Path dir;

    private Diagnostic error(Path file) {
        BuildException e = assertThrows(BuildException.class, () -> read(file));
        return e.diagnostics().get(0);
    }

    private static void at(Diagnostic d, String file, int line, int column, String words) {
        assertTrue(d.file().endsWith(file), d.toString());
        assertEquals(line, d.line(), d.toString());
        assertEquals(column, d.column(), d.toString());
        assertTrue(d.message().contains(words), d.toString());
    }

    @Test
    void anUnknownFrontMatterKeyIsNamedAtItsLine() throws Exception {
        Diagnostic d = error(write(dir, "b.md", "---\ntitle: T\nlanguage: en\n  \nauthr: X\n---\n# C\n"));
        at(d, "b.md", 5, 1, "unknown key 'authr'; expected one of title, subtitle, author");
    }

    @Test
    void aBadDateOrIsbnIsNamedAtItsValue() throws Exception {
        at(error(write(dir, "d.md", "---\ntitle: T\nlanguage: en\ndate: 2023-02-30\n---\n# C\n")), "d.md", 4, 7,
                "not a day of the calendar");
        at(error(write(dir, "e.md", "---\ntitle: T\nlanguage: en\ndate: 12/05/2023\n---\n# C\n")), "e.md", 4, 7,
                "YYYY, YYYY-MM or YYYY-MM-DD");
        at(error(write(dir, "i.md", "---\ntitle: T\nlanguage: en\nisbn: 978-2-07-036822-9\n---\n# C\n")), "i.md", 4, 7,
                "wrong check digit");
    }

    @Test
    void missingTitleOrLanguageAndBadYamlAreRefused() throws Exception {
        at(error(write(dir, "a.md", "---\ntitle: T\n---\n# C\n")), "a.md", 1, 1, "no 'language:'");
        at(error(write(dir, "b.md", "# C\n")), "b.md", 1, 1, "no front matter");
        at(error(write(dir, "c.md", "---\ntitle: T\nlanguage: en\ntitle: U\n---\n# C\n")), "c.md", 4, 1, "given twice");
        assertTrue(error(write(dir, "d.md", "---\ntitle: T\nlanguage: en\nsubjects: &s [a, b]\nauthors: *s\n---\n# C\n"))
                .message().contains("alias"));
        at(error(write(dir, "e.md", "---\ntitle: !!binary aGk=\nlanguage: en\n---\n# C\n")), "e.md", 2, 8, "tag");
    }

    @Test
    void rawHtmlOutsideTheSubsetIsRefusedAtItsPlace() throws Exception {
        at(error(write(dir, "a.md", FRONT + "# C\n\nSome <b>bold</b> text.\n")), "a.md", 7, 6,
                "raw HTML '<b>' is refused; Colophon reads only <br>");
        at(error(write(dir, "b.md", FRONT + "# C\n\n<div>\nblock\n</div>\n")), "b.md", 7, 1, "raw HTML '<div>'");
        at(error(write(dir, "c.md", FRONT + "# C\n\nA <script>x</script>.\n")), "c.md", 7, 3, "<script>");
        at(error(write(dir, "f.md", FRONT + "# C\n\n<br>\nalone on its line.\n")), "f.md", 7, 1,
                "'<br>' opens a line, which makes the line an HTML block");
        read(write(dir, "g.md", FRONT + "# C\n\n<sup>1</sup> opens a line of text, which is a paragraph.\n"));
        at(error(write(dir, "d.md", FRONT + "# C\n\nA <sup>x.\n")), "d.md", 7, 3, "never closed");
        at(error(write(dir, "e.md", FRONT + "# C\n\nA <span lang=\"fr\" onclick=\"x\">x</span>.\n")), "e.md", 7, 3,
                "refused");
    }

    @Test
    void pathsOutsideTheFolderAndMissingFilesAreRefused() throws Exception {
        Path inner = Files.createDirectories(dir.resolve("book"));
        Files.writeString(dir.resolve("outside.md"), "# Out\n");
        at(error(write(inner, "book.yaml", "title: T\nlanguage: en\nchapters:\n  - ../outside.md\n")), "book.yaml", 4, 5,
                "manuscript");
        write(inner, "here.md", "# Here\n");
        at(error(write(inner, "m.yaml", "title: T\nlanguage: en\nchapters:\n  - here.md\n  - gone.md\n")), "m.yaml", 5, 5,
                "does not exist");
        at(error(write(inner, "i.md", FRONT + "# C\n\n![A](../x.png)\n")), "i.md", 7, 1, "manuscript");
        at(error(write(inner, "j.md", FRONT + "# C\n\n![A](/etc/passwd)\n")), "j.md", 7, 1, "");
        at(error(write(inner, "k.md", FRONT + "# C\n\n![](img.png)\n")), "k.md", 7, 1, "no alt text");
        Files.createSymbolicLink(inner.resolve("link.md"), dir.resolve("outside.md"));
        at(error(write(inner, "s.yaml", "title: T\nlanguage: en\nchapters: [link.md]\n")), "s.yaml", 3, 12, "manuscript");
    }

    @Test
    void badLinksReferencesAndHeadingsAreRefused() throws Exception {
        at(error(write(dir, "a.md", FRONT + "# C\n\nSee [x](javascript:alert(1)).\n")), "a.md", 7, 5, "http:");
        at(error(write(dir, "b.md", FRONT + "# C\n\nSee [x](#nowhere).\n")), "b.md", 7, 5, "no heading has the id 'nowhere'");
        at(error(write(dir, "c.md", FRONT + "Text first.\n")), "c.md", 5, 1, "before the file's first heading");
        at(error(write(dir, "d.md", FRONT + "# A {#x}\n\n# B {#x}\n")), "d.md", 7, 1, "already the id");
        at(error(write(dir, "e.md", FRONT + "# A {.weird}\n")), "e.md", 5, 1, "class .weird");
        at(error(write(dir, "f.md", FRONT + "# C\n\nA ![i](x.png) in text.\n")), "f.md", 7, 3, "alone in its paragraph");
    }

    /** commonmark-java stops nesting blocks at 100 levels, and the reader stops at ReadLimits.MAX_DEPTH: no overflow. */
    @Test
    void deepNestingNeitherOverflowsNorFails() throws Exception {
        read(write(dir, "q.md", FRONT + "# C\n\n" + ">".repeat(100_000) + " deep\n"));
        StringBuilder lists = new StringBuilder(FRONT + "# C\n\n");
        for (int i = 0; i < 400; i++) {
            lists.append("  ".repeat(i)).append("- x\n");
        }
        read(write(dir, "l.md", lists.toString()));
        read(write(dir, "e.md", FRONT + "# C\n\n" + "*a ".repeat(2000) + "x" + " a*".repeat(2000) + "\n"));
    }

    @Test
    void aBookOfFilesIsCheckedFileByFile() throws Exception {
        write(dir, "a.md", "# A\n");
        write(dir, "fm.md", "---\ntitle: X\n---\n# B\n");
        at(error(write(dir, "twice.yaml", "title: T\nlanguage: en\nchapters: [a.md, ./a.md]\n")), "twice.yaml", 3, 18,
                "already part of the book");
        at(error(write(dir, "front.yaml", "title: T\nlanguage: en\nchapters: [fm.md]\n")), "fm.md", 1, 1,
                "a chapter file has no front matter");
        at(error(write(dir, "part.yaml", "title: T\nlanguage: en\nparts:\n  - title: P\n    files: [a.md]\n")),
                "part.yaml", 5, 5, "unknown key 'files' in a part; expected 'title' and 'chapters'");
        at(error(write(dir, "notmd.yaml", "title: T\nlanguage: en\nchapters: [a.txt]\n")), "notmd.yaml", 3, 12,
                "expected a chapter file ending in .md");
        at(error(write(dir, "lang.yaml", "title: T\nlanguage: english\n")), "lang.yaml", 2, 11, "BCP 47");
        at(error(write(dir, "who.yaml", "title: T\nlanguage: en\nauthor:\n  name: A\n  born: 1856\n")), "who.yaml", 5, 3,
                "unknown key 'born' for a person");
        at(error(write(dir, "sec.md", FRONT + "# C\n\n## S {lang=fr}\n")), "sec.md", 7, 1, "lang=fr on the chapter");
        at(error(write(dir, "note.md", FRONT + "# C\n\nA[^1].\n\n[^1]: B[^2].\n\n[^2]: C.\n")), "note.md", 9, 8,
                "a note is called inside a note");
    }

    @Test
    void anXmlFileOfNoKnownFormatNamesTheMarkdownOptionToo() throws Exception {
        assertTrue(error(write(dir, "x.xml", "<doc/>")).message().contains("a Markdown book (a .md file, or a book.yaml"));
    }

    @Test
    void aNoteNeverCalledAndTheClassesOfASectionAreWarnedAbout() throws Exception {
        java.util.List<Diagnostic> warnings = MarkdownTestFiles.warnings();
        MarkdownTestFiles.read(write(dir, "w.md", FRONT + "# C\n\n## S {.unnumbered}\n\nText.\n\n[^x]: Unused.\n"),
                warnings);
        assertEquals(2, warnings.size(), warnings.toString());
        at(warnings.get(0), "w.md", 7, 1, "classes [unnumbered] of a section heading are not read");
        at(warnings.get(1), "w.md", 11, 1, "the note [^x] is never called");
    }

    @Test
    void aParagraphPastTheLimitIsRefusedAtItsPlace() throws Exception {
        at(error(write(dir, "p.md", FRONT + "# C\n\nShort.\n\n" + "a".repeat(1_000_001) + "\n")), "p.md", 9, 1,
                "more than 1,000,000 characters");
    }

    @Test
    void controlCharactersAndOtherEncodingsAreRefused() throws Exception {
        at(error(write(dir, "c.md", FRONT + "# C\n\nA\u0092b\n")), "c.md", 7, 2, "control character");
        Path latin = dir.resolve("l.md");
        Files.write(latin, (FRONT + "# C\n\ncaf\u00e9\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertTrue(error(latin).message().contains("UTF-8"));
    }
}
