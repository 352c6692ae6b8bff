package org.colophon.reader;

import static org.colophon.reader.Fixture.chapter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parser's and validator's messages are reworded from their untranslated text, so
 * they must stay so whatever the locale of the author's machine. Run in a JVM of its
 * own started in French, as an author in France would run it.
 */
class LocaleIndependenceTest {

    @TempDir
    Path dir;

    @Test
    void messagesAreTheSameOnAFrenchMachine() throws Exception {
        Fixture f = new Fixture(dir);
        f.write("a.xml", chapter("      <p xml:lang=\"fr_FR\">x</p>\n      <para/>\n"));
        f.write("b.xml", chapter("      <p>a<em>b</p>\n"));

        String a = runInFrench(dir.resolve("a.xml"));
        List<String> lines = a.lines().toList();
        assertEquals(2, lines.size(), a);
        assertTrue(lines.get(0).endsWith("a.xml:6:7: error: attribute xml:lang=\"fr_FR\" on <p> is not valid: expected"
                + " a language tag such as fr, en-GB or zh-Hant-TW (a 2 or 3 letter language, then optional script"
                + " and region, joined by '-')"), a);
        assertTrue(lines.get(1).endsWith("a.xml:7:7: error: element <para> is not allowed here in <chapter>; expected"
                + " one of <p>, <blockquote>, <verse>, <list>, <figure>, <scene-break>, <pre>, <code-block>, <table> or <section>"), a);

        String b = runInFrench(dir.resolve("b.xml"));
        assertTrue(b.contains("b.xml:6:18: error: not well-formed XML: <em> is still open here; expected </em>"), b);
    }

    /** Runs the command line on {@code manuscript} in a new JVM whose locale is French; returns its stderr. */
    private String runInFrench(Path manuscript) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Duser.language=fr", "-Duser.country=FR",
                "-cp", System.getProperty("java.class.path"), "org.colophon.cli.Main",
                "build", manuscript.toString(), "--out", dir.resolve("out").toString(), "--quiet")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the build did not end");
        assertEquals(1, process.exitValue(), err);
        return err;
    }
}
