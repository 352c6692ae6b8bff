package org.colophon.reader.tei;

import java.util.regex.Pattern;
import org.colophon.model.Creator;
import org.colophon.reader.BookReader;
import org.w3c.dom.Element;

/**
 * An author's name as library catalogues (and ELTeC) write it, turned into the printed
 * form and the sort form: {@code "Ponson du Terrail, Pierre Alexis (1829-1871)"} gives
 * "Pierre Alexis Ponson du Terrail", filed as "Ponson du Terrail, Pierre Alexis".
 */
final class TeiPersonName {

    /**
     * Cataloguers' parentheses: life dates such as "(1829-1871)" or "(1856-1934).", and the
     * fuller form of initials, as in "Braddon, M. E. (Mary Elizabeth)": not part of the
     * name as printed.
     */
    private static final Pattern DATES = Pattern.compile("\\s*\\([^()]*\\)\\.?");
    /** Cataloguers' remarks in brackets, such as "[pseud.]". */
    private static final Pattern REMARKS = Pattern.compile("\\s*\\[[^\\]]*\\]");

    private TeiPersonName() {
    }

    /** The creator named by a TEI {@code author} (or {@code editor}) element; null when it is empty. */
    static Creator of(Element person, Creator.Role role) {
        Element surname = first(person, "surname");
        Element forename = first(person, "forename");
        if (surname != null) {
            String last = TeiDom.plainText(surname);
            String first = forename == null ? "" : TeiDom.plainText(forename);
            if (first.isEmpty()) {
                return new Creator(last, null, role);
            }
            return new Creator(first + " " + last, last + ", " + first, role);
        }
        return parse(TeiDom.plainText(person), role);
    }

    /** Parses a catalogue-style name; null when nothing is left of it. */
    static Creator parse(String written, Creator.Role role) {
        String name = REMARKS.matcher(DATES.matcher(written).replaceAll("")).replaceAll("").trim();
        while (name.endsWith(",") || name.endsWith(";")) {
            name = name.substring(0, name.length() - 1).trim();
        }
        if (name.isEmpty()) {
            return null;
        }
        int comma = name.indexOf(',');
        if (comma < 0) {
            return new Creator(name, null, role);
        }
        String last = name.substring(0, comma).trim();
        String first = name.substring(comma + 1).trim();
        if (first.isEmpty()) {
            return new Creator(last, null, role);
        }
        return new Creator(first + " " + last, last + ", " + first, role);
    }

    /** The printed form of a catalogue-style name ("Last, First (dates)" → "First Last"). */
    static String display(String written) {
        Creator c = parse(written, Creator.Role.AUTHOR);
        return c == null ? "" : c.name();
    }

    private static Element first(Element e, String localName) {
        var list = e.getElementsByTagNameNS(BookReader.TEI_NS, localName);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }
}
