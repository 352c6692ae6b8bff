package org.colophon.reader.tei;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.error.Diagnostic;
import org.colophon.error.Warnings;
import org.colophon.model.Creator;
import org.colophon.model.Metadata;
import org.colophon.reader.BookReader;
import org.colophon.reader.XmlSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads a {@code teiHeader} into {@link Metadata}: title and authors from the
 * {@code titleStmt}, publisher, date and licence from the {@code publicationStmt}, a
 * one-line description of the printed source from the {@code sourceDesc}, subjects
 * from {@code textClass}. Nothing is invented: what the header lacks stays null.
 */
final class TeiHeaderReader {

    /** The suffix ELTeC appends to every title ("… : ELTeC edition", "… : édition ELTeC"). */
    private static final Pattern ELTEC_SUFFIX = Pattern.compile("\\s*:[^:]*\\bELTeC\\b[^:]*$");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern YEAR = Pattern.compile("\\b(\\d{4})\\b");
    private static final Pattern CC_LICENCE =
            Pattern.compile("creativecommons\\.org/(licenses|publicdomain)/([a-z-]+)/(\\d+(\\.\\d+)?)");

    private final Warnings warnings;
    private final List<Diagnostic> errors;

    TeiHeaderReader(Warnings warnings, List<Diagnostic> errors) {
        this.warnings = warnings;
        this.errors = errors;
    }

    /** {@code language} is the book's language, already worked out from the whole document. */
    Metadata read(Element header, String language) {
        Element fileDesc = TeiDom.child(header, "fileDesc");
        Element titleStmt = TeiDom.child(fileDesc, "titleStmt");
        String[] titles = titles(titleStmt);
        if (titles[0] == null) {
            XmlSource.Location at = XmlSource.locationOf(titleStmt != null ? titleStmt : header);
            errors.add(Diagnostic.error(at.file(), at.line(), at.column(),
                    "the TEI header has no title: expected <fileDesc><titleStmt><title>…</title>"));
        }
        List<Creator> creators = new ArrayList<>();
        for (Element author : TeiDom.elements(titleStmt, "author")) {
            Creator c = TeiPersonName.of(author, Creator.Role.AUTHOR);
            if (c != null) {
                creators.add(c);
            }
        }
        for (Element editor : TeiDom.elements(titleStmt, "editor")) {
            // The digital edition's encoders are in respStmt; an <editor> here edited the text.
            Creator c = TeiPersonName.of(editor, roleOf(editor));
            if (c != null) {
                creators.add(c);
            }
        }
        Element publicationStmt = TeiDom.child(fileDesc, "publicationStmt");
        String publisher = plainOrNull(TeiDom.child(publicationStmt, "publisher"));
        String date = date(TeiDom.child(publicationStmt, "date"));
        String rights = rights(TeiDom.child(publicationStmt, "availability"));
        Metadata.Identifier identifier = identifier(publicationStmt);
        String source = source(TeiDom.child(fileDesc, "sourceDesc"));
        List<String> subjects = subjects(header);
        return Metadata.builder()
                .title(titles[0])
                .subtitle(titles[1])
                .creators(creators)
                .language(language)
                .identifier(identifier)
                .publisher(publisher)
                .date(date)
                .rights(rights)
                .subjects(subjects)
                .source(source)
                .build();
    }

    /** The book's language: {@code text/@xml:lang}, else {@code TEI/@xml:lang}, else langUsage. */
    static String language(Element tei, Element header, Element text) {
        String lang = text == null ? null : TeiDom.xmlLang(text);
        if (lang == null) {
            lang = TeiDom.xmlLang(tei);
        }
        if (lang == null && header != null) {
            Element language = TeiDom.path(header, "profileDesc", "langUsage", "language");
            if (language != null) {
                lang = TeiDom.attr(language, "ident");
            }
        }
        return TeiLanguage.toBcp47(lang);
    }

