package org.colophon.cli;

import static org.colophon.robustness.Hostile.chapter;
import static org.colophon.robustness.Hostile.tei;
import static org.colophon.robustness.Hostile.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.colophon.robustness.Hostile;
import org.colophon.testing.BookInvariants;
import org.colophon.testing.EpubFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The matrix of bad inputs of issue 6, through the command line: each must exit with 1,
 * print {@code file:line:column: error: …} in plain words and no stack trace, and leave the
 * output folder exactly as it was (no new file, no half-file, previous books untouched),
 * whether the folder did not exist yet or held the books of an earlier build.
 *
 * <p>The reader's own tests check these messages stage by stage; here the whole program runs.
 */
class RobustnessCliTest {

    private static final Path SAMPLE = Path.of("manuscript/macron-rutte.xml");

    @TempDir
    Path dir;

    /** One bad input: what to write, how to run, where the error must point and what it must say. */
    private record Case(String name, Setup setup, String file, int line, int column, String... words) {}

    @FunctionalInterface
    private interface Setup {
        /** Writes the input under {@code dir}; returns the extra arguments (--styles …), if any. */
        List<String> write(Path dir) throws Exception;
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static Setup manuscript(String text) {
        return d -> {
            write(d.resolve("book.xml"), text);
            return List.of();
        };
    }

    private static Setup manuscript(byte[] bytes) {
        return d -> {
            write(d.resolve("book.xml"), bytes);
            return List.of();
        };
    }

    /** The sample article built with a styles folder holding {@code files} (path → content). */
    private static Setup styles(String... pathsAndContents) {
        return d -> {
            Files.createDirectories(d);
            Files.copy(SAMPLE, d.resolve("book.xml"));
            Path styles = d.resolve("styles");
            Files.createDirectories(styles);
            for (int i = 0; i < pathsAndContents.length; i += 2) {
                write(styles.resolve(pathsAndContents[i]), pathsAndContents[i + 1]);
            }
            return List.of("--styles", styles.toString());
        };
    }

    private static String figure(String src) {
        return chapter("fr", "      <figure src=\"" + src + "\" alt=\"une image\"/>\n");
    }

    private static String including(String href) {
        return "<?xml version=\"1.0\"?>\n<book xmlns=\"" + Hostile.NS + "\" xmlns:xi=\"http://www.w3.org/2001/XInclude\""
                + " version=\"1\" xml:lang=\"fr\">\n"
                + "  <metadata><title>T</title></metadata>\n"
                + "  <body>\n"
                + "    <xi:include href=\"" + href + "\"/>\n"
                + "  </body>\n"
                + "</book>\n";
    }

    private static byte[] invalidUtf8() {
        byte[] head = chapter("fr", "      <p>Caf").getBytes(StandardCharsets.UTF_8);
        int cut = new String(head, StandardCharsets.UTF_8).indexOf("Caf") + 3;
        byte[] tail = "</p>\n    </chapter>\n  </body>\n</book>\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(head, cut + 1 + tail.length);
        all[cut] = (byte) 0xE9; // é in Latin-1
        System.arraycopy(tail, 0, all, cut + 1, tail.length);
        return all;
    }

