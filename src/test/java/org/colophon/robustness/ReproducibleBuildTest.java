package org.colophon.robustness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.colophon.testing.BookInvariants;
import org.colophon.testing.EpubFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The same manuscript gives the same bytes from any folder, time zone, locale and default
 * charset; every date the outputs carry is {@code SOURCE_DATE_EPOCH}, else the manuscript's
 * date. Each build runs in its own JVM, as on two different machines.
 */
class ReproducibleBuildTest {

    private static final Path COMPLETE = Path.of("src/test/resources/manuscripts/complete/complete.xml").toAbsolutePath();
    private static final Path ISTANBUL = Path.of("src/test/resources/robustness/istanbul.xml").toAbsolutePath();

    @TempDir
    Path dir;

    /** One JVM: a New Zealand clock and a Turkish locale (the dotless ı), manuscript named relative to its folder. */
    private ChildBuild auckland(Path manuscript, Path cwd) throws IOException {
        Files.createDirectories(cwd);
        return new ChildBuild(cwd).env("TZ", "Pacific/Auckland")
                .jvm("-Duser.timezone=Pacific/Auckland", "-Duser.language=tr", "-Duser.country=TR")
                .args(cwd.relativize(manuscript).toString(), "--out", "out", "--quiet");
    }

    /** Another: Newfoundland's half-hour zone, Arabic digits, a Latin-1 default charset, absolute paths. */
    private ChildBuild newfoundland(Path manuscript, Path cwd) throws IOException {
        Files.createDirectories(cwd);
        return new ChildBuild(cwd).env("TZ", "America/St_Johns")
                .jvm("-Duser.timezone=America/St_Johns", "-Duser.language=ar", "-Duser.country=EG",
                        "-Dfile.encoding=ISO-8859-1")
                .args(manuscript.toString(), "--out", cwd.resolve("out").toString(), "--quiet");
    }

    @Test
    void sameBytesFromAnyFolderZoneLocaleAndCharsetDatedByTheManuscriptOrSourceDateEpoch() throws Exception {
        List<Process> running = new ArrayList<>();
        Path a = dir.resolve("a/work");
        Path b = dir.resolve("b/elsewhere/deeper");
        Path c = dir.resolve("c");
        Path ta = dir.resolve("tei-a");
        Path tb = dir.resolve("tei-b");
        running.add(auckland(COMPLETE, a).start(dir.resolve("logs/a")));
        running.add(newfoundland(COMPLETE, b).start(dir.resolve("logs/b")));
        running.add(auckland(COMPLETE, c).env("SOURCE_DATE_EPOCH", "1700000000").start(dir.resolve("logs/c")));
        running.add(auckland(ISTANBUL, ta).start(dir.resolve("logs/ta")));
        running.add(newfoundland(ISTANBUL, tb).start(dir.resolve("logs/tb")));
        String[] names = {"a", "b", "c", "ta", "tb"};
        for (int i = 0; i < running.size(); i++) {
            Process p = running.get(i);
            String name = names[i];
            assertTrue(p.waitFor(180, java.util.concurrent.TimeUnit.SECONDS), "build " + name + " hung");
            String err = ChildBuild.read(dir.resolve("logs/" + name + "/err.txt"));
            assertEquals(0, p.exitValue(), () -> name + ": " + err);
        }

        BookInvariants.checkBuild(COMPLETE, a.resolve("out"));
        BookInvariants.checkBuild(ISTANBUL, ta.resolve("out"));
        for (String ext : List.of("epub", "pdf")) {
            assertArrayEquals(Files.readAllBytes(a.resolve("out/complete." + ext)), Files.readAllBytes(b.resolve("out/complete." + ext)),
                    "complete." + ext + " differs between the two machines");
            assertArrayEquals(Files.readAllBytes(ta.resolve("out/istanbul." + ext)), Files.readAllBytes(tb.resolve("out/istanbul." + ext)),
                    "istanbul." + ext + " differs between the two machines");
        }

        Instant manuscriptDate = Instant.parse("2024-11-12T00:00:00Z");
        assertDates(a.resolve("out/complete.epub"), a.resolve("out/complete.pdf"), manuscriptDate);
        assertDates(ta.resolve("out/istanbul.epub"), ta.resolve("out/istanbul.pdf"), Instant.parse("2021-06-30T00:00:00Z"));
        assertDates(c.resolve("out/complete.epub"), c.resolve("out/complete.pdf"), Instant.ofEpochSecond(1_700_000_000));

        String opf = new String(EpubFiles.entries(ta.resolve("out/istanbul.epub")).get("EPUB/package.opf"), StandardCharsets.UTF_8);
        assertTrue(opf.contains(">urn:isbn:9780306406157<"), "the ISBN of <idno type=\"ISBN\"> survives a Turkish locale:\n" + opf);
        assertTrue(opf.contains("INFINITE ISTANBUL"), opf);
    }

