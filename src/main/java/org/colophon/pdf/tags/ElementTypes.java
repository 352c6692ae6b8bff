package org.colophon.pdf.tags;

import org.w3c.dom.Element;

/**
 * The standard PDF structure type (ISO 32000-1, 14.8.4) each XHTML element of the
 * layouts stands for. The semantics come from the element, its {@code epub:type} and its
 * ARIA role, the same ones the EPUB's reading systems use.
 */
final class ElementTypes {

    static final String EPUB_NS = "http://www.idpf.org/2007/ops";

    /** Children go straight to the parent's element: the element adds no structure. */
    static final String TRANSPARENT = "";
    /** The element and what it holds are decoration: drawn as artifacts. */
    static final String ARTIFACT = "Artifact";

    private ElementTypes() {
    }

    static String typeOf(Element element, boolean inContents) {
        String role = element.getAttribute("role");
        if (role.equals("presentation") || role.equals("none") || role.equals("separator")
                || element.getAttribute("aria-hidden").equals("true")) {
            return ARTIFACT;
        }
        String name = element.getLocalName();
        String epubType = element.getAttributeNS(EPUB_NS, "type");
        return switch (name) {
            case "html", "body", "hr", "br" -> TRANSPARENT;
            case "section", "article", "main", "nav" ->
                    hasToken(epubType, "part") || hasToken(epubType, "volume") ? "Part" : "Sect";
            case "h1" -> "H1";
            case "h2" -> "H2";
            case "h3" -> "H3";
            case "h4" -> "H4";
            case "h5" -> "H5";
            case "h6" -> "H6";
            case "pre" -> hasToken(element.getAttribute("class"), "code") ? "Code" : "P";
            case "p", "address" -> "P";
            case "blockquote" -> "BlockQuote";
            case "ol", "ul" -> inContents ? "TOC" : "L";
            case "li" -> inContents ? "TOCI" : "LI";
            case "figcaption", "caption" -> "Caption";
            case "table" -> "Table";
            case "thead" -> "THead";
            case "tbody" -> "TBody";
            case "tfoot" -> "TFoot";
            case "tr" -> "TR";
            case "th" -> "TH";
            case "td" -> "TD";
            case "colgroup", "col" -> ARTIFACT;
            case "aside" -> hasToken(epubType, "footnote") || hasToken(epubType, "endnote")
                    || hasToken(epubType, "rearnote") || role.equals("doc-footnote") || role.equals("doc-endnote")
                    ? "Note" : "Div";
            default -> "Div"; // figure (its image is the Figure), div, header, footer…
        };
    }

    /** Types whose text is their own content; any other type gets its loose text in a P. */
    static boolean holdsText(String type) {
        return switch (type) {
            case "P", "H1", "H2", "H3", "H4", "H5", "H6", "Lbl", "LBody", "Caption", "TOCI", "TH", "TD", "Code" -> true;
            default -> false;
        };
    }

    static boolean hasToken(String list, String token) {
        int at = list.indexOf(token);
        while (at >= 0) {
            int end = at + token.length();
            if ((at == 0 || list.charAt(at - 1) == ' ') && (end == list.length() || list.charAt(end) == ' ')) {
                return true;
            }
            at = list.indexOf(token, end);
        }
        return false;
    }
}
