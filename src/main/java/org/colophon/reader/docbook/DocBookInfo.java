package org.colophon.reader.docbook;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.error.Diagnostic;
import org.colophon.error.Warnings;
import org.colophon.model.Creator;
import org.colophon.model.Metadata;
import org.colophon.reader.Assets;
import org.colophon.reader.BookIdentifiers;
import org.colophon.reader.XmlSource;
import org.w3c.dom.Element;

/**
 * The book's metadata from its {@code info} (DocBook 5) or {@code bookinfo} (DocBook 4):
 * title, subtitle, authors and editors, publication date, publisher, rights (the legal
 * notice, else the copyright line), ISBN, abstract (the description), subjects and
 * keywords, and the cover image.
 */
final class DocBookInfo {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d\\d|2\\d{3})\\b");

    private final Warnings warnings;
    private final List<Diagnostic> errors;
    private final Assets assets;

    DocBookInfo(Warnings warnings, List<Diagnostic> errors, Assets assets) {
        this.warnings = warnings;
        this.errors = errors;
        this.assets = assets;
    }

    /** {@code root} is the book; {@code info} its info element, or null. */
    Metadata read(Element root, Element info, String language) {
        Metadata.Builder m = Metadata.builder().language(language);
        String title = DocBookDom.text(DocBookDom.child(info, "title"));
        if (title.isEmpty()) {
            title = DocBookDom.text(DocBookDom.child(root, "title"));
        }
        if (title.isEmpty()) {
            XmlSource.Location at = XmlSource.locationOf(root);
            errors.add(Diagnostic.error(at.file(), at.line(), at.column(), "<" + root.getTagName() + "> has no title;"
                    + " expected <title> in it or in its <info> (<bookinfo> in DocBook 4)"));
        }
        m.title(title);
        String subtitle = DocBookDom.text(DocBookDom.child(info, "subtitle"));
        if (subtitle.isEmpty()) {
            subtitle = DocBookDom.text(DocBookDom.child(root, "subtitle"));
        }
        m.subtitle(subtitle.isEmpty() ? null : subtitle);
        if (info == null) {
            return m.build();
        }
        List<Creator> creators = new ArrayList<>();
        people(info, creators);
        for (Element group : DocBookDom.children(info, "authorgroup")) {
            people(group, creators);
        }
        m.creators(creators);
        String date = DocBookDom.text(DocBookDom.firstChild(info, "pubdate", "date"));
        if (!date.isEmpty()) {
            m.date(date(date, DocBookDom.firstChild(info, "pubdate", "date")));
        }
        Element publisher = DocBookDom.child(info, "publisher");
        String publisherName = publisher != null ? DocBookDom.text(DocBookDom.child(publisher, "publishername"))
                : DocBookDom.text(DocBookDom.child(info, "publishername"));
        m.publisher(publisherName.isEmpty() ? null : publisherName);
        String legal = DocBookDom.text(DocBookDom.child(info, "legalnotice"));
        Element copyright = DocBookDom.child(info, "copyright");
        if (!legal.isEmpty()) {
            m.rights(legal);
        } else if (copyright != null) {
            List<String> years = new ArrayList<>();
            DocBookDom.children(copyright, "year").forEach(y -> years.add(DocBookDom.text(y)));
            List<String> holders = new ArrayList<>();
            DocBookDom.children(copyright, "holder").forEach(h -> holders.add(DocBookDom.text(h)));
            m.rights("© " + String.join(", ", years) + " " + String.join(", ", holders));
        }
        isbn(info, m);
        String description = DocBookDom.text(DocBookDom.child(info, "abstract"));
        m.description(description.isEmpty() ? null : description);
        List<String> subjects = new ArrayList<>();
        for (Element set : DocBookDom.children(info, "subjectset")) {
            for (Element subject : DocBookDom.children(set, "subject")) {
                for (Element term : DocBookDom.children(subject, "subjectterm")) {
                    subjects.add(DocBookDom.text(term));
                }
            }
        }
        for (Element set : DocBookDom.children(info, "keywordset")) {
            for (Element keyword : DocBookDom.children(set, "keyword")) {
                subjects.add(DocBookDom.text(keyword));
            }
        }
        m.subjects(subjects.stream().filter(s -> !s.isEmpty()).distinct().toList());
        cover(info, m);
        return m.build();
    }

    private void people(Element parent, List<Creator> out) {
        for (Element e : DocBookDom.children(parent)) {
            String name = DocBookDom.name(e);
            Creator.Role role = "author".equals(name) ? Creator.Role.AUTHOR : "editor".equals(name) ? Creator.Role.EDITOR
                    : "corpauthor".equals(name) ? Creator.Role.AUTHOR : null;
            if (role == null) {
                continue;
            }
            Element person = DocBookDom.child(e, "personname");
            Element names = person != null ? person : e;
            String first = DocBookDom.text(DocBookDom.child(names, "firstname"));
            String last = DocBookDom.text(DocBookDom.child(names, "surname"));
            String shown;
            String fileAs = null;
            if (!last.isEmpty()) {
                shown = first.isEmpty() ? last : first + " " + last;
                fileAs = first.isEmpty() ? last : last + ", " + first;
            } else if (person != null) {
                shown = DocBookDom.text(person);
            } else {
                Element org = DocBookDom.child(e, "orgname");
                shown = org != null ? DocBookDom.text(org) : DocBookDom.text(e);
            }
            if (!shown.isEmpty()) {
                out.add(new Creator(shown, fileAs, role));
            }
        }
    }

    private String date(String text, Element at) {
        if (ISO_DATE.matcher(text).matches()) {
            return text;
        }
        Matcher year = YEAR.matcher(text);
        XmlSource.Location loc = XmlSource.locationOf(at);
        if (year.find()) {
            warnings.warn(loc.file(), loc.line(), loc.column(), "the date '" + text + "' is not written YYYY-MM-DD;"
                    + " the books give its year, " + year.group(1));
            return year.group(1);
        }
        warnings.warn(loc.file(), loc.line(), loc.column(), "the date '" + text + "' holds no year; the books give no date");
        return null;
    }

    private void isbn(Element info, Metadata.Builder m) {
        Element isbn = DocBookDom.child(info, "isbn");
        if (isbn == null) {
            for (Element id : DocBookDom.children(info, "biblioid")) {
                if (id.getAttribute("class").equals("isbn")) {
                    isbn = id;
                }
            }
        }
        if (isbn == null) {
            return;
        }
        String value = DocBookDom.text(isbn);
        String problem = BookIdentifiers.problem("isbn", value);
        if (problem != null) {
            XmlSource.Location at = XmlSource.locationOf(isbn);
            errors.add(Diagnostic.error(at.file(), at.line(), at.column(), problem));
            return;
        }
        m.identifier(new Metadata.Identifier(Metadata.Identifier.Scheme.ISBN, value));
    }

    /** DocBook 5's {@code cover}, or DocBook 4's {@code mediaobject role="cover"}. */
    private void cover(Element info, Metadata.Builder m) {
        Element media = null;
        Element cover = DocBookDom.child(info, "cover");
        if (cover != null) {
            media = DocBookDom.child(cover, "mediaobject");
        }
        for (Element e : DocBookDom.children(info, "mediaobject")) {
            if (media == null && e.getAttribute("role").equals("cover")) {
                media = e;
            }
        }
        Element data = media == null ? null : DocBookDom.child(DocBookDom.child(media, "imageobject"), "imagedata");
        if (data != null && !data.getAttribute("fileref").isBlank()) {
            assets.register(data, data.getAttribute("fileref").strip(), false, errors);
            m.cover(assets.hrefOf(data));
        }
    }
}