    @Test
    void aMalformedSourceDateEpochIsAnError() throws Exception {
        // before, "-1" dated the EPUB 1969 and the PDF from the manuscript, and a huge value threw DateTimeException
        String[] values = {"yesterday", "-1", "99999999999999999", "1.5e9"};
        List<Process> running = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            running.add(new ChildBuild(dir).env("SOURCE_DATE_EPOCH", values[i])
                    .args(COMPLETE.toString(), "--out", dir.resolve("out").toString(), "--quiet")
                    .start(dir.resolve("logs/" + i)));
        }
        for (int i = 0; i < values.length; i++) {
            assertTrue(running.get(i).waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
            String err = ChildBuild.read(dir.resolve("logs/" + i + "/err.txt"));
            assertEquals(1, running.get(i).exitValue(), err);
            assertEquals("SOURCE_DATE_EPOCH: error: the environment variable SOURCE_DATE_EPOCH='" + values[i]
                    + "' is not a number of seconds since 1970-01-01T00:00:00Z (0 to 253402300799)", err.strip());
        }
        assertTrue(Hostile.snapshot(dir.resolve("out")).isEmpty());
    }

    /** dcterms:modified, every zip entry's time, the PDF's Info and XMP dates: all {@code expected}. */
    static void assertDates(Path epub, Path pdf, Instant expected) throws IOException {
        Document opf = EpubFiles.parse(EpubFiles.entries(epub).get("EPUB/package.opf"));
        NodeList metas = opf.getElementsByTagNameNS("http://www.idpf.org/2007/opf", "meta");
        List<String> modified = new ArrayList<>();
        for (int i = 0; i < metas.getLength(); i++) {
            Element m = (Element) metas.item(i);
            if ("dcterms:modified".equals(m.getAttribute("property"))) {
                modified.add(m.getTextContent().trim());
            }
        }
        assertEquals(List.of(expected.toString()), modified, epub + ": dcterms:modified");

        LocalDateTime zipTime = LocalDateTime.ofInstant(expected, ZoneOffset.UTC);
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                assertEquals(zipTime, e.getTimeLocal(), epub + ": time of " + e.getName());
                assertTrue(e.getExtra() == null || e.getExtra().length == 0, epub + ": extra time field on " + e.getName());
            }
        }

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertEquals(expected, info.getCreationDate().toInstant(), pdf + ": Info /CreationDate");
            assertEquals(expected, info.getModificationDate().toInstant(), pdf + ": Info /ModDate");
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("<xmp:(CreateDate|ModifyDate|MetadataDate)>([^<]+)<").matcher(xmp);
            List<String> found = new ArrayList<>();
            while (m.find()) {
                found.add(m.group(1));
                assertEquals(expected, OffsetDateTime.parse(m.group(2).trim()).toInstant(), pdf + ": XMP " + m.group(1));
            }
            assertEquals(List.of("CreateDate", "ModifyDate", "MetadataDate"), found.stream().sorted(
                    java.util.Comparator.comparing(List.of("CreateDate", "ModifyDate", "MetadataDate")::indexOf)).toList(),
                    pdf + ": XMP dates");
        }
    }
}
