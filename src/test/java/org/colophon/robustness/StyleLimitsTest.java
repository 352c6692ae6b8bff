package org.colophon.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A styles folder cannot make a build run out of memory or run forever: a layout that
 * loops, recurses or grows a string without end fails at its line within seconds, and a
 * font whose em is divided into no units is refused at its {@code @font-face}. Before,
 * each ran a 256 MB JVM out of memory or did not end.
 */
class StyleLimitsTest {

    /** One build each: the JIT's first tier only, as the README advises for a one-off build (half the CPU). */
    private static final String QUICK = "-XX:TieredStopAtLevel=1";

    private static final Path SAMPLE = Path.of("manuscript/macron-rutte.xml");

    @TempDir
    Path dir;

    private ChildBuild.Result build(Path styles) throws Exception {
        return new ChildBuild(dir).jvm(QUICK, "-Xmx256m")
                .args(SAMPLE.toAbsolutePath().toString(), "--styles", styles.toString(),
                        "--out", dir.resolve("out").toString(), "--quiet")
                .run(dir.resolve("logs"), 60);
    }

    /** Each: the hostile line of {@code chapter.vm} (line 2), where the error is (empty: the file alone), what it says. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "#foreach($i in [0..2000000000])#end"
                    + "|:2:1|this #foreach goes round more than 1,000,000 times",
            "#set($t = 'x')#foreach($i in [1..40])#set($t = $t.concat($t))#end"
                    + "|:2:51|the result of concat() would hold 33,554,432 characters",
            "#set($t = 'x')#foreach($i in [1..40])#set($t = $t + $t)#end"
                    + "||$t would hold 33,554,432 characters",
            "#foreach($a in [1..1000])#foreach($b in [1..1000])#foreach($c in [1..1000])#end#end#end"
                    + "|:2:|this layout has gone round its loops and called its macros more than 2,000,000 times",
            "#foreach($i in [1..900000])$division.content#end"
                    + "||this layout writes more than 32,000,000 characters for one page",
            // four calls a level, 15 levels (under Velocity's old depth limit of 20): a billion calls
            "#macro(f $n)#if($n > 0)#set($m = $n - 1)#f($m)#set($m = $n - 1)#f($m)#set($m = $n - 1)#f($m)"
                    + "#set($m = $n - 1)#f($m)#end#end#f(15)"
                    + "||this layout has gone round its loops and called its macros more than 2,000,000 times",
    })
    void aLayoutThatWouldNotEndFailsAtItsPlace(String hostile, String place, String message) throws Exception {
        Path styles = dir.resolve("styles");
        Path layout = Hostile.write(styles.resolve("layouts/chapter.vm"),
                "<section id=\"$division.id\">\n" + hostile + "\n$division.content\n</section>\n");
        long start = System.nanoTime();
        ChildBuild.Result r = build(styles);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().startsWith(layout.toAbsolutePath() + (place == null ? "" : place)), r.err());
        assertTrue(r.err().contains(": error: layout error: " + message), r.err());
        assertTrue(millis < 30_000, "failed in " + millis + " ms");
        assertEquals(Map.of(), Hostile.snapshot(dir.resolve("out")), "nothing written");
    }

    @Test
    void aFontWithNoUnitsPerEmIsRefusedAtItsFontFace() throws Exception {
        Path styles = dir.resolve("styles");
        byte[] font = Files.readAllBytes(Path.of("styles/fonts/SourceSerif4-Regular.ttf"));
        Hostile.write(styles.resolve("fonts/Zero.ttf"), withUnitsPerEm(font, 0));
        String css = Files.readString(Path.of("styles/print.css"), StandardCharsets.UTF_8);
        assertTrue(css.contains("url(fonts/SourceSerif4-Regular.ttf)"));
        Path printCss = Hostile.write(styles.resolve("print.css"),
                css.replace("url(fonts/SourceSerif4-Regular.ttf)", "url(fonts/Zero.ttf)"));
        // the @font-face rule's own line, wherever print.css's comments put it
        long line = css.substring(0, css.indexOf("url(fonts/SourceSerif4-Regular.ttf)")).lines().count();
        ChildBuild.Result r = build(styles);
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().startsWith(printCss.toAbsolutePath() + ":" + line + ":1: error: font file fonts/Zero.ttf is not a"
                + " TrueType font Colophon can use: its head table gives 0 units per em"), r.err());
        assertEquals(Map.of(), Hostile.snapshot(dir.resolve("out")), "nothing written");
    }

    /** The font with its head table's unitsPerEm (at byte 18 of the table) set to {@code units}. */
    private static byte[] withUnitsPerEm(byte[] font, int units) {
        byte[] out = font.clone();
        ByteBuffer b = ByteBuffer.wrap(out);
        int tables = b.getShort(4) & 0xFFFF;
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (new String(out, record, 4, StandardCharsets.US_ASCII).equals("head")) {
                b.putShort(b.getInt(record + 8) + 18, (short) units);
                return out;
            }
        }
        throw new IllegalArgumentException("no head table");
    }
}