    private static String entityBomb(String root) {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [\n <!ENTITY a0 \"ha\">\n");
        for (int i = 1; i < 12; i++) {
            dtd.append(" <!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        return dtd + "]>\n";
    }

    private static final String CHAPTER_VM = "<section id=\"$division.id\">\n<h1>$division.title</h1>\n$division.content\n</section>\n";

    private static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        // ------------------------------------------------------------ the manuscript format
        c.add(new Case("wrong namespace", manuscript("<book xmlns=\"https://example.org/book\" version=\"1\" xml:lang=\"fr\"/>"),
                "book.xml", 1, 1, "namespace 'https://example.org/book'", "expected a Colophon manuscript"));
        c.add(new Case("missing title", manuscript("<?xml version=\"1.0\"?>\n<book xmlns=\"" + Hostile.NS
                + "\" version=\"1\" xml:lang=\"fr\">\n  <metadata><creator>Anne</creator></metadata>\n"
                + "  <body><chapter><p>x</p></chapter></body>\n</book>\n"),
                "book.xml", 3, 13, "<creator> is not allowed here in <metadata>", "expected <title>"));
        c.add(new Case("bad language tag", manuscript(chapter("fr", "      <p xml:lang=\"french\">x</p>\n")),
                "book.xml", 6, 7, "xml:lang=\"french\"", "language tag"));
        c.add(new Case("reference to an unknown id", manuscript(chapter("fr",
                "      <p id=\"intro\">Voir <ref target=\"intor\">plus haut</ref>.</p>\n")),
                "book.xml", 6, 26, "points to nothing", "did you mean \"intro\"?"));
        c.add(new Case("duplicate ids", manuscript(chapter("fr", "      <p id=\"a\">x</p>\n      <p>y<anchor id=\"a\"/></p>\n")),
                "book.xml", 7, 11, "id=\"a\" is used twice", "book.xml:6:7"));
        c.add(new Case("XInclude of a missing file", manuscript(including("absent.xml")),
                "book.xml", 5, 5, "'absent.xml' does not exist"));
        c.add(new Case("XInclude leaving the folder", d -> {
            write(d.getParent().resolve("outside.xml"), "<chapter xmlns=\"" + Hostile.NS + "\"/>");
            write(d.resolve("book.xml"), including("../outside.xml"));
            return List.of();
        }, "book.xml", 5, 5, "climbs out of the manuscript's folder"));
        c.add(new Case("XInclude of an absolute path", manuscript(including("/etc/hostname")),
                "book.xml", 5, 5, "absolute path"));
        c.add(new Case("XInclude through a symbolic link", d -> {
            write(d.getParent().resolve("elsewhere.xml"), "<chapter xmlns=\"" + Hostile.NS + "\"/>");
            write(d.resolve("book.xml"), including("ch.xml"));
            Files.createSymbolicLink(d.resolve("ch.xml"), d.getParent().resolve("elsewhere.xml"));
            return List.of();
        }, "book.xml", 5, 5, "is a link that leads outside the manuscript's folder"));
        c.add(new Case("external entity (XXE)", d -> {
            write(d.resolve("secret.txt"), "SECRET");
            write(d.resolve("book.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE book [ <!ENTITY x SYSTEM \"file://"
                    + d.resolve("secret.txt") + "\"> ]>\n<book xmlns=\"" + Hostile.NS
                    + "\" version=\"1\" xml:lang=\"fr\"><metadata><title>&x;</title></metadata></book>");
            return List.of();
        }, "book.xml", 2, 10, "DOCTYPE", "not allowed"));
        c.add(new Case("entity expansion bomb", manuscript(entityBomb("book") + "<book xmlns=\"" + Hostile.NS
                + "\" version=\"1\" xml:lang=\"fr\"><metadata><title>&a11;</title></metadata></book>"),
                "book.xml", 2, 10, "DOCTYPE", "not allowed"));
        c.add(new Case("missing image", manuscript(figure("images/absente.png")),
                "book.xml", 6, 7, "'images/absente.png' does not exist"));
        c.add(new Case("truncated image", d -> {
            byte[] png = Hostile.png(40, 30);
            write(d.resolve("t.png"), Arrays.copyOf(png, png.length - 20));
            write(d.resolve("book.xml"), figure("t.png"));
            return List.of();
        }, "book.xml", 6, 7, "'t.png' is a truncated PNG file"));
        c.add(new Case("not an image", d -> {
            write(d.resolve("photo.png"), "Ceci n'est pas une image.");
            write(d.resolve("book.xml"), figure("photo.png"));
            return List.of();
        }, "book.xml", 6, 7, "'photo.png' is not a JPEG or PNG image"));
        c.add(new Case("image of absurd pixel dimensions", d -> {
            write(d.resolve("huge.png"), Hostile.pngHeaderOnly(1_000_000, 1_000_000));
            write(d.resolve("book.xml"), figure("huge.png"));
            return List.of();
        }, "book.xml", 6, 7, "1000000 × 1000000 pixels, too large"));
        c.add(new Case("empty manuscript", manuscript(new byte[0]), "book.xml", 1, 1, "the file is empty"));
        c.add(new Case("blank manuscript", manuscript("\n  \n\t\n"), "book.xml", 1, 1, "the file is empty"));
        c.add(new Case("invalid UTF-8", manuscript(invalidUtf8()), "book.xml", 6, 0, "not valid UTF-8"));
        c.add(new Case("NUL character", manuscript(chapter("fr", "      <p>a\u0000b</p>\n")),
                "book.xml", 6, 11, "not well-formed XML"));
        c.add(new Case("character reference to NUL", manuscript(chapter("fr", "      <p>a&#0;b</p>\n")),
                "book.xml", 6, 0, "not well-formed XML"));
        c.add(new Case("undeclared entity", manuscript(chapter("fr", "      <p>a&nbsp;b</p>\n")),
                "book.xml", 6, 0, "&nbsp; is not an XML entity", "&#160;"));
        // ------------------------------------------------------------ TEI
        c.add(new Case("TEI not well-formed", manuscript(tei("fr", "<p>Un <hi>mot</p>\n")),
                "book.xml", 8, 0, "not well-formed", "<hi> is still open"));
        c.add(new Case("TEI with a DOCTYPE", manuscript(entityBomb("TEI") + "<TEI xmlns=\"" + Hostile.TEI_NS
                + "\"><teiHeader/></TEI>"), "book.xml", 2, 10, "DOCTYPE"));
        c.add(new Case("TEI header without title", manuscript("<?xml version=\"1.0\"?>\n<TEI xmlns=\"" + Hostile.TEI_NS
                + "\" xml:lang=\"en\">\n<teiHeader><fileDesc>\n<titleStmt><author>Someone</author></titleStmt></fileDesc>"
                + "</teiHeader><text><body><p>x</p></body></text></TEI>"),
                "book.xml", 4, 0, "the TEI header has no title"));
        c.add(new Case("TEI graphic leaving the folder", manuscript(tei("en", "<figure><graphic url=\"../secret.png\"/></figure>\n")),
                "book.xml", 8, 0, "'../secret.png' points outside"));
        c.add(new Case("TEI graphic with an absolute path", manuscript(tei("en", "<figure><graphic url=\"/etc/passwd\"/></figure>\n")),
                "book.xml", 8, 0, "'/etc/passwd' must be a relative path"));
        c.add(new Case("TEI graphic that is not an image", d -> {
            write(d.resolve("fake.png"), "not a png");
            write(d.resolve("book.xml"), tei("en", "<figure><graphic url=\"fake.png\"/></figure>\n"));
            return List.of();
        }, "book.xml", 8, 0, "'fake.png' is not a PNG, JPEG, GIF or SVG"));
        c.add(new Case("TEI without text", manuscript("<?xml version=\"1.0\"?>\n<TEI xmlns=\"" + Hostile.TEI_NS
                + "\" xml:lang=\"en\"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt></fileDesc></teiHeader>"
                + "</TEI>"), "book.xml", 2, 0, "<text>"));
        c.add(new Case("TEI invalid UTF-8", manuscript(teiInvalidUtf8()), "book.xml", 8, 0, "not valid UTF-8"));
        // ------------------------------------------------------------ styles
        c.add(new Case("print.css that does not parse", styles("print.css",
                "@page { size: A5 }\nbody { font-size: 10pt;\np { text-indent: 1em }\n}}} h1 { color: ; }\n"),
                "styles/print.css", 3, 3, "error"));
        c.add(new Case("layout with a syntax error", styles("layouts/chapter.vm",
                "<section>\n  <h1>$division.title</h1>\n  #if ($division.content\n  $division.content\n#end\n</section>\n"),
                "styles/layouts/chapter.vm", 4, 3, "layout error"));
        c.add(new Case("layout with an undefined reference", styles("layouts/chapter.vm",
                "<section>\n  <h1>$division.titel</h1>\n</section>\n"),
                "styles/layouts/chapter.vm", 2, 7, "layout error", "$division.titel"));
        c.add(new Case("layout calling a macro no layout defines", styles("layouts/chapter.vm",
                "#macro(heading $t)<h1>$t</h1>#end\n<section>\n  #heading($division.title)\n  #sectoin($division.content)\n</section>\n"),
                "styles/layouts/chapter.vm", 4, 3, "layout error", "#sectoin(…) is neither a Velocity directive nor a macro"));
        c.add(new Case("layout producing broken XHTML", styles("layouts/chapter.vm",
                "<section>\n  <h1>$division.title</h1>\n  <p>unclosed <b>bold\n</section>\n"),
                "", 0, 0, "the layouts produced XHTML the typesetter cannot read", "\"b\""));
        c.add(new Case("layout reading a file outside the styles", styles("layouts/chapter.vm",
                "<section>\n#parse(\"../../../../etc/passwd\")\n</section>\n"),
                "styles/layouts/chapter.vm", 2, 1, "#parse", "'../../../../etc/passwd' climbs out of the styles folder"));
        c.add(new Case("layout including an absolute path", styles("layouts/chapter.vm",
                "<section>\n#include(\"/etc/passwd\")\n</section>\n"),
                "styles/layouts/chapter.vm", 2, 1, "#include", "'/etc/passwd' is an absolute path"));
        c.add(new Case("layout reaching java.lang.Class", styles("layouts/chapter.vm",
                "<section>\n  <h1>$division.id.getClass().forName(\"java.lang.Runtime\")</h1>\n</section>\n"),
                "styles/layouts/chapter.vm", 2, 0, "layout error"));
        c.add(new Case("font given by an absolute path", styles("print.css",
                "@font-face { font-family: \"Bad\"; src: url(/etc/passwd) }\nbody { font-family: \"Bad\" }\n"),
                "styles/print.css", 1, 1, "the font file '/etc/passwd' is an absolute path; write a path relative to the styles folder"));
        c.add(new Case("font that is not a TrueType file", styles("fonts/bad.ttf", "not a font",
                "print.css", "@font-face { font-family: \"Bad\"; src: url(fonts/bad.ttf) }\nbody { font-family: \"Bad\" }\n"),
                "styles/print.css", 1, 1, "fonts/bad.ttf is not a TrueType font"));
        placedMessages(c);
        return c;
    }

    /** Issue 14: messages that named Colophon's own files, or no place, now name the user's. */
    private static void placedMessages(List<Case> c) {
        c.add(new Case("accessibility claim of an unknown standard", manuscript("<?xml version=\"1.0\"?>\n<book xmlns=\""
                + Hostile.NS + "\" version=\"1\" xml:lang=\"fr\">\n  <metadata><title>T</title>\n"
                + "    <accessibility conforms-to=\"WCAG 2.1 AA\" certified-by=\"Moi\"/></metadata>\n"
                + "  <body><chapter><p>x</p></chapter></body>\n</book>\n"),
                "book.xml", 4, 5, "conforms-to", "EPUB Accessibility 1.1 - WCAG 2.1 Level AA"));
        c.add(new Case("accessibility claim without its certifier", manuscript("<?xml version=\"1.0\"?>\n<book xmlns=\""
                + Hostile.NS + "\" version=\"1\" xml:lang=\"fr\">\n  <metadata><title>T</title>\n"
                + "    <accessibility conforms-to=\"EPUB Accessibility 1.1 - WCAG 2.1 Level AA\"/></metadata>\n"
                + "  <body><chapter><p>x</p></chapter></body>\n</book>\n"),
                "book.xml", 4, 5, "certified-by"));
        c.add(new Case("PNG whose image data is damaged", d -> {
            write(d.resolve("abîmée.png"), damagedPng());
            write(d.resolve("book.xml"), figure("abîmée.png"));
            return List.of();
        }, "book.xml", 6, 7, "the image 'abîmée.png' cannot be decoded"));
        c.add(new Case("TEI graphic whose image data is damaged", d -> {
            write(d.resolve("bad.png"), damagedPng());
            write(d.resolve("book.xml"), tei("en", "<figure><graphic url=\"bad.png\"/></figure>\n"));
            return List.of();
        }, "book.xml", 8, 0, "'bad.png' cannot be decoded"));
        c.add(new Case("layout with an #if never closed", styles("layouts/chapter.vm",
                "<section id=\"$division.id\">\n  <h1>$division.title</h1>\n  #if($division.subtitle)\n"
                        + "  <p>$division.subtitle</p>\n$division.content\n</section>\n"),
                "styles/layouts/chapter.vm", 3, 3, "layout error: #if is not closed by #end"));
        c.add(new Case("layout with a #foreach never closed after a closed #if", styles("layouts/chapter.vm",
                "#if($division.title)\n<h1>$division.title</h1>\n#end\n#foreach($n in $division.notes)\n"
                        + "<p>$n.body</p>\n<section>\n$division.content\n</section>\n"),
                "styles/layouts/chapter.vm", 4, 1, "layout error: #foreach is not closed by #end"));
        c.add(new Case("layout with an #end that closes nothing", styles("layouts/chapter.vm",
                "<section>\n$division.content\n#end\n</section>\n"),
                "styles/layouts/chapter.vm", 3, 1, "layout error: #end closes nothing"));
        c.add(new Case("layout with an #else outside an #if", styles("layouts/chapter.vm",
                "<section>\n  #else\n$division.content\n</section>\n"),
                "styles/layouts/chapter.vm", 2, 3, "layout error: #else", "outside an #if"));
        c.add(new Case("layout with a #define that uses itself", styles("layouts/chapter.vm",
                "#define($body)<div>$body</div>#end\n<section>\n$body\n</section>\n"),
                "styles/layouts/chapter.vm", 1, 20, "layout error: $body is used inside its own #define"));
        c.add(new Case("CFF font", styles("fonts/Serif.otf", "OTTO\0\1\0\0\0\0\0\0CFF \0\0\0\0\0\0\0\34\0\0\0\4\1\0\4\2",
                "print.css", "@font-face { font-family: \"Serif\"; src: url(fonts/Serif.otf) }\nbody { font-family: \"Serif\" }\n"),
                "styles/print.css", 1, 1, "font fonts/Serif.otf is a CFF (OpenType-CFF) font",
                "Colophon embeds TrueType (glyf) fonts only", "use the TTF version"));
        c.add(new Case("WOFF2 font", styles("fonts/Serif.woff2", "wOF2\0\1\0\0\0\0\0\0\0\0\0\0",
                "print.css", "/* a web font, as a web page has it */\n@font-face { font-family: \"Serif\"; src: url(fonts/Serif.woff2) }\n"),
                "styles/print.css", 2, 1, "font fonts/Serif.woff2 is a WOFF2 web font", ".ttf"));
        c.add(new Case("TrueType font without a name table", d -> {
            Files.createDirectories(d);
            Files.copy(SAMPLE, d.resolve("book.xml"));
            byte[] font = Files.readAllBytes(Path.of("styles/fonts/SourceSerif4-Regular.ttf"));
            int tables = java.nio.ByteBuffer.wrap(font, 4, 2).getShort();
            for (int i = 0; i < tables; i++) {
                if (new String(font, 12 + 16 * i, 4, StandardCharsets.US_ASCII).equals("name")) {
                    font[12 + 16 * i + 3] = '_'; // the table is still there, under a name no one looks for
                }
            }
            write(d.resolve("styles/fonts/Nameless.ttf"), font);
            write(d.resolve("styles/print.css"), "@font-face { font-family: \"N\"; src: url(fonts/Nameless.ttf) }\n"
                    + "body { font-family: \"N\" }\n");
            return List.of("--styles", d.resolve("styles").toString());
        }, "styles/print.css", 1, 1, "fonts/Nameless.ttf", "'name' table", "family name"));
    }

    /** A PNG whose chunks are whole (its header and IEND are right) but whose pixel data does not inflate. */
    private static byte[] damagedPng() {
        byte[] png = Hostile.png(40, 30);
        for (int i = 8; i + 8 < png.length; ) {
            int length = java.nio.ByteBuffer.wrap(png, i, 4).getInt();
            String type = new String(png, i + 4, 4, StandardCharsets.US_ASCII);
            if (type.equals("IDAT")) {
                png[i + 8 + 2] = (byte) 0xFF; // after the zlib header: a deflate block of the reserved type 3
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(png, i + 4, 4 + length);
                java.nio.ByteBuffer.wrap(png, i + 8 + length, 4).putInt((int) crc.getValue());
                return png;
            }
            i += 12 + length;
        }
        throw new AssertionError("no IDAT chunk");
    }

    private static byte[] teiInvalidUtf8() {
        String text = tei("fr", "<p>Caf\u0001</p>\n");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 1) {
                bytes[i] = (byte) 0xE9;
            }
        }
        return bytes;
    }

