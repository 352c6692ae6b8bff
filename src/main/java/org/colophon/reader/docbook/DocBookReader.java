package org.colophon.reader.docbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;
import org.colophon.error.Warnings;
import org.colophon.model.Book;
import org.colophon.model.Division;
import org.colophon.model.Inline;
import org.colophon.reader.Assets;
import org.colophon.reader.IdAllocator;
import org.colophon.reader.LanguageTags;
import org.colophon.reader.ManuscriptFolder;
import org.colophon.reader.ReadBook;
import org.colophon.reader.ReadBudget;
import org.colophon.reader.XmlSource;
import org.colophon.reader.manuscript.XIncludeExpander;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a DocBook 5 or DocBook 4 book (or article, or lone chapter) into the model.
 *
 * <p>Divisions: {@code dedication}, {@code preface} → front matter; {@code part} (its
 * chapters as children, its {@code partintro} as its blocks), {@code chapter},
 * {@code article} → body; {@code appendix}, {@code colophon}, and a book-level
 * {@code glossary}, {@code bibliography} or {@code index} → back matter. Blocks and inlines
 * are {@link DocBookBlocks}' and {@link DocBookInlines}'; metadata {@link DocBookInfo}'s.
 */
public final class DocBookReader {

    /** Root elements a DocBook 4 file (no namespace) may have. */
    public static final Set<String> ROOTS = Set.of("book", "article", "chapter");

    private final Warnings warnings;

    public DocBookReader(Warnings warnings) {
        this.warnings = warnings;
    }

    /** Whether {@code root} is a DocBook 5 element, or a no-namespace root a DocBook 4 book has. */
    public static boolean isDocBook(Element root) {
        return DocBookDom.NS.equals(root.getNamespaceURI())
                || root.getNamespaceURI() == null && ROOTS.contains(root.getLocalName());
    }

