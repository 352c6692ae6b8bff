package org.colophon.reader;

import static org.colophon.reader.Fixture.OPEN;
import static org.colophon.reader.Fixture.chapter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.colophon.error.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wrong manuscripts get every error at once, each with file:line:column and plain words
 * saying what was found and what was expected.
 */
class BadManuscriptTest {

    @TempDir
    Path dir;
    Fixture f;

    @BeforeEach
    void setUp() {
        f = new Fixture(dir);
    }

    /** Asserts there is exactly one diagnostic, at that place, holding all those words. */
    private void single(List<Diagnostic> ds, String file, int line, int column, String... words) {
        assertEquals(1, ds.size(), () -> "expected one error, got:\n" + show(ds));
        has(ds.get(0), file, line, column, words);
    }

    private void has(Diagnostic d, String file, int line, int column, String... words) {
        assertEquals(Diagnostic.Severity.ERROR, d.severity());
        assertEquals(f.shown(file), d.file(), d::toString);
        assertEquals(line + ":" + column, d.line() + ":" + d.column(), d::toString);
        for (String w : words) {
            assertTrue(d.message().contains(w), () -> "'" + w + "' missing from: " + d);
        }
        assertTrue(!d.message().contains("cvc-"), () -> "validator jargon left in: " + d);
    }

    private static String show(List<Diagnostic> ds) {
        return ds.stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
    }

    // ---------------------------------------------------------------- XML itself

    @Test
    void notWellFormed() {
        f.write("b.xml", chapter("      <p>Un <em>mot</p>\n"));
        single(f.errors("b.xml"), "b.xml", 6, 22, "not well-formed XML: <em> is still open here; expected </em>");
    }

    @Test
    void wrongNamespace() {
        f.write("b.xml", "<book xmlns=\"https://example.org/book\" version=\"1\" xml:lang=\"fr\"/>");
        single(f.errors("b.xml"), "b.xml", 1, 1, "namespace 'https://example.org/book'",
                "expected a Colophon manuscript <book xmlns=\"https://colophon.org/ns/manuscript/1\">");
    }

    @Test
    void aFileThatIsNeitherXmlNorMarkdownNamesTheFormatsRead() {
        f.write("notes.txt", "Chapitre premier\n\nIl était une fois.\n");
        single(f.errors("notes.txt"), "notes.txt", 0, 0, "not XML", ".md", "TEI P5", "DocBook 5 or 4",
                "Colophon manuscript");
    }

    @Test
    void doctypeRefusedAtOnce() {
        f.write("b.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE book SYSTEM \"book.dtd\">\n" + OPEN + "</book>");
        single(f.errors("b.xml"), "b.xml", 2, 10, "DOCTYPE", "not allowed");
    }

    @Test
    void externalEntityNeverRead() {
        f.write("secret.txt", "SECRET");
        f.write("b.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE book [ <!ENTITY x SYSTEM \"file://" + dir.resolve("secret.txt")
                + "\"> ]>\n" + OPEN + "<metadata><title>&x;</title></metadata><body><chapter/></body></book>");
        List<Diagnostic> ds = f.errors("b.xml");
        single(ds, "b.xml", 2, 10, "DOCTYPE", "not allowed");
        assertTrue(!ds.get(0).message().contains("SECRET"));
    }

