package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.colophon.robustness.Hostile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Control characters through the command line: exit 1, every one at the user's own
 * file:line:column with what to do, nothing written; never an error in a page Colophon
 * generated (such as {@code EPUB/text/chapter-001.xhtml:12:5}).
 */
class ControlCharactersCliTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private void refused(Path manuscript, List<String> placesAndCharacters) throws Exception {
        Path out = dir.resolve("out");
        CliRun r = run("build", manuscript.toString(), "--out", out.toString(), "--quiet");
        assertEquals(1, r.status(), r.err());
        assertEquals("", r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(placesAndCharacters.size(), lines.size(), r.err());
        for (int i = 0; i < lines.size(); i++) {
            assertTrue(lines.get(i).startsWith(manuscript + ":" + placesAndCharacters.get(i)), lines.get(i));
            assertTrue(lines.get(i).contains("cannot be set in a book"), lines.get(i));
            assertTrue(lines.get(i).contains("; delete it") || lines.get(i).contains(" instead"), "says what to do: " + lines.get(i));
        }
        assertFalse(r.err().contains("EPUB/text/"), "no generated page is blamed:\n" + r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(out) && Files.list(out).findAny().isPresent(), "nothing written");
    }

    @Test
    void anXml11TeiFileIsRefusedAtEachCharacter() throws Exception {
        refused(resource("control-characters.xml"),
                List.of("12:22: error: U+0002", "13:34: error: U+0092", "13:55: error: U+0001", "14:45: error: U+001F"));
    }

    @Test
    void anXml11ManuscriptIsRefusedAtEachCharacter() throws Exception {
        Path manuscript = Hostile.write(dir.resolve("livre.xml"), Hostile.chapter("fr", "      <p>a&#1;b</p>\n")
                .replace("version=\"1.0\"", "version=\"1.1\""));
        refused(manuscript, List.of("6:11: error: U+0001"));
    }

    @Test
    void aC1CharacterInAnXml10TeiFileIsRefusedWithTheCharacterItStandsFor() throws Exception {
        Path tei = Hostile.write(dir.resolve("roman.xml"), Hostile.tei("fr", "<p>L&#x92;auberge</p>\n"));
        refused(tei, List.of("8:5: error: U+0092"));
        CliRun again = run("build", tei.toString(), "--out", dir.resolve("out").toString(), "--quiet");
        assertTrue(again.err().contains("write \u2019 instead"), again.err());
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ControlCharactersCliTest.class.getResource("/tei/" + name).toURI());
    }
}
