package org.colophon.reader.tei;

import static org.colophon.reader.tei.TeiElements.BLOCK;
import static org.colophon.reader.tei.TeiElements.BLOCK_IN_PARAGRAPH;
import static org.colophon.reader.tei.TeiElements.TRANSPARENT;
import static org.colophon.reader.tei.TeiElements.children;
import static org.colophon.reader.tei.TeiElements.langOf;
import static org.colophon.reader.tei.TeiElements.langOr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.colophon.model.Block;
import org.colophon.model.Inline;
import org.colophon.reader.InlineCollector;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Maps TEI phrase-level content onto inlines: {@code hi}/{@code emph} and their
 * {@code @rend} to styles, {@code foreign} to a language span, {@code q}/{@code quote} to
 * quotations, {@code note} to footnotes, {@code ref}/{@code ptr} to footnote calls, links
 * and cross-references, {@code gap} to "[…]", {@code choice} to its corrected reading.
 * Phrases it does not know keep their text and are reported once.
 */
final class TeiInlineReader {

    /** Reads the blocks of a footnote (the block reader, which in turn reads inlines). */
    @FunctionalInterface
    interface NoteBodies {
        List<Block> blocksOf(Element note, String lang);
    }

    private final TeiReport report;
    private final TeiIds ids;
    private final TeiNotes notes;
    private final NoteBodies noteBodies;
    private final List<String> crossRefTargets = new ArrayList<>();

    TeiInlineReader(TeiReport report, TeiIds ids, TeiNotes notes, NoteBodies noteBodies) {
        this.report = report;
        this.ids = ids;
        this.notes = notes;
        this.noteBodies = noteBodies;
    }

    /** Targets of the cross-references made, for a check that each names an id the book has. */
    List<String> crossRefTargets() {
        return crossRefTargets;
    }

    List<Inline> inlines(List<Node> nodes, String lang) {
        List<Inline> out = new ArrayList<>();
        for (Node n : nodes) {
            short type = n.getNodeType();
            if (type == Node.TEXT_NODE || type == Node.CDATA_SECTION_NODE) {
                out.add(new Inline.Text(n.getNodeValue()));
            } else if (n instanceof Element e) {
                inline(e, lang, out);
            }
        }
        return out;
    }

    private void inline(Element e, String lang, List<Inline> out) {
        if (!TeiDom.isTei(e)) {
            report.unknown(e);
            out.addAll(inlines(children(e), lang));
            return;
        }
        String name = TeiDom.localName(e);
        String own = langOf(e);
        String inner = own != null ? own : lang;
        List<Inline> made = new ArrayList<>();
        boolean langDone = false;
        switch (name) {
            case "code" -> made.add(new Inline.Code(Inline.CodeKind.CODE, e.getTextContent()));
            case "hi", "emph" -> made.addAll(styled(e, inlines(children(e), inner), inner, Inline.Style.EMPHASIS));
            case "title", "mentioned" -> made.addAll(styled(e, inlines(children(e), inner), inner, Inline.Style.EMPHASIS));
            case "foreign" -> {
                List<Inline> content = rendition(e) == null ? inlines(children(e), inner)
                        : styled(e, inlines(children(e), inner), inner, null);
                if (own != null && !own.equals(lang)) {
                    made.add(new Inline.Foreign(own, content));
                } else {
                    made.addAll(content);
                }
                langDone = true;
            }
            case "q", "quote", "said", "soCalled" -> made.add(new Inline.Quote(null, null, inlines(children(e), inner)));
            case "cit", "epigraph", "argument" -> made.addAll(inlines(children(e), inner));
            case "note" -> {
                if (!notes.isCalled(e)) {
                    Inline.Note note = note(e, inner);
                    if (note != null) {
                        made.add(note);
                    }
                }
            }
            case "ref", "ptr" -> reference(e, inner, made);
            case "lb" -> {
                if (!"no".equals(TeiDom.attr(e, "break"))) {
                    made.add(new Inline.LineBreak());
                }
            }
            case "pb", "cb", "gb", "fw", "milestone" -> { }
            case "anchor" -> {
                String id = TeiDom.xmlId(e);
                if (id != null && notes.notesCalledAt(id).isEmpty()) {
                    made.add(new Inline.Anchor(ids.idFor(e, "anchor")));
                }
            }
            case "index" -> indexTerms(e, List.of(), made);
            case "gap" -> made.add(new Inline.Text("[\u2026]"));
            case "choice" -> made.addAll(inlines(List.of(chosen(e)), inner));
            default -> {
                if (BLOCK.contains(name) || BLOCK_IN_PARAGRAPH.contains(name) || name.equals("l") || name.equals("lg")) {
                    // a block where only phrases may stand (a paragraph inside a heading…): keep its words, on a line of its own
                    if (!out.isEmpty()) {
                        made.add(new Inline.LineBreak());
                    }
                    made.addAll(inlines(children(e), inner));
                } else {
                    if (!TRANSPARENT.contains(name)) {
                        report.unknown(e);
                    }
                    made.addAll(inlines(children(e), inner));
                }
            }
        }
        if (!langDone && own != null && !own.equals(lang) && !made.isEmpty()) {
            List<Inline> wrapped = List.of(new Inline.Foreign(own, made));
            made = new ArrayList<>(wrapped);
        }
        String id = TeiDom.xmlId(e);
        if (id != null) {
            for (Element note : notes.notesCalledAt(id)) {
                if (notes.place(note)) {
                    Inline.Note n = note(note, lang);
                    if (n != null) {
                        made.add(n);
                    }
                }
            }
        }
        out.addAll(made);
    }