    @Test
    void entityBombRefusedBeforeExpanding() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE book [\n <!ENTITY a0 \"ha\">\n");
        for (int i = 1; i < 12; i++) {
            dtd.append(" <!ENTITY a").append(i).append(" \"");
            dtd.append(("&a" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        dtd.append("]>\n");
        f.write("b.xml", "<?xml version=\"1.0\"?>\n" + dtd + OPEN + "<metadata><title>&a11;</title></metadata></book>");
        long start = System.nanoTime();
        single(f.errors("b.xml"), "b.xml", 2, 10, "DOCTYPE", "not allowed");
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "refused without expanding 10^11 characters");
    }

    @Test
    void invalidUtf8() {
        byte[] head = (chapter("      <p>Caf").split("\n", -1)[0] + "\n").getBytes(StandardCharsets.UTF_8);
        String rest = chapter("      <p>Caf");
        rest = rest.substring(rest.indexOf('\n') + 1, rest.indexOf("<p>Caf") + 6);
        byte[] middle = rest.getBytes(StandardCharsets.UTF_8);
        byte[] tail = "</p>\n    </chapter>\n  </body>\n</book>\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + middle.length + 1 + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(middle, 0, all, head.length, middle.length);
        all[head.length + middle.length] = (byte) 0xE9; // é in Latin-1: not UTF-8
        System.arraycopy(tail, 0, all, head.length + middle.length + 1, tail.length);
        f.write("b.xml", all);
        List<Diagnostic> ds = f.errors("b.xml");
        assertEquals(1, ds.size(), () -> show(ds));
        Diagnostic d = ds.get(0);
        assertEquals("6:13", d.line() + ":" + d.column(), d::toString);
        assertTrue(d.message().startsWith("the file is not valid UTF-8 here"), d::toString);
        assertTrue(d.message().contains("save it as UTF-8"), d::toString);
    }

    // ---------------------------------------------------------------- schema

    @Test
    void unknownElement() {
        f.write("b.xml", chapter("      <para>Un alinéa</para>\n"));
        single(f.errors("b.xml"), "b.xml", 6, 7, "element <para> is not allowed here in <chapter>",
                "expected one of <title>, <subtitle>, <p>, <blockquote>, <verse>, <list>, <figure>, <scene-break>,"
                        + " <pre>, <code-block>, <table> or <section>");
    }

    @Test
    void missingTitle() {
        f.write("b.xml", "<?xml version=\"1.0\"?>\n" + OPEN + "\n  <metadata>\n    <creator>Anne</creator>\n"
                + "  </metadata>\n  <body><chapter><p>x</p></chapter></body>\n</book>\n");
        single(f.errors("b.xml"), "b.xml", 4, 5, "element <creator> is not allowed here in <metadata>",
                "expected <title>", "in this order: title, subtitle");
    }

    @Test
    void emptyMetadataNeedsATitle() {
        f.write("b.xml", OPEN + "\n<metadata/>\n<body><chapter/></body></book>");
        single(f.errors("b.xml"), "b.xml", 2, 1, "<metadata> is empty; it needs <title>");
    }

    @Test
    void emptyTitle() {
        f.write("b.xml", OPEN + "\n<metadata><title>  </title></metadata>\n<body><chapter/></body></book>");
        single(f.errors("b.xml"), "b.xml", 2, 11, "<title> is empty");
    }

    @Test
    void badDate() {
        f.write("b.xml", OPEN + "\n<metadata><title>T</title><date>12/11/2024</date></metadata>\n<body><chapter/></body></book>");
        single(f.errors("b.xml"), "b.xml", 2, 27, "<date>12/11/2024</date> is not valid",
                "expected a date written YYYY, YYYY-MM or YYYY-MM-DD");
    }

    @Test
    void impossibleDate() {
        f.write("b.xml", OPEN + "\n<metadata><title>T</title><date>2023-02-29</date></metadata>\n<body><chapter/></body></book>");
        single(f.errors("b.xml"), "b.xml", 2, 27, "2023-02-29", "not a day of the calendar");
    }

    @Test
    void badLanguageTag() {
        f.write("b.xml", chapter("      <p xml:lang=\"french\">x</p>\n"));
        single(f.errors("b.xml"), "b.xml", 6, 7, "attribute xml:lang=\"french\" on <p> is not valid",
                "expected a language tag such as fr, en-GB");
    }

    @Test
    void missingLanguage() {
        f.write("b.xml", "<book xmlns=\"" + Fixture.NS + "\" version=\"1\"><metadata><title>T</title></metadata>"
                + "<body><chapter/></body></book>");
        single(f.errors("b.xml"), "b.xml", 1, 1, "<book> needs attribute xml:lang");
    }

    @Test
    void unknownRole() {
        f.write("b.xml", OPEN + "\n<metadata><title>T</title><creator role=\"auteur\">A</creator></metadata>\n"
                + "<body><chapter/></body></book>");
        single(f.errors("b.xml"), "b.xml", 2, 27, "role=\"auteur\" on <creator>",
                "one of author, translator, editor or illustrator");
    }

    @Test
    void futureVersion() {
        f.write("b.xml", "<book xmlns=\"" + Fixture.NS + "\" version=\"2\" xml:lang=\"fr\">"
                + "<metadata><title>T</title></metadata><body><chapter/></body></book>");
        single(f.errors("b.xml"), "b.xml", 1, 1, "version=\"2\"", "reads version 1");
    }

    @Test
    void textWhereBlocksBelong() {
        f.write("b.xml", chapter("      <list>\n        un\n        <item>deux</item>\n      </list>\n"));
        single(f.errors("b.xml"), "b.xml", 6, 13, "text is not allowed directly inside <list>", "\"un\"",
                "put it in an <item>");
    }

    @Test
    void wrongAttribute() {
        f.write("b.xml", chapter("      <p xml:id=\"a\">x</p>\n"));
        single(f.errors("b.xml"), "b.xml", 6, 7, "attribute xml:id is not allowed on <p>", "write id=");
    }

    @Test
    void schemaInstanceAttributesRefused() {
        f.write("b.xml", chapter("      <p xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"Inline\">x</p>\n"));
        single(f.errors("b.xml"), "b.xml", 6, 7, "xsi:type is not allowed");
    }

    // ---------------------------------------------------------------- semantic checks

    @Test
    void unknownRefTargetSuggestsTheNearestId() {
        f.write("b.xml", chapter("      <p id=\"intro\">Voir <ref target=\"intor\">plus haut</ref>.</p>\n"));
        single(f.errors("b.xml"), "b.xml", 6, 26, "<ref target=\"intor\"> points to nothing",
                "no element has id=\"intor\"", "did you mean \"intro\"?");
    }

    @Test
    void generatedIdsCannotBeReferredTo() {
        f.write("b.xml", chapter("      <p>Voir <ref target=\"chapter-1\">ce chapitre</ref>.</p>\n"));
        single(f.errors("b.xml"), "b.xml", 6, 15, "<ref target=\"chapter-1\"> points to nothing",
                "ids that Colophon gives (chapter-1, note-1…) cannot be referred to", "write id=\"chapter-1\"");
    }

    @Test
    void duplicateIdNamesBothPlaces() {
        f.write("b.xml", chapter("      <p id=\"a\">x</p>\n      <p>y<anchor id=\"a\"/></p>\n"));
        single(f.errors("b.xml"), "b.xml", 7, 11, "id=\"a\" is used twice",
                "already the id of <p> at " + f.shown("b.xml") + ":6:7");
    }

    @Test
    void duplicateIdAcrossIncludedFiles() {
        f.write("ch2.xml", "<chapter xmlns=\"" + Fixture.NS + "\">\n  <p id=\"same\">x</p>\n</chapter>\n");
        f.write("b.xml", chapter("      <p id=\"same\">y</p>\n    </chapter>\n"
                + "    <xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"ch2.xml\"/>\n    <chapter>\n"));
        single(f.errors("b.xml"), "ch2.xml", 2, 3, "id=\"same\" is used twice", f.shown("b.xml") + ":6:7");
    }

    @Test
    void figureWithoutAlt() throws Exception {
        Images.png(dir.resolve("i.png"), 4, 4);
        f.write("b.xml", chapter("      <figure src=\"i.png\"/>\n"));
        single(f.errors("b.xml"), "b.xml", 6, 7, "<figure> needs alt text", "decorative=\"true\"");
    }

    @Test
    void badIsbnChecksum() {
        f.write("b.xml", OPEN + "\n<metadata><title>T</title><identifier scheme=\"isbn\">978-0-306-40615-6</identifier>"
                + "</metadata>\n<body><chapter/></body></book>");
        single(f.errors("b.xml"), "b.xml", 2, 27, "ISBN-13 '978-0-306-40615-6' has a wrong check digit",
                "ends with 6 but its digits give 7");
    }

    @Test
    void badIsbn10Checksum() {
        f.write("b.xml", OPEN + "\n<metadata><title>T</title><identifier scheme=\"isbn\">0-306-40615-3</identifier>"
                + "</metadata>\n<body><chapter/></body></book>");
        single(f.errors("b.xml"), "b.xml", 2, 27, "ISBN-10 '0-306-40615-3' has a wrong check digit");
    }

    @Test
    void badUuid() {
        f.write("b.xml", OPEN + "\n<metadata><title>T</title><identifier scheme=\"uuid\">urn:uuid:1234-5678</identifier>"
                + "</metadata>\n<body><chapter/></body></book>");
        single(f.errors("b.xml"), "b.xml", 2, 27, "UUID 'urn:uuid:1234-5678'", "8-4-4-4-12");
    }

    @Test
    void dangerousLinkSchemes() {
        f.write("b.xml", chapter("      <p><link href=\"javascript:alert(1)\">a</link>\n"
                + "        <link href=\"file:///etc/passwd\">b</link> <link href=\"chapitre-2\">c</link></p>\n"));
        List<Diagnostic> ds = f.errors("b.xml");
        assertEquals(3, ds.size(), () -> show(ds));
        has(ds.get(0), "b.xml", 6, 10, "javascript: scheme, which is refused", "http, https or mailto");
        has(ds.get(1), "b.xml", 7, 9, "file: scheme, which is refused");
        has(ds.get(2), "b.xml", 7, 50, "not a full address", "<ref target=");
    }

    @Test
    void emptyDivisionAndSectionTitles() {
        f.write("b.xml", chapter("      <title> </title>\n      <section><title/><p>x</p></section>\n"));
        List<Diagnostic> ds = f.errors("b.xml");
        assertEquals(2, ds.size(), () -> show(ds));
        has(ds.get(0), "b.xml", 6, 7, "<title> is empty; leave it out if the chapter has none");
        has(ds.get(1), "b.xml", 7, 16, "<title> is empty; a <section> needs a title");
    }

    @Test
    void noteInsideNote() {
        f.write("b.xml", chapter("      <p>a<note>b<note>c</note></note></p>\n"));
        single(f.errors("b.xml"), "b.xml", 6, 18, "a <note> cannot hold another <note>");
    }

    @Test
    void threeErrorsInOneFileAreReportedTogether() {
        f.write("b.xml", "<?xml version=\"1.0\"?>\n" + OPEN + "\n"
                + "  <metadata><title>T</title><date>hier</date></metadata>\n"
                + "  <body>\n"
                + "    <chapter>\n"
                + "      <para>x</para>\n"
                + "      <p>Voir <ref target=\"nulle-part\">ailleurs</ref>.</p>\n"
                + "    </chapter>\n"
                + "  </body>\n"
                + "</book>\n");
        List<Diagnostic> ds = f.errors("b.xml");
        assertEquals(3, ds.size(), () -> show(ds));
        has(ds.get(0), "b.xml", 3, 29, "<date>hier</date> is not valid");
        has(ds.get(1), "b.xml", 6, 7, "element <para> is not allowed");
        has(ds.get(2), "b.xml", 7, 15, "<ref target=\"nulle-part\"> points to nothing");
    }

    // ---------------------------------------------------------------- XInclude

    private static final String XI = "xmlns:xi=\"http://www.w3.org/2001/XInclude\"";

    private String including(String href) {
        return "<?xml version=\"1.0\"?>\n<book xmlns=\"" + Fixture.NS + "\" " + XI + " version=\"1\" xml:lang=\"fr\">\n"
                + "  <metadata><title>T</title></metadata>\n"
                + "  <body>\n"
                + "    <xi:include href=\"" + href + "\"/>\n"
                + "  </body>\n"
                + "</book>\n";
    }

    @Test
    void oldXIncludeNamespaceExplained() {
        f.write("b.xml", including("ch.xml").replace("http://www.w3.org/2001/XInclude", "http://www.w3.org/2003/XInclude"));
        single(f.errors("b.xml"), "b.xml", 5, 5, "element <xi:include> (in namespace 'http://www.w3.org/2003/XInclude',"
                + " not the manuscript's) is not allowed here in <body>", "the XInclude namespace is"
                + " http://www.w3.org/2001/XInclude");
    }

    @Test
    void includedFileMissing() {
        f.write("b.xml", including("chapitre-2.xml"));
        single(f.errors("b.xml"), "b.xml", 5, 5, "included file 'chapitre-2.xml' does not exist");
    }

    @Test
    void includeClimbingOut() throws Exception {
        Path inner = dir.resolve("book");
        new Fixture(dir).write("outside.xml", "<chapter xmlns=\"" + Fixture.NS + "\"/>");
        f = new Fixture(inner);
        f.write("b.xml", including("../outside.xml"));
        single(f.errors("b.xml"), "b.xml", 5, 5, "'../outside.xml' climbs out of the manuscript's folder");
    }

    @Test
    void includeAbsolutePath() {
        Path target = f.write("ch.xml", "<chapter xmlns=\"" + Fixture.NS + "\"/>");
        f.write("b.xml", including(target.toAbsolutePath().toString()));
        single(f.errors("b.xml"), "b.xml", 5, 5, "is an absolute path");
    }

    @Test
    void includeUrl() {
        f.write("b.xml", including("https://example.org/ch.xml"));
        single(f.errors("b.xml"), "b.xml", 5, 5, "is a URL", "never reads from the network");
    }

    @Test
    void includeThroughSymlinkLeavingTheFolder() throws Exception {
        Path outside = dir.resolve("elsewhere.xml");
        java.nio.file.Files.writeString(outside, "<chapter xmlns=\"" + Fixture.NS + "\"/>");
        Path inner = dir.resolve("book");
        f = new Fixture(inner);
        f.write("b.xml", including("ch.xml"));
        java.nio.file.Files.createSymbolicLink(inner.resolve("ch.xml"), outside);
        single(f.errors("b.xml"), "b.xml", 5, 5, "'ch.xml' is a link that leads outside the manuscript's folder");
    }

    @Test
    void includeLoop() {
        f.write("b.xml", including("a.xml"));
        f.write("a.xml", "<part xmlns=\"" + Fixture.NS + "\" " + XI + "><title>P</title>\n  <xi:include href=\"c.xml\"/></part>");
        f.write("c.xml", "<chapter xmlns=\"" + Fixture.NS + "\" " + XI + ">\n\n  <xi:include href=\"a.xml\"/></chapter>");
        single(f.errors("b.xml"), "c.xml", 3, 3, "include loop: a.xml → c.xml → a.xml");
    }

    @Test
    void sameFileIncludedTwice() {
        f.write("ch.xml", "<chapter xmlns=\"" + Fixture.NS + "\"/>");
        f.write("b.xml", including("ch.xml").replace("    <xi:include href=\"ch.xml\"/>\n",
                "    <xi:include href=\"ch.xml\"/>\n    <xi:include href=\"./ch.xml\"/>\n"));
        single(f.errors("b.xml"), "b.xml", 6, 5, "'./ch.xml' is already included at " + f.shown("b.xml") + ":5:5",
                "only once");
    }

    @Test
    void includedRootOutsideTheNamespace() {
        f.write("ch.xml", "<?xml version=\"1.0\"?>\n<chapter><p>x</p></chapter>");
        f.write("b.xml", including("ch.xml"));
        single(f.errors("b.xml"), "ch.xml", 2, 1, "included file's root <chapter> is in no namespace",
                "<chapter xmlns=\"" + Fixture.NS + "\">");
    }

    @Test
    void includeOfAFolder() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("chapters"));
        f.write("b.xml", including("chapters"));
        single(f.errors("b.xml"), "b.xml", 5, 5, "'chapters' is not a file");
    }

    @Test
    void unsupportedXIncludeFeaturesAllReported() {
        f.write("ch.xml", "<chapter xmlns=\"" + Fixture.NS + "\"/>");
        f.write("b.xml", including("ch.xml").replace("<xi:include href=\"ch.xml\"/>",
                "<xi:include href=\"ch.xml\" parse=\"text\" xpointer=\"x\"><xi:fallback/></xi:include>"));
        List<Diagnostic> ds = f.errors("b.xml");
        assertEquals(3, ds.size(), () -> show(ds));
        has(ds.get(0), "b.xml", 5, 5, "parse=\"text\" is not supported");
        has(ds.get(1), "b.xml", 5, 5, "xpointer is not supported");
        has(ds.get(2), "b.xml", 5, 57, "<xi:fallback> is not supported", "a missing file is always an error");
    }

    @Test
    void includesNestingTooDeep() {
        f.write("b.xml", chapter("      <xi:include " + XI + " href=\"i1.xml\"/>\n"));
        for (int i = 1; i <= 20; i++) {
            f.write("i" + i + ".xml", "<blockquote xmlns=\"" + Fixture.NS + "\" " + XI + "><p>" + i + "</p>\n"
                    + "<xi:include href=\"i" + (i + 1) + ".xml\"/></blockquote>");
        }
        single(f.errors("b.xml"), "i16.xml", 2, 1, "included files nest more than 16 deep");
    }

    @Test
    void errorsInsideAnIncludedFilePointIntoIt() {
        f.write("chapters/ch.xml", "<chapter xmlns=\"" + Fixture.NS + "\">\n  <title>C</title>\n  <para/>\n</chapter>");
        f.write("b.xml", including("chapters/ch.xml"));
        single(f.errors("b.xml"), "chapters/ch.xml", 3, 3, "element <para> is not allowed here in <chapter>");
    }

    @Test
    void includedFileNotWellFormed() {
        f.write("ch.xml", "<chapter xmlns=\"" + Fixture.NS + "\">\n  <p>x</chapter>");
        f.write("b.xml", including("ch.xml"));
        single(f.errors("b.xml"), "ch.xml", 2, 9, "not well-formed");
    }

    // ---------------------------------------------------------------- images

    private String figure(String src) {
        return chapter("      <figure src=\"" + src + "\" alt=\"une image\"/>\n");
    }

    @Test
    void imageMissing() {
        f.write("b.xml", figure("images/absente.png"));
        single(f.errors("b.xml"), "b.xml", 6, 7, "image 'images/absente.png' does not exist");
    }

    @Test
    void imageThatIsNotAnImage() {
        f.write("images/texte.png", "Ceci n'est pas une image.");
        f.write("b.xml", figure("images/texte.png"));
        single(f.errors("b.xml"), "b.xml", 6, 7, "'images/texte.png' is not a JPEG or PNG image");
    }

    @Test
    void gifIsNamedAsSuch() {
        f.write("anim.gif", "GIF89a\u0001\u0000\u0001\u0000");
        f.write("b.xml", figure("anim.gif"));
        single(f.errors("b.xml"), "b.xml", 6, 7, "is a GIF image", "JPEG and PNG images only");
    }

    @Test
    void truncatedPng() throws Exception {
        byte[] whole = Images.pngBytes(40, 30);
        f.write("t.png", java.util.Arrays.copyOf(whole, whole.length - 20));
        f.write("b.xml", figure("t.png"));
        single(f.errors("b.xml"), "b.xml", 6, 7, "'t.png' is a truncated PNG file");
    }

    @Test
    void truncatedJpeg() throws Exception {
        byte[] whole = Images.jpegBytes(40, 30);
        f.write("t.jpg", java.util.Arrays.copyOf(whole, whole.length - 30));
        f.write("b.xml", figure("t.jpg"));
        single(f.errors("b.xml"), "b.xml", 6, 7, "'t.jpg' is a truncated JPEG file");
    }

    @Test
    void hugeImageRefusedFromItsHeader() throws Exception {
        f.write("huge.png", Images.pngHeaderOnly(30_000, 30_000));
        f.write("b.xml", figure("huge.png"));
        single(f.errors("b.xml"), "b.xml", 6, 7, "30000 × 30000 pixels, too large", "at most 20000 pixels");
    }

    @Test
    void tooManyMegapixels() throws Exception {
        f.write("wide.png", Images.pngHeaderOnly(19_000, 6_000));
        f.write("b.xml", figure("wide.png"));
        single(f.errors("b.xml"), "b.xml", 6, 7, "19000 × 6000 pixels, too large", "100 megapixels");
    }

    @Test
    void imageThroughSymlinkLeavingTheFolder() throws Exception {
        Images.png(dir.resolve("outside.png"), 2, 2);
        Path inner = dir.resolve("book");
        f = new Fixture(inner);
        f.write("b.xml", figure("img.png"));
        java.nio.file.Files.createSymbolicLink(inner.resolve("img.png"), dir.resolve("outside.png"));
        single(f.errors("b.xml"), "b.xml", 6, 7, "'img.png' is a link that leads outside");
    }

    @Test
    void coverImageChecked() {
        f.write("b.xml", OPEN + "\n<metadata><title>T</title><cover src=\"../cover.jpg\"/></metadata>\n"
                + "<body><chapter/></body></book>");
        single(f.errors("b.xml"), "b.xml", 2, 27, "'../cover.jpg' climbs out");
    }

    @Test
    void misnamedImageIsOnlyAWarning() throws Exception {
        Images.png(dir.resolve("photo.jpg"), 3, 2);
        f.write("b.xml", figure("photo.jpg"));
        f.read("b.xml");
        assertEquals(1, f.warnings.size());
        Diagnostic w = f.warnings.get(0);
        assertEquals(Diagnostic.Severity.WARNING, w.severity());
        assertTrue(w.message().contains("'photo.jpg' is a PNG file"), w::toString);
    }

    @Test
    void quotationMarksTypedInsideQAreOnlyAWarning() throws Exception {
        f.write("b.xml", chapter("      <p>Il dit <q>« non »</q> et <q>oui</q>.</p>\n"));
        f.read("b.xml");
        assertEquals(1, f.warnings.size(), f.warnings::toString);
        Diagnostic w = f.warnings.get(0);
        assertEquals(f.shown("b.xml") + ":6:17: warning: <q> gets its quotation marks from Colophon, in the style of its"
                + " language; the marks typed inside it would be doubled: remove them", w.toString());
    }

    @Test
    void includedFilesAreNamedLikeTheManuscriptWasNamed() {
        f.write("chapters/ch.xml", "<chapter xmlns=\"" + Fixture.NS + "\">\n  <para/>\n</chapter>");
        f.write("b.xml", including("chapters/ch.xml"));
        Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("b.xml"));
        org.colophon.error.BuildException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.colophon.error.BuildException.class, () -> new BookReader(d -> { }).read(relative));
        assertEquals(relative.resolveSibling("chapters/ch.xml").toString(), e.diagnostics().get(0).file(),
                "relative, as the user typed the manuscript's path");
    }

    @Test
    void partWithoutChapters() {
        f.write("b.xml", OPEN + "\n<metadata><title>T</title></metadata>\n<body>\n  <part><title>P</title><p>x</p></part>"
                + "\n</body></book>");
        single(f.errors("b.xml"), "b.xml", 4, 3, "<part> has no <chapter>; a part holds one or more chapters");
    }

    @Test
    void emptyVerseAndList() {
        f.write("b.xml", chapter("      <verse/>\n      <list/>\n"));
        List<Diagnostic> ds = f.errors("b.xml");
        assertEquals(2, ds.size(), () -> show(ds));
        has(ds.get(0), "b.xml", 6, 7, "<verse> is empty; it needs <stanza>");
        has(ds.get(1), "b.xml", 7, 7, "<list> is empty; it needs <item>");
    }

    @Test
    void nestingAddedUpAcrossIncludedFiles() {
        f.write("b.xml", including("e1.xml"));
        for (int i = 1; i <= 3; i++) {
            String inner = i < 3 ? "<xi:include href=\"e" + (i + 1) + ".xml\"/>" : "x";
            f.write("e" + i + ".xml", "<em xmlns=\"" + Fixture.NS + "\" " + XI + ">\n" + "<em>".repeat(120) + inner
                    + "</em>".repeat(120) + "</em>");
        }
        single(f.errors("b.xml"), "e3.xml", 2, 45, "elements nest more than 256 deep here, counting the files that"
                + " include this one");
    }

    @Test
    void aMissingIncludeDoesNotHideTheOtherErrors() {
        f.write("b.xml", "<?xml version=\"1.0\"?>\n<book xmlns=\"" + Fixture.NS + "\" " + XI
                + " version=\"1\" xml:lang=\"fr\">\n"
                + "  <metadata><title>T</title><date>hier</date></metadata>\n"
                + "  <body>\n"
                + "    <part><title>P</title><xi:include href=\"absent.xml\"/></part>\n"
                + "    <chapter><p>Voir <ref target=\"dans-absent\">là</ref>.</p><para/></chapter>\n"
                + "  </body>\n"
                + "</book>\n");
        List<Diagnostic> ds = f.errors("b.xml");
        assertEquals(3, ds.size(), () -> show(ds));
        has(ds.get(0), "b.xml", 3, 29, "<date>hier</date> is not valid");
        has(ds.get(1), "b.xml", 5, 27, "'absent.xml' does not exist");
        has(ds.get(2), "b.xml", 6, 61, "element <para> is not allowed");
    }

    @Test
    void unknownLanguageCodeIsAWarning() throws Exception {
        f.write("b.xml", chapter("      <p xml:lang=\"fe\">x</p>\n      <p xml:lang=\"grc\">y</p>\n"
                + "      <p xml:lang=\"en-GB\">z</p>\n"));
        f.read("b.xml");
        assertEquals(1, f.warnings.size(), f.warnings::toString);
        assertEquals(f.shown("b.xml") + ":6:7: warning: xml:lang=\"fe\": 'fe' is not a language code of ISO 639-1"
                + " (such as fr, en, de); hyphenation and typography will not know it", f.warnings.get(0).toString());
    }

    @Test
    void schemaLocationForTheEditorIsIgnored() throws Exception {
        f.write("b.xml", "<book xmlns=\"" + Fixture.NS + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"" + Fixture.NS + " https://example.org/nowhere.xsd\" version=\"1\" xml:lang=\"fr\">"
                + "<metadata><title>T</title></metadata><body><chapter/></body></book>");
        assertEquals("T", f.read("b.xml").metadata().title());
    }
}
