package org.colophon.reader.manuscript;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;
import org.colophon.reader.BookReader;
import org.colophon.reader.ManuscriptFolder;
import org.colophon.reader.ReadBudget;
import org.colophon.reader.ReadLimits;
import org.colophon.reader.XmlSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Replaces each {@code <xi:include href="…"/>} by the root element of the file it names,
 * recursively, confined to the manuscript's folder.
 *
 * <p>Done here rather than by the parser's own XInclude so that every path goes through
 * {@link ManuscriptFolder}'s checks, a missing file is an error naming the include's
 * line, and the included elements keep the locations of their own file. Only whole-file
 * XML inclusion is supported: no {@code xpointer}, no {@code parse="text"}, no
 * {@code xi:fallback}. A file may be included once only, which also rules out loops and
 * inclusion bombs (a file including another ten times, which includes another ten times…).
 * DocBook 5 books include their chapters the same way, under the same rules.
 */
public final class XIncludeExpander {

    /** User-data key: on an element that lost an included file that could not be read. */
    static final String INCOMPLETE_KEY = "colophon.incomplete";

    /** User-data key: on an included root, its folder relative to the manuscript's folder. */
    static final String BASE_KEY = XmlSource.BASE_KEY;

    private final ManuscriptFolder folder;
    private final ReadBudget budget;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    /** Real path of each file read so far, to where it was included from. */
    private final Map<Path, XmlSource.Location> included = new LinkedHashMap<>();
    private boolean complete = true;
    private boolean tooDeep;
    /** The namespace an included file's root must be in, and the root to suggest when it is not. */
    private final String rootNamespace;
    private final String exampleRoot;

    /** {@code budget}: the book's, which the main file has already spent from. */
    XIncludeExpander(ManuscriptFolder folder, ReadBudget budget) {
        this(folder, budget, BookReader.MANUSCRIPT_NS, "a manuscript element such as <chapter xmlns=\""
                + BookReader.MANUSCRIPT_NS + "\">");
    }

    /**
     * For another format whose included files have their roots in {@code rootNamespace};
     * {@code exampleRoot} says what such a root is, in messages.
     */
    public XIncludeExpander(ManuscriptFolder folder, ReadBudget budget, String rootNamespace, String exampleRoot) {
        this.folder = folder;
        this.budget = budget;
        this.rootNamespace = rootNamespace;
        this.exampleRoot = exampleRoot;
    }

    /** Expands every include under the document's root; returns the problems found. */
    public List<Diagnostic> expand(Document document, Path mainRealPath) {
        Element root = document.getDocumentElement();
        root.setUserData(BASE_KEY, Path.of(""), null);
        included.put(mainRealPath, XmlSource.locationOf(root));
        List<Path> chain = new ArrayList<>();
        chain.add(mainRealPath);
        expandUnder(root, chain);
        checkDepth(root);
        return diagnostics;
    }

    /** The real path of every file read: the manuscript, then each included file in the order read. */
    public List<Path> files() {
        return List.copyOf(included.keySet());
    }

    /** Whether every include was read; when not, some content and ids are missing. */
    boolean complete() {
        return complete;
    }

    /** Whether the expanded whole nests too deep to be walked any further. */
    public boolean tooDeep() {
        return tooDeep;
    }

    /**
     * Each file was held to {@link ReadLimits#MAX_DEPTH} levels while parsing; included
     * files stack their levels, so the whole is held to the same bound here (walked
     * without recursion, since the depth is what is in question).
     */
    private void checkDepth(Element root) {
        Node n = root;
        int depth = 1;
        while (n != null) {
            if (depth > ReadLimits.MAX_DEPTH) {
                error(XmlSource.locationOf(n), "elements nest more than " + ReadLimits.MAX_DEPTH + " deep here, counting"
                        + " the files that include this one; a manuscript never needs that many levels");
                tooDeep = true;
                return;
            }
            Node child = firstElement(n.getFirstChild());
            if (child != null) {
                n = child;
                depth++;
                continue;
            }
            while (n != null && n != root && firstElement(n.getNextSibling()) == null) {
                n = n.getParentNode();
                depth--;
            }
            n = n == null || n == root ? null : firstElement(n.getNextSibling());
        }
    }

    private static Node firstElement(Node from) {
        Node n = from;
        while (n != null && !(n instanceof Element)) {
            n = n.getNextSibling();
        }
        return n;
    }

    private void expandUnder(Element scope, List<Path> chain) {
        List<Element> includes = new ArrayList<>();
        collect(scope, includes);
        for (Element include : includes) {
            Element replacement = load(include, chain);
            Node parent = include.getParentNode();
            if (replacement != null) {
                parent.replaceChild(replacement, include);
            } else {
                // Validation goes on without the missing part, told not to complain of its absence.
                parent.removeChild(include);
                parent.setUserData(INCOMPLETE_KEY, Boolean.TRUE, null);
                complete = false;
            }
        }
    }

