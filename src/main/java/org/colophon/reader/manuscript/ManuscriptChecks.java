package org.colophon.reader.manuscript;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.colophon.error.Diagnostic;
import org.colophon.error.Warnings;
import org.colophon.highlight.CodeLanguage;
import org.colophon.reader.Assets;
import org.colophon.reader.BookIdentifiers;
import org.colophon.reader.BookReader;
import org.colophon.reader.XmlSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The checks the schema cannot make, run after it over the expanded manuscript: ids
 * used twice (across included files too), cross-references to nothing, figures without
 * alt text, identifier checksums, link schemes, impossible dates, notes inside notes,
 * text mixed with blocks, and every image file. Every problem is collected.
 */
final class ManuscriptChecks {

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    private final Assets assets;
    private final Warnings warnings;
    private final boolean complete;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, Element> ids = new LinkedHashMap<>();
    private final List<Element> refs = new ArrayList<>();
    private final IndexTermChecks indexTerms = new IndexTermChecks();

    /**
     * @param complete false when an included file could not be read: references may
     *                 then point into it, and are not judged
     */
    ManuscriptChecks(Assets assets, Warnings warnings, boolean complete) {
        this.assets = assets;
        this.warnings = warnings;
        this.complete = complete;
    }

    List<Diagnostic> check(Element root) {
        walk(root, 0);
        if (complete) {
            indexTerms.check(diagnostics);
        }
        for (Element ref : complete ? refs : List.<Element>of()) {
            String target = ref.getAttribute("target").strip();
            if (!target.isEmpty() && !ids.containsKey(target)) {
                String near = nearest(target);
                String hint = near != null ? "; did you mean \"" + near + "\"?"
                        : looksGenerated(target) ? "; ids that Colophon gives (chapter-1, note-1…) cannot be"
                                + " referred to: write id=\"" + target + "\" on the element itself"
                        : "";
                error(ref, "<ref target=\"" + target + "\"> points to nothing: no element has id=\"" + target + "\""
                        + hint);
            }
        }
        return diagnostics;
    }

    /** Every id the manuscript gives, in document order. */
    Set<String> ids() {
        return ids.keySet();
    }

