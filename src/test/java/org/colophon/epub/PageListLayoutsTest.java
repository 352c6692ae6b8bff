package org.colophon.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;
import org.colophon.error.Warnings;
import org.colophon.layout.BuildDate;
import org.colophon.layout.LayoutRenderer;
import org.colophon.layout.Publication;
import org.colophon.layout.RenderedLayouts;
import org.colophon.model.Book;
import org.colophon.styles.Styles;
import org.colophon.testing.EpubValidator;
import org.colophon.testing.TestBooks;
import org.colophon.testing.TestLayouts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The package layouts receive the printed pages as data ({@code $pageList}), and a user's
 * layout written without them, for a book that has printed pages, fails the build at the
 * place in the layout where they belong instead of losing them.
 */
class PageListLayoutsTest {

    private static final String CHAPTER = "EPUB/text/chapter-001.xhtml";

    @TempDir
    Path styles;

    @TempDir
    Path out;

    /** Two printed pages in the article's first chapter: one at its start, one further on. */
    private static PageList twoPages() {
        return new PageList(List.of(new PrintedPage(CHAPTER, 0, "1"), new PrintedPage(CHAPTER, 40, "2")));
    }

    private RenderedLayouts layouts(Styles styles) throws BuildException {
        Book book = TestBooks.frenchArticle();
        return new LayoutRenderer(styles, Warnings.ignore()).renderPages(book, BuildDate.of(book.metadata(), null));
    }

    private static Publication assemble(RenderedLayouts layouts, PageList printed) throws BuildException {
        return EpubAssembler.assemble(layouts.publication(), layouts.packageFiles(), printed);
    }

    /**
     * The built-in layout with its page list part left out: from "#if($pageList)" to the
     * "#end" just before the element that closes the block it is in, as a copy made before
     * the page list was a layout's would be.
     */
    private Path withoutPageList(String layout) throws Exception {
        String builtIn = Styles.bundled().readText("layouts/" + layout).orElseThrow();
        String closing = layout.equals("nav.xhtml.vm") ? "</body>" : "</metadata>";
        int from = builtIn.indexOf("#if($pageList)\n");
        int to = builtIn.indexOf("#end\n" + closing, from) + "#end\n".length();
        assertTrue(from > 0, layout);
        Path file = styles.resolve("layouts").resolve(layout);
        Files.createDirectories(file.getParent());
        Files.writeString(file, builtIn.substring(0, from) + builtIn.substring(to));
        return file;
    }

    /** The 1-based line of {@code file} that starts with {@code text}. */
    private static int lineOf(Path file, String text) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private static String text(Publication pub, String path) {
        return pub.resources().stream().filter(r -> r.path().equals(path)).findFirst()
                .map(r -> new String(r.content(), StandardCharsets.UTF_8)).orElseThrow();
    }

    private static String page(Publication pub, String path) {
        return pub.pages().stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow().xhtml();
    }

    private Path write(Publication pub, String name) throws Exception {
        Path epub = out.resolve(name);
        try (OutputStream stream = Files.newOutputStream(epub)) {
            new EpubWriter(new BuildDate(Instant.ofEpochSecond(1_700_000_000))).write(pub, stream);
        }
        return epub;
    }

    @Test
    void theBuiltInLayoutsListThePrintedPagesTheMarkersWereGivenTo() throws Exception {
        Publication pub = assemble(layouts(Styles.bundled()), twoPages());
        String chapter = page(pub, CHAPTER);
        assertTrue(chapter.contains("<span epub:type=\"pagebreak\" role=\"doc-pagebreak\" id=\"page-1\" aria-label=\"1\"/>"),
                chapter);
        assertTrue(chapter.contains("id=\"page-2\""), chapter);
        String nav = text(pub, "EPUB/nav.xhtml");
        assertTrue(nav.contains("</nav>\n<nav id=\"page-list\" epub:type=\"page-list\" role=\"doc-pagelist\""
                + " aria-label=\"Pages\" hidden=\"hidden\">\n<ol>\n"
                + "<li><a href=\"text/chapter-001.xhtml#page-1\">1</a></li>\n"
                + "<li><a href=\"text/chapter-001.xhtml#page-2\">2</a></li>\n"
                + "</ol>\n</nav>\n</body>"), nav);
        String opf = text(pub, "EPUB/package.opf");
        assertTrue(opf.contains("<meta property=\"schema:accessibilityFeature\">displayTransformability</meta>\n"
                + "<meta property=\"schema:accessibilityFeature\">pageNavigation</meta>\n"
                + "<meta property=\"schema:accessibilityFeature\">printPageNumbers</meta>\n"
                + "<meta property=\"schema:accessibilityHazard\">"), opf);
        assertTrue(opf.contains("</dc:source>\n<meta refines=\"#pagination-source\" property=\"source-of\">"
                + "pagination</meta>\n</metadata>"), opf);
        EpubValidator.Result check = EpubValidator.check(write(pub, "listed.epub"));
        assertTrue(check.clean(), check.describe());
    }