    @TestFactory
    Stream<DynamicTest> badInputsExitWithOneNamingThePlaceAndLeaveTheOutputsAlone() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private void check(Case c) throws Exception {
        Path work = dir.resolve(c.name().replaceAll("[^A-Za-z0-9]+", "-"));
        Path input = work.resolve("in");
        Files.createDirectories(input);
        List<String> extra = c.setup().write(input);
        Path manuscript = input.resolve("book.xml");

        // once into a folder that does not exist yet, once over the books of an earlier build
        Path fresh = work.resolve("fresh-out");
        Path used = work.resolve("used-out");
        Map<String, byte[]> before = Hostile.previousOutputs(used, "book");
        for (Path out : List.of(fresh, used)) {
            List<String> args = new ArrayList<>(List.of("build", manuscript.toString(), "--out", out.toString(), "--quiet"));
            args.addAll(extra);
            long start = System.nanoTime();
            CliRun r = run(args.toArray(String[]::new));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(1, r.status(), () -> c.name() + ": exit status; stderr:\n" + r.err());
            assertEquals("", r.out(), c.name());
            String first = r.err().lines().findFirst().orElse("");
            String where = c.file().isEmpty() ? "" : input.resolve(c.file()).toString();
            String place = where + (c.line() > 0 ? ":" + c.line() + (c.column() > 0 ? ":" + c.column() : ":") : "");
            assertTrue(first.startsWith(place), () -> c.name() + ": expected '" + place + "…', got:\n" + r.err());
            assertTrue(Pattern.compile(":\\d+(:\\d+)?: error: ").matcher(first).find() || c.line() == 0,
                    () -> c.name() + ": file:line:column: error: expected in\n" + first);
            assertTrue(first.contains(": error: "), () -> c.name() + ": " + first);
            for (String w : c.words()) {
                assertTrue(r.err().contains(w), () -> c.name() + ": '" + w + "' missing from:\n" + r.err());
            }
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), () -> c.name() + ": stack trace:\n" + r.err());
            assertFalse(r.err().contains("SECRET"), "an external entity was read");
            assertTrue(millis < 15_000, () -> c.name() + ": took " + millis + " ms");
            if (out == fresh) {
                assertEquals(List.of(), List.copyOf(Hostile.snapshot(out).keySet()), c.name() + ": files left in a new folder");
            } else {
                assertTrue(Hostile.same(before, Hostile.snapshot(out)), () -> c.name() + ": the earlier books changed, now "
                        + Hostile.snapshot(out).keySet());
            }
        }
    }

    // ---------------------------------------------------------------- special cases

    /** 20 MB: under the size a manuscript may have, so that the paragraph is what is refused. */
    @Test
    void twentyMegabyteParagraphIsRefusedAtOnce() {
        Path manuscript = write(dir.resolve("long.xml"), chapter("fr", "      <p>" + Hostile.words(6, 20 << 20) + "</p>\n"));
        Path out = dir.resolve("out");
        long start = System.nanoTime();
        CliRun r = run("build", manuscript.toString(), "--out", out.toString(), "--quiet");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().startsWith(manuscript + ":6:10: error: this text runs on for more than 1,000,000 characters"),
                r.err());
        assertTrue(r.err().contains("split it"), r.err());
        assertTrue(millis < 10_000, "refused in " + millis + " ms");
        assertFalse(Files.exists(out));
    }

    @Test
    void manuscriptThatWouldBeOverwrittenByItsOwnOutput() throws IOException {
        Path manuscript = dir.resolve("book.pdf");
        Files.copy(SAMPLE, manuscript);
        byte[] before = Files.readAllBytes(manuscript);
        CliRun r = run("build", manuscript.toString(), "--out", dir.toString(), "--quiet");
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().startsWith(manuscript + ": error: the output " + manuscript + " would overwrite the manuscript"),
                r.err());
        assertTrue(Arrays.equals(before, Files.readAllBytes(manuscript)));
        assertFalse(Files.exists(dir.resolve("book.epub")));
    }

    @Test
    void teiLanguageThatIsNotATagIsWarnedAndUndetermined() throws IOException {
        Path manuscript = write(dir.resolve("lang.xml"), tei("x/../../../../../etc/passwd", "<p>Bonjour.</p>\n"));
        Hostile.write(dir.resolve("styles/epub.css"), "p { margin: 0 }\n");
        Path out = dir.resolve("out");
        CliRun r = run("build", manuscript.toString(), "--out", out.toString(), "--styles", dir.resolve("styles").toString(),
                "--quiet");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("warning: the book's language is not given"), r.err());
        BookInvariants.checkBuild(manuscript, out);
        String opf = new String(EpubFiles.entries(out.resolve("lang.epub")).get("EPUB/package.opf"), StandardCharsets.UTF_8);
        assertTrue(opf.contains("<dc:language>und</dc:language>"), opf);
        assertFalse(opf.contains("passwd"), opf);
    }

    /** Found by probing: font-size 0 ran String.repeat out of memory (contents leaders), line-height 0 wrote NaN. */
    @Test
    void sizesOfZeroInPrintCssAreIgnoredWithAWarning() throws IOException {
        String bundled = Files.readString(Path.of("styles/print.css"));
        int line = (int) bundled.lines().count() + 1;
        String[] rules = {"html { font-size: 0pt }", "html { line-height: 0 }", "p { line-height: -13pt }", "h1 { font-size: 0% }"};
        for (int i = 0; i < rules.length; i++) {
            Path in = dir.resolve("zero-" + i);
            Files.createDirectories(in);
            Files.copy(SAMPLE, in.resolve("book.xml"));
            Path css = write(in.resolve("styles/print.css"), bundled + rules[i] + "\n");
            Path out = in.resolve("out");
            CliRun r = run("build", in.resolve("book.xml").toString(), "--out", out.toString(),
                    "--styles", in.resolve("styles").toString(), "--quiet");
            assertEquals(0, r.status(), rules[i] + ":\n" + r.err());
            assertTrue(r.err().contains(css + ":" + line + ":"), rules[i] + ":\n" + r.err());
            assertTrue(r.err().contains("must be more than 0"), rules[i] + ":\n" + r.err());
            try (PDDocument pdf = Loader.loadPDF(out.resolve("book.pdf").toFile())) {
                assertTrue(new PDFTextStripper().getText(pdf).contains("Mark Rutte"), rules[i]);
            }
        }
    }

    /** Found by the style fuzz and probing: huge sizes overflowed PDFBox's number writer or String.repeat. */
    @Test
    void hugeSizesInPrintCssStillGiveAPdf() throws IOException {
        String bundled = Files.readString(Path.of("styles/print.css"));
        String[] rules = {"* { font-size: 100000em }", "html { font-size: 1e9cm }", "p { margin-left: 1e12pt; text-indent: -1e12pt }",
                "@page { size: 1e12mm 1e12mm }", "@page { margin: 1e12mm }", "@page { size: 0mm 0mm }"};
        for (int i = 0; i < rules.length; i++) {
            Path in = dir.resolve("huge-" + i);
            Files.createDirectories(in);
            Files.copy(SAMPLE, in.resolve("book.xml"));
            write(in.resolve("styles/print.css"), bundled + rules[i] + "\n");
            Path out = in.resolve("out");
            CliRun r = run("build", in.resolve("book.xml").toString(), "--out", out.toString(),
                    "--styles", in.resolve("styles").toString(), "--quiet");
            assertEquals(0, r.status(), rules[i] + ":\n" + r.err());
            assertFalse(r.err().contains("Exception"), rules[i] + ":\n" + r.err());
            try (PDDocument pdf = Loader.loadPDF(out.resolve("book.pdf").toFile())) {
                assertTrue(pdf.getNumberOfPages() > 0, rules[i]);
            }
        }
    }

    @Test
    void outputFolderThatIsAFile() throws IOException {
        Path manuscript = dir.resolve("book.xml");
        Files.copy(SAMPLE, manuscript);
        Path out = write(dir.resolve("out"), "I am a file");
        CliRun r = run("build", manuscript.toString(), "--out", out.toString(), "--quiet");
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().startsWith(out + ": error: cannot create the output folder"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("I am a file", Files.readString(out));
    }

    @Test
    void charactersNoFontHasAreWarnedNamedAndKept() throws IOException {
        Path manuscript = write(dir.resolve("glyphs.xml"), chapter("fr",
                "      <title>Signes</title>\n      <p>Un idéogramme 漢, un emoji 😀 et une lettre Ⰰ.</p>\n"));
        Path out = dir.resolve("out");
        CliRun r = run("build", manuscript.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.status(), r.err());
        for (String named : List.of("U+6F22", "U+1F600 GRINNING FACE", "U+2C00 GLAGOLITIC CAPITAL LETTER AZU")) {
            assertTrue(r.err().lines().anyMatch(l -> l.contains(": warning: ") && l.contains(named)),
                    () -> named + " not warned:\n" + r.err());
        }
        assertFalse(r.err().contains("Exception"), r.err());
        BookInvariants.checkBuild(manuscript, out); // in the PDF as "?", which the warnings name
        String xhtml = chapterText(out.resolve("glyphs.epub"));
        assertTrue(xhtml.contains("漢") && xhtml.contains("😀") && xhtml.contains("Ⰰ"), "the EPUB keeps the characters");
        try (PDDocument pdf = Loader.loadPDF(out.resolve("glyphs.pdf").toFile())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("Un idéogramme"));
        }
    }

    /** Where {@code text} first stands in {@code file}: "line:column", columns counted in characters. */
    private static String placeOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            int at = lines.get(i).indexOf(text);
            if (at >= 0) {
                return (i + 1) + ":" + (lines.get(i).codePointCount(0, at) + 1);
            }
        }
        throw new AssertionError(text + " is not in " + file);
    }

    @Test
    void charactersNoFontHasAreWarnedWhereTheManuscriptHasThem() throws IOException {
        Path manuscript = write(dir.resolve("glyphs.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<book xmlns=\"" + Hostile.NS + "\" xmlns:xi=\"http://www.w3.org/2001/XInclude\" version=\"1\""
                + " xml:lang=\"fr\">\n  <metadata><title>Titre</title><date>2024-11-12</date></metadata>\n  <body>\n"
                + "    <chapter>\n      <p>Un idéogramme 漢, et une rune &#x16A0; écrite en référence.</p>\n    </chapter>\n"
                + "    <xi:include href=\"chapitres/deux.xml\"/>\n  </body>\n</book>\n");
        Path included = write(dir.resolve("chapitres/deux.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<chapter xmlns=\"" + Hostile.NS + "\">\n  <title>Deux</title>\n"
                + "  <p>Plus loin, un emoji 😀 et une lettre Ⰰ.</p>\n</chapter>\n");
        Path out = dir.resolve("out");
        CliRun r = run("build", manuscript.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.status(), r.err());
        Map<String, String> expected = Map.of(
                "U+6F22", manuscript + ":" + placeOf(manuscript, "漢"),
                "U+16A0 RUNIC LETTER FEHU FEOH FE F", manuscript + ":" + placeOf(manuscript, "&#x16A0;"),
                "U+1F600 GRINNING FACE", included + ":" + placeOf(included, "😀"),
                "U+2C00 GLAGOLITIC CAPITAL LETTER AZU", included + ":" + placeOf(included, "Ⰰ"));
        expected.forEach((named, place) -> assertTrue(r.err().lines().anyMatch(
                l -> l.startsWith(place + ": warning: no font has the character " + named)),
                () -> named + " not warned at " + place + ":\n" + r.err()));
        assertFalse(r.err().contains("text: warning"), r.err());
        assertTrue(r.err().contains("print.css"), "says where a font that has it goes:\n" + r.err());
    }

    @Test
    void aWordCutToFitIsWarnedWhereTheManuscriptHasIt() throws IOException {
        String word = "0123456789".repeat(12);
        Path manuscript = write(dir.resolve("long.xml"), chapter("en", "      <p>A number: " + word + ".</p>\n"));
        Path out = dir.resolve("out");
        CliRun r = run("build", manuscript.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.status(), r.err());
        String place = manuscript + ":" + placeOf(manuscript, word);
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith(place + ": warning: ") && l.contains("cut to fit")),
                () -> "expected at " + place + ":\n" + r.err());
        assertFalse(r.err().contains("text: warning"), r.err());
    }

    @Test
    void rightToLeftTextBuilds() throws IOException {
        Path manuscript = write(dir.resolve("rtl.xml"), chapter("ar",
                "      <title>عنوان</title>\n      <p>هذا نص عربي من اليمين إلى اليسار مع 123 و English words.</p>\n"
                        + "      <p xml:lang=\"he\">שלום עולם, זה טקסט בעברית.</p>\n"));
        Path out = dir.resolve("out");
        CliRun r = run("build", manuscript.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.status(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        BookInvariants.checkBuild(manuscript, out);
        String xhtml = chapterText(out.resolve("rtl.epub"));
        assertTrue(xhtml.contains("هذا نص عربي من اليمين إلى اليسار"), xhtml);
        assertTrue(xhtml.contains("שלום עולם"), xhtml);
        try (PDDocument pdf = Loader.loadPDF(out.resolve("rtl.pdf").toFile())) {
            assertTrue(pdf.getNumberOfPages() > 0);
            assertTrue(new PDFTextStripper().getText(pdf).contains("English words"));
        }
    }

    @Test
    void imagesOfExtremeShapeStillBuild() throws IOException {
        write(dir.resolve("tall.png"), Hostile.png(1, 12_000));
        write(dir.resolve("wide.png"), Hostile.png(12_000, 1));
        Path manuscript = write(dir.resolve("shapes.xml"), chapter("fr",
                "      <p>Avant.</p>\n      <figure src=\"tall.png\" alt=\"un trait\"/>\n"
                        + "      <figure src=\"wide.png\" alt=\"une ligne\"/>\n      <p>Après.</p>\n"));
        Path out = dir.resolve("out");
        CliRun r = run("build", manuscript.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.status(), r.err());
        BookInvariants.checkBuild(manuscript, out);
        try (PDDocument pdf = Loader.loadPDF(out.resolve("shapes.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Avant.") && text.contains("Après."), text);
        }
    }

    private static String chapterText(Path epub) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, byte[]> e : EpubFiles.entries(epub).entrySet()) {
            if (e.getKey().startsWith("EPUB/text/chapter")) {
                sb.append(EpubFiles.parse(e.getValue()).getDocumentElement().getTextContent());
            }
        }
        return sb.toString();
    }
}
