package org.colophon.layout;

/**
 * Where the files of the EPUB container go and how they link to each other: the package
 * document, the navigation document and the NCX at the package root, pages in
 * {@code text/}, images in {@code media/}, the stylesheet in {@code css/}, embedded fonts in {@code fonts/}.
 */
public final class EpubPaths {

    /** The folder of the package document; the links of the package files are relative to it. */
    public static final String ROOT = "EPUB/";
    public static final String PACKAGE_DOCUMENT = ROOT + "package.opf";
    public static final String NAVIGATION = ROOT + "nav.xhtml";
    public static final String NCX = ROOT + "toc.ncx";
    public static final String STYLESHEET = ROOT + "css/epub.css";

    private static final String TEXT = ROOT + "text/";
    private static final String MEDIA = ROOT + "media/";
    private static final String FONTS = ROOT + "fonts/";

    private EpubPaths() {
    }

    /** The container path of the XHTML page {@code fileName}. */
    public static String page(String fileName) {
        return TEXT + fileName;
    }

    /** The container path of the image {@code fileName}. */
    public static String media(String fileName) {
        return MEDIA + fileName;
    }

    /** The container path of the embedded font {@code fileName}. */
    public static String font(String fileName) {
        return FONTS + fileName;
    }

    /** Whether {@code path} is one of the container's embedded fonts. */
    public static boolean isFont(String path) {
        return path.startsWith(FONTS);
    }

    /** How the package and navigation documents link to {@code path}. */
    public static String fromRoot(String path) {
        if (!path.startsWith(ROOT)) {
            throw new IllegalArgumentException("not inside " + ROOT + ": " + path);
        }
        return path.substring(ROOT.length());
    }

    /** How a page links to {@code path}: pages are one folder down from the root. */
    public static String fromPage(String path) {
        return "../" + fromRoot(path);
    }
}
