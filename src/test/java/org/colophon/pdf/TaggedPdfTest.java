package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.colophon.error.Diagnostic;
import org.colophon.layout.PageRole;
import org.colophon.layout.Publication;
import org.colophon.model.Book;
import org.colophon.styles.Styles;
import org.colophon.testing.PdfValidator;
import org.colophon.testing.TestBooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * The typesetter's PDFs are tagged: veraPDF finds them PDF/UA-1 and PDF/A-2a (so 2b too); their
 * structure tree, read back with PDFBox, holds every word of the XHTML pages in their
 * order, the headings, figures with alternate text, foreign phrases with their language,
 * notes with ids and links tied to their annotations; running heads and folios are
 * pagination artifacts and nothing is drawn outside the tree or an artifact.
 */
class TaggedPdfTest {

    private record Built(Publication publication, byte[] pdf) {}

    private static Built build(Book book, String name) throws Exception {
        Publication publication = Books.publish(book);
        List<Diagnostic> warnings = new ArrayList<>();
        byte[] pdf = TypesetterTest.typeset(publication, Styles.bundled(), warnings);
        Path dir = Path.of("target", "pdf-samples");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + "-tagged.pdf"), pdf);
        return new Built(publication, pdf);
    }

    @Test
    void theDefaultManuscriptIsPdfUa1AndPdfA2aAndItsTreeReadsLikeItsPages() throws Exception {
        Built built = build(Books.macronRutte(), "macron-rutte");
        try (PDDocument doc = Loader.loadPDF(built.pdf())) {
            // so veraPDF judges the soft-hyphen spans nested in the lines' marked content too
            assertFalse(org.colophon.testing.SoftHyphenSpans.find(doc).isEmpty(), "the article has hyphenated lines");
        }
        assertEquals(List.of(), PdfValidator.pdfUa1(built.pdf()).failedRules(), "PDF/UA-1");
        assertEquals(List.of(), PdfValidator.pdfA2a(built.pdf()).failedRules(), "PDF/A-2a");
        assertEquals(List.of(), PdfValidator.pdfA2b(built.pdf()).failedRules(), "PDF/A-2b");
        checkTree(built, "fr");
        // the structure adds nothing that changes from run to run
        byte[] again = TypesetterTest.typeset(built.publication(), Styles.bundled(), new ArrayList<>());
        assertTrue(java.util.Arrays.equals(built.pdf(), again), "the same bytes twice");
    }

    @Test
    void theRichBookTagsFiguresForeignPhrasesNotesListsAndLinks(@TempDir Path dir) throws Exception {
        Built built = build(TestBooks.rich(dir), "rich");
        assertEquals(List.of(), PdfValidator.pdfUa1(built.pdf()).failedRules(), "PDF/UA-1");
        assertEquals(List.of(), PdfValidator.pdfA2a(built.pdf()).failedRules(), "PDF/A-2a");
        try (PDDocument doc = Loader.loadPDF(built.pdf())) {
            TagTree tree = checkTree(built, doc, "en");
            String dump = tree.dump(300);

            // the map has its alternate text and draws the image; the flourish is decoration
            List<TagTree.Node> figures = tree.root.all("Figure");
            assertEquals(1, figures.size(), dump);
            assertEquals("A map of the rock and its reefs", figures.get(0).alt());
            assertTrue(figures.get(0).contents().stream().anyMatch(TagTree.Content::image), dump);
            org.apache.pdfbox.pdmodel.common.PDRectangle box = ((org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf
                    .PDLayoutAttributeObject) figures.get(0).element().getAttributes().getObject(0)).getBBox();
            assertTrue(box.getWidth() > 10 && box.getHeight() > 5, "the figure's /BBox: " + box);
            long decorativeImages = tree.pages.stream().flatMap(p -> p.artifacts().stream())
                    .filter(a -> a.indexOf(TagTree.IMAGE) >= 0).count();
            assertEquals(1, decorativeImages, "the flourish is an artifact");
            TagTree.Node figureGroup = parentOf(tree.root, figures.get(0));
            assertEquals(List.of("Figure", "Caption"), figureGroup.children().stream().map(TagTree.Node::type).toList());
            assertEquals("The rock, from the north.", figureGroup.children().get(1).text().strip());

            // foreign phrase, a French division and a French epigraph in an English book
            TagTree.Node tenez = tree.root.all("Span").stream()
                    .filter(s -> s.text().contains("Tenez bon")).findFirst().orElseThrow(() -> new AssertionError(dump));
            assertEquals("fr", tenez.lang());
            assertTrue(tree.root.all("Sect").stream().anyMatch(s -> "fr".equals(s.lang())
                    && s.text().contains("Le phare tient bon")), dump);
            assertTrue(tree.root.all("BlockQuote").stream().anyMatch(b -> "fr".equals(b.lang())
                    && b.text().contains("La mer est tout")), dump);
            assertEquals(List.of("Span"), tree.root.all(null).stream()
                    .filter(n -> n.lang() != null && n != tree.root && !n.type().matches("Sect|BlockQuote"))
                    .map(TagTree.Node::type).distinct().toList(), "only the phrase itself has its own /Lang");

            // notes: Note elements with the XHTML ids, in the XHTML's order, at the end of their section
            assertEquals(List.of("n-pre", "n-storm", "n-nested", "n-feb"),
                    tree.root.all("Note").stream().map(TagTree.Node::id).toList());
            TagTree.Node storm = tree.root.all("Note").get(1);
            assertTrue(storm.text().contains("Wind force eleven"), dump);

            // a part holds its chapters
            TagTree.Node winter = tree.root.all("Part").get(0);
            assertEquals(List.of("H1 Winter", "H1 January", "H2 Tides", "H3 Neap tides", "H1 February", "H2 Stores"),
                    headingsOf(winter));

            // lists and the contents
            for (TagTree.Node l : tree.root.all("L")) {
                assertTrue(l.children().stream().allMatch(k -> k.type().equals("LI")), dump);
            }
            // <li><p>Oil</p></li>: the item's number is drawn with its first paragraph, as its Lbl
            assertEquals(List.of("Lbl 3. | LBody Oil", "Lbl 4. | LBody Wicks", "Lbl • | LBody Bread"),
                    tree.root.all("LI").stream().map(li -> String.join(" | ", li.children().stream()
                            .map(k -> k.type() + " " + k.text().strip()).toList())).toList());
            List<TagTree.Node> entries = tree.root.all("TOCI");
            assertEquals(8, entries.size(), dump);
            assertEquals("January", entries.get(2).children().get(0).text().strip());
            assertEquals("3", entries.get(2).contents().get(0).text().strip(), "the entry's page number is its text");

            // the external link has its URL behind it and a description
            TagTree.Node register = tree.root.all("Link").stream().filter(l -> l.text().contains("the register"))
                    .findFirst().orElseThrow();
            PDAnnotationLink annotation = (PDAnnotationLink) register.kids().stream()
                    .filter(k -> k instanceof TagTree.Annotation).map(k -> ((TagTree.Annotation) k).annotation())
                    .findFirst().orElseThrow();
            assertEquals("the register", annotation.getContents());

            // a note call is described as a note ("Note 2", not "2"); the note's number that
            // links back to its call keeps its text
            List<String> calls = new ArrayList<>();
            for (TagTree.Node link : tree.root.all("Link")) {
                for (Object kid : link.kids()) {
                    if (kid instanceof TagTree.Annotation a
                            && ((PDAnnotationLink) a.annotation()).getAction() instanceof
                            org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo
                            && link.text().strip().matches("\\d+")) {
                        calls.add(a.annotation().getContents());
                    }
                }
            }
            assertEquals(calls.size() / 2, calls.stream().filter(c -> c.matches("Note \\d+")).count(), calls.toString());
            assertTrue(calls.containsAll(List.of("Note 1", "Note 2")), calls.toString());
        }
    }

    @Test
    void listLabelsAreLblAndTheirTextIsLBody() throws Exception {
        byte[] pdf = TypesetterTest.typeset(SamplePublication.sample(), Styles.bundled(), new ArrayList<>());
        assertEquals(List.of(), PdfValidator.pdfUa1(pdf).failedRules(), "PDF/UA-1");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            TagTree tree = new TagTree(doc);
            List<TagTree.Node> items = tree.root.all("LI");
            assertEquals(3, items.size(), tree.dump(200));
            assertEquals(List.of("Lbl", "LBody"), items.get(0).children().stream().map(TagTree.Node::type).toList());
            assertEquals("1.", items.get(0).children().get(0).text().strip());
            assertTrue(items.get(0).children().get(1).text().startsWith("Premier point"));
            assertEquals("•", items.get(2).children().get(0).text().strip());
            assertEquals(List.of("en"), tree.root.all("Span").stream().map(TagTree.Node::lang).toList());
            assertEquals(List.of("Une carte", "Une photo"), tree.root.all("Figure").stream().map(TagTree.Node::alt).toList());
        }
    }

    @Test
    void ponsonIsPdfUa1AndPdfA2aAndAParagraphSplitAcrossPagesIsOneP() throws Exception {
        Book book = Books.ponson();
        assumeTrue(book != null, "the ELTeC corpus (../shared/corpus) is absent");
        Built built = build(book, "ponson");
        long t = System.nanoTime();
        PdfValidator.Verdict ua = PdfValidator.pdfUa1(built.pdf());
        long uaMs = (System.nanoTime() - t) / 1_000_000;
        assertEquals(List.of(), ua.failedRules(), "PDF/UA-1");
        assertEquals(List.of(), PdfValidator.pdfA2a(built.pdf()).failedRules(), "PDF/A-2a");
        System.out.println("Ponson: veraPDF PDF/UA-1 in " + uaMs + " ms");
        try (PDDocument doc = Loader.loadPDF(built.pdf())) {
            TagTree tree = checkTree(built, doc, "fr");
            List<TagTree.Node> split = tree.root.all("P").stream()
                    .filter(p -> p.contents().stream().map(TagTree.Content::page).distinct().count() == 2).toList();
            assertTrue(split.size() > 50, "paragraphs running over a page: " + split.size());
            for (TagTree.Node p : split) {
                List<TagTree.Content> parts = p.contents();
                for (int i = 1; i < parts.size(); i++) {
                    assertTrue(parts.get(i).page() >= parts.get(i - 1).page(), "a paragraph's parts in page order");
                }
            }
        }
    }

    @Test
    void ansteyIsPdfUa1AndPdfA2a() throws Exception {
        Path file = Books.corpus().resolve("ENG18820_Anstey.xml");
        assumeTrue(Files.isRegularFile(file), "the ELTeC corpus (../shared/corpus) is absent");
        Built built = build(new org.colophon.reader.BookReader(org.colophon.error.Warnings.ignore()).read(file), "anstey");
        assertEquals(List.of(), PdfValidator.pdfUa1(built.pdf()).failedRules(), "PDF/UA-1");
        assertEquals(List.of(), PdfValidator.pdfA2a(built.pdf()).failedRules(), "PDF/A-2a");
        checkTree(built, "en");
    }

    private static TagTree checkTree(Built built, String lang) throws Exception {
        try (PDDocument doc = Loader.loadPDF(built.pdf())) {
            return checkTree(built, doc, lang);
        }
    }

    /** What every tagged PDF of the typesetter must satisfy. */
    private static TagTree checkTree(Built built, PDDocument doc, String lang) throws Exception {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        assertTrue(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(), "MarkInfo /Marked true");
        assertTrue(catalog.getViewerPreferences().displayDocTitle(), "DisplayDocTitle");
        assertEquals(lang, catalog.getLanguage());
        String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
        assertTrue(xmp.matches("(?s).*<pdfuaid:part>1</pdfuaid:part>.*|.*pdfuaid:part=\"1\".*"), xmp);
        assertTrue(xmp.contains("dc:title"), xmp);
        assertTrue(xmp.matches("(?s).*<pdfaid:conformance>A</pdfaid:conformance>.*|.*pdfaid:conformance=\"A\".*"), xmp);

        TagTree tree = new TagTree(doc);
        assertEquals("Document", tree.root.type());
        assertEquals(lang, tree.root.lang());

        // every piece of text drawn is in the tree or an artifact, and every MCID is in the tree once
        for (int i = 0; i < tree.pages.size(); i++) {
            assertEquals("", tree.pages.get(i).untagged(), "text outside marked content on page " + (i + 1));
        }
        List<String> referenced = tree.referencedMcids();
        assertEquals(referenced.size(), new HashSet<>(referenced).size(), "an MCID referenced twice");
        Set<String> drawn = new TreeSet<>();
        for (int i = 0; i < tree.pages.size(); i++) {
            for (int mcid : tree.pages.get(i).byMcid().keySet()) {
                drawn.add(i + ":" + mcid);
            }
        }
        assertEquals(drawn, new TreeSet<>(referenced), "MCIDs drawn and MCIDs in the tree");

        // folios and running heads are pagination artifacts
        Map<String, Integer> labels = catalog.getPageLabels().getPageIndicesByLabels();
        Set<String> titles = new HashSet<>();
        built.publication().pages().forEach(p -> titles.add(p.title() == null ? "" : spaceless(p.title())));
        titles.add(spaceless(built.publication().book().metadata().title()));
        int folios = 0;
        int heads = 0;
        for (int i = 0; i < tree.pages.size(); i++) {
            TagTree.PageContent page = tree.pages.get(i);
            for (int a = 0; a < page.artifacts().size(); a++) {
                String text = page.artifacts().get(a).strip();
                switch (page.artifactKinds().get(a)) {
                    case "Pagination/Footer" -> {
                        assertEquals(i, labels.get(text), "folio " + text + " on page " + (i + 1));
                        folios++;
                    }
                    case "Pagination/Header" -> {
                        assertTrue(titles.contains(spaceless(text)), "running head '" + text + "' on page " + (i + 1));
                        heads++;
                    }
                    case "Layout/null" -> assertTrue(text.isEmpty() || text.matches("[.* \\uFFFC]+"),
                            "layout artifact '" + text + "' on page " + (i + 1));
                    default -> throw new AssertionError("artifact " + page.artifactKinds().get(a));
                }
            }
        }
        assertTrue(folios >= tree.pages.size() / 2 && folios > 0, "folios: " + folios);
        assertTrue(heads > 0, "running heads: " + heads);

        // the tree reads like the XHTML pages, and its headings are theirs
        List<Document> pages = xhtmlPages(built.publication());
        StringBuilder xhtml = new StringBuilder();
        List<String> headings = new ArrayList<>();
        for (Document page : pages) {
            xhtmlText(page.getDocumentElement(), xhtml, headings);
        }
        StringBuilder treeText = new StringBuilder();
        treeText(tree.root, treeText);
        assertSameLetters(letters(xhtml), letters(treeText));
        assertEquals(headings, tree.headings().stream().map(h -> h.replaceAll("[\\s\\u00A0\\u202F\\u00AD-]", "")).toList());
        assertTrue(tree.headings().get(0).startsWith("H1 "), "the first heading is an H1");

        // links: each Link element leads to its annotations, and they back to it
        PDNumberTreeNode parentTree = catalog.getStructureTreeRoot().getParentTree();
        Set<PDAnnotation> tagged = new HashSet<>();
        for (TagTree.Node link : tree.root.all("Link")) {
            List<TagTree.Annotation> annotations = link.kids().stream().filter(k -> k instanceof TagTree.Annotation)
                    .map(k -> (TagTree.Annotation) k).toList();
            assertFalse(annotations.isEmpty(), "a Link without annotation: " + link.text());
            for (TagTree.Annotation a : annotations) {
                assertTrue(a.annotation() instanceof PDAnnotationLink);
                assertNotNull(a.annotation().getContents());
                assertFalse(a.annotation().getContents().isBlank());
                assertSame(link.element().getCOSObject(), resolve(parentTree.getValue(a.annotation().getStructParent())));
                tagged.add(a.annotation());
            }
        }
        int annotations = 0;
        for (PDPage page : doc.getPages()) {
            annotations += page.getAnnotations().size();
            if (!page.getAnnotations().isEmpty()) {
                assertEquals("S", page.getCOSObject().getNameAsString("Tabs"));
            }
        }
        assertEquals(annotations, tagged.size(), "every annotation belongs to a Link");
        return tree;
    }

    private static COSBase resolve(Object value) {
        COSBase base = value instanceof org.apache.pdfbox.pdmodel.common.COSObjectable o ? o.getCOSObject() : null;
        return base instanceof COSObject obj ? obj.getObject() : base;
    }

    /** The tree's text in order, without what the typesetter generates: list labels and contents page numbers. */
    private static void treeText(TagTree.Node node, StringBuilder out) {
        if (node.type().equals("Lbl")) {
            return;
        }
        for (Object kid : node.kids()) {
            if (kid instanceof TagTree.Node n) {
                treeText(n, out);
            } else if (kid instanceof TagTree.Content c && !node.type().equals("TOCI")) {
                out.append(c.text());
            }
        }
    }

    private static List<Document> xhtmlPages(Publication publication) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        List<Document> out = new ArrayList<>();
        for (Publication.Page page : publication.pages()) {
            if (page.role() != PageRole.COVER) {
                out.add(f.newDocumentBuilder().parse(new InputSource(new StringReader(page.xhtml()))));
            }
        }
        return out;
    }

    /** The text of an XHTML page in document order, leaving out the head and what its roles call decoration. */
    private static void xhtmlText(Element element, StringBuilder text, List<String> headings) {
        String name = element.getLocalName();
        String role = element.getAttribute("role");
        if (name.equals("head") || role.equals("separator") || role.equals("presentation")) {
            return;
        }
        if (name.matches("h[1-6]")) {
            headings.add("H" + name.charAt(1) + element.getTextContent().replaceAll("[\\s\\u00A0\\u202F\\u00AD-]", ""));
        }
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                xhtmlText(e, text, headings);
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(n.getNodeValue());
            }
        }
    }

    private static String spaceless(String s) {
        return s.replaceAll("[\\s\\u00A0\\u202F]", "");
    }

    private static String letters(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetter).map(Character::toLowerCase).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static void assertSameLetters(String expected, String actual) {
        int i = 0;
        while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        if (i < expected.length() || i < actual.length()) {
            int from = Math.max(0, i - 60);
            throw new AssertionError("the tree's text leaves the XHTML's order at letter " + i + " of "
                    + expected.length() + "\n xhtml: …" + expected.substring(from, Math.min(expected.length(), i + 60))
                    + "\n  tree: …" + actual.substring(from, Math.min(actual.length(), i + 60)));
        }
    }

    private static List<String> headingsOf(TagTree.Node node) {
        return node.all(null).stream().filter(n -> n.type().matches("H[1-6]"))
                .map(n -> n.type() + " " + n.text().strip()).toList();
    }

    private static TagTree.Node parentOf(TagTree.Node from, TagTree.Node child) {
        for (TagTree.Node n : from.all(null)) {
            if (n.children().contains(child)) {
                return n;
            }
        }
        throw new AssertionError("no parent");
    }
}
