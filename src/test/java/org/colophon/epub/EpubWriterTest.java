package org.colophon.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.documentnode.epub4j.domain.SpineReference;
import io.documentnode.epub4j.domain.TOCReference;
import io.documentnode.epub4j.epub.EpubReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.colophon.error.Warnings;
import org.colophon.layout.BuildDate;
import org.colophon.layout.LayoutRenderer;
import org.colophon.layout.Publication;
import org.colophon.model.Book;
import org.colophon.styles.Styles;
import org.colophon.testing.EpubFiles;
import org.colophon.testing.EpubValidator;
import org.colophon.testing.TestBooks;
import org.colophon.testing.TestLayouts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class EpubWriterTest {

    private static final String OPF_NS = "http://www.idpf.org/2007/opf";
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";

    @TempDir
    static Path dir;

    static Book rich;
    static Path richEpub;
    static Path frenchEpub;

    @BeforeAll
    static void build() throws Exception {
        rich = TestBooks.rich(dir.resolve("images"));
        richEpub = write(rich, null, dir.resolve("rich.epub"));
        frenchEpub = write(TestBooks.frenchArticle(), null, dir.resolve("french.epub"));
    }

    static Path write(Book book, Instant sourceDateEpoch, Path target) throws Exception {
        BuildDate date = BuildDate.of(book.metadata(), sourceDateEpoch);
        Publication pub = new LayoutRenderer(Styles.bundled(), Warnings.ignore()).render(book, date);
        Files.write(target, bytes(pub, date));
        return target;
    }

    static byte[] bytes(Publication pub, BuildDate date) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EpubWriter(date).write(pub, out);
        return out.toByteArray();
    }

    @Test
    void richBookPassesEpubcheckWithoutErrorsOrWarnings() {
        EpubValidator.Result r = EpubValidator.check(richEpub);
        assertTrue(r.clean(), r.describe());
    }

    @Test
    void frenchArticlePassesEpubcheckWithoutErrorsOrWarnings() {
        EpubValidator.Result r = EpubValidator.check(frenchEpub);
        assertTrue(r.clean(), r.describe());
    }

    @Test
    void theValidatorDoesReportABrokenEpub() throws Exception {
        Publication pub = TestLayouts.render(Styles.bundled(), Warnings.ignore(), rich);
        // drop the navigation document: the package still lists it, so the EPUB is invalid
        List<Publication.Resource> withoutNav = pub.resources().stream()
                .filter(r -> !r.path().equals("EPUB/nav.xhtml")).toList();
        Path broken = dir.resolve("broken.epub");
        Files.write(broken, bytes(new Publication(pub.book(), pub.pages(), withoutNav), TestLayouts.date(pub)));
        EpubValidator.Result r = EpubValidator.check(broken);
        assertFalse(r.errors().isEmpty(), "epubcheck found nothing wrong with an EPUB without its nav");
    }

    @Test
    void epub4jReadsTitleLanguageSpineAndNcx() throws Exception {
        io.documentnode.epub4j.domain.Book read;
        try (InputStream in = Files.newInputStream(richEpub)) {
            read = new EpubReader().readEpub(in);
        }
        assertEquals("The Lighthouse Keeper’s Almanac", read.getTitle());
        assertEquals("en", read.getMetadata().getLanguage());
        List<String> spine = new ArrayList<>();
        for (SpineReference ref : read.getSpine().getSpineReferences()) {
            spine.add(ref.getResource().getHref());
        }
        assertEquals(List.of("text/cover.xhtml", "text/title.xhtml", "text/copyright.xhtml", "text/contents.xhtml",
                "text/dedication-001.xhtml", "text/epigraph-001.xhtml", "text/preface-001.xhtml",
                "text/part-001.xhtml", "text/chapter-001.xhtml", "text/chapter-002.xhtml",
                "text/part-002.xhtml", "text/chapter-003.xhtml", "text/division-001.xhtml",
                "text/appendix-001.xhtml"), spine);
        assertEquals("Preface | Winter [January [Tides [Neap tides]] | February [Stores]] | Spring [March] | Une lettre | Lamp Oils",
                describe(read.getTableOfContents().getTocReferences()));
        assertNotNull(read.getCoverImage(), "cover image");
        assertEquals("media/cover.png", read.getCoverImage().getHref());
    }

    private static String describe(List<TOCReference> refs) {
        return refs.stream().map(r -> r.getTitle()
                        + (r.getChildren().isEmpty() ? "" : " [" + describe(r.getChildren()) + "]"))
                .collect(Collectors.joining(" | "));
    }

    @Test
    void packageMetadataSaysWhatTheManuscriptSays() throws Exception {
        Map<String, byte[]> entries = EpubFiles.entries(richEpub);
        Document opf = EpubFiles.parse(entries.get("EPUB/package.opf"));
        Element pkg = opf.getDocumentElement();
        assertEquals("3.0", pkg.getAttribute("version"));
        Element uid = byId(opf, pkg.getAttribute("unique-identifier"));
        assertEquals("identifier", uid.getLocalName());
        assertEquals("urn:isbn:9783161484100", uid.getTextContent());
        assertEquals("2021-03-14T00:00:00Z", meta(opf, "dcterms:modified").get(0));
        assertEquals(List.of("The Lighthouse Keeper’s Almanac", "A Year on the Rock"), texts(opf, DC_NS, "title"));

        NodeList creators = opf.getElementsByTagNameNS(DC_NS, "creator");
        assertEquals(2, creators.getLength());
        List<String> roles = new ArrayList<>();
        for (String element : List.of("creator", "contributor")) {
            NodeList nodes = opf.getElementsByTagNameNS(DC_NS, element);
            for (int i = 0; i < nodes.getLength(); i++) {
                Element c = (Element) nodes.item(i);
                roles.add(c.getTextContent() + "=" + refinement(opf, c.getAttribute("id"), "role"));
            }
        }
        assertEquals(List.of("Ada Wren=aut", "Tom Quill=aut", "Inès Marchand=trl", "Bo Lind=ill"), roles);
        assertEquals("Wren, Ada", refinement(opf, ((Element) creators.item(0)).getAttribute("id"), "file-as"));
        assertFalse(new String(entries.get("EPUB/package.opf"), StandardCharsets.UTF_8).contains("opf:role"));

        assertEquals(List.of("textual", "visual"), meta(opf, "schema:accessMode"));
        assertTrue(meta(opf, "schema:accessModeSufficient").contains("textual"));
        assertEquals(List.of("structuralNavigation", "tableOfContents", "readingOrder", "alternativeText",
                "displayTransformability"), meta(opf, "schema:accessibilityFeature"));
        assertEquals(List.of("none"), meta(opf, "schema:accessibilityHazard"));
        assertFalse(meta(opf, "schema:accessibilitySummary").get(0).isBlank());
        assertEquals(List.of("Harbour & Sons"), texts(opf, DC_NS, "publisher"));
        assertEquals(List.of("2021-03-14"), texts(opf, DC_NS, "date"));
    }

    @Test
    void manifestListsExactlyTheFilesOfTheContainer() throws Exception {
        Map<String, byte[]> entries = EpubFiles.entries(richEpub);
        Document opf = EpubFiles.parse(entries.get("EPUB/package.opf"));
        TreeSet<String> manifest = new TreeSet<>();
        String coverImage = null;
        String nav = null;
        NodeList items = opf.getElementsByTagNameNS(OPF_NS, "item");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            manifest.add("EPUB/" + item.getAttribute("href"));
            if (item.getAttribute("properties").equals("cover-image")) {
                coverImage = item.getAttribute("href");
            }
            if (item.getAttribute("properties").equals("nav")) {
                nav = item.getAttribute("href");
            }
        }
        TreeSet<String> files = new TreeSet<>(entries.keySet());
        files.removeAll(List.of("mimetype", "META-INF/container.xml", "EPUB/package.opf"));
        assertEquals(files, manifest);
        assertEquals("media/cover.png", coverImage);
        assertEquals("nav.xhtml", nav);
        assertArrayEquals(Files.readAllBytes(rich.assets().get(1).source()), entries.get("EPUB/media/images/map.png"));
    }

    @Test
    void everyPageIsWellFormedXhtmlWithTheBookLanguage() throws Exception {
        Map<String, byte[]> entries = EpubFiles.entries(frenchEpub);
        int pages = 0;
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (e.getKey().endsWith(".xhtml")) {
                pages++;
                String text = new String(e.getValue(), StandardCharsets.UTF_8);
                assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>"), e.getKey());
                Element html = EpubFiles.parse(e.getValue()).getDocumentElement();
                assertEquals("fr", html.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"), e.getKey());
                assertEquals("fr", html.getAttribute("lang"), e.getKey());
            }
        }
        assertEquals(5, pages, "title, copyright, contents, the article, nav");
    }

    @Test
    void aBookWithoutIdentifierGetsAStableNameBasedUuidAndTheZipEpochDate() throws Exception {
        Map<String, byte[]> entries = EpubFiles.entries(frenchEpub);
        Document opf = EpubFiles.parse(entries.get("EPUB/package.opf"));
        Book article = TestBooks.frenchArticle();
        String expected = "urn:uuid:" + UUID.nameUUIDFromBytes(
                (article.metadata().title() + "\u0000fr").getBytes(StandardCharsets.UTF_8));
        Element uid = byId(opf, opf.getDocumentElement().getAttribute("unique-identifier"));
        assertEquals(expected, uid.getTextContent());
        assertEquals("1980-01-01T00:00:00Z", meta(opf, "dcterms:modified").get(0));
        assertEquals(List.of("textual"), meta(opf, "schema:accessMode"));
        String ncx = new String(entries.get("EPUB/toc.ncx"), StandardCharsets.UTF_8);
        assertTrue(ncx.contains("<meta name=\"dtb:uid\" content=\"" + expected + "\"/>"), ncx);
    }

    @Test
    void twoWritesOfTheSameBookAreByteIdentical() throws Exception {
        Path again = write(rich, null, dir.resolve("rich-again.epub"));
        assertArrayEquals(Files.readAllBytes(richEpub), Files.readAllBytes(again));
        Path french = write(TestBooks.frenchArticle(), null, dir.resolve("french-again.epub"));
        assertArrayEquals(Files.readAllBytes(frenchEpub), Files.readAllBytes(french));
    }

    @Test
    void mimetypeComesFirstStoredWithoutExtraField() throws Exception {
        // the French article has no date: its entries carry the earliest zip time, a JDK edge case
        for (Path epub : List.of(richEpub, frenchEpub)) {
            assertMimetypeFirst(Files.readAllBytes(epub));
        }
        List<String> order = new ArrayList<>(EpubFiles.entries(richEpub).keySet());
        assertEquals(List.of("mimetype", "META-INF/container.xml", "EPUB/package.opf", "EPUB/text/cover.xhtml"),
                order.subList(0, 4));
    }

    private static void assertMimetypeFirst(byte[] zip) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0x04034b50, b.getInt(0), "local file header");
        assertEquals(0, b.getShort(8), "compression method: stored");
        assertEquals(8, b.getShort(26), "name length");
        assertEquals(0, b.getShort(28), "extra field length");
        assertEquals("mimetype", new String(zip, 30, 8, StandardCharsets.US_ASCII));
        assertEquals("application/epub+zip", new String(zip, 38, 20, StandardCharsets.US_ASCII));
    }

    @Test
    void sourceDateEpochSetsModifiedAndEveryEntryTime() throws Exception {
        Path epub = write(TestBooks.frenchArticle(), Instant.ofEpochSecond(1_700_000_000L), dir.resolve("epoch.epub"));
        Document opf = EpubFiles.parse(EpubFiles.entries(epub).get("EPUB/package.opf"));
        assertEquals("2023-11-14T22:13:20Z", meta(opf, "dcterms:modified").get(0));
        try (var zip = new java.util.zip.ZipFile(epub.toFile())) {
            var names = zip.entries();
            while (names.hasMoreElements()) {
                var e = names.nextElement();
                assertEquals(java.time.LocalDateTime.of(2023, 11, 14, 22, 13, 20), e.getTimeLocal(), e.getName());
            }
        }
        assertTrue(EpubValidator.check(epub).clean());
    }

    // --- helpers over the package document ---

    private static Element byId(Document doc, String id) {
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        throw new AssertionError("no element with id " + id);
    }

    private static List<String> meta(Document opf, String property) {
        List<String> out = new ArrayList<>();
        NodeList metas = opf.getElementsByTagNameNS(OPF_NS, "meta");
        for (int i = 0; i < metas.getLength(); i++) {
            Element m = (Element) metas.item(i);
            if (property.equals(m.getAttribute("property")) && !m.hasAttribute("refines")) {
                out.add(m.getTextContent());
            }
        }
        return out;
    }

    private static String refinement(Document opf, String id, String property) {
        NodeList metas = opf.getElementsByTagNameNS(OPF_NS, "meta");
        for (int i = 0; i < metas.getLength(); i++) {
            Element m = (Element) metas.item(i);
            if (("#" + id).equals(m.getAttribute("refines")) && property.equals(m.getAttribute("property"))) {
                return m.getTextContent();
            }
        }
        return null;
    }

    private static List<String> texts(Document doc, String ns, String name) {
        List<String> out = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagNameNS(ns, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }
}