    /** In a {@code choice}, the corrected, regularised or expanded reading. */
    private static Node chosen(Element choice) {
        for (String preferred : new String[] {"corr", "reg", "expan"}) {
            Element e = TeiDom.child(choice, preferred);
            if (e != null) {
                return e;
            }
        }
        List<Element> all = TeiDom.elements(choice);
        return all.isEmpty() ? choice.getOwnerDocument().createTextNode("") : all.get(0);
    }

    private Inline.Note note(Element note, String lang) {
        String id = ids.idFor(note, "note");
        List<Block> content = noteBodies.blocksOf(note, langOr(note, lang));
        return content.isEmpty() ? null : new Inline.Note(id, content);
    }

    /**
     * A TEI index entry, {@code <index><term>…</term><index><term>…</term></index></index>}: a
     * place in the text, its nested entries the sub-entries (three levels at most). It prints nothing.
     */
    private void indexTerms(Element index, List<String> above, List<Inline> made) {
        List<String> path = new ArrayList<>(above);
        List<Element> nested = new ArrayList<>();
        for (Node n = index.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (TeiDom.isTei(n, "term") && path.size() == above.size()) {
                String term = InlineCollector.collapse(n.getTextContent()).strip();
                if (!term.isEmpty()) {
                    path.add(term);
                }
            } else if (TeiDom.isTei(n, "index")) {
                nested.add((Element) n);
            }
        }
        if (path.size() == above.size() || path.size() > 3) {
            return; // an entry without a term marks nothing
        }
        if (nested.isEmpty()) {
            made.add(new Inline.IndexTerm(ids.idFor(index, "ix"), path, Inline.IndexMark.POINT, null, null, null));
        }
        for (Element sub : nested) {
            indexTerms(sub, path, made);
        }
    }

    private void reference(Element ref, String lang, List<Inline> out) {
        String target = TeiDom.attr(ref, "target");
        List<Inline> content = inlines(children(ref), lang);
        String id = TeiNotes.firstPointer(target);
        Element note = notes.noteFor(id);
        if (note != null) {
            if (!TeiNotes.isCallMark(ref.getTextContent())) {
                out.addAll(content);
            }
            if (notes.place(note)) {
                Inline.Note n = note(note, lang);
                if (n != null) {
                    out.add(n);
                }
            }
            return;
        }
        if (id != null && ids.isInManuscript(id) && !content.isEmpty()) {
            crossRefTargets.add(id);
            out.add(new Inline.CrossRef(id, content));
            return;
        }
        String first = target == null ? null : target.trim().split("\\s+", 2)[0];
        if (first != null && !content.isEmpty()
                && (first.startsWith("http://") || first.startsWith("https://") || first.startsWith("mailto:"))) {
            out.add(new Inline.Link(first, content));
            return;
        }
        out.addAll(content);
    }

    /**
     * Applies the element's rendition (or its default look) to its content: {@code @rend}
     * tokens, {@code @rendition} pointers used as tokens ({@code #i}, and the DTA's
     * {@code #k} for small capitals), and the CSS of {@code @style} for the properties that
     * have a style in the model.
     */
    private List<Inline> styled(Element e, List<Inline> content, String lang, Inline.Style defaultStyle) {
        String rend = rendition(e);
        if (rend == null) {
            return defaultStyle == null ? content : List.of(new Inline.Styled(defaultStyle, content));
        }
        List<Inline.Style> styles = new ArrayList<>();
        boolean capitals = false;
        for (String token : rend.toLowerCase(Locale.ROOT).split("[\\s,;]+")) {
            if (token.startsWith("#")) {
                token = token.substring(1);
            }
            switch (token) {
                case "italic", "italics", "i", "it", "ital", "emph" -> styles.add(Inline.Style.EMPHASIS);
                case "bold", "b", "strong", "bolditalic" -> {
                    styles.add(Inline.Style.STRONG);
                    if (token.equals("bolditalic")) {
                        styles.add(Inline.Style.EMPHASIS);
                    }
                }
                case "sup", "superscript", "super", "exponent" -> styles.add(Inline.Style.SUPERSCRIPT);
                case "sub", "subscript" -> styles.add(Inline.Style.SUBSCRIPT);
                case "smallcaps", "small-caps", "small_caps", "sc", "smcap", "k" -> styles.add(Inline.Style.SMALL_CAPS);
                case "underline", "underlined", "ul", "u" -> styles.add(Inline.Style.UNDERLINE);
                // The model has no "capitals" look: the letters themselves are set in capitals.
                case "caps", "capitals", "uppercase", "allcaps", "upper" -> capitals = true;
                // roman type, and the DTA's typefaces (antiqua, fraktur), which a modern book does not keep
                case "none", "roman", "normal", "upright", "plain", "aq", "fr", "" -> { }
                default -> report.once("rend=" + token, e, "<" + TeiDom.localName(e) + ">: the rendition '" + token
                        + "' is not supported; the text is kept in its surrounding style");
            }
        }
        styles = styles.stream().distinct().toList();
        List<Inline> result = capitals ? upper(content, lang) : content;
        for (int i = styles.size() - 1; i >= 0; i--) {
            result = List.of(new Inline.Styled(styles.get(i), result));
        }
        return result;
    }

