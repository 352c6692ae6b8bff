package org.colophon.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.colophon.error.Warnings;
import org.colophon.layout.LayoutRenderer;
import org.colophon.layout.Publication;
import org.colophon.model.Block;
import org.colophon.model.Book;
import org.colophon.model.Creator;
import org.colophon.model.Division;
import org.colophon.model.Inline;
import org.colophon.model.Metadata;
import org.colophon.styles.Styles;
import org.colophon.typography.Typographer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Books for typesetter tests, read here with a few lines of DOM until the manuscript
 * reader lands, then passed through the real typography pass and Velocity layouts.
 */
final class Books {

    private Books() {
    }

    static Path corpus() {
        return Path.of(System.getProperty("colophon.corpus", "../shared/corpus"));
    }

    static Publication publish(Book book) throws Exception {
        return new LayoutRenderer(Styles.bundled(), Warnings.ignore(), "1700000000").render(new Typographer().apply(book));
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> children(Element e, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && (name == null || c.getLocalName().equals(name))) {
                out.add(c);
            }
        }
        return out;
    }

    private static String text(Element e) {
        return e.getTextContent().replaceAll("\\s+", " ").strip();
    }

    /** The default manuscript, {@code manuscript/macron-rutte.xml}. */
    static Book macronRutte() throws Exception {
        Element root = parse(Path.of("manuscript/macron-rutte.xml")).getDocumentElement();
        Element metadata = children(root, "metadata").get(0);
        String title = text(children(metadata, "title").get(0));
        String description = text(children(metadata, "description").get(0));
        List<String> subjects = children(metadata, "subject").stream().map(Books::text).toList();
        Element chapter = children(children(root, "body").get(0), "chapter").get(0);
        List<Block> blocks = children(chapter, "p").stream()
                .map(p -> (Block) new Block.Paragraph(null, null, List.of(new Inline.Text(text(p))))).toList();
        Division division = new Division(Division.Kind.CHAPTER, chapter.getAttribute("id"), null,
                List.of(new Inline.Text(text(children(chapter, "title").get(0)))), List.of(), blocks, List.of());
        return new Book(new Metadata(title, null, List.of(), "fr", null, null, null, null, description, subjects,
                null, null, null), List.of(), List.of(division), List.of(), List.of());
    }

    /** The ELTeC Ponson novel, or null when the corpus folder is absent. */
    static Book ponson() throws Exception {
        Path file = corpus().resolve("FRA03101_Ponson.xml");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Document doc = parse(file);
        Element body = (Element) doc.getElementsByTagNameNS("*", "body").item(0);
        List<Division> divisions = new ArrayList<>();
        int[] counter = {0};
        for (Element div : children(body, "div")) {
            divisions.add(division(div, counter));
        }
        return new Book(new Metadata("La baronne trépassée", null,
                List.of(new Creator("Pierre Alexis Ponson du Terrail", null, Creator.Role.AUTHOR)), "fr", null, null,
                "1852", null, null, List.of(), null, null, "ELTeC"), List.of(), divisions, List.of(), List.of());
    }

    private static Division division(Element div, int[] counter) {
        List<Division> children = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        for (Element child : children(div, null)) {
            switch (child.getLocalName()) {
                case "div" -> children.add(division(child, counter));
                case "p" -> blocks.add(new Block.Paragraph(null, null, inlines(child)));
                case "quote" -> blocks.add(new Block.BlockQuote(null, null,
                        List.of(new Block.Paragraph(null, null, inlines(child))), List.of()));
                default -> { }
            }
        }
        List<Element> head = children(div, "head");
        List<Inline> title = head.isEmpty() ? List.of() : List.of(new Inline.Text(text(head.get(0))));
        Division.Kind kind = "group".equals(div.getAttribute("type")) ? Division.Kind.PART : Division.Kind.CHAPTER;
        return new Division(kind, "d" + (++counter[0]), null, title, List.of(), blocks, children);
    }

    private static List<Inline> inlines(Element p) {
        List<Inline> out = new ArrayList<>();
        for (Node n = p.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE) {
                out.add(new Inline.Text(n.getNodeValue().replaceAll("\\s+", " ")));
            } else if (n instanceof Element e && e.getLocalName().equals("hi")) {
                out.add(new Inline.Styled(Inline.Style.EMPHASIS, List.of(new Inline.Text(text(e)))));
            } else if (n instanceof Element e) {
                out.add(new Inline.Text(e.getTextContent().replaceAll("\\s+", " ")));
            }
        }
        return out;
    }
}