    private void walk(Element e, int noteDepth) {
        if (!BookReader.MANUSCRIPT_NS.equals(e.getNamespaceURI())) {
            return;
        }
        String name = e.getLocalName();
        if (e.hasAttribute("id")) {
            String id = e.getAttribute("id").strip();
            Element first = ids.putIfAbsent(id, e);
            if (first != null) {
                error(e, "id=\"" + id + "\" is used twice; it is already the id of <" + first.getTagName() + "> at "
                        + XmlSource.locationOf(first) + " (ids must be unique across the whole book)");
            }
        }
        checkLanguage(e);
        int depth = noteDepth;
        switch (name) {
            case "ref" -> refs.add(e);
            case "ix" -> indexTerms.add(e);
            case "q" -> checkTypedQuotationMarks(e);
            case "link" -> checkLink(e);
            case "figure" -> checkFigure(e);
            case "code-block" -> checkCodeBlock(e);
            case "cover" -> {
                if (!e.getAttribute("src").isBlank()) {
                    assets.register(e, e.getAttribute("src"), diagnostics);
                }
            }
            case "identifier" -> checkIdentifier(e);
            case "date" -> checkDate(e);
            case "note" -> {
                if (noteDepth > 0) {
                    error(e, "a <note> cannot hold another <note>");
                }
                depth++;
                checkNoMixedContent(e);
            }
            case "item", "th", "td" -> checkNoMixedContent(e);
            case "table" -> checkTable(e);
            case "title", "subtitle" -> {
                Node parent = e.getParentNode();
                if (parent instanceof Element p && !p.getLocalName().equals("metadata") && isEmpty(e)) {
                    boolean required = name.equals("title")
                            && (p.getLocalName().equals("section") || p.getLocalName().equals("part"));
                    error(e, "<" + name + "> is empty; " + (required ? "a <" + p.getLocalName() + "> needs a title"
                            : "leave it out if the " + p.getLocalName() + " has none"));
                }
            }
            default -> { }
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                walk(child, depth);
            }
        }
    }

    private void checkLink(Element e) {
        String href = e.getAttribute("href").strip();
        if (href.isEmpty()) {
            return; // the schema says it is missing or empty
        }
        URI uri;
        try {
            uri = new URI(href);
        } catch (URISyntaxException ex) {
            error(e, "<link href=\"" + href + "\"> is not a valid address: " + ex.getReason()
                    + " (spaces and some characters must be written as %20 and the like)");
            return;
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null) {
            error(e, "<link href=\"" + href + "\"> is not a full address; links go to http, https or mailto"
                    + " addresses (to point into the book, use <ref target=\"…\">)");
        } else if (!LINK_SCHEMES.contains(scheme)) {
            error(e, "<link href=\"" + href + "\"> uses the " + scheme + ": scheme, which is refused; links may only"
                    + " be http, https or mailto addresses");
        } else if (!scheme.equals("mailto") && (uri.getHost() == null || uri.getHost().isEmpty())) {
            error(e, "<link href=\"" + href + "\"> names no host (expected e.g. https://example.org/page)");
        } else if (scheme.equals("mailto") && uri.getSchemeSpecificPart().isBlank()) {
            error(e, "<link href=\"" + href + "\"> names no address after mailto:");
        }
    }

    /**
     * A well-formed tag can still name no language ({@code fe} for {@code fr}); hyphenation
     * and spacing would then silently fall back, so two-letter codes are checked against
     * ISO 639-1. (Three-letter codes, such as {@code grc}, are left alone.)
     */
    private void checkLanguage(Element e) {
        String tag = e.getAttributeNS(XML_NS, "lang").strip();
        int dash = tag.indexOf('-');
        String primary = (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
        if (primary.length() == 2 && !ISO_LANGUAGES.contains(primary)) {
            XmlSource.Location at = XmlSource.locationOf(e);
            warnings.warn(at.file(), at.line(), at.column(), "xml:lang=\"" + tag + "\": '" + primary + "' is not a"
                    + " language code of ISO 639-1 (such as fr, en, de); hyphenation and typography will not know it");
        }
    }

    /** {@code <q>} gets its marks from the typography pass; marks typed inside would double them. */
    private void checkTypedQuotationMarks(Element e) {
        String text = e.getTextContent().strip();
        if (text.isEmpty()) {
            return;
        }
        char first = text.charAt(0);
        char last = text.charAt(text.length() - 1);
        if ("«“„\"‹".indexOf(first) >= 0 || "»”\"›".indexOf(last) >= 0) {
            XmlSource.Location at = XmlSource.locationOf(e);
            warnings.warn(at.file(), at.line(), at.column(), "<q> gets its quotation marks from Colophon, in the"
                    + " style of its language; the marks typed inside it would be doubled: remove them");
        }
    }

    private void checkFigure(Element e) {
        boolean decorative = "true".equals(e.getAttribute("decorative").strip());
        if (!decorative && e.getAttribute("alt").isBlank()) {
            error(e, "<figure> needs alt text: alt=\"…\" saying what the image shows, for readers who cannot see it"
                    + " (or decorative=\"true\" if it shows nothing that matters)");
        }
        if (!e.getAttribute("src").isBlank()) {
            assets.register(e, e.getAttribute("src"), diagnostics);
        }
    }

    /** Spans the schema cannot judge: a row wider than the table, cells that overlap, a span out of its group. */
    private void checkTable(Element table) {
        int width = TableElements.width(table);
        for (TableElements.Group g : TableElements.groups(table)) {
            org.colophon.model.TableGrid.Problem p = org.colophon.model.TableGrid.place(
                    TableElements.spans(g.rows()), width, new ArrayList<>());
            if (p != null) {
                Element row = g.rows().get(p.row());
                Element at = p.cell() < 0 ? row : TableElements.cells(row).get(p.cell());
                error(at, "<" + at.getLocalName() + "> in row " + (p.row() + 1) + " of the table's " + g.kind() + ": "
                        + p.message() + (TableElements.columns(table).isEmpty()
                        ? " (the first row gives the column count; a <colgroup> of <col>s may name it)" : ""));
            }
        }
    }

    /**
     * A code block's caption comes before its code; its language, when Colophon does not
     * know it, only costs the highlighting.
     */
    private void checkCodeBlock(Element e) {
        Element caption = null;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                caption = c;
            } else if (caption == null && n.getNodeType() != Node.COMMENT_NODE && !n.getNodeValue().isBlank()) {
                Element after = null;
                for (Node m = n.getNextSibling(); m != null && after == null; m = m.getNextSibling()) {
                    after = m instanceof Element c ? c : null;
                }
                if (after != null) {
                    error(after, "the <caption> of a <code-block> comes before its code, not after code");
                    return;
                }
            }
        }
        String language = e.getAttribute("language").strip();
        // a language the schema refuses has its error already
        if (language.matches("[a-z][a-z0-9+#.\\-]*") && CodeLanguage.named(language).isEmpty()) {
            XmlSource.Location at = XmlSource.locationOf(e);
            warnings.warn(at.file(), at.line(), at.column(), "<code-block language=\"" + language + "\">: Colophon"
                    + " does not highlight " + language + "; the code is set plain (it highlights "
                    + CodeLanguage.knownNames() + ")");
        }
    }

    private void checkIdentifier(Element e) {
        String scheme = e.getAttribute("scheme").strip();
        String value = e.getTextContent().strip();
        if (value.isEmpty()) {
            return;
        }
        String problem = BookIdentifiers.problem(scheme, value);
        if (problem != null) {
            error(e, problem);
        }
    }

    private void checkDate(Element e) {
        String value = e.getTextContent().strip();
        if (!value.matches("[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])")) {
            return; // other shapes are the schema's to judge
        }
        try {
            LocalDate.of(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(5, 7)),
                    Integer.parseInt(value.substring(8, 10)));
        } catch (DateTimeException ex) {
            error(e, "<date>" + value + "</date> is not a day of the calendar");
        }
    }

    /** An item or a note holds running text or blocks; text beside blocks would be lost. */
    private void checkNoMixedContent(Element e) {
        boolean blocks = false;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                if (!Vocabulary.isBlock(c.getLocalName())) {
                    return; // inline elements beside blocks: the schema reports that
                }
                blocks = true;
            }
        }
        if (!blocks) {
            return;
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE && !n.getNodeValue().isBlank()) {
                String text = n.getNodeValue().strip();
                XmlSource.Location at = XmlSource.locationOf(n);
                diagnostics.add(Diagnostic.error(at.file(), at.line(), at.column(), "text \""
                        + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\" stands beside blocks in <"
                        + e.getTagName() + ">; put it in a <p> too"));
                return;
            }
        }
    }

    private static boolean isEmpty(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element || (n.getNodeType() == Node.TEXT_NODE && !n.getNodeValue().isBlank())) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksGenerated(String target) {
        int dash = target.lastIndexOf('-');
        if (dash <= 0 || dash == target.length() - 1) {
            return false;
        }
        String kind = target.substring(0, dash);
        for (int i = dash + 1; i < target.length(); i++) {
            if (!Character.isDigit(target.charAt(i))) {
                return false;
            }
        }
        return kind.equals("note") || Vocabulary.isDivision(kind);
    }

    /** The known id closest to {@code target}, if it is close enough to be a typing mistake. */
    private String nearest(String target) {
        String best = null;
        int bestDistance = Math.max(2, target.length() / 4) + 1;
        for (String id : ids.keySet()) {
            int d = distance(target, id, bestDistance);
            if (d < bestDistance) {
                bestDistance = d;
                best = id;
            }
        }
        return best;
    }

    /** Levenshtein distance, giving up (returning {@code limit}) once it cannot be below it. */
    private static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit) {
            return limit;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin >= limit) {
                return limit;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private void error(Element e, String message) {
        XmlSource.Location at = XmlSource.locationOf(e);
        diagnostics.add(Diagnostic.error(at.file(), at.line(), at.column(), message));
    }
}
