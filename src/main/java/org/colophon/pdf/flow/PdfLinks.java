package org.colophon.pdf.flow;

/**
 * Link targets in the PDF: an external URL stays as it is; a link into the book becomes
 * {@code #id} (ids are unique in a book), a link to a whole page becomes the page's anchor.
 */
public final class PdfLinks {

    private static final String PAGE_PREFIX = "colophon-page:";

    private PdfLinks() {
    }

    public static String pageAnchor(String pagePath) {
        return PAGE_PREFIX + pagePath;
    }

    static boolean isExternal(String href) {
        int colon = href.indexOf(':');
        int slash = href.indexOf('/');
        int hash = href.indexOf('#');
        return colon > 0 && (slash < 0 || colon < slash) && (hash < 0 || colon < hash) && !href.startsWith(PAGE_PREFIX);
    }

    /** The target id of an internal link ({@code #id} or a page anchor), or the URL of an external one. */
    static String resolve(String fromPage, String href) {
        if (isExternal(href)) {
            return href;
        }
        int hash = href.indexOf('#');
        if (hash >= 0 && hash < href.length() - 1) {
            return "#" + href.substring(hash + 1);
        }
        String file = hash >= 0 ? href.substring(0, hash) : href;
        return file.isEmpty() ? "#" + pageAnchor(fromPage) : "#" + pageAnchor(resolvePath(fromPage, file));
    }

    /** {@code ../images/a.png} seen from {@code EPUB/text/c.xhtml} is {@code EPUB/images/a.png}. */
    static String resolvePath(String fromPage, String relative) {
        String base = fromPage.contains("/") ? fromPage.substring(0, fromPage.lastIndexOf('/') + 1) : "";
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String p : (base + relative).split("/")) {
            if (p.equals("..")) {
                parts.pollLast();
            } else if (!p.isEmpty() && !p.equals(".")) {
                parts.addLast(p);
            }
        }
        return String.join("/", parts);
    }
}
