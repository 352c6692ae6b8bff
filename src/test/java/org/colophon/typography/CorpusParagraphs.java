package org.colophon.typography;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.colophon.model.Block;
import org.colophon.model.Book;
import org.colophon.model.Division;
import org.colophon.model.Inline;
import org.colophon.model.Metadata;

/**
 * Just enough of a TEI reader for typography tests: every {@code <p>}, {@code <l>} and
 * {@code <head>} of the text becomes a paragraph of Text nodes, {@code <hi>} emphasis, in
 * one chapter. The real TEI reader is another stage's business.
 */
final class CorpusParagraphs {

    static final Path CORPUS = Path.of("..", "shared", "corpus");

    private CorpusParagraphs() {}

    static Book read(String fileName, String language) throws Exception {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<Block> blocks = new ArrayList<>();
        try (InputStream in = Files.newInputStream(CORPUS.resolve(fileName))) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            boolean inText = false;
            List<Inline> paragraph = null;
            List<Inline> hi = null;
            StringBuilder text = new StringBuilder();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("text")) {
                        inText = true;
                    } else if (inText && (name.equals("p") || name.equals("l") || name.equals("head"))) {
                        paragraph = new ArrayList<>();
                        text.setLength(0);
                    } else if (paragraph != null && name.equals("hi")) {
                        flush(text, paragraph);
                        hi = new ArrayList<>();
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && paragraph != null) {
                    text.append(xml.getText().replaceAll("\\s+", " "));
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = xml.getLocalName();
                    if (paragraph != null && name.equals("hi") && hi != null) {
                        flush(text, hi);
                        paragraph.add(new Inline.Styled(Inline.Style.EMPHASIS, hi));
                        hi = null;
                    } else if (paragraph != null && (name.equals("p") || name.equals("l") || name.equals("head"))) {
                        flush(text, paragraph);
                        blocks.add(new Block.Paragraph(null, null, paragraph));
                        paragraph = null;
                    }
                }
            }
        }
        Division chapter = new Division(Division.Kind.CHAPTER, "c", null, List.of(), List.of(), blocks, List.of());
        Metadata metadata = Metadata.builder().title(fileName).language(language).build();
        return new Book(metadata, List.of(), List.of(chapter), List.of(), List.of());
    }

    private static void flush(StringBuilder text, List<Inline> into) {
        if (text.length() > 0) {
            into.add(new Inline.Text(text.toString()));
            text.setLength(0);
        }
    }

    /** The paragraphs of the book's first chapter as markup, one per element. */
    static List<String> paragraphs(Book book) {
        List<String> out = new ArrayList<>();
        for (Block b : book.body().get(0).blocks()) {
            out.add(TestBooks.markup(((Block.Paragraph) b).content()));
        }
        return out;
    }
}