    /** The outermost XInclude elements under {@code e}, in document order. */
    private static void collect(Element e, List<Element> out) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                if (Vocabulary.XINCLUDE_NS.equals(child.getNamespaceURI())) {
                    out.add(child);
                } else {
                    collect(child, out);
                }
            }
        }
    }

    private Element load(Element include, List<Path> chain) {
        XmlSource.Location at = XmlSource.locationOf(include);
        if (!"include".equals(include.getLocalName())) {
            error(at, "<" + include.getTagName() + "> is not supported; only <xi:include href=\"…\"/> is");
            return null;
        }
        if (!checkAttributes(include, at)) {
            return null;
        }
        String href = include.getAttribute("href");
        ManuscriptFolder.Resolved file;
        try {
            file = folder.resolve(href, baseOf(include), "included file");
        } catch (ManuscriptFolder.Refused refused) {
            error(at, refused.getMessage());
            return null;
        }
        if (chain.size() > ReadLimits.MAX_INCLUDE_NESTING) {
            error(at, "included files nest more than " + ReadLimits.MAX_INCLUDE_NESTING + " deep; include them from fewer levels");
            return null;
        }
        if (chain.contains(file.realFile())) {
            StringBuilder loop = new StringBuilder();
            for (Path p : chain.subList(chain.indexOf(file.realFile()), chain.size())) {
                loop.append(p.getFileName()).append(" → ");
            }
            loop.append(file.realFile().getFileName());
            error(at, "include loop: " + loop + "; a file cannot include itself, even through others");
            return null;
        }
        XmlSource.Location before = included.get(file.realFile());
        if (before != null) {
            error(at, "'" + href + "' is already included at " + before + "; a file may be included only once");
            return null;
        }
        included.put(file.realFile(), at);
        Element root;
        try {
            root = XmlSource.parseFragment(file.realFile(), file.shownAs(), include.getOwnerDocument(), budget);
        } catch (BuildException e) {
            diagnostics.addAll(e.diagnostics());
            return null;
        }
        if (!rootNamespace.equals(root.getNamespaceURI())) {
            XmlSource.Location rootAt = XmlSource.locationOf(root);
            String ns = root.getNamespaceURI();
            error(rootAt, "the included file's root <" + root.getTagName() + "> is "
                    + (ns == null ? "in no namespace" : "in namespace '" + ns + "'")
                    + "; it must be " + exampleRoot);
            return null;
        }
        Path relative = Path.of(file.href());
        root.setUserData(BASE_KEY, relative.getParent() == null ? Path.of("") : relative.getParent(), null);
        List<Path> deeper = new ArrayList<>(chain);
        deeper.add(file.realFile());
        expandUnder(root, deeper);
        return root;
    }

    private boolean checkAttributes(Element include, XmlSource.Location at) {
        boolean ok = true;
        if (!include.hasAttribute("href")) {
            error(at, "<" + include.getTagName() + "> needs an href attribute naming the file to include");
            ok = false;
        }
        String parse = include.getAttribute("parse");
        if (!parse.isEmpty() && !parse.equals("xml")) {
            error(at, "parse=\"" + parse + "\" is not supported; only whole XML files can be included");
            ok = false;
        }
        if (include.hasAttribute("xpointer")) {
            error(at, "xpointer is not supported; include a whole file, whose root is the element to include");
            ok = false;
        }
        for (Node n = include.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                error(XmlSource.locationOf(child), "<" + child.getTagName() + "> is not supported inside <"
                        + include.getTagName() + ">: a missing file is always an error");
                ok = false;
            }
        }
        NamedNodeMap atts = include.getAttributes();
        for (int i = 0; i < atts.getLength(); i++) {
            Attr a = (Attr) atts.item(i);
            String name = a.getLocalName() == null ? a.getName() : a.getLocalName();
            boolean known = a.getNamespaceURI() == null
                    ? name.equals("href") || name.equals("parse") || name.equals("xpointer") || name.equals("encoding")
                    : "http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI());
            if (!known) {
                error(at, "attribute " + a.getName() + " is not supported on <" + include.getTagName() + ">");
                ok = false;
            }
        }
        return ok;
    }

    /** The folder, relative to the manuscript's, of the file that holds {@code node}. */
    public static Path baseOf(Node node) {
        for (Node n = node; n != null; n = n.getParentNode()) {
            if (n.getUserData(BASE_KEY) instanceof Path p) {
                return p;
            }
        }
        return Path.of("");
    }

    private void error(XmlSource.Location at, String message) {
        diagnostics.add(Diagnostic.error(at.file(), at.line(), at.column(), message));
    }
}
