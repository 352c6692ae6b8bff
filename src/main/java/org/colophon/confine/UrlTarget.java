package org.colophon.confine;

import java.util.Locale;

/** What a URL written in a style sheet or an image points at, as far as an EPUB cares. */
public enum UrlTarget {
    /** Nothing: {@code url()} or {@code href=""}. */
    EMPTY,
    /** A place in the same document: {@code #gradient}. */
    FRAGMENT,
    /** Content carried in the URL itself: {@code data:image/png;base64,…}. */
    DATA,
    /** Something fetched from the network: {@code http:}, {@code https:}, {@code ftp:}… */
    NETWORK,
    /** A file of this computer: {@code file:}. */
    LOCAL_FILE,
    /** Any other scheme ({@code javascript:}, {@code mailto:}…). */
    OTHER_SCHEME,
    /** A file path, relative or absolute. */
    PATH;

    public static UrlTarget of(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        if (u.isEmpty()) {
            return EMPTY;
        }
        if (u.startsWith("#")) {
            return FRAGMENT;
        }
        int colon = u.indexOf(':');
        // "c:/x" is a Windows path, not a scheme: schemes are longer than one letter
        if (colon > 1 && u.substring(0, colon).matches("[a-z][a-z0-9+.-]*")) {
            return switch (u.substring(0, colon)) {
                case "data" -> DATA;
                case "file" -> LOCAL_FILE;
                case "http", "https", "ftp", "ftps", "ws", "wss", "sftp", "gopher" -> NETWORK;
                default -> OTHER_SCHEME;
            };
        }
        if (u.startsWith("//")) {
            return NETWORK; // scheme-relative: fetched with the page's own scheme
        }
        return PATH;
    }

    /**
     * Whether {@code url} is a data URL of a raster image every reading system shows (PNG,
     * JPEG, GIF): what an SVG may embed. An SVG in a data URL could carry a script again.
     */
    public static boolean isDataImage(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        for (String type : new String[] {"data:image/png", "data:image/jpeg", "data:image/gif"}) {
            if (u.startsWith(type) && u.length() > type.length() && ";,".indexOf(u.charAt(type.length())) >= 0) {
                return true;
            }
        }
        return false;
    }
}