    @Test
    void withoutPrintedPagesThePackageFilesHaveNoPageList() throws Exception {
        Publication pub = assemble(layouts(Styles.bundled()), PageList.none());
        assertFalse(text(pub, "EPUB/nav.xhtml").contains("page-list"));
        assertFalse(text(pub, "EPUB/package.opf").contains("pagination"));
        assertFalse(text(pub, "EPUB/package.opf").contains("printPageNumbers"));
        assertFalse(page(pub, CHAPTER).contains("pagebreak"));
        assertEquals(new String(TestLayouts.render(Styles.bundled(), Warnings.ignore(), TestBooks.frenchArticle())
                        .resources().get(0).content(), StandardCharsets.UTF_8),
                text(pub, "EPUB/package.opf"), "render(book) is both steps with no page list");
    }

    @Test
    void aNavigationLayoutWithoutThePageListFailsTheBuildAtItsBodyEnd() throws Exception {
        Path nav = withoutPageList("nav.xhtml.vm");
        RenderedLayouts layouts = layouts(Styles.fromDirectory(styles));
        BuildException e = assertThrows(BuildException.class, () -> assemble(layouts, twoPages()));
        assertEquals(1, e.diagnostics().size(), e.getMessage());
        Diagnostic d = e.diagnostics().get(0);
        assertEquals(Diagnostic.Severity.ERROR, d.severity());
        assertEquals(nav.toString(), d.file());
        assertEquals(lineOf(nav, "</body>"), d.line());
        assertEquals(1, d.column());
        assertTrue(e.getMessage().startsWith(nav + ":" + d.line() + ":1: error: layout error: the book has 2 printed"
                + " pages but this navigation document has no page list"), e.getMessage());
        assertTrue(e.getMessage().contains("<nav epub:type=\"page-list\">"), e.getMessage());
        assertTrue(e.getMessage().contains("#foreach($p in $pageList)"), e.getMessage());
    }

    @Test
    void aPackageLayoutWithoutThePaginationSourceFailsTheBuildAtItsMetadataEnd() throws Exception {
        Path opf = withoutPageList("package.opf.vm");
        RenderedLayouts layouts = layouts(Styles.fromDirectory(styles));
        BuildException e = assertThrows(BuildException.class, () -> assemble(layouts, twoPages()));
        assertEquals(1, e.diagnostics().size(), e.getMessage());
        Diagnostic d = e.diagnostics().get(0);
        assertEquals(opf.toString(), d.file());
        assertEquals(lineOf(opf, "</metadata>"), d.line());
        assertEquals(1, d.column());
        assertTrue(d.message().startsWith("layout error: the book has 2 printed pages but this package document does"
                + " not say where their numbers come from"), d.message());
        assertTrue(d.message().contains("$package.pageBreakSource"), d.message());
    }

    @Test
    void bothLayoutsLackingThePageListAreBothReported() throws Exception {
        Path nav = withoutPageList("nav.xhtml.vm");
        Path opf = withoutPageList("package.opf.vm");
        RenderedLayouts layouts = layouts(Styles.fromDirectory(styles));
        BuildException e = assertThrows(BuildException.class, () -> assemble(layouts, twoPages()));
        assertEquals(List.of(nav.toString(), opf.toString()), e.diagnostics().stream().map(Diagnostic::file).toList());
    }

    @Test
    void aPageListThatLeavesPagesOutFailsTheBuild() throws Exception {
        Path nav = withoutPageList("nav.xhtml.vm");
        String layout = Files.readString(nav).replace("</body>",
                "<nav epub:type=\"page-list\" hidden=\"hidden\"><ol>#foreach($p in $pageList)#if($foreach.first)"
                        + "<li><a href=\"$p.href\">$p.label</a></li>#end#end</ol></nav>\n</body>");
        Files.writeString(nav, layout);
        RenderedLayouts layouts = layouts(Styles.fromDirectory(styles));
        BuildException e = assertThrows(BuildException.class, () -> assemble(layouts, twoPages()));
        assertTrue(e.getMessage().contains("lacks page 2 (text/chapter-001.xhtml#page-2)"), e.getMessage());
    }

    @Test
    void layoutsWithoutThePageListStillMakeTheEpubOfABookWithoutPrintedPages() throws Exception {
        withoutPageList("nav.xhtml.vm");
        withoutPageList("package.opf.vm");
        Publication pub = assemble(layouts(Styles.fromDirectory(styles)), PageList.none());
        assertFalse(text(pub, "EPUB/nav.xhtml").contains("page-list"));
        EpubValidator.Result check = EpubValidator.check(write(pub, "unlisted.epub"));
        assertTrue(check.clean(), check.describe());
    }
}
