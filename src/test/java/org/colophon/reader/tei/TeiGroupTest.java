package org.colophon.reader.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.colophon.Colophon;
import org.colophon.error.Diagnostic;
import org.colophon.model.Block;
import org.colophon.model.Book;
import org.colophon.model.Division;
import org.colophon.model.Inline;
import org.colophon.reader.BookReader;
import org.colophon.testing.EpubFiles;
import org.colophon.testing.EpubValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * An anthology: {@code text/group/text}, with a front and a back around the group and a
 * group nested in it (tei/group.xml). Each text is a division of the body, in order: a
 * part holding its chapters when it has chapters, a chapter when it is one flow of text;
 * the contents page, the EPUB's navigation and the PDF's outline all nest the same way.
 */
class TeiGroupTest {

    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    /** The book's divisions as the reader should see them listed, nested by two spaces. */
    private static final String TREE = """
            Preface
            The Harbour
              Low Tide
              High Tide
            The Mill
            Fragments
              Fragment A
              Fragment B
            A note on the texts
            """;

    @TempDir
    static Path out;

    private static Path sample;
    private static Book book;
    private static final List<Diagnostic> warnings = new ArrayList<>();

    @BeforeAll
    static void readAndBuild() throws Exception {
        sample = TeiReaderTest.resource("group.xml");
        book = new BookReader(warnings::add).read(sample);
        new Colophon(warnings::add, Colophon.Progress.silent()).build(sample, Colophon.Options.defaults(out));
    }

    private static String plain(List<Inline> content) {
        return TeiInlineReader.plain(content);
    }

    private static List<String> kindsAndTitles(List<Division> divisions) {
        return divisions.stream().map(d -> d.kind() + ":" + plain(d.title())).toList();
    }

    private static List<String> paragraphs(List<Block> blocks) {
        return blocks.stream().map(b -> plain(((Block.Paragraph) b).content())).toList();
    }

    @Test
    void theOuterFrontAndBackAreTheBooksFrontAndBackMatter() {
        assertEquals(List.of("OTHER:", "PREFACE:Preface"), kindsAndTitles(book.frontMatter()));
        assertEquals(List.of("Tales of Two Towns", "Gathered by Anna Thologist"), paragraphs(book.frontMatter().get(0).blocks()));
        assertEquals(List.of("APPENDIX:A note on the texts"), kindsAndTitles(book.backMatter()));
    }

    @Test
    void eachTextOfTheGroupIsADivisionOfTheBodyInOrder() {
        assertEquals(List.of("PART:The Harbour", "CHAPTER:The Mill", "PART:Fragments"), kindsAndTitles(book.body()));
        assertEquals(List.of(), warnings, "nothing in the anthology is unknown or lost");
    }

    @Test
    void aTextWithChaptersIsAPartTitledByItsTitlePage() {
        Division harbour = book.body().get(0);
        assertEquals("harbour", harbour.id(), "the text's own xml:id");
        assertEquals("A tale in two tides", plain(harbour.subtitle()));
        assertEquals(List.of("by Ann Shore"), paragraphs(harbour.blocks()), "the rest of its title page opens the part");
        assertEquals("centered", ((Block.Paragraph) harbour.blocks().get(0)).style());
        assertEquals(List.of("CHAPTER:Low Tide", "CHAPTER:High Tide"), kindsAndTitles(harbour.children()));
    }

    @Test
    void aTextOfOneFlowIsAChapterTitledByTheHeadOfItsFront() {
        Division mill = book.body().get(1);
        assertEquals("text-1", mill.id(), "a text without an xml:id");
        assertEquals(List.of(), mill.children());
        assertEquals(List.of("The wheel turned all day.", "At night the miller listened to the river."),
                paragraphs(mill.blocks()));
        List<Inline> second = ((Block.Paragraph) mill.blocks().get(1)).content();
        Inline.Note note = assertInstanceOf(Inline.Note.class, second.get(second.size() - 1),
                "the note kept in the text's back goes to its call");
        assertEquals(List.of("Written at the mill itself."), paragraphs(note.content()));
    }

