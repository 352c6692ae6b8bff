package org.colophon.reader;

import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;
import org.w3c.dom.Document;
import org.w3c.dom.DocumentFragment;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.ProcessingInstruction;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Parses an XML file safely into a DOM whose nodes remember where they stood.
 *
 * <p>DTDs are refused outright (so no external entity, no entity expansion bomb can
 * even start), and every element and text node carries its {@link Location} as user
 * data, because the JDK's DOM builder forgets line numbers and every later error must
 * name one. An element's location is the {@code <} that opens its start tag. Comments are
 * dropped, and so are processing instructions but those outside the root element (where
 * an SVG links a style sheet), which stay children of the document.
 *
 * <p>Control characters ({@link ControlCharacters}) are refused here, in text and in
 * attribute values, each at the place it is written: everything either format reads
 * passes through this class, and later the place would be lost.
 */
public final class XmlSource {

    /**
     * The DOM user-data key that marks the first element of an included file (an entity's,
     * an XInclude's) with that file's folder, relative to the manuscript's, as a {@link Path}:
     * the paths the file names (its images) are relative to it.
     */
    public static final String BASE_KEY = "colophon.base";

    /** The DOM user-data key under which each node's {@link Location} is stored. */
    public static final String LOCATION_KEY = "colophon.location";

