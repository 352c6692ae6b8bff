package org.colophon.reader;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewords the XML parser's messages about a file that is not well-formed XML, for the
 * usual mistakes of hand-written files. The parser is run with untranslated messages
 * ({@link java.util.Locale#ROOT}) so that they can be recognised here.
 */
final class ParserMessages {

    static final String NOT_UTF8 = "the file is not valid UTF-8 here (was it saved as Latin-1 or"
            + " Windows-1252?); save it as UTF-8, or name its encoding in the XML declaration";

    static final String DOCTYPE = "a DOCTYPE declaration is not allowed: manuscripts may not use DTDs or entities";

    private static final Pattern UNCLOSED = Pattern.compile(
            "The element type \"([^\"]+)\" must be terminated by the matching end-tag");
    private static final Pattern UNDECLARED_ENTITY = Pattern.compile("The entity \"([^\"]+)\" was referenced, but not declared");
    private static final Pattern REPEATED_ATTRIBUTE = Pattern.compile(
            "Attribute \"([^\"]+)\" was already specified for element \"([^\"]+)\"");
    private static final Pattern UNQUOTED = Pattern.compile(
            "Open quote is expected for attribute \"([^\"]+)\" associated with an\\s+element type\\s+\"([^\"]+)\"");
    private static final Pattern UNBOUND_PREFIX = Pattern.compile(
            "The prefix \"([^\"]+)\" for (?:element|attribute) \"([^\"]+)\".* is not bound");

    /** The parser's message about a file that is not XML, reworded where a plainer one is known. */
    static String explain(String parserMessage) {
        if (parserMessage == null) {
            return "the file is not well-formed XML";
        }
        if (parserMessage.contains("maxElementDepth")) {
            return "elements nest more than " + ReadLimits.MAX_DEPTH + " deep here; a manuscript never needs that many"
                    + " levels";
        }
        if (parserMessage.contains("DOCTYPE")) {
            return DOCTYPE;
        }
        if (parserMessage.contains("Invalid byte") || parserMessage.contains("UTF-8")) {
            return NOT_UTF8;
        }
        Matcher m = UNCLOSED.matcher(parserMessage);
        if (m.find()) {
            return "not well-formed XML: <" + m.group(1) + "> is still open here; expected </" + m.group(1) + ">"
                    + " before this end tag";
        }
        m = UNDECLARED_ENTITY.matcher(parserMessage);
        if (m.find()) {
            return "not well-formed XML: &" + m.group(1) + "; is not an XML entity; only &amp; &lt; &gt; &quot;"
                    + " &apos; and numeric references such as &#160; exist (or type the character itself)";
        }
        m = REPEATED_ATTRIBUTE.matcher(parserMessage);
        if (m.find()) {
            return "not well-formed XML: attribute " + m.group(1) + " is written twice on <" + m.group(2) + ">";
        }
        m = UNQUOTED.matcher(parserMessage);
        if (m.find()) {
            return "not well-formed XML: the value of attribute " + m.group(1) + " on <" + m.group(2)
                    + "> needs quotes: " + m.group(1) + "=\"…\"";
        }
        m = UNBOUND_PREFIX.matcher(parserMessage);
        if (m.find()) {
            String hint = m.group(1).equals("xi") ? "add xmlns:xi=\"http://www.w3.org/2001/XInclude\" to the root element"
                    : "declare it with xmlns:" + m.group(1) + "=\"…\"";
            return "not well-formed XML: the prefix " + m.group(1) + ": of " + m.group(2) + " is not declared; " + hint;
        }
        if (parserMessage.contains("must start and end within the same entity")) {
            return "not well-formed XML: the file ends while elements are still open (an end tag is missing)";
        }
        if (parserMessage.contains("following the root element must be well-formed")
                || parserMessage.contains("Content is not allowed in trailing section")) {
            return "not well-formed XML: there is more after the end of the root element; a file holds one root"
                    + " element and nothing after it";
        }
        if (parserMessage.contains("Content is not allowed in prolog")) {
            return "not well-formed XML: there is text before the root element; the file must start with"
                    + " <?xml …?> or with its root element";
        }
        if (parserMessage.contains("must immediately follow the '&'") || parserMessage.contains("must end with the ';'")) {
            return "not well-formed XML: an & that does not start a reference such as &amp;; write &amp; for an"
                    + " ampersand (in link addresses too)";
        }
        if (parserMessage.contains("must consist of well-formed character data or markup")) {
            return "not well-formed XML: a < that does not start a tag; write &lt; for a less-than sign";
        }
        return "not well-formed XML: " + parserMessage;
    }

    private ParserMessages() {
    }
}