    @Test
    void aNestedGroupIsAPartOfItsTextsTitledByItsHead() {
        Division fragments = book.body().get(2);
        assertEquals(List.of("group-1", "text-2", "text-3"), List.of(fragments.id(), fragments.children().get(0).id(),
                fragments.children().get(1).id()));
        assertEquals(List.of("CHAPTER:Fragment A", "CHAPTER:Fragment B"), kindsAndTitles(fragments.children()),
                "titled by @n when the text has no head, else by the head that opens its body");
        assertEquals(List.of("A line found in a drawer."), paragraphs(fragments.children().get(0).blocks()));
        assertEquals(List.of("Another line, found in a coat."), paragraphs(fragments.children().get(1).blocks()));
    }

    @Test
    void everyWordOfTheAnthologyIsInTheModel() throws Exception {
        assertEquals(TeiWordCount.countTeiText(sample), TeiModelText.words(book));
    }

    @Test
    void theEpubIsCleanAndItsNavigationAndContentsNestTheTexts() throws Exception {
        Path epub = out.resolve("group.epub");
        EpubValidator.Result check = EpubValidator.check(epub);
        assertTrue(check.clean(), check.describe());
        var entries = EpubFiles.entries(epub);
        Element toc = byId(EpubFiles.parse(entries.get("EPUB/nav.xhtml")), "toc");
        assertEquals(TREE, listTree(firstChild(toc, "ol"), ""));
        Element contents = firstChild((Element) EpubFiles.parse(entries.get("EPUB/text/contents.xhtml"))
                .getElementsByTagNameNS(XHTML_NS, "section").item(0), "ol");
        assertEquals(TREE, listTree(contents, ""));
    }

    @Test
    void thePdfOutlineNestsTheTextsAndThePdfHasTheirWords() throws Exception {
        try (PDDocument doc = Loader.loadPDF(out.resolve("group.pdf").toFile())) {
            StringBuilder tree = new StringBuilder();
            outlineTree(doc.getDocumentCatalog().getDocumentOutline(), "", tree);
            assertEquals("Contents\n" + TREE, tree.toString());
            String text = new PDFTextStripper().getText(doc).replaceAll("[\\s\u00A0\u202F]+", " ");
            for (String words : List.of("Tales of Two Towns", "Why these tales were gathered together.", "The Harbour",
                    "by Ann Shore", "The boats rose with the water.", "The wheel turned all day.", "Written at the mill itself.",
                    "Fragment B", "Another line, found in a coat.", "Both tales first appeared in a weekly paper.")) {
                assertTrue(text.contains(words), words + " in\n" + text);
            }
        }
    }

    private static void outlineTree(PDOutlineNode node, String indent, StringBuilder into) {
        for (PDOutlineItem item : node.children()) {
            into.append(indent).append(item.getTitle()).append('\n');
            outlineTree(item, indent + "  ", into);
        }
    }

    /** The entries of a nested {@code <ol>}, one a line, indented by their depth. */
    private static String listTree(Element ol, String indent) {
        StringBuilder sb = new StringBuilder();
        for (Node li = ol.getFirstChild(); li != null; li = li.getNextSibling()) {
            if (li instanceof Element item && item.getLocalName().equals("li")) {
                sb.append(indent).append(firstChild(item, "a").getTextContent().strip()).append('\n');
                Element inner = firstChild(item, "ol");
                if (inner != null) {
                    sb.append(listTree(inner, indent + "  "));
                }
            }
        }
        return sb.toString();
    }

    private static Element firstChild(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(localName)) {
                return e;
            }
        }
        return null;
    }

    private static Element byId(Document doc, String id) {
        var all = doc.getElementsByTagNameNS(XHTML_NS, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getAttribute("id").equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no element with id " + id);
    }
}