    /** The rendition tokens of {@code @rend}, {@code @rendition} and {@code @style}; null when none is given. */
    static String rendition(Element e) {
        String rend = TeiDom.attr(e, "rend");
        String rendition = TeiDom.attr(e, "rendition");
        String style = TeiDom.attr(e, "style");
        if (rend == null && rendition == null && style == null) {
            return null;
        }
        StringBuilder tokens = new StringBuilder();
        for (String part : new String[] {rend, rendition, style == null ? null : cssTokens(style)}) {
            if (part != null) {
                tokens.append(part).append(' ');
            }
        }
        return tokens.toString().trim();
    }

    /** CSS declarations as rendition tokens: "font-style: italic" → "italic"; others as "css:property". */
    private static String cssTokens(String css) {
        StringBuilder out = new StringBuilder();
        for (String declaration : css.toLowerCase(Locale.ROOT).split(";")) {
            int colon = declaration.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String property = declaration.substring(0, colon).trim();
            String value = declaration.substring(colon + 1).trim();
            String token = switch (property) {
                case "font-style" -> value.equals("italic") || value.equals("oblique") ? "italic" : "normal";
                case "font-weight" -> value.startsWith("bold") || value.compareTo("600") >= 0 && value.length() == 3 ? "bold" : "normal";
                case "font-variant", "font-variant-caps" -> value.contains("small-caps") ? "smallcaps" : "normal";
                case "vertical-align" -> value.equals("super") ? "sup" : value.equals("sub") ? "sub" : "normal";
                case "text-decoration", "text-decoration-line" -> value.contains("underline") ? "underline" : "normal";
                case "text-transform" -> value.equals("uppercase") ? "capitals" : "normal";
                default -> "css:" + property;
            };
            out.append(token).append(' ');
        }
        return out.toString();
    }

    private static List<Inline> upper(List<Inline> content, String lang) {
        Locale locale = Locale.forLanguageTag(lang == null ? "und" : lang);
        List<Inline> out = new ArrayList<>(content.size());
        for (Inline i : content) {
            if (i instanceof Inline.Text t) {
                out.add(new Inline.Text(t.text().toUpperCase(locale)));
            } else if (i instanceof Inline.Styled s) {
                out.add(new Inline.Styled(s.style(), upper(s.content(), lang)));
            } else if (i instanceof Inline.Foreign f) {
                out.add(new Inline.Foreign(f.lang(), upper(f.content(), f.lang())));
            } else if (i instanceof Inline.Quote q) {
                out.add(new Inline.Quote(q.open(), q.close(), upper(q.content(), lang)));
            } else {
                out.add(i);
            }
        }
        return out;
    }

    /** The text of inline content, for alt text and for recognising headings. */
    static String plain(List<Inline> content) {
        StringBuilder sb = new StringBuilder();
        appendPlain(content, sb);
        return sb.toString().trim();
    }

    private static void appendPlain(List<Inline> content, StringBuilder sb) {
        for (Inline i : content) {
            if (i instanceof Inline.Text t) {
                sb.append(t.text());
            } else if (i instanceof Inline.Styled s) {
                appendPlain(s.content(), sb);
            } else if (i instanceof Inline.Quote q) {
                appendPlain(q.content(), sb);
            } else if (i instanceof Inline.Foreign f) {
                appendPlain(f.content(), sb);
            } else if (i instanceof Inline.CrossRef r) {
                appendPlain(r.content(), sb);
            } else if (i instanceof Inline.Link l) {
                appendPlain(l.content(), sb);
            } else if (i instanceof Inline.LineBreak) {
                sb.append(' ');
            }
        }
    }
}
