package org.colophon.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.epub.EpubWriter;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;
import org.colophon.error.Warnings;
import org.colophon.model.Book;
import org.colophon.model.Inline;
import org.colophon.styles.Styles;
import org.colophon.testing.EpubFiles;
import org.colophon.testing.EpubValidator;
import org.colophon.testing.TestBooks;
import org.colophon.testing.TestLayouts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class LayoutRendererTest {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String OPS = "http://www.idpf.org/2007/ops";

    @TempDir
    static Path dir;

    static Publication rich;

    @BeforeAll
    static void render() throws Exception {
        rich = TestLayouts.render(Styles.bundled(), Warnings.ignore(), TestBooks.rich(dir.resolve("img")));
    }

    static Publication.Page page(Publication pub, String file) {
        return pub.pages().stream().filter(p -> p.path().equals("EPUB/text/" + file)).findFirst()
                .orElseThrow(() -> new AssertionError("no page " + file));
    }

    static List<String> all(String text, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void pagesComeInReadingOrderWithRoles() {
        List<String> roles = rich.pages().stream().map(p -> p.role().token()).toList();
        assertEquals(List.of("cover", "titlepage", "copyright", "toc", "dedication", "epigraph", "preface", "part",
                "chapter", "chapter", "part", "chapter", "division", "appendix"), roles);
        assertEquals("EPUB/package.opf", rich.resources().get(0).path());
        assertEquals("January", page(rich, "chapter-001.xhtml").title());
        assertEquals("january", page(rich, "chapter-001.xhtml").id());
    }

    @Test
    void chaptersAreSemanticSections() {
        Element section = first(page(rich, "chapter-001.xhtml"), "section");
        assertEquals("january", section.getAttribute("id"));
        assertEquals("chapter", section.getAttributeNS(OPS, "type"));
        assertEquals("doc-chapter", section.getAttribute("role"));
        assertEquals("January", first(page(rich, "chapter-001.xhtml"), "h1").getTextContent());
        Element part = first(page(rich, "part-001.xhtml"), "section");
        assertEquals("part", part.getAttributeNS(OPS, "type"));
        assertEquals("doc-part", part.getAttribute("role"));
        assertEquals("dedication", first(page(rich, "dedication-001.xhtml"), "section").getAttributeNS(OPS, "type"));
        String letter = page(rich, "division-001.xhtml").xhtml();
        assertTrue(letter.contains("xml:lang=\"fr\" lang=\"fr\""), "a French division gets a French page");
    }

    @Test
    void notesAreNumberedPerChapterAndLinkBothWays() {
        String jan = page(rich, "chapter-001.xhtml").xhtml();
        assertEquals(List.of("1", "2"), all(jan, "epub:type=\"noteref\"[^>]*>(\\d+)</a>"));
        assertTrue(jan.contains("href=\"#n-storm\" id=\"ref-n-storm\">1</a>"), jan);
        assertTrue(jan.contains("<aside id=\"n-storm\" class=\"footnote\" epub:type=\"footnote\" role=\"doc-footnote\">"));
        assertTrue(jan.contains("<a class=\"note-backlink\" href=\"#ref-n-storm\" role=\"doc-backlink\">1</a>"));
        String feb = page(rich, "chapter-002.xhtml").xhtml();
        assertEquals(List.of("1"), all(feb, "epub:type=\"noteref\"[^>]*>(\\d+)</a>"), "numbering restarts");
        // the note body comes after the text it is called from
        assertTrue(jan.indexOf("id=\"n-storm\"") > jan.indexOf("id=\"ref-n-storm\""));
    }

    @Test
    void crossReferencesPointIntoTheFileThatHoldsTheirTarget() {
        assertTrue(page(rich, "preface-001.xhtml").xhtml().contains("<a class=\"xref\" href=\"chapter-001.xhtml#storm\">"));
        assertTrue(page(rich, "chapter-001.xhtml").xhtml().contains("href=\"chapter-002.xhtml#map-figure\""));
        assertTrue(page(rich, "chapter-002.xhtml").xhtml().contains("href=\"chapter-001.xhtml#after-storm\""));
    }

    @Test
    void blocksMapToTheirElements() {
        String jan = page(rich, "chapter-001.xhtml").xhtml();
        assertTrue(jan.contains("<span class=\"smallcaps\">Keeper Wren</span>"));
        assertTrue(jan.contains("H<sub>2</sub>O and 1<sup>st</sup>"));
        assertTrue(jan.contains("<span class=\"underline\">care</span>"));
        assertTrue(jan.contains("“Hold fast”"));
        assertTrue(jan.contains("“never yield”"), "a quote without marks gets “ ”");
        assertTrue(jan.contains("<span xml:lang=\"fr\" lang=\"fr\">« Tenez bon ! »</span>"));
        assertTrue(jan.contains("<p class=\"noindent\">Line one<br/>line two.</p>"));
        assertTrue(jan.contains("<section id=\"neap\" class=\"level-2\">\n<h3>Neap tides</h3>"));
        assertTrue(jan.contains("<p class=\"line indent-2\">and the lamp shall burn.</p>"));
        assertTrue(jan.contains("href=\"https://example.org/lights?a=1&amp;b=2\""));
        String feb = page(rich, "chapter-002.xhtml").xhtml();
        assertTrue(feb.contains("<ol id=\"supplies\" start=\"3\">"));
        assertTrue(feb.contains("<img src=\"../media/images/map.png\" alt=\"A map of the rock and its reefs\"/>"));
        assertTrue(feb.contains("<img src=\"../media/images/flourish.png\" alt=\"\" role=\"presentation\"/>"));
        assertTrue(feb.contains("<figcaption>The rock, from the north.</figcaption>"));
        assertTrue(feb.contains("<pre id=\"log\">06:00  lamp out\n18:00  lamp lit  &lt;ok&gt; &amp; trimmed</pre>"));
    }

    @Test
    void theNavigationReachesSectionsAndGivesIdsToThoseWithout() {
        String nav = new String(rich.resources().get(1).content(), StandardCharsets.UTF_8);
        assertTrue(nav.contains("<a href=\"text/chapter-001.xhtml#tides\">Tides</a>"), nav);
        assertTrue(nav.contains("<a href=\"text/chapter-001.xhtml#neap\">Neap tides</a>"), nav);
        String stores = all(nav, "<a href=\"text/chapter-002.xhtml#([^\"]+)\">Stores</a>").get(0);
        assertTrue(page(rich, "chapter-002.xhtml").xhtml().contains("<section id=\"" + stores + "\" class=\"level-1\">\n<h2>Stores</h2>"));
        assertFalse(page(rich, "contents.xhtml").xhtml().contains("Tides"), "the printed contents lists divisions only");
    }

    @Test
    void contentsPageAndTitlePagePrintTheBook() {
        String contents = page(rich, "contents.xhtml").xhtml();
        assertTrue(contents.contains("<h1>Contents</h1>"));
        assertTrue(contents.contains("<a href=\"part-001.xhtml\">Winter</a>"));
        assertTrue(contents.indexOf("January") > contents.indexOf("Winter"));
        assertFalse(contents.contains("noteref"), "no note calls in the contents");
        String title = page(rich, "title.xhtml").xhtml();
        assertTrue(title.contains("<p class=\"author\">Ada Wren, Tom Quill</p>"), title);
        assertTrue(title.contains("<h1 class=\"title\">The Lighthouse Keeper’s Almanac</h1>"));
        assertTrue(title.contains("Translated by Inès Marchand"));
        String copyright = page(rich, "copyright.xhtml").xhtml();
        for (String s : List.of("© 2021 Ada Wren and Tom Quill", "ISBN 978-3-16-148410-0", "Harbour &amp; Sons",
                "Published by Harbour &amp; Sons, March 14, 2021.", "First printed by", "Typeset with Colophon", "Source Serif 4")) {
            assertTrue(copyright.contains(s), s + " in " + copyright);
        }
    }

    @Test
    void datesAreWrittenTheWayTheBooksLanguageWritesThem() {
        assertEquals("12 novembre 2024", BookView.dateText("2024-11-12", "fr"));
        assertEquals("novembre 2024", BookView.dateText("2024-11", "fr"));
        assertEquals("1873", BookView.dateText("1873", "fr"));
        assertEquals("November 12, 2024", BookView.dateText("2024-11-12", "en"));
        assertEquals("vers 1850", BookView.dateText("vers 1850", "fr"));
    }

    @Test
    void frenchBooksGetFrenchLabels() throws Exception {
        Publication pub = TestLayouts.render(Styles.bundled(), Warnings.ignore(), TestBooks.frenchArticle());
        assertTrue(page(pub, "contents.xhtml").xhtml().contains("<h1>Table des matières</h1>"));
        assertTrue(page(pub, "copyright.xhtml").xhtml().contains("Composé avec Colophon"));
        String nav = resource(pub, "EPUB/nav.xhtml");
        assertTrue(nav.contains("<h1>Table des matières</h1>"));
        assertTrue(nav.contains("Début du texte"));
        assertTrue(nav.contains("xml:lang=\"fr\""));
    }

    @Test
    void asidesPrintTheirTitleOrTheirKindInTheBooksLanguage() throws Exception {
        List<org.colophon.model.Block> blocks = List.of(
                new org.colophon.model.Block.Aside("a1", org.colophon.model.Block.AsideKind.TIP, List.of(),
                        List.of(TestBooks.p("Un conseil."))),
                new org.colophon.model.Block.Aside(null, org.colophon.model.Block.AsideKind.WARNING,
                        List.of(new Inline.Text("Prudence")), List.of(TestBooks.p("Attention au chien."))));
        Book book = new Book(TestBooks.metadata("Livre", "fr"), List.of(),
                List.of(new org.colophon.model.Division(org.colophon.model.Division.Kind.CHAPTER, "c1", null,
                        List.of(new Inline.Text("Un")), List.of(), blocks, List.of())), List.of(), List.of());
        String chapter = page(TestLayouts.render(Styles.bundled(), Warnings.ignore(), book), "chapter-001.xhtml").xhtml();
        assertTrue(chapter.contains("<aside id=\"a1\" class=\"admonition tip\">\n<p class=\"admonition-title\">Astuce</p>\n"
                + "<p>Un conseil.</p>\n</aside>"), chapter);
        // titled, it still names its kind
        assertTrue(chapter.contains("<aside class=\"admonition warning\">\n<p class=\"admonition-title\">"
                + "<span class=\"admonition-label\">Avertissement</span> Prudence</p>"), chapter);
    }

    @Test
    void aStylesFolderCanAddALanguageAndEnglishFillsItsGaps(@TempDir Path styles) throws Exception {
        Path labels = styles.resolve("layouts/labels-de.properties");
        Files.createDirectories(labels.getParent());
        Files.writeString(labels, "contents=Inhalt\n", StandardCharsets.UTF_8);
        Book book = TestBooks.simple("Buch", "de-AT", TestBooks.p("Text"));
        Publication pub = TestLayouts.render(Styles.fromDirectory(styles), Warnings.ignore(), book);
        assertTrue(page(pub, "contents.xhtml").xhtml().contains("<h1>Inhalt</h1>"));
        assertTrue(page(pub, "copyright.xhtml").xhtml().contains("Typeset with Colophon."), "English for what German lacks");
        // the folder's German labels replace the bundled ones, which are complete
        Publication bundled = TestLayouts.render(Styles.bundled(), Warnings.ignore(), book);
        assertTrue(page(bundled, "contents.xhtml").xhtml().contains("<h1>Inhalt</h1>"));
        assertTrue(page(bundled, "copyright.xhtml").xhtml().contains("Gesetzt mit Colophon."));
    }

    @Test
    void manuscriptTextIsEscapedEverywhere() throws Exception {
        String nasty = "$price #set($x = 1) <script>alert(1)</script> ]]> & \"quotes\" ${book.title}";
        Book book = new Book(TestBooks.metadata("Title " + nasty, "en"), List.of(),
                List.of(new org.colophon.model.Division(org.colophon.model.Division.Kind.CHAPTER, "c1", null,
                        List.of(new Inline.Text("Heading " + nasty)), List.of(),
                        List.of(TestBooks.p(nasty)), List.of())),
                List.of(), List.of());
        Publication pub = TestLayouts.render(Styles.bundled(), Warnings.ignore(), book);
        String escaped = "$price #set($x = 1) &lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &amp; &quot;quotes&quot; ${book.title}";
        String chapter = page(pub, "chapter-001.xhtml").xhtml();
        assertTrue(chapter.contains("<p>" + escaped + "</p>"), chapter);
        assertTrue(chapter.contains("<h1>Heading " + escaped + "</h1>"), chapter);
        assertTrue(chapter.contains("<title>Heading " + escaped + "</title>"), chapter);
        String opf = resource(pub, "EPUB/package.opf");
        assertTrue(opf.contains("Title " + escaped), opf);
        for (Publication.Page p : pub.pages()) {
            assertFalse(p.xhtml().contains("<script"), p.path());
            assertFalse(p.xhtml().contains("]]>"), p.path());
        }
        assertEquals("$price #set($x = 1) <script>alert(1)</script> ]]> & \"quotes\" ${book.title}",
                EpubFiles.parse(chapter.getBytes(StandardCharsets.UTF_8)).getElementsByTagNameNS(XHTML, "p")
                        .item(0).getTextContent());
        Path epub = dir.resolve("nasty.epub");
        write(pub, epub);
        EpubValidator.Result r = EpubValidator.check(epub);
        assertTrue(r.clean(), r.describe());
    }

    @Test
    void aValueSetInATemplateIsEscapedExactlyOnce(@TempDir Path styles) throws Exception {
        Path layout = styles.resolve("layouts/title-page.vm");
        Files.createDirectories(layout.getParent());
        Files.writeString(layout, "<section id=\"$page.id\">#set($t = $book.title)<h1>$t</h1>"
                + "#set($s = \"$book.title\")<p>$s</p></section>\n");
        Book book = TestBooks.simple("Salt & Pepper", "en", TestBooks.p("x"));
        Publication pub = TestLayouts.render(Styles.fromDirectory(styles), Warnings.ignore(), book);
        String title = page(pub, "title.xhtml").xhtml();
        assertTrue(title.contains("<h1>Salt &amp; Pepper</h1>"), title);
        // string literals are not interpolated (it would escape twice): the text stays as written
        assertTrue(title.contains("<p>$book.title</p>"), title);
    }

    @Test
    void aLayoutComparesThePagesRoleWithItsName(@TempDir Path styles) throws Exception {
        Path layout = styles.resolve("layouts/chapter.vm");
        Files.createDirectories(layout.getParent());
        Files.writeString(layout, "<section id=\"$division.id\">"
                + "#if($page.role == \"chapter\" && $division.kind == \"chapter\")<p>a chapter</p>#end</section>\n");
        Book book = TestBooks.simple("Roles", "en", TestBooks.p("x"));
        Publication pub = TestLayouts.render(Styles.fromDirectory(styles), Warnings.ignore(), book);
        String chapter = page(pub, "chapter-001.xhtml").xhtml();
        assertTrue(chapter.contains("<p>a chapter</p>"), chapter);
        assertTrue(chapter.contains("<body class=\"chapter\""), chapter);
    }

    @Test
    void aTemplateSyntaxErrorNamesTheFileLineAndColumn(@TempDir Path styles) throws Exception {
        Path layout = styles.resolve("layouts/chapter.vm");
        Files.createDirectories(layout.getParent());
        Files.writeString(layout, "<section id=\"$division.id\">\n<h1>$division.title</h1>\n<p>#foreach($x in )</p>\n</section>\n");
        BuildException e = assertThrows(BuildException.class, () ->
                TestLayouts.render(Styles.fromDirectory(styles), Warnings.ignore(), TestBooks.frenchArticle()));
        Diagnostic d = e.diagnostics().get(0);
        assertEquals(layout.toString(), d.file());
        assertEquals(3, d.line(), e.getMessage());
        assertEquals(12, d.column(), e.getMessage()); // the directive's arguments
        assertTrue(e.getMessage().startsWith(layout + ":3:"), e.getMessage());
    }

    @Test
    void anUndefinedReferenceIsAnErrorInStrictMode(@TempDir Path styles) throws Exception {
        Path layout = styles.resolve("layouts/title-page.vm");
        Files.createDirectories(layout.getParent());
        Files.writeString(layout, "<section id=\"$page.id\">\n  <h1>$book.title</h1> $boook.author\n</section>\n");
        BuildException e = assertThrows(BuildException.class, () ->
                TestLayouts.render(Styles.fromDirectory(styles), Warnings.ignore(), TestBooks.frenchArticle()));
        Diagnostic d = e.diagnostics().get(0);
        assertEquals(layout.toString(), d.file());
        assertEquals(2, d.line());
        assertEquals(24, d.column(), e.getMessage());
        assertTrue(e.getMessage().contains("boook"), e.getMessage());
    }

    @Test
    void templatesCannotReachTheJvm(@TempDir Path styles) throws Exception {
        Path layout = styles.resolve("layouts/title-page.vm");
        Files.createDirectories(layout.getParent());
        Files.writeString(layout, "<section id=\"$page.id\">"
                + "$book.title.getClass().forName('java.lang.Runtime').getRuntime().exec('touch "
                + styles.resolve("pwned") + "')</section>\n");
        assertThrows(BuildException.class, () ->
                TestLayouts.render(Styles.fromDirectory(styles), Warnings.ignore(), TestBooks.frenchArticle()));
        assertFalse(Files.exists(styles.resolve("pwned")));
        Files.writeString(layout, "#parse('../../etc/passwd')");
        assertThrows(BuildException.class, () ->
                TestLayouts.render(Styles.fromDirectory(styles), Warnings.ignore(), TestBooks.frenchArticle()));
    }

    @Test
    void oneLayoutCannotChangeWhatTheNextOneSees(@TempDir Path styles) throws Exception {
        Path layout = styles.resolve("layouts/title-page.vm");
        Files.createDirectories(layout.getParent());
        Files.writeString(layout, "<section id=\"$page.id\">\n#set($book.title = 'Hacked')\n</section>\n");
        BuildException e = assertThrows(BuildException.class, () ->
                TestLayouts.render(Styles.fromDirectory(styles), Warnings.ignore(), TestBooks.frenchArticle()));
        assertEquals(layout.toString(), e.diagnostics().get(0).file(), e.getMessage());
        assertEquals(2, e.diagnostics().get(0).line(), e.getMessage());
        Files.writeString(layout, "<section id=\"$page.id\">\n$book.put('title', 'Hacked')\n</section>\n");
        e = assertThrows(BuildException.class, () ->
                TestLayouts.render(Styles.fromDirectory(styles), Warnings.ignore(), TestBooks.frenchArticle()));
        assertEquals(2, e.diagnostics().get(0).line(), e.getMessage());
    }

    @Test
    void aStylesFolderOverridingTheTitlePageChangesOnlyTheTitlePage(@TempDir Path styles) throws Exception {
        Path layout = styles.resolve("layouts/title-page.vm");
        Files.createDirectories(layout.getParent());
        Files.writeString(layout, "<section id=\"$page.id\" class=\"titlepage\" epub:type=\"titlepage\">\n"
                + "<p class=\"house\">Éditions du Phare</p>\n<h1 class=\"title\">$book.title</h1>\n</section>\n");
        Book article = TestBooks.frenchArticle();
        Publication custom = TestLayouts.render(Styles.fromDirectory(styles), Warnings.ignore(), article);
        Publication standard = TestLayouts.render(Styles.bundled(), Warnings.ignore(), article);
        assertTrue(page(custom, "title.xhtml").xhtml().contains("<p class=\"house\">Éditions du Phare</p>"));
        assertFalse(page(standard, "title.xhtml").xhtml().contains("Éditions du Phare"));
        assertNotEquals(page(standard, "title.xhtml").xhtml(), page(custom, "title.xhtml").xhtml());
        assertEquals(page(standard, "chapter-001.xhtml").xhtml(), page(custom, "chapter-001.xhtml").xhtml());
        Path epub = dir.resolve("custom.epub");
        write(custom, epub);
        assertTrue(EpubValidator.check(epub).clean());
    }

    @Test
    void idsColophonMakesUpNeverCollideWithTheManuscripts() throws Exception {
        // a chapter whose id is one Colophon would like for its own pages and files
        Book book = new Book(TestBooks.metadata("Clash", "en"), List.of(),
                List.of(TestBooks.chapter("titlepage", "One", TestBooks.p("x")),
                        TestBooks.chapter("nav", "Two", TestBooks.p("y")),
                        TestBooks.chapter("uid", "Three", TestBooks.p("z"))),
                List.of(), List.of());
        Publication pub = TestLayouts.render(Styles.bundled(), Warnings.ignore(), book);
        List<String> ids = pub.pages().stream().map(Publication.Page::id).toList();
        assertEquals(ids.size(), ids.stream().distinct().count(), ids.toString());
        assertEquals("titlepage", page(pub, "chapter-001.xhtml").id());
        Path epub = dir.resolve("clash.epub");
        write(pub, epub);
        EpubValidator.Result r = EpubValidator.check(epub);
        assertTrue(r.clean(), r.describe());
    }

    @Test
    void everyKindOfDivisionMakesAValidPage() throws Exception {
        List<org.colophon.model.Division> front = new ArrayList<>();
        List<org.colophon.model.Division> body = new ArrayList<>();
        List<org.colophon.model.Division> back = new ArrayList<>();
        for (org.colophon.model.Division.Kind kind : org.colophon.model.Division.Kind.values()) {
            String id = "d-" + kind.name().toLowerCase(java.util.Locale.ROOT);
            var d = new org.colophon.model.Division(kind, id, null, List.of(new Inline.Text("Title " + kind)),
                    List.of(), List.of(TestBooks.p("Text of " + kind)), List.of());
            (kind.ordinal() < org.colophon.model.Division.Kind.VOLUME.ordinal() ? front
                    : kind.ordinal() <= org.colophon.model.Division.Kind.CHAPTER.ordinal() ? body : back).add(d);
        }
        // a division with nothing in it, and a section nested deeper than HTML has headings
        body.add(new org.colophon.model.Division(org.colophon.model.Division.Kind.CHAPTER, "empty", null,
                List.of(), List.of(), List.of(), List.of()));
        org.colophon.model.Block deep = TestBooks.p("deepest");
        for (int level = 7; level >= 1; level--) {
            deep = new org.colophon.model.Block.Section("s" + level, level, List.of(new Inline.Text("Level " + level)),
                    List.of(deep));
        }
        body.add(new org.colophon.model.Division(org.colophon.model.Division.Kind.CHAPTER, "deep", null,
                List.of(new Inline.Text("Deep")), List.of(), List.of(deep), List.of()));
        Book book = new Book(TestBooks.metadata("Kinds", "en"), front, body, back, List.of());
        Publication pub = TestLayouts.render(Styles.bundled(), Warnings.ignore(), book);
        assertEquals("halftitle", pub.pages().get(0).role().token(), "the half-title comes before the title page");
        assertEquals("titlepage", pub.pages().get(1).role().token());
        assertTrue(page(pub, "halftitle-001.xhtml").xhtml().contains("epub:type=\"halftitlepage\""));
        assertTrue(page(pub, "volume-001.xhtml").xhtml().contains("epub:type=\"volume\""));
        assertTrue(page(pub, "notes-001.xhtml").xhtml().contains("role=\"doc-endnotes\""));
        assertTrue(page(pub, "chapter-003.xhtml").xhtml().contains("<h6>Level 7</h6>"));
        Path epub = dir.resolve("kinds.epub");
        write(pub, epub);
        EpubValidator.Result r = EpubValidator.check(epub);
        assertTrue(r.clean(), r.describe());
    }

    @Test
    void linksAreWrittenAsValidUrls() throws Exception {
        assertEquals("https://example.org/a%20b/%C3%A9t%C3%A9?q=%F0%9F%98%80&x=%7C",
                ContentRenderer.encodeUnsafe("https://example.org/a b/été?q=\uD83D\uDE00&x=|"));
        assertEquals("https://example.org/ok%20already?a=1", ContentRenderer.encodeUnsafe("https://example.org/ok%20already?a=1"));
        Book book = TestBooks.simple("Links", "en",
                TestBooks.p(new Inline.Link("https://fr.wikipedia.org/wiki/Phare d’Ar-Men", List.of(new Inline.Text("Ar-Men")))));
        Publication pub = TestLayouts.render(Styles.bundled(), Warnings.ignore(), book);
        assertTrue(page(pub, "chapter-001.xhtml").xhtml().contains(
                "href=\"https://fr.wikipedia.org/wiki/Phare%20d%E2%80%99Ar-Men\""));
        Path epub = dir.resolve("links.epub");
        write(pub, epub);
        EpubValidator.Result r = EpubValidator.check(epub);
        assertTrue(r.clean(), r.describe());
    }

    @Test
    void aCrossReferenceToNothingIsAWarningNotAnError() throws Exception {
        List<Diagnostic> warnings = new ArrayList<>();
        Book book = TestBooks.simple("Refs", "en",
                TestBooks.p(new Inline.CrossRef("nowhere", List.of(new Inline.Text("lost")))));
        Publication pub = TestLayouts.render(Styles.bundled(), warnings::add, book);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).message().contains("nowhere"));
        assertTrue(page(pub, "chapter-001.xhtml").xhtml().contains("<p>lost</p>"));
    }

    private static Element first(Publication.Page page, String localName) {
        NodeList nodes = EpubFiles.parse(page.xhtml().getBytes(StandardCharsets.UTF_8))
                .getElementsByTagNameNS(XHTML, localName);
        assertTrue(nodes.getLength() > 0, "no " + localName + " in " + page.path());
        return (Element) nodes.item(0);
    }

    private static String resource(Publication pub, String path) {
        return pub.resources().stream().filter(r -> r.path().equals(path)).findFirst()
                .map(r -> new String(r.content(), StandardCharsets.UTF_8)).orElseThrow();
    }

    private static void write(Publication pub, Path epub) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EpubWriter(TestLayouts.date(pub)).write(pub, out);
        Files.write(epub, out.toByteArray());
    }
}
