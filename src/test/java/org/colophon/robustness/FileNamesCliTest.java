package org.colophon.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.colophon.testing.EpubFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File names as a user's shell gives them: accented names in the C locale (where a JVM's
 * file names are ASCII), and names that look like options after {@code --}. Each build
 * runs in its own JVM, started as a user starts it.
 */
class FileNamesCliTest {

    private static final Path SAMPLE = Path.of("manuscript/macron-rutte.xml").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void accentedNamesBuildInTheCLocale() throws Exception {
        Assumptions.assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")),
                "this JVM cannot write the accented names the test needs");
        Path folder = Files.createDirectories(dir.resolve("livres-é"));
        Files.createDirectories(folder.resolve("images"));
        Files.write(folder.resolve("images/carte-été.png"), Hostile.png(60, 40));
        String xml = Files.readString(SAMPLE).replace("    </chapter>",
                "      <figure src=\"images/carte-été.png\" alt=\"Une carte\"/>\n    </chapter>");
        Files.writeString(folder.resolve("été.xml"), xml);

        ChildBuild.Result r = new ChildBuild(dir).env("LANG", "C").env("LC_ALL", "C").env("LC_CTYPE", null)
                .args("livres-é/été.xml", "--out", "livres-é/sortie", "--quiet")
                .run(dir.resolve("logs"), 120);
        assertEquals(0, r.status(), r.err());
        Path out = folder.resolve("sortie");
        assertTrue(Files.isRegularFile(out.resolve("été.pdf")), r.err());
        assertTrue(Files.isRegularFile(out.resolve("été.epub")), r.err());
        assertTrue(EpubFiles.entries(out.resolve("été.epub")).keySet().stream()
                .anyMatch(e -> e.startsWith("EPUB/media/images/") && e.endsWith(".png")), "the figure's image is read");
        try (PDDocument pdf = Loader.loadPDF(out.resolve("été.pdf").toFile())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("Mark Rutte"));
        }
    }

    @Test
    void aMissingAccentedManuscriptIsNamedRightInTheCLocale() throws Exception {
        Assumptions.assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")),
                "this JVM cannot pass the accented names the test needs");
        ChildBuild.Result r = new ChildBuild(dir).env("LANG", "C").env("LC_ALL", "C").env("LC_CTYPE", null)
                .args("absent-é.xml", "--quiet")
                .run(dir.resolve("logs"), 120);
        assertEquals(1, r.status(), r.err());
        assertEquals("absent-é.xml: error: no such manuscript file\n", r.err());
    }

    @Test
    void aNameThatLooksLikeAnOptionBuildsAfterDoubleDash() throws Exception {
        Files.copy(SAMPLE, dir.resolve("--weird-name.xml"));
        ChildBuild.Result r = new ChildBuild(dir).args("--quiet", "--", "--weird-name.xml").run(dir.resolve("logs"), 120);
        assertEquals(0, r.status(), r.err());
        for (String output : List.of("--weird-name.pdf", "--weird-name.epub")) {
            assertTrue(Files.isRegularFile(dir.resolve("target").resolve(output)), output + "\n" + r.err());
        }
        assertFalse(r.err().contains("unknown option"), r.err());
        assertEquals("", r.out());
    }
}
