package org.colophon.reader.tei;

import java.nio.file.Path;
import java.util.Set;
import org.colophon.error.BuildException;
import org.colophon.reader.XmlSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Counts the words of a TEI book's {@code text} element, to check that no word is lost
 * or doubled on the way to the EPUB.
 *
 * <p><b>A word</b> is a maximal run of letters, digits and combining marks; an apostrophe
 * (' ’ ʼ) with a letter or digit on both sides joins ("L'hôtel", "don’t" are one word),
 * and so does an invisible format character (a soft hyphen). Everything else separates:
 * spaces, hyphens ("vingt-quatre" is two words), dashes, punctuation. Count the EPUB's
 * XHTML text with {@link #countWords} too, treating block boundaries, {@code <br/>} and
 * footnote boundaries as separators, and the two numbers must agree.
 *
 * <p><b>What is counted</b> is what the reader shows: the text nodes under {@code text}
 * (the {@code teiHeader} is not counted), with a separator at the boundary of every
 * element that becomes its own block, line, note or quotation (p, head, l, item, note,
 * quote, lb…), and none around phrase-level elements (hi, emph, foreign, ref, name…) or
 * elements the reader does not know, which keep the text on either side joined as written. Left out, as the reader leaves
 * them out: {@code figDesc} (it becomes alt text, not text), {@code fw} (the source's running heads
 * and page numbers), the readings a
 * {@code choice} does not show (sic, orig, abbr when corr, reg, expan are there), and
 * the call mark ("1", "(1)", "*") of a {@code ref} that points to a separately kept
 * note, which the footnote's own call replaces. Added, as the reader adds it: the
 * {@code @n} of a div (or of a text or group in a {@code group}) with no title of its
 * own, which becomes its heading.
 */
final class TeiWordCount {

    /**
     * Elements that stand apart from the text around them: blocks, lines, notes, quotations
     * (whose marks the typography pass adds), forced breaks. Every other element, known
     * phrase-level ones (hi, foreign, ref…) as well as unknown ones, joins the text on either
     * side, as the reader keeps it.
     */
    private static final Set<String> SEPARATING = Set.of(
            "text", "front", "body", "back", "group", "div", "div1", "div2", "div3", "div4", "div5",
            "div6", "div7", "p", "ab", "head", "l", "lg", "list", "item", "label", "note", "trailer",
            "quote", "q", "said", "soCalled", "cit", "bibl", "epigraph", "argument", "lb", "figure",
            "table", "row", "cell", "salute", "signed", "dateline", "opener", "closer", "byline",
            "docAuthor", "docTitle", "titlePart", "docImprint", "docDate", "docEdition", "titlePage",
            "floatingText", "sp", "speaker", "stage", "milestone");

    private TeiWordCount() {
    }

    /** Words in the {@code text} element of the TEI file. */
    public static long countTeiText(Path teiFile) throws BuildException {
        Document doc = XmlSource.parse(teiFile, teiFile.toString());
        Element text = TeiDom.child(doc.getDocumentElement(), "text");
        return text == null ? 0 : countTeiText(text);
    }

    /** Words in a TEI {@code text} element. */
    public static long countTeiText(Element text) {
        StringBuilder sb = new StringBuilder();
        new Walker(new TeiNotes(text)).walk(text, sb);
        return countWords(sb);
    }

    /** Words in a piece of text, as defined above. */
    public static long countWords(CharSequence text) {
        long count = 0;
        boolean inWord = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = Character.codePointAt(text, i);
            int len = Character.charCount(cp);
            if (isWordChar(cp)) {
                if (!inWord) {
                    count++;
                    inWord = true;
                }
            } else if (inWord && isJoiner(cp) && i + len < n && isWordChar(Character.codePointAt(text, i + len))) {
                // an apostrophe or a soft hyphen inside a word: still the same word
            } else if (!(inWord && Character.getType(cp) == Character.FORMAT)) {
                inWord = false;
            }
            i += len;
        }
        return count;
    }

    private static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isJoiner(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u02BC' || Character.getType(cp) == Character.FORMAT;
    }

    /** Collects the counted text, with a line end at each separating element's edges. */
    private record Walker(TeiNotes notes) {

        void walk(Node node, StringBuilder sb) {
            for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
                short type = n.getNodeType();
                if (type == Node.TEXT_NODE || type == Node.CDATA_SECTION_NODE) {
                    sb.append(n.getNodeValue());
                } else if (n instanceof Element e) {
                    element(e, sb);
                }
            }
        }

        private void element(Element e, StringBuilder sb) {
            String name = TeiDom.localName(e);
            boolean tei = TeiDom.isTei(e);
            if (tei && (name.equals("figDesc") || name.equals("fw"))) {
                return;
            }
            if (tei && name.equals("ref") && TeiNotes.isCallMark(e.getTextContent())
                    && notes.noteFor(TeiNotes.firstPointer(TeiDom.attr(e, "target"))) != null) {
                return;
            }
            boolean separates = tei && SEPARATING.contains(name);
            if (separates) {
                sb.append('\n');
            }
            if (tei && titledByNumber(e)) {
                sb.append(TeiDom.attr(e, "n")).append('\n');
            }
            if (tei && name.equals("choice")) {
                Node shown = shownReading(e);
                if (shown != null) {
                    element((Element) shown, sb);
                }
            } else {
                walk(e, sb);
            }
            if (separates) {
                sb.append('\n');
            }
        }

        /** A div, a grouped text or a nested group that has no title but its {@code @n}. */
        private static boolean titledByNumber(Element e) {
            if (TeiDom.attr(e, "n") == null) {
                return false;
            }
            boolean grouped = e.getParentNode() instanceof Element parent && TeiDom.isTei(parent, "group");
            if (TeiDom.isDiv(e) || (grouped && TeiDom.localName(e).equals("group"))) {
                return TeiDom.child(e, "head") == null;
            }
            if (grouped && TeiDom.localName(e).equals("text")) {
                Element front = TeiDom.child(e, "front");
                return TeiDom.path(e, "front", "titlePage", "docTitle") == null && TeiDom.child(front, "docTitle") == null
                        && TeiDom.child(front, "head") == null && TeiDom.child(TeiDom.child(e, "body"), "head") == null;
            }
            return false;
        }

        private static Node shownReading(Element choice) {
            for (String preferred : new String[] {"corr", "reg", "expan"}) {
                Element e = TeiDom.child(choice, preferred);
                if (e != null) {
                    return e;
                }
            }
            var all = TeiDom.elements(choice);
            return all.isEmpty() ? null : all.get(0);
        }
    }
}