    /**
     * A DocBook 5 book (or a DocBook 4 one without a DOCTYPE) already parsed by {@link XmlSource};
     * a DocBook 5 book's {@code xi:include}s are read as a manuscript's are.
     */
    public ReadBook read(Document document, Path file, String shownAs, ReadBudget budget) throws BuildException {
        if (!DocBookDom.NS.equals(document.getDocumentElement().getNamespaceURI())) {
            return read(document, List.of(), file, shownAs, budget);
        }
        XIncludeExpander includes = new XIncludeExpander(new ManuscriptFolder(file, shownAs), budget, DocBookDom.NS,
                "a DocBook 5 element such as <chapter xmlns=\"" + DocBookDom.NS + "\">");
        List<Diagnostic> problems;
        try {
            problems = includes.expand(document, file.toRealPath());
        } catch (IOException e) {
            throw new BuildException(shownAs, 0, 0, "cannot read the file: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new BuildException(problems);
        }
        List<Path> files = includes.files();
        return read(document, files.subList(1, files.size()), file, shownAs, budget);
    }

    /**
     * A DocBook 4 file that declares a DOCTYPE: parsed here under DocBook's entity rules,
     * its chapter files read through their external entities; null when the file's root is
     * not a DocBook 4 one (its DOCTYPE is then refused as in any manuscript). {@code budget}: fresh.
     */
    public ReadBook readWithDoctype(Path file, String shownAs, ReadBudget budget) throws BuildException {
        ManuscriptFolder folder = new ManuscriptFolder(file, shownAs);
        XmlSource.WithEntities parsed = XmlSource.parse(file, shownAs, budget, new DocBookDoctype(folder));
        return parsed == null ? null : read(parsed.document(), parsed.entityFiles(), file, shownAs, budget);
    }

    private ReadBook read(Document document, List<Path> entityFiles, Path file, String shownAs, ReadBudget budget)
            throws BuildException {
        Element root = document.getDocumentElement();
        XmlSource.Location rootAt = XmlSource.locationOf(root);
        List<Diagnostic> errors = new ArrayList<>();
        String lang = DocBookDom.lang(root);
        String language = lang == null ? null : LanguageTags.canonical(lang);
        if (language == null) {
            warnings.warn(shownAs, rootAt.line(), rootAt.column(), "the book's language is not given (xml:lang, or"
                    + " lang in DocBook 4, on <" + root.getTagName() + ">); using 'und' (undetermined)");
            language = "und";
        }
        Assets assets = new Assets(new ManuscriptFolder(file, shownAs), warnings, budget);
        IdAllocator ids = new IdAllocator(allIds(root));
        DocBookBlocks blocks = new DocBookBlocks(ids, new UnknownElements(warnings), assets, errors);
        Element info = DocBookDom.firstChild(root, "info", "bookinfo", "articleinfo", "chapterinfo");
        var metadata = new DocBookInfo(warnings, errors, assets).read(root, info, language);

        List<Division> front = new ArrayList<>();
        List<Division> body = new ArrayList<>();
        List<Division> back = new ArrayList<>();
        if (DocBookDom.is(root, "book")) {
            for (Element e : DocBookDom.children(root)) {
                division(e, blocks, ids, front, body, back, errors);
            }
        } else {
            // an article or a lone chapter: one chapter
            body.add(new Division(Division.Kind.CHAPTER, ids.idFor(DocBookDom.id(root), "chapter"), null,
                    List.of(), List.of(), blocks.blocks(root, 1), List.of()));
        }
        if (body.isEmpty() && errors.isEmpty()) {
            errors.add(Diagnostic.error(rootAt.file(), rootAt.line(), rootAt.column(), "<" + root.getTagName()
                    + "> holds no <chapter>, <part> or <article>; expected at least one"));
        }
        if (!errors.isEmpty()) {
            throw new BuildException(errors);
        }
        List<Path> documents = new ArrayList<>();
        try {
            documents.add(file.toRealPath());
        } catch (IOException e) {
            throw new BuildException(shownAs, 0, 0, "cannot read the file: " + e.getMessage());
        }
        documents.addAll(entityFiles);
        return new ReadBook(new Book(metadata, front, body, back, assets.all()), documents);
    }

    private void division(Element e, DocBookBlocks blocks, IdAllocator ids, List<Division> front, List<Division> body,
                          List<Division> back, List<Diagnostic> errors) {
        String name = DocBookDom.name(e);
        if (name == null) {
            return;
        }
        switch (name) {
            case "dedication" -> front.add(simple(Division.Kind.DEDICATION, "dedication", e, blocks, ids));
            case "preface" -> front.add(simple(Division.Kind.PREFACE, "preface", e, blocks, ids));
            case "acknowledgements" -> front.add(simple(Division.Kind.ACKNOWLEDGEMENTS, "acknowledgements", e, blocks, ids));
            case "chapter", "article" -> body.add(simple(Division.Kind.CHAPTER, "chapter", e, blocks, ids));
            case "part" -> {
                List<Division> chapters = new ArrayList<>();
                List<Division> ignoredFront = new ArrayList<>();
                List<Division> partBack = new ArrayList<>();
                Element intro = DocBookDom.child(e, "partintro");
                for (Element child : DocBookDom.children(e)) {
                    if (!DocBookDom.is(child, "partintro") && !DocBookDom.is(child, "title")
                            && !DocBookDom.is(child, "subtitle") && !DocBookDom.is(child, "info")
                            && !DocBookDom.is(child, "partinfo")) {
                        division(child, blocks, ids, ignoredFront, chapters, partBack, errors);
                    }
                }
                chapters.addAll(ignoredFront);
                chapters.addAll(partBack);
                body.add(new Division(Division.Kind.PART, ids.idFor(DocBookDom.id(e), "part"), lang(e),
                        blocks.title(e), subtitle(e, blocks), intro == null ? List.of() : blocks.blocks(intro, 1),
                        chapters));
            }
            case "appendix" -> back.add(simple(Division.Kind.APPENDIX, "appendix", e, blocks, ids));
            case "colophon" -> back.add(simple(Division.Kind.COLOPHON, "colophon", e, blocks, ids));
            case "glossary", "bibliography" -> back.add(new Division(Division.Kind.OTHER,
                    ids.idFor(DocBookDom.id(e), name), lang(e), blocks.title(e), List.of(),
                    blocks.blocks(titleless(e), 1), List.of()));
            case "index", "setindex" -> back.add(new Division(Division.Kind.INDEX, ids.idFor(DocBookDom.id(e), "index"),
                    null, blocks.title(e), List.of(), List.of(), List.of()));
            case "title", "subtitle", "titleabbrev", "info", "bookinfo", "toc", "lot" -> { }
            default -> {
                // blocks straight in a book, or a stray element: read as a chapter of their own would
                // invent a title; say where the book's structure went wrong instead
                XmlSource.Location at = XmlSource.locationOf(e);
                errors.add(Diagnostic.error(at.file(), at.line(), at.column(), "<" + e.getTagName() + "> cannot stand"
                        + " directly in <" + ((Element) e.getParentNode()).getTagName() + ">; expected <chapter>,"
                        + " <part>, <preface>, <appendix>, <dedication>, <colophon>, <glossary>, <bibliography> or"
                        + " <index> there"));
            }
        }
    }

    /** A glossary or bibliography read as blocks of its division: its entries without the wrapper's own title. */
    private static Element titleless(Element e) {
        Element copy = (Element) e.cloneNode(false);
        copy.removeAttributeNS(javax.xml.XMLConstants.XML_NS_URI, "id"); // the division's own
        copy.removeAttribute("id");
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element c && DocBookDom.is(c, "title"))) {
                copy.appendChild(n.cloneNode(true));
            }
        }
        copy.setUserData(XmlSource.LOCATION_KEY, XmlSource.locationOf(e), null);
        Element wrapper = e.getOwnerDocument().createElementNS(e.getNamespaceURI(), "section");
        wrapper.appendChild(copy);
        wrapper.setUserData(XmlSource.LOCATION_KEY, XmlSource.locationOf(e), null);
        return wrapper;
    }

    private static Division simple(Division.Kind kind, String prefix, Element e, DocBookBlocks blocks, IdAllocator ids) {
        return new Division(kind, ids.idFor(DocBookDom.id(e), prefix), lang(e), blocks.title(e), subtitle(e, blocks),
                blocks.blocks(e, 1), List.of());
    }

    private static List<Inline> subtitle(Element e, DocBookBlocks blocks) {
        Element sub = DocBookDom.child(e, "subtitle");
        if (sub == null) {
            sub = DocBookDom.child(DocBookDom.child(e, "info"), "subtitle");
        }
        return sub == null ? List.of() : blocks.inlines().of(sub);
    }

    /** A division's language when it differs from the book's, else null (as the model wants it). */
    private static String lang(Element e) {
        String lang = DocBookDom.lang(e);
        if (lang == null) {
            return null;
        }
        String tag = LanguageTags.canonical(lang);
        String book = DocBookDom.lang(e.getOwnerDocument().getDocumentElement());
        return book != null && LanguageTags.canonical(book).equals(tag) ? null : tag;
    }

    private static Set<String> allIds(Element root) {
        Set<String> out = new HashSet<>();
        Node n = root;
        while (n != null) {
            if (n instanceof Element e && DocBookDom.id(e) != null) {
                out.add(DocBookDom.id(e));
            }
            if (n.getFirstChild() != null) {
                n = n.getFirstChild();
                continue;
            }
            while (n != null && n != root && n.getNextSibling() == null) {
                n = n.getParentNode();
            }
            n = n == null || n == root ? null : n.getNextSibling();
        }
        return out;
    }
}