    private static Creator.Role roleOf(Element editor) {
        String role = TeiDom.attr(editor, "role");
        return role != null && role.toLowerCase(java.util.Locale.ROOT).startsWith("transl") ? Creator.Role.TRANSLATOR : Creator.Role.EDITOR;
    }

    /** [title, subtitle]: a typed main/sub pair when given, else the first title. */
    private static String[] titles(Element titleStmt) {
        String main = null;
        String sub = null;
        String first = null;
        for (Element t : TeiDom.elements(titleStmt, "title")) {
            String text = TeiDom.plainText(t);
            if (text.isEmpty()) {
                continue;
            }
            String type = TeiDom.attr(t, "type");
            if ("main".equals(type) && main == null) {
                main = text;
            } else if ("sub".equals(type) && sub == null) {
                sub = text;
            } else if (first == null) {
                first = text;
            }
        }
        String title = main != null ? main : first;
        if (title != null) {
            String stripped = ELTEC_SUFFIX.matcher(title).replaceFirst("").trim();
            title = stripped.isEmpty() ? title : stripped;
        }
        return new String[] {title, sub};
    }

    private String date(Element date) {
        if (date == null) {
            return null;
        }
        String when = TeiDom.attr(date, "when");
        String value = when != null ? when : TeiDom.plainText(date);
        if (value.isEmpty()) {
            return null;
        }
        if (ISO_DATE.matcher(value).matches()) {
            return value;
        }
        Matcher year = YEAR.matcher(value);
        if (year.find()) {
            return year.group(1);
        }
        XmlSource.Location at = XmlSource.locationOf(date);
        warnings.warn(at.file(), at.line(), at.column(),
                "the publication date '" + value + "' is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD); left out");
        return null;
    }

    /** The licence as a reader should see it: its words, else a name for a known URL, plus the URL. */
    private static String rights(Element availability) {
        if (availability == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (Element licence : TeiDom.elements(availability, "licence")) {
            String words = TeiDom.plainText(licence);
            String target = TeiDom.attr(licence, "target");
            String name = words.isEmpty() && target != null ? licenceName(target) : words;
            if (name == null || name.isEmpty()) {
                name = target;
            } else if (target != null && !name.contains(target)) {
                name = name + " (" + target + ")";
            }
            if (name != null) {
                parts.add(name);
            }
        }
        for (Element p : TeiDom.elements(availability, "p")) {
            String words = TeiDom.plainText(p);
            if (!words.isEmpty()) {
                parts.add(words);
            }
        }
        if (parts.isEmpty()) {
            String status = TeiDom.attr(availability, "status");
            return "free".equals(status) ? "Freely available" : null;
        }
        return String.join(". ", parts);
    }

    private static String licenceName(String url) {
        Matcher m = CC_LICENCE.matcher(url);
        if (!m.find()) {
            return null;
        }
        String code = m.group(2);
        String version = m.group(3);
        if (m.group(1).equals("publicdomain")) {
            return code.equals("zero") ? "CC0 " + version : "Public Domain Mark " + version;
        }
        return "CC " + code.toUpperCase(java.util.Locale.ROOT) + " " + version;
    }

    private static Metadata.Identifier identifier(Element publicationStmt) {
        for (Element idno : TeiDom.elements(publicationStmt, "idno")) {
            String value = TeiDom.plainText(idno);
            if (value.isEmpty()) {
                continue;
            }
            String type = String.valueOf(TeiDom.attr(idno, "type")).toLowerCase(java.util.Locale.ROOT);
            switch (type) {
                case "isbn":
                    return new Metadata.Identifier(Metadata.Identifier.Scheme.ISBN, value);
                case "uuid":
                    return new Metadata.Identifier(Metadata.Identifier.Scheme.UUID, value);
                case "uri", "url":
                    return new Metadata.Identifier(Metadata.Identifier.Scheme.URI, value);
                case "doi":
                    return new Metadata.Identifier(Metadata.Identifier.Scheme.URI,
                            value.startsWith("http") ? value : "https://doi.org/" + value);
                default:
                    break;
            }
        }
        return null;
    }

    /**
     * One line describing the printed book the text was taken from: the print source if the
     * header names one, else the first edition, else any other bibliographic entry.
     */
    private static String source(Element sourceDesc) {
        if (sourceDesc == null) {
            return null;
        }
        Element best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Element e : TeiDom.elements(sourceDesc)) {
            String name = TeiDom.localName(e);
            if (!name.equals("bibl") && !name.equals("biblStruct") && !name.equals("biblFull")) {
                continue;
            }
            int rank = switch (String.valueOf(TeiDom.attr(e, "type"))) {
                case "printSource", "copyText", "print" -> 0;
                case "firstEdition", "edition" -> 1;
                case "digitalSource" -> 3;
                default -> 2;
            };
            if (rank < bestRank) {
                best = e;
                bestRank = rank;
            }
        }
        if (best == null) {
            String words = TeiDom.plainText(sourceDesc);
            return words.isEmpty() ? null : words;
        }
        return describe(best);
    }

