package org.colophon.reader.docbook;

import java.util.HashSet;
import java.util.Set;
import org.colophon.error.Warnings;
import org.colophon.reader.XmlSource;
import org.w3c.dom.Element;

/**
 * Reports the elements the reader does not map, once per name (a book that uses one a
 * thousand times needs to hear of it once), at the first place it is used. Their text is
 * kept by the caller.
 */
final class UnknownElements {

    private final Warnings warnings;
    private final Set<String> reported = new HashSet<>();

    UnknownElements(Warnings warnings) {
        this.warnings = warnings;
    }

    void report(Element e, String keptAs) {
        if (reported.add(e.getTagName())) {
            XmlSource.Location at = XmlSource.locationOf(e);
            warnings.warn(at.file(), at.line(), at.column(), "<" + e.getTagName() + "> is not a DocBook element Colophon"
                    + " maps; its text is kept " + keptAs + " (reported once, for its first use)");
        }
    }
}
