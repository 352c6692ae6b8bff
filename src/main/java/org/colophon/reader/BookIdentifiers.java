package org.colophon.reader;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Checks a book identifier by its scheme: ISBN-10 and ISBN-13 checksums, UUID syntax,
 * absolute URIs. Each check returns null when the value is fine, or what is wrong.
 */
public final class BookIdentifiers {

    private BookIdentifiers() {
    }

    public static String problem(String scheme, String value) {
        return switch (scheme) {
            case "isbn" -> isbnProblem(value);
            case "uuid" -> uuidProblem(value);
            case "uri" -> uriProblem(value);
            default -> null;
        };
    }

    /** Accepts hyphens and spaces between digits, and an optional "ISBN" or "urn:isbn:" in front. */
    static String isbnProblem(String value) {
        String v = value.strip();
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.startsWith("urn:isbn:")) {
            v = v.substring(9);
        } else if (lower.startsWith("isbn")) {
            v = v.substring(4).replaceFirst("^[-:\\s]+", "");
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9' || ((c == 'X' || c == 'x') && i == v.length() - 1)) {
                digits.append(Character.toUpperCase(c));
            } else if (c != '-' && c != ' ') {
                return "the ISBN '" + value + "' holds '" + c + "'; an ISBN is made of digits (and hyphens)";
            }
        }
        String d = digits.toString();
        if (d.length() == 13) {
            if (!d.startsWith("978") && !d.startsWith("979")) {
                return "the ISBN '" + value + "' does not start with 978 or 979, as every ISBN-13 does";
            }
            int sum = 0;
            for (int i = 0; i < 13; i++) {
                char c = d.charAt(i);
                if (c == 'X') {
                    return "the ISBN-13 '" + value + "' may not end with X";
                }
                sum += (c - '0') * (i % 2 == 0 ? 1 : 3);
            }
            if (sum % 10 != 0) {
                int expected = (10 - (sum - (d.charAt(12) - '0')) % 10) % 10;
                return "the ISBN-13 '" + value + "' has a wrong check digit: it ends with " + d.charAt(12)
                        + " but its digits give " + expected + " (a typing mistake?)";
            }
            return null;
        }
        if (d.length() == 10) {
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                char c = d.charAt(i);
                int digit = c == 'X' ? 10 : c - '0';
                sum += digit * (10 - i);
            }
            if (sum % 11 != 0) {
                return "the ISBN-10 '" + value + "' has a wrong check digit (a typing mistake?)";
            }
            return null;
        }
        return "the ISBN '" + value + "' has " + d.length() + " digits; an ISBN has 13 (or, before 2007, 10)";
    }

    /** Accepts a bare UUID or one written as a URN ({@code urn:uuid:…}). */
    static String uuidProblem(String value) {
        String v = value.strip();
        if (v.toLowerCase(Locale.ROOT).startsWith("urn:uuid:")) {
            v = v.substring(9);
        }
        if (v.length() != 36) {
            return "the UUID '" + value + "' is not written as 8-4-4-4-12 hexadecimal digits"
                    + " (such as 123e4567-e89b-12d3-a456-426614174000)";
        }
        for (int i = 0; i < 36; i++) {
            char c = v.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            boolean ok = dash ? c == '-' : (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!ok) {
                return "the UUID '" + value + "' is not written as 8-4-4-4-12 hexadecimal digits"
                        + " (such as 123e4567-e89b-12d3-a456-426614174000)";
            }
        }
        return null;
    }

    static String uriProblem(String value) {
        try {
            URI uri = new URI(value.strip());
            if (!uri.isAbsolute()) {
                return "the identifier '" + value + "' is not an absolute URI (it needs a scheme, such as https: or urn:)";
            }
            return null;
        } catch (URISyntaxException e) {
            return "the identifier '" + value + "' is not a valid URI: " + e.getReason();
        }
    }
}
