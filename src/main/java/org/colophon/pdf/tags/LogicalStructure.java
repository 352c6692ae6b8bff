package org.colophon.pdf.tags;

import java.util.HashMap;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * The book's logical structure, built while the typesetter walks the XHTML pages in
 * reading order: one Document; a Part for each part or volume page, with the pages of the
 * divisions it holds inside it (its chapters' Sects); headings, paragraphs, lists, quotations, figures and notes as the
 * XHTML has them. Footnotes stay where the XHTML puts them, at the end of their section:
 * the tree reads like the EPUB, and a screen reader reading on is not taken out of a
 * sentence into a note (the call is a Link that leads to the note).
 *
 * <p>Elements come from block elements; the text of each paragraph gets a
 * {@link ContentSlot} that the drawn lines fill later.
 */
public final class LogicalStructure {

    private final StructNode document;
    /** Page path → the Part that page opened, for the pages of the divisions it holds. */
    private final Map<String, StructNode> partOfPage = new HashMap<>();
    private String page;
    private int unnamedNotes;

    public LogicalStructure(String bookLang) {
        document = new StructNode("Document", null, bookLang == null || bookLang.isBlank() ? "und" : bookLang);
    }

    StructNode document() {
        return document;
    }

    /**
     * Where the elements of the XHTML page at {@code path} go: in the Part of the page at
     * {@code enclosingPath} (the page of the division that holds this page's, such as a
     * chapter's part), else in the Document.
     */
    public StructNode beginPage(String path, String enclosingPath) {
        page = path;
        StructNode part = enclosingPath == null ? null : partOfPage.get(enclosingPath);
        return part != null ? part : document;
    }

    /**
     * The node the children of {@code element} go into: a new element under {@code parent},
     * or {@code parent} itself for an element that adds no structure.
     *
     * @param lang the element's language (its computed {@code xml:lang})
     */
    public StructNode enter(StructNode parent, Element element, String lang, boolean inContents) {
        if (parent.type.equals(ElementTypes.ARTIFACT)) {
            return parent;
        }
        String type = ElementTypes.typeOf(element, inContents);
        if (type.equals(ElementTypes.TRANSPARENT)) {
            return parent;
        }
        StructNode node = parent.child(type, lang);
        switch (type) {
            case "Part" -> partOfPage.putIfAbsent(page, node);
            case "Note" -> {
                String id = element.getAttribute("id");
                node.id = id.isEmpty() ? "colophon-note-" + (++unnamedNotes) : id;
            }
            case "LI" -> {
                return node.child("LBody", null);
            }
            case "TH", "TD" -> {
                node.colSpan = span(element.getAttribute("colspan"));
                node.rowSpan = span(element.getAttribute("rowspan"));
                if (type.equals("TH")) {
                    node.scope = switch (element.getAttribute("scope")) {
                        case "row", "rowgroup" -> "Row";
                        case "col", "colgroup" -> "Column";
                        default -> "Both";
                    };
                }
            }
            default -> { }
        }
        return node;
    }

    private static int span(String value) {
        try {
            return Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Sets the /ListNumbering of a list element from its CSS list-style-type. */
    public void listStyle(StructNode list, String cssListStyle) {
        if (list.type.equals("L")) {
            list.listNumbering = switch (cssListStyle == null ? "" : cssListStyle) {
                case "decimal", "decimal-leading-zero" -> "Decimal";
                case "lower-roman" -> "LowerRoman";
                case "upper-roman" -> "UpperRoman";
                case "lower-alpha", "lower-latin" -> "LowerAlpha";
                case "upper-alpha", "upper-latin" -> "UpperAlpha";
                case "disc" -> "Disc";
                case "circle" -> "Circle";
                case "square" -> "Square";
                default -> "None";
            };
        }
    }

    /** Where the text of a paragraph of {@code container} goes. */
    public ContentTag text(StructNode container) {
        if (container.type.equals(ElementTypes.ARTIFACT)) {
            return ContentTag.Artifact.LAYOUT;
        }
        if (ElementTypes.holdsText(container.type)) {
            return container.slot();
        }
        return container.child("P", null).slot();
    }

    /** Where the list marker of the list item whose content goes into {@code container} goes. */
    public ContentTag label(StructNode container) {
        if (container.type.equals(ElementTypes.ARTIFACT)) {
            return ContentTag.Artifact.LAYOUT;
        }
        StructNode item = container.type.equals("LBody") ? container.parent : container;
        StructNode label = new StructNode("Lbl", item, item.effectiveLang);
        item.kids.add(0, label);
        return label.slot();
    }

    /**
     * Where an image goes: a Figure with the image's alternate text, or an artifact when
     * the image is decorative (empty {@code alt}, {@code role="presentation"}).
     */
    public ContentTag image(StructNode container, Element img) {
        String alt = img.getAttribute("alt").strip();
        if (container.type.equals(ElementTypes.ARTIFACT) || alt.isEmpty()
                || ElementTypes.typeOf(img, false).equals(ElementTypes.ARTIFACT)) {
            return ContentTag.Artifact.LAYOUT;
        }
        StructNode figure = container.child("Figure", null);
        figure.alt = alt;
        return figure.slot();
    }
}
