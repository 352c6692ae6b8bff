package org.colophon.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Assembles book-length TEI inputs from the two ELTeC novels in ../shared/corpus: the
 * French novel's header and body, then whole chapters of both novels in turn (the
 * English ones marked {@code xml:lang="en"}) until the body holds about the asked number
 * of words. Real, varied text: no paragraph is repeated more often than its novel is.
 */
public final class BenchmarkBooks {

    static final String TEI = "http://www.tei-c.org/ns/1.0";

    private final Path corpus;

    public BenchmarkBooks(Path corpus) {
        this.corpus = corpus;
    }

    Path ponson() {
        return corpus.resolve("FRA03101_Ponson.xml");
    }

    Path anstey() {
        return corpus.resolve("ENG18820_Anstey.xml");
    }

    /** Writes a TEI book of roughly {@code words} words to {@code target} and returns it. */
    public Path assemble(int words, Path target) throws Exception {
        return assemble(List.of(ponson(), anstey()), 0, words, target);
    }

    /** The novels of the corpus, in the order of their file names. */
    List<Path> novels() throws IOException {
        try (var files = Files.list(corpus)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".xml")).sorted().toList();
        }
    }

    /**
     * Writes a TEI book of roughly {@code words} words to {@code target}: the first novel's
     * header, then the novels' chapters in turn, starting with each one's chapter
     * {@code firstChapter} (round the end), those of the other novels marked with their language.
     */
    public Path assemble(List<Path> novels, int firstChapter, int words, Path target) throws Exception {
        List<Document> sources = new ArrayList<>();
        for (Path novel : novels) {
            sources.add(parse(novel));
        }
        List<List<Element>> chapters = sources.stream().map(BenchmarkBooks::chapters).toList();

        Document book = (Document) sources.get(0).cloneNode(true);
        Element body = (Element) book.getElementsByTagNameNS(TEI, "body").item(0);
        while (body.hasChildNodes()) {
            body.removeChild(body.getFirstChild());
        }
        Node back = book.getElementsByTagNameNS(TEI, "back").item(0);
        if (back != null) {
            back.getParentNode().removeChild(back);
        }
        int count = 0;
        int round = 0;
        outer:
        while (true) {
            round++;
            int n = chapters.stream().mapToInt(List::size).max().orElse(0);
            for (int i = 0; i < n; i++) {
                for (int s = 0; s < chapters.size(); s++) {
                    List<Element> source = chapters.get(s);
                    if (i >= source.size()) {
                        continue;
                    }
                    Element copy = (Element) book.importNode(source.get((i + firstChapter) % source.size()), true);
                    copy.removeAttributeNS(XMLConstants.XML_NS_URI, "id");
                    unlinkNoteReferences(copy);
                    if (s > 0) {
                        copy.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", language(sources.get(s)));
                    }
                    body.appendChild(copy);
                    count += words(copy.getTextContent());
                    if (count >= words) {
                        break outer;
                    }
                }
            }
            if (round > 20) {
                throw new IllegalStateException("corpus too small for " + words + " words");
            }
        }
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.transform(new DOMSource(book), new StreamResult(out));
        }
        return target;
    }

    private static String language(Document novel) {
        return novel.getDocumentElement().getAttributeNS(XMLConstants.XML_NS_URI, "lang");
    }

    /** The notes they point to are left out (the back matter is not repeated), so keep only their text. */
    private static void unlinkNoteReferences(Element chapter) {
        List<Element> refs = new ArrayList<>();
        var found = chapter.getElementsByTagNameNS(TEI, "ref");
        for (int i = 0; i < found.getLength(); i++) {
            Element ref = (Element) found.item(i);
            if (ref.getAttribute("target").startsWith("#")) {
                refs.add(ref);
            }
        }
        for (Element ref : refs) {
            ref.getParentNode().replaceChild(ref.getOwnerDocument().createTextNode(ref.getTextContent()), ref);
        }
    }

    private static List<Element> chapters(Document doc) {
        Element body = (Element) doc.getElementsByTagNameNS(TEI, "body").item(0);
        List<Element> result = new ArrayList<>();
        for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals("div")) {
                result.add(e);
            }
        }
        return result;
    }

    static int words(String text) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) {
                count++;
            }
            in = letter;
        }
        return count;
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try {
            return f.newDocumentBuilder().parse(file.toFile());
        } catch (IOException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
