package org.colophon.reader.tei;

import java.util.HashSet;
import java.util.Set;
import org.colophon.error.Warnings;
import org.colophon.reader.XmlSource;
import org.w3c.dom.Element;

/** Reports what the reader keeps but cannot honour, once per kind of thing, with its place. */
final class TeiReport {

    private final Warnings warnings;
    private final Set<String> warned = new HashSet<>();

    TeiReport(Warnings warnings) {
        this.warnings = warnings;
    }

    void unknown(Element e) {
        String name = TeiDom.isTei(e) ? TeiDom.localName(e)
                : (e.getNamespaceURI() == null ? "" : "{" + e.getNamespaceURI() + "}") + TeiDom.localName(e);
        once(name, e, "<" + name + "> is not an element Colophon knows; its text is kept as plain text"
                + " (other <" + name + "> elements are not reported)");
    }

    void once(String key, Element at, String message) {
        if (warned.add(key)) {
            XmlSource.Location loc = XmlSource.locationOf(at);
            warnings.warn(loc.file(), loc.line(), loc.column(), message);
        }
    }
}