    /** Where a node starts: the file as shown to the user, 1-based line and column. */
    public record Location(String file, int line, int column) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column;
        }
    }

    private XmlSource() {
    }

    /** The location stored on a node by {@link #parse}; its nearest located ancestor's otherwise. */
    public static Location locationOf(Node node) {
        for (Node n = node; n != null; n = n.getParentNode()) {
            Object loc = n.getUserData(LOCATION_KEY);
            if (loc instanceof Location l) {
                return l;
            }
        }
        return new Location("?", 0, 0);
    }

    /**
     * Parses {@code file}; {@code shownAs} is how messages name it (usually the path the
     * user typed). Not well-formed input, a DOCTYPE or bad encoding gives a
     * {@link BuildException} naming the line and column, as does a file beyond the
     * {@link ReadLimits} of a book of its own.
     */
    public static Document parse(Path file, String shownAs) throws BuildException {
        return parse(file, shownAs, new ReadBudget());
    }

    /** Parses {@code file} as one of the files of the book whose {@code budget} it spends. */
    public static Document parse(Path file, String shownAs, ReadBudget budget) throws BuildException {
        return parse(readAll(file, shownAs, budget), shownAs, budget);
    }

    /** A document parsed under {@link DoctypeRules}, and the real paths of the entity files it took in, in order read. */
    public record WithEntities(Document document, List<Path> entityFiles) {
        public WithEntities {
            entityFiles = List.copyOf(entityFiles);
        }
    }

    /**
     * Parses {@code file} allowing a DOCTYPE as {@code rules} say (DocBook 4's): its DTD is
     * never fetched, its external entities are read from the manuscript's folder, and the
     * nodes they hold keep the locations of their own files. Null when the root element is
     * not one the rules are for ({@link DoctypeRules#isForRoot}): nothing of the file's
     * content was read, and the caller refuses its DOCTYPE as for any file.
     */
    public static WithEntities parse(Path file, String shownAs, ReadBudget budget, DoctypeRules rules)
            throws BuildException {
        Document doc = newDocument();
        DomBuilder builder = parseInto(readAll(file, shownAs, budget), shownAs, doc, doc, budget, rules);
        return builder == null ? null : new WithEntities(doc, builder.entityFiles());
    }

    public static Document parse(InputStream in, String shownAs) throws BuildException {
        ReadBudget budget = new ReadBudget();
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(ReadLimits.MAX_MANUSCRIPT_BYTES + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw new BuildException(shownAs, 0, 0, "cannot read the file: " + e.getMessage());
        }
        refuseIfOver(budget, bytes.length, shownAs);
        return parse(bytes, shownAs, budget);
    }

    private static Document parse(byte[] bytes, String shownAs, ReadBudget budget) throws BuildException {
        Document doc = newDocument();
        parseInto(bytes, shownAs, doc, doc, budget, null);
        return doc;
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newDefaultInstance();
            dbf.setNamespaceAware(true);
            return dbf.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Parses {@code file} into nodes owned by {@code owner} (used for included files, so
     * that their elements keep pointing at their own file) and returns its root element,
     * not yet attached anywhere. The file spends the {@code budget} of the book it is part of.
     */
    public static Element parseFragment(Path file, String shownAs, Document owner, ReadBudget budget)
            throws BuildException {
        DocumentFragment fragment = owner.createDocumentFragment();
        parseInto(readAll(file, shownAs, budget), shownAs, owner, fragment, budget, null);
        Element root = (Element) fragment.getFirstChild();
        fragment.removeChild(root);
        return root;
    }

    /**
     * The file's bytes, its size checked against the book's budget first: a file of
     * gigabytes (a sparse one takes no disk) is refused before it is read, and a file
     * that grows, or a device that never ends, is read no further than the budget.
     */
    private static byte[] readAll(Path file, String shownAs, ReadBudget budget) throws BuildException {
        try {
            long size = Files.size(file);
            refuseIfOver(budget, size, shownAs);
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(size + 1, Integer.MAX_VALUE - 8));
            }
            if (bytes.length > size) {
                throw new BuildException(shownAs, 0, 0, "the file holds more than its size says (a device, or a"
                        + " file still being written); Colophon reads only finished, regular files");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new BuildException(shownAs, 0, 0, "no such file");
        } catch (IOException e) {
            throw new BuildException(shownAs, 0, 0, "cannot read the file: " + e.getMessage());
        }
    }

    private static void refuseIfOver(ReadBudget budget, long size, String shownAs) throws BuildException {
        String refusal = budget.takeManuscriptBytes(size);
        if (refusal != null) {
            throw new BuildException(shownAs, 0, 0, refusal + ": split the book into volumes");
        }
    }

    private static DomBuilder parseInto(byte[] bytes, String shownAs, Document doc, Node container, ReadBudget budget,
                                        DoctypeRules rules) throws BuildException {
        if (isBlank(bytes)) {
            throw new BuildException(shownAs, 1, 1, "the file is empty; expected an XML manuscript");
        }
        DomBuilder builder = new DomBuilder(doc, container, shownAs, new SourceText(bytes), budget, rules);
        try {
            SAXParser parser = secureParserFactory(rules != null).newSAXParser();
            if (rules != null) {
                // Every entity and the DTD come from the builder, which never answers null (null
                // would let the parser fetch the system id itself).
                parser.setProperty("http://xml.org/sax/properties/lexical-handler", builder);
                parser.setProperty("http://xml.org/sax/properties/declaration-handler", builder);
                // DocBook's character entities are entities: a book's worth of &eacute; must not
                // trip the JDK's default of 64,000, and the characters they make are counted anyway.
                parser.setProperty("jdk.xml.entityExpansionLimit", String.valueOf(ReadLimits.MAX_BOOK_CHARACTERS));
            }
            // Messages are matched and reworded below, so they must not be translated.
            parser.setProperty("http://apache.org/xml/properties/locale", Locale.ROOT);
            // A book nests a dozen levels deep; thousands would only be an attack on the
            // recursive walks that follow.
            parser.setProperty("jdk.xml.maxElementDepth", String.valueOf(ReadLimits.MAX_DEPTH));
            InputSource source = new InputSource(new ByteArrayInputStream(bytes));
            source.setSystemId(shownAs);
            // Through the XMLReader, so that the builder is taken as an EntityResolver2 (SAXParser.parse
            // would call the two-argument resolveEntity, which does not name the entity).
            org.xml.sax.XMLReader reader = parser.getXMLReader();
            reader.setContentHandler(builder);
            reader.setErrorHandler(builder);
            reader.setDTDHandler(builder);
            reader.setEntityResolver(builder);
            reader.setFeature("http://xml.org/sax/features/use-entity-resolver2", true);
            reader.parse(source);
        } catch (RootNotForRules e) {
            return null;
        } catch (EntityRefused e) {
            throw e.refusal;
        } catch (SAXParseException e) {
            if (e.getException() instanceof EntityRefused refused) {
                throw refused.refusal;
            }
            throw new BuildException(builder.file(), Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0),
                    ParserMessages.explain(e.getMessage()));
        } catch (LimitExceeded e) {
            throw new BuildException(builder.file(), e.line, e.column, e.getMessage());
        } catch (SAXException e) {
            throw new BuildException(builder.file(), builder.line(), builder.column(), ParserMessages.explain(e.getMessage()));
        } catch (CharConversionException e) {
            // The JDK parser reports malformed UTF-8 as an I/O error, not a parse error.
            throw new BuildException(builder.file(), builder.line(), builder.column(), ParserMessages.NOT_UTF8);
        } catch (IOException e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new BuildException(builder.file(), builder.line(), builder.column(), "cannot read the file: " + msg);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        List<Diagnostic> refused = builder.refusedCharacters();
        if (!refused.isEmpty()) {
            throw new BuildException(refused);
        }
        if (container.getFirstChild() == null) {
            throw new BuildException(shownAs, 1, 1, "the file holds no XML element");
        }
        return builder;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static SAXParserFactory secureParserFactory(boolean doctypeRules)
            throws ParserConfigurationException, SAXException {
        // The JDK's own parser, whatever else is on the class path (epubcheck brings Apache Xerces):
        // its security settings and messages are the ones this class was written against.
        SAXParserFactory f = SAXParserFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setXIncludeAware(false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", !doctypeRules);
        // Under rules, external general entities and the DTD are read, but only through the
        // builder's resolver; parameter entities never are (their declarations are refused).
        f.setFeature("http://xml.org/sax/features/external-general-entities", doctypeRules);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", doctypeRules);
        // System ids reach the rules as written, not made absolute against the parser's idea of a base.
        f.setFeature("http://xml.org/sax/features/resolve-dtd-uris", false);
        return f;
    }


    /**
     * The file's characters, indexed by line, used only to find where a start tag opens:
     * the SAX locator reports the position just after the tag's {@code >}, and since an
     * attribute value cannot hold a literal {@code <}, the nearest {@code <} before it is
     * the tag's start.
     */
    private static final class SourceText {
        private final String text;
        private final int[] lineStarts;

        SourceText(byte[] bytes) {
            // Decoding leniently is enough here: a wrong guess only moves a column.
            String decoded;
            if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
                decoded = new String(bytes, StandardCharsets.UTF_16);
            } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
                decoded = new String(bytes, StandardCharsets.UTF_16LE);
            } else {
                decoded = new String(bytes, StandardCharsets.UTF_8);
            }
            // The parser does not count a byte order mark as a column.
            this.text = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
            lineStarts = lineStarts(text);
        }

        /** Where each line begins: after "\n", "\r\n" or a lone "\r" (found with indexOf, fast even before the JIT). */
        private static int[] lineStarts(String text) {
            int[] starts = new int[Math.max(16, text.length() / 32)];
            int lines = 1; // starts[0] = 0
            boolean crs = text.indexOf('\r') >= 0;
            for (int i = text.indexOf('\n'); ; i = text.indexOf('\n', i + 1)) {
                int next = i < 0 ? text.length() : i;
                if (crs) {
                    // lone carriage returns before this line feed end lines too
                    int from = lines == 0 ? 0 : starts[lines - 1];
                    for (int r = text.indexOf('\r', from); r >= 0 && r < next; r = text.indexOf('\r', r + 1)) {
                        if (r + 1 < text.length() && text.charAt(r + 1) == '\n') {
                            continue;
                        }
                        starts = add(starts, lines++, r + 1);
                    }
                }
                if (i < 0) {
                    break;
                }
                starts = add(starts, lines++, i + 1);
            }
            return java.util.Arrays.copyOf(starts, lines);
        }

        private static int[] add(int[] starts, int index, int value) {
            int[] grown = index < starts.length ? starts : java.util.Arrays.copyOf(starts, starts.length * 2);
            grown[index] = value;
            return grown;
        }

        /** Where a character of the file stands, and the reference that wrote it (null when it is written as itself). */
        record Place(int line, int column, String reference) {}

        /**
         * Where the {@code index}-th character (UTF-16 unit) of the text that starts at
         * (line, column) is written. The text runs on through references, CDATA sections
         * and comments, as the parser reads it; null if the index lies beyond it.
         */
        Place inText(int line, int column, int index) {
            int offset = offset(line, column);
            return offset < 0 ? null : walk(offset, index);
        }

        /** Where the {@code index}-th character of the value of {@code attribute} in the start tag at {@code tagStart} is written. */
        Place inAttribute(int[] tagStart, String attribute, int index) {
            int offset = tagStart == null ? -1 : offset(tagStart[0], tagStart[1]);
            if (offset < 0) {
                return null;
            }
            Matcher m = Pattern.compile("\\s" + Pattern.quote(attribute) + "\\s*=\\s*['\"]").matcher(text);
            return m.find(offset) ? walk(m.end(), index) : null;
        }

        private int offset(int line, int column) {
            if (line < 1 || line > lineStarts.length || column < 1) {
                return -1;
            }
            return Math.min(lineStarts[line - 1] + column - 1, text.length());
        }

        private Place walk(int offset, int index) {
            int count = 0;
            boolean cdata = false;
            int i = offset;
            while (i < text.length()) {
                if (cdata && text.startsWith("]]>", i)) {
                    cdata = false;
                    i += 3;
                    continue;
                }
                if (!cdata && text.charAt(i) == '<') {
                    if (text.startsWith("<!--", i)) {
                        // the parser reports no comment, so the text on either side reaches the DOM as one
                        int end = text.indexOf("-->", i + 4);
                        i = end < 0 ? text.length() : end + 3;
                        continue;
                    }
                    if (text.startsWith("<![CDATA[", i)) {
                        cdata = true;
                        i += 9;
                        continue;
                    }
                    return null;
                }
                int next = i + 1;
                int units = 1;
                String reference = null;
                if (!cdata && text.charAt(i) == '&') {
                    int semicolon = text.indexOf(';', i);
                    if (semicolon < 0) {
                        return null;
                    }
                    reference = text.substring(i, semicolon + 1);
                    units = referenceLength(reference);
                    next = semicolon + 1;
                } else if (text.charAt(i) == '\r' && next < text.length() && text.charAt(next) == '\n') {
                    next++; // one line end for the parser
                }
                if (count + units > index) {
                    int line = Arrays.binarySearch(lineStarts, i);
                    line = line >= 0 ? line : -line - 2;
                    return new Place(line + 1, i - lineStarts[line] + 1, reference);
                }
                count += units;
                i = next;
            }
            return null;
        }

        /** How many UTF-16 units a reference stands for: two for a character beyond the BMP, else one. */
        private static int referenceLength(String reference) {
            if (!reference.startsWith("&#")) {
                return 1;
            }
            try {
                boolean hex = reference.charAt(2) == 'x';
                int cp = Integer.parseInt(reference.substring(hex ? 3 : 2, reference.length() - 1), hex ? 16 : 10);
                return Character.charCount(cp);
            } catch (RuntimeException e) {
                return 1;
            }
        }

        /** The position of the {@code <} opening the tag that ends just before (line, column). */
        int[] tagStart(int line, int column) {
            if (line < 1 || line > lineStarts.length || column < 1) {
                return null;
            }
            int offset = Math.min(lineStarts[line - 1] + column - 1, text.length());
            int i = offset - 1;
            while (i >= 0 && text.charAt(i) != '<') {
                i--;
            }
            if (i < 0) {
                return null;
            }
            int l = line;
            while (l > 1 && lineStarts[l - 1] > i) {
                l--;
            }
            return new int[] {l, i - lineStarts[l - 1] + 1};
        }
    }

    /** Builds the DOM from SAX events, stamping each element and text node with its location. */
    private static final class DomBuilder extends DefaultHandler2 {
        private final Document doc;
        private final Node container;
        private final Deque<Node> open = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private final ReadBudget budget;
        private final DoctypeRules rules;
        /** The file being read: the main one at the bottom, an entity's file above it while it is read. */
        private final Deque<FileRead> reading = new ArrayDeque<>();
        private final List<FileRead> read = new ArrayList<>();
        /** The file of each external entity read so far, by entity name. */
        private final Map<String, FileRead> entityFiles = new HashMap<>();
        private String doctypeRoot;
        private String doctypeSystemId;
        private boolean inContent;
        /**
         * The name of each external general entity by its system id: the JDK's parser calls
         * the resolver without the entity's name, so it is found from its declaration.
         */
        private final Map<String, String> entityBySystemId = new HashMap<>();
        /** The text run being read, and all the text of this file, as {@link ReadLimits} count them. */
        private final CharacterCount run = new CharacterCount();
        private final CharacterCount all = new CharacterCount();
        private Locator locator;
        /** Where the last tag or processing instruction ended: where the next text starts. */
        private int markupEndLine = 1;
        private int markupEndColumn = 1;

        DomBuilder(Document doc, Node container, String shownAs, SourceText source, ReadBudget budget,
                   DoctypeRules rules) {
            this.doc = doc;
            this.container = container;
            this.budget = budget;
            this.rules = rules;
            FileRead main = new FileRead(shownAs, null, Path.of(""), source, new ControlCharacters.Found(shownAs));
            reading.push(main);
            read.add(main);
            open.push(container);
        }

        /** A file the parser reads: the main one or an external entity's. */
        private record FileRead(String shownAs, Path realFile, Path base, SourceText source,
                                ControlCharacters.Found refused) {}

        /** How deep the elements open when each entity file being read began: its top-level elements' depth. */
        private final Deque<Integer> entityDepths = new ArrayDeque<>();

        /** How messages name the file being read now. */
        String file() {
            return reading.peek().shownAs();
        }

        private SourceText source() {
            return reading.peek().source();
        }

        List<Path> entityFiles() {
            return read.stream().skip(1).map(FileRead::realFile).toList();
        }

        List<Diagnostic> refusedCharacters() {
            List<Diagnostic> all = new ArrayList<>();
            for (FileRead f : read) {
                all.addAll(f.refused().diagnostics());
            }
            return all;
        }

        @Override
        public void startDTD(String name, String publicId, String systemId) {
            doctypeRoot = name;
            doctypeSystemId = systemId;
        }

        @Override
        public InputSource getExternalSubset(String name, String baseURI) throws SAXException {
            return subset(name, null, null);
        }

        @Override
        public InputSource resolveEntity(String name, String publicId, String baseURI, String systemId)
                throws SAXException {
            if ("[dtd]".equals(name) || name == null && !inContent && java.util.Objects.equals(systemId, doctypeSystemId)) {
                return subset(doctypeRoot, publicId, systemId);
            }
            if (name == null) {
                name = entityBySystemId.get(systemId);
                if (name == null) {
                    throw refusal("SYSTEM \"" + systemId + "\" is not the system id of an entity declared in the"
                            + " DOCTYPE; it is not read");
                }
            }
            if (name.startsWith("%")) {
                throw refusal("the parameter entity " + name + "; is refused: a DocBook file may declare general"
                        + " entities only (character entities, or chapter files inside its folder)");
            }
            if (entityFiles.containsKey(name)) {
                throw refusal("&" + name + "; is already included (from " + entityFiles.get(name).shownAs()
                        + "); an entity's file may be included only once");
            }
            if (reading.size() > ReadLimits.MAX_INCLUDE_NESTING) {
                throw refusal("entity files nest more than " + ReadLimits.MAX_INCLUDE_NESTING + " deep; include them"
                        + " from fewer levels");
            }
            ManuscriptFolder.Resolved file;
            try {
                file = rules.entityFile(name, systemId);
            } catch (DoctypeRules.Refused refused) {
                throw refusal("&" + name + "; (SYSTEM \"" + systemId + "\"): " + refused.getMessage());
            }
            byte[] bytes;
            try {
                bytes = readAll(file.realFile(), file.shownAs(), budget);
            } catch (BuildException e) {
                throw new EntityRefused(e);
            }
            Path folder = Path.of(file.href()).getParent();
            FileRead entity = new FileRead(file.shownAs(), file.realFile(), folder == null ? Path.of("") : folder,
                    new SourceText(bytes), new ControlCharacters.Found(file.shownAs()));
            entityFiles.put(name, entity);
            read.add(entity);
            InputSource in = new InputSource(new ByteArrayInputStream(bytes));
            in.setSystemId(file.shownAs());
            return in;
        }

        private InputSource subset(String root, String publicId, String systemId) throws SAXException {
            try {
                InputSource in = new InputSource(new ByteArrayInputStream(rules.externalSubset(root, publicId, systemId)));
                in.setSystemId("colophon:doctype");
                return in;
            } catch (DoctypeRules.Refused refused) {
                throw refusal(refused.getMessage());
            }
        }

        private EntityRefused refusal(String message) {
            return new EntityRefused(new BuildException(file(), line(), column(), message));
        }

        @Override
        public void internalEntityDecl(String name, String value) throws SAXException {
            if (name.startsWith("%")) {
                throw refusal("the parameter entity " + name + " is refused: declare general entities only");
            }
        }

        @Override
        public void externalEntityDecl(String name, String publicId, String systemId) throws SAXException {
            if (name.startsWith("%")) {
                throw refusal("the parameter entity " + name + " (SYSTEM \"" + systemId + "\") is refused: a DocBook"
                        + " file may include chapter files through general entities only");
            }
            entityBySystemId.putIfAbsent(systemId, name);
        }

        @Override
        public void startEntity(String name) throws SAXException {
            FileRead entity = entityFiles.get(name);
            if (entity != null && reading.peek() != entity) {
                flushText();
                reading.push(entity);
                entityDepths.push(open.size());
                markupEndLine = 1;
                markupEndColumn = 1;
            }
        }

        @Override
        public void endEntity(String name) {
            FileRead entity = entityFiles.get(name);
            if (entity != null && reading.peek() == entity) {
                flushText();
                reading.pop();
                entityDepths.pop();
                markupEnded();
            }
        }

        int line() {
            return locator == null ? 0 : locator.getLineNumber();
        }

        int column() {
            return locator == null ? 0 : locator.getColumnNumber();
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if (!inContent && rules != null && !rules.isForRoot(uri.isEmpty() ? null : uri, localName)) {
                throw new RootNotForRules();
            }
            inContent = true;
            flushText();
            if (open.size() > ReadLimits.MAX_DEPTH) {
                int[] start = source().tagStart(line(), column());
                throw new LimitExceeded(start == null ? line() : start[0], start == null ? column() : start[1],
                        "<" + qName + "> is nested more than " + ReadLimits.MAX_DEPTH + " elements deep;"
                                + " Colophon reads at most that depth: flatten the markup");
            }
            int[] start = source().tagStart(line(), column());
            if (!budget.takeElement()) {
                throw new LimitExceeded(start == null ? line() : start[0], start == null ? column() : start[1],
                        String.format(Locale.ROOT, "the book holds more than %,d elements here, included files"
                                + " counted; Colophon reads books of at most that many (a 1,300-page novel has"
                                + " 15,000): split it into volumes or drop markup that sets nothing", ReadLimits.MAX_ELEMENTS));
            }
            Element e;
            try {
                e = doc.createElementNS(uri.isEmpty() ? null : uri, qName);
                for (int i = 0; i < atts.getLength(); i++) {
                    String attUri = atts.getURI(i);
                    String attQName = atts.getQName(i);
                    if (attQName.equals("xmlns") || attQName.startsWith("xmlns:")) {
                        e.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, attQName, atts.getValue(i));
                    } else {
                        e.setAttributeNS(attUri.isEmpty() ? null : attUri, attQName, atts.getValue(i));
                    }
                }
            } catch (org.w3c.dom.DOMException bad) {
                // the parser lets names such as <:p> through; the DOM refuses them
                throw new LimitExceeded(start == null ? line() : start[0], start == null ? column() : start[1],
                        "not well-formed XML: <" + qName + "> or one of its attributes has a name that is not valid"
                                + " with namespaces (a name may hold one ':', between a prefix and a local name)");
            }
            Location at = start == null ? new Location(file(), line(), column())
                    : new Location(file(), start[0], start[1]);
            for (int i = 0; i < atts.getLength(); i++) {
                String value = atts.getValue(i);
                for (int c = ControlCharacters.indexOfRefused(value, 0); c >= 0; c = ControlCharacters.indexOfRefused(value, c + 1)) {
                    refuse(value.charAt(c), source().inAttribute(start, atts.getQName(i), c), at);
                }
            }
            e.setUserData(LOCATION_KEY, at, null);
            if (!entityDepths.isEmpty() && entityDepths.peek() == open.size()) {
                e.setUserData(BASE_KEY, reading.peek().base(), null);
            }
            open.peek().appendChild(e);
            open.push(e);
            markupEnded();
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            flushText();
            open.pop();
            markupEnded();
        }

        @Override
        public void characters(char[] ch, int start, int length) throws LimitExceeded {
            for (int i = start; i < start + length; i++) {
                if (ControlCharacters.isRefused(ch[i])) {
                    int inRun = text.length() + i - start;
                    refuse(ch[i], source().inText(markupEndLine, markupEndColumn, inRun),
                            new Location(file(), markupEndLine, markupEndColumn));
                }
            }
            take(ch, start, length);
        }

        /** Records a refused character at its place, or at {@code near} when the place cannot be found. */
        private void refuse(char c, SourceText.Place place, Location near) {
            if (place == null) {
                reading.peek().refused().add(c, near.line(), near.column(), null);
            } else {
                reading.peek().refused().add(c, place.line(), place.column(), place.reference());
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws LimitExceeded {
            take(ch, start, length);
        }

        private void take(char[] ch, int start, int length) throws LimitExceeded {
            text.append(ch, start, length);
            run.add(ch, start, length);
            long before = all.count();
            all.add(ch, start, length);
            if (run.count() > ReadLimits.MAX_PARAGRAPH_CHARACTERS) {
                // refused while parsing, before a text that long fills the memory
                throw new LimitExceeded(markupEndLine, markupEndColumn, String.format(Locale.ROOT,
                        "this text runs on for more than %,d characters without any markup; Colophon sets paragraphs"
                                + " of at most that length (about 400 printed pages): split it",
                        ReadLimits.MAX_PARAGRAPH_CHARACTERS));
            }
            if (!budget.takeCharacters((int) (all.count() - before))) {
                throw new LimitExceeded(line(), column(), String.format(Locale.ROOT,
                        "the book's text runs past %,d characters here, included files counted; Colophon sets books"
                                + " of at most that length (about 2,000 printed pages): split it into volumes",
                        ReadLimits.MAX_BOOK_CHARACTERS));
            }
        }

        @Override
        public void processingInstruction(String target, String data) {
            flushText();
            if (open.peek() == doc) {
                // Outside the root, where a file links its style sheets (<?xml-stylesheet?>), an
                // instruction stays in the document for whoever must know of it; the readers
                // look at the root only. Inside it, none means anything to Colophon.
                ProcessingInstruction instruction = doc.createProcessingInstruction(target, data);
                int[] start = source().tagStart(line(), column());
                instruction.setUserData(LOCATION_KEY, start == null ? new Location(file(), line(), column())
                        : new Location(file(), start[0], start[1]), null);
                doc.appendChild(instruction);
            }
            markupEnded();
        }

        private void markupEnded() {
            markupEndLine = line();
            markupEndColumn = column();
        }

        private void flushText() {
            if (text.length() > 0) {
                if (open.peek() != container) {
                    Node t = doc.createTextNode(text.toString());
                    t.setUserData(LOCATION_KEY, new Location(file(), markupEndLine, markupEndColumn), null);
                    open.peek().appendChild(t);
                }
                text.setLength(0);
                run.reset();
            }
        }
    }

    /** The root element is not one the DOCTYPE rules are for: the parse stops before its content. */
    private static final class RootNotForRules extends SAXException {
    }

    /** An entity or a declaration the rules refuse, or an entity file that cannot be read: the message as is. */
    private static final class EntityRefused extends SAXException {
        private final BuildException refusal;

        EntityRefused(BuildException refusal) {
            super(refusal.getMessage());
            this.refusal = refusal;
        }
    }

    /** A text run or a nesting beyond what Colophon reads, or a name the DOM refuses, found while parsing. */
    private static final class LimitExceeded extends SAXException {
        private final int line;
        private final int column;

        LimitExceeded(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }
}
