package org.colophon.reader;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damages the complete manuscript in many small ways (a character dropped, a tag
 * renamed, a line cut, a span repeated) and reads each result: it must either read or
 * fail with located diagnostics, never with any other exception.
 */
class MutationTest {

    private static final Path COMPLETE = Path.of("src/test/resources/manuscripts/complete");
    private static final String[] NAMES = {"p", "chapter", "title", "note", "em", "item", "list", "figure", "verse",
            "line", "xi:include", "section", "part", "metadata", "q", "ref", "anchor", "br"};

    /** 3,000 were run once without a crash; a few hundred keep the suite fast. */
    private static final int MUTATIONS = 400;

    @TempDir
    Path dir;

    @Test
    void damagedManuscriptsFailCleanly() throws Exception {
        Files.createDirectories(dir.resolve("images"));
        Files.createDirectories(dir.resolve("chapters"));
        for (String image : new String[] {"cover.jpg", "map.png", "ornament.png"}) {
            Files.copy(COMPLETE.resolve("images").resolve(image), dir.resolve("images").resolve(image));
        }
        Files.copy(COMPLETE.resolve("chapters/chapter-2.xml"), dir.resolve("chapters/chapter-2.xml"));
        String original = Files.readString(COMPLETE.resolve("complete.xml"), StandardCharsets.UTF_8);
        Random random = new Random(20241112);
        int failed = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            String damaged = mutate(original, random);
            Path file = dir.resolve("m.xml");
            Files.writeString(file, damaged, StandardCharsets.UTF_8);
            try {
                new BookReader(d -> { }).read(file);
            } catch (BuildException e) {
                failed++;
                for (Diagnostic d : e.diagnostics()) {
                    assertTrue(d.line() > 0 || d.message().contains("no such file"), () -> "unlocated: " + d);
                    assertTrue(!d.message().contains("cvc-"), () -> "validator jargon: " + d);
                }
            } catch (RuntimeException | Error e) {
                fail("mutation " + i + " crashed the reader:\n" + damaged, e);
            }
        }
        assertTrue(failed > MUTATIONS / 2, "most damage must be noticed, " + failed + " of " + MUTATIONS + " were");
    }

    private static String mutate(String s, Random r) {
        int at = r.nextInt(s.length());
        switch (r.nextInt(5)) {
            case 0:
                return s.substring(0, at) + s.substring(Math.min(s.length(), at + 1 + r.nextInt(3)));
            case 1: {
                String name = NAMES[r.nextInt(NAMES.length)];
                String other = NAMES[r.nextInt(NAMES.length)];
                return s.replaceFirst("<" + name + "([ />])", "<" + other + "$1");
            }
            case 2: {
                int end = s.indexOf('\n', at);
                return end < 0 ? s : s.substring(0, at) + s.substring(end);
            }
            case 3: {
                int len = Math.min(s.length() - at, 1 + r.nextInt(80));
                return s.substring(0, at + len) + s.substring(at, at + len) + s.substring(at + len);
            }
            default: {
                String chars = "<>&\"'=/ \u00e9\u2019x-:";
                char c = chars.charAt(r.nextInt(chars.length()));
                return s.substring(0, at) + c + s.substring(at);
            }
        }
    }
}
