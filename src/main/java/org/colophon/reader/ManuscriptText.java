package org.colophon.reader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;
import org.colophon.error.SourcePlaces;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The source text of a book's files, the manuscript and the files it includes, for the
 * stages after reading that must point at a place in them: the model keeps no positions,
 * so the place of a character or a word is found again by looking for it. The files are
 * read again only when a message needs them, once, and only those the manuscript's folder
 * rule lets the reader include. Thread-safe.
 *
 * <p>A text the manuscript does not hold as such (made by the typography pass or by a
 * layout) is placed in the manuscript without a line.
 */
public final class ManuscriptText implements SourcePlaces {

    private static final String XINCLUDE_NS = "http://www.w3.org/2001/XInclude";
    /** As deep as the reader follows includes; deeper ones were refused when reading. */
    private static final int MAX_NESTING = 16;

    private final Path manuscript;
    private final String shownAs;
    private List<SourceFile> files; // the manuscript first, then its includes in document order

    /** One file's text and how messages name it. */
    private record SourceFile(String shownAs, String text) {}

    /** A place in a file: 1-based line and column, columns counted in characters. */
    private record Place(String file, int line, int column) {}

    public ManuscriptText(Path manuscript) {
        this.manuscript = manuscript;
        this.shownAs = manuscript.toString();
    }

    @Override
    public Diagnostic warningAt(String text, String message) {
        Place p = find(text);
        return p == null ? Diagnostic.warning(shownAs, 0, 0, message) : Diagnostic.warning(p.file(), p.line(), p.column(), message);
    }

    /**
     * A warning at the start tag of the first element named one of {@code localNames}
     * (with any prefix), tried in turn; at the manuscript without a line when none is found.
     */
    public Diagnostic warningAtElement(List<String> localNames, String message) {
        for (String name : localNames) {
            Pattern tag = Pattern.compile("<([A-Za-z_][\\w.-]*:)?" + Pattern.quote(name) + "[\\s/>]");
            for (SourceFile f : files()) {
                Matcher m = tag.matcher(f.text());
                while (m.find()) {
                    if (!insideComment(f.text(), m.start())) {
                        Place p = place(f, m.start());
                        return Diagnostic.warning(p.file(), p.line(), p.column(), message);
                    }
                }
            }
        }
        return Diagnostic.warning(shownAs, 0, 0, message);
    }

    /** The first place {@code text} stands in the text of an element, as written or escaped; null when nowhere. */
    private Place find(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        List<Pattern> forms = new ArrayList<>();
        forms.add(Pattern.compile(Pattern.quote(text)));
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        if (!escaped.equals(text)) {
            forms.add(Pattern.compile(Pattern.quote(escaped)));
        }
        if (text.codePointCount(0, text.length()) == 1) {
            int cp = text.codePointAt(0);
            // written as a character reference: &#x16A0; or &#5792;
            forms.add(Pattern.compile("&#(?:[xX]0*" + Integer.toHexString(cp) + "|0*" + cp + ");",
                    Pattern.CASE_INSENSITIVE));
        }
        for (SourceFile f : files()) {
            Place first = null;
            int firstAt = Integer.MAX_VALUE;
            for (Pattern form : forms) {
                Matcher m = form.matcher(f.text());
                while (m.find()) {
                    if (!insideComment(f.text(), m.start()) && !insideTag(f.text(), m.start())) {
                        if (m.start() < firstAt) {
                            firstAt = m.start();
                            first = place(f, m.start());
                        }
                        break;
                    }
                }
            }
            if (first != null) {
                return first;
            }
        }
        return null;
    }

    private synchronized List<SourceFile> files() {
        if (files == null) {
            List<SourceFile> read = new ArrayList<>();
            try {
                ManuscriptFolder folder = new ManuscriptFolder(manuscript, shownAs);
                Set<Path> seen = new HashSet<>();
                add(manuscript.toAbsolutePath().normalize(), shownAs, Path.of(""), folder, seen, read, 0);
            } catch (BuildException e) {
                // the manuscript's folder cannot be read: nothing to place messages in
            }
            files = List.copyOf(read);
        }
        return files;
    }

    /** Reads {@code file}, then the files it includes, as the reader does (errors were the reader's to report). */
    private static void add(Path file, String shown, Path base, ManuscriptFolder folder, Set<Path> seen,
                            List<SourceFile> out, int depth) {
        byte[] bytes;
        try {
            if (!seen.add(file.toRealPath())) {
                return;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        out.add(new SourceFile(shown, text));
        if (depth >= MAX_NESTING || !text.contains(XINCLUDE_NS)) {
            return;
        }
        Document document;
        try {
            document = XmlSource.parse(new ByteArrayInputStream(bytes), shown);
        } catch (BuildException e) {
            return;
        }
        NodeList includes = document.getElementsByTagNameNS(XINCLUDE_NS, "include");
        for (int i = 0; i < includes.getLength(); i++) {
            String href = ((Element) includes.item(i)).getAttribute("href");
            try {
                ManuscriptFolder.Resolved r = folder.resolve(href, base, "included file");
                Path relative = Path.of(r.href());
                add(r.realFile(), r.shownAs(), relative.getParent() == null ? Path.of("") : relative.getParent(),
                        folder, seen, out, depth + 1);
            } catch (ManuscriptFolder.Refused e) {
                // refused when reading; nothing of it is in the book
            }
        }
    }

    private static Place place(SourceFile f, int index) {
        String t = f.text();
        int line = 1;
        int lineStart = 0;
        for (int i = t.indexOf('\n'); i >= 0 && i < index; i = t.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        return new Place(f.shownAs(), line, t.codePointCount(lineStart, index) + 1);
    }

    private static boolean insideComment(String text, int index) {
        return text.lastIndexOf("<!--", index) > text.lastIndexOf("-->", index);
    }

    /** Inside a start or end tag (an attribute's value): not text the book prints. */
    private static boolean insideTag(String text, int index) {
        return text.lastIndexOf('<', index) > text.lastIndexOf('>', index)
                && !text.startsWith("<![CDATA[", text.lastIndexOf('<', index));
    }
}