    private static String describe(Element bibl) {
        String author = firstText(bibl, "author");
        List<String> titles = new ArrayList<>();
        NodeList titleNodes = bibl.getElementsByTagNameNS(BookReader.TEI_NS, "title");
        for (int i = 0; i < titleNodes.getLength(); i++) {
            String t = TeiDom.plainText(titleNodes.item(i));
            if (!t.isEmpty()) {
                titles.add(t);
            }
        }
        String place = firstText(bibl, "pubPlace");
        String publisher = firstText(bibl, "publisher");
        String date = firstText(bibl, "date");
        if (date == null) {
            NodeList dates = bibl.getElementsByTagNameNS(BookReader.TEI_NS, "date");
            if (dates.getLength() > 0) {
                date = TeiDom.attr((Element) dates.item(0), "when");
            }
        }
        if (author == null && titles.isEmpty() && publisher == null) {
            String words = TeiDom.plainText(bibl);
            return words.isEmpty() ? null : words;
        }
        List<String> parts = new ArrayList<>();
        if (author != null) {
            String shown = TeiPersonName.display(author);
            if (!shown.isEmpty()) {
                parts.add(shown);
            }
        }
        if (!titles.isEmpty()) {
            parts.add(String.join(". ", titles));
        }
        String imprint = place != null && publisher != null ? place + ": " + publisher
                : place != null ? place : publisher;
        if (imprint != null) {
            parts.add(imprint);
        }
        if (date != null) {
            parts.add(date);
        }
        return String.join(", ", parts);
    }

    private static String firstText(Element e, String localName) {
        NodeList list = e.getElementsByTagNameNS(BookReader.TEI_NS, localName);
        for (int i = 0; i < list.getLength(); i++) {
            String t = TeiDom.plainText(list.item(i));
            if (!t.isEmpty()) {
                return t;
            }
        }
        return null;
    }

    private static List<String> subjects(Element header) {
        List<String> out = new ArrayList<>();
        Element textClass = TeiDom.path(header, "profileDesc", "textClass");
        if (textClass == null) {
            return out;
        }
        NodeList terms = textClass.getElementsByTagNameNS(BookReader.TEI_NS, "term");
        for (int i = 0; i < terms.getLength(); i++) {
            Element term = (Element) terms.item(i);
            // Typed terms (ELTeC's narrative-perspective…) classify the text, not its subject.
            if (TeiDom.attr(term, "type") == null) {
                String t = TeiDom.plainText(term);
                if (!t.isEmpty() && !out.contains(t)) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private static String plainOrNull(Element e) {
        if (e == null) {
            return null;
        }
        String t = TeiDom.plainText(e);
        return t.isEmpty() ? null : t;
    }
}
