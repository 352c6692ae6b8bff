package org.colophon.pdf.css;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.colophon.pdf.css.Cascade;
import org.colophon.pdf.css.ComputedStyle;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Styles for things the typesetter adds that no XHTML page contains (folios and
 * running heads): print.css styles them by class, as if they were
 * {@code <div class="folio">} inside the body.
 */
public final class SyntheticElement {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private SyntheticElement() {
    }

    public static ComputedStyle style(Cascade cascade, ComputedStyle body, String name, String cssClass, float width) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            Document d = f.newDocumentBuilder().newDocument();
            Element html = d.createElementNS(XHTML, "html");
            Element bodyElement = d.createElementNS(XHTML, "body");
            Element element = d.createElementNS(XHTML, name);
            element.setAttribute("class", cssClass);
            d.appendChild(html);
            html.appendChild(bodyElement);
            bodyElement.appendChild(element);
            return cascade.compute(element, body, width);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
